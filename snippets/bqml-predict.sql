SELECT * FROM ML.PREDICT(MODEL ch09edu.bicycle_model,(
    350 AS duration
    , 'Kings Cross' AS start_station_name
    , '3' as dayofweek
    , '18' as hourofday
))
