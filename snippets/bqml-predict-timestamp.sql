SELECT * FROM ML.PREDICT(MODEL ch09edu.bicycle_model,(
    350 AS duration
    , 'Kings Cross' AS start_station_name
    , CURRENT_TIMESTAMP() as start_date
))
