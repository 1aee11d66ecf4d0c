val sc = ScioContext()
sc
    .avroFile[Artist](args("artists"))
    .keyBy(_.getArtistId)
    .hashJoin(musicLabels)
    .map { case (artistId, (artist, label)) =>
        (
            artistId,
            businessLogic(artist, label)
        )
    }
sc.run()
