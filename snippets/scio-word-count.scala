val sc = ScioContext()
sc
  .textFile("shakespeare.txt")
  .flatMap { _ .split("[^a-zA-Z']+") }
  .filter(_.nonEmpty)
  .countByValue
  .saveAsTextFile("wordcount.txt")

sc.run()
