CREATE OR REPLACE MODEL ch09edu.bicycle_model
OPTIONS(input_label_cols=['duration'],
        model_type='linear_reg')
AS

SELECT
    duration
    , start_station_name
    , CAST(EXTRACT(dayofweek from start_date) AS STRING)
        as dayofweek
    , CAST(EXTRACT(hour from start_date) AS STRING)
        as hourofday
FROM
    `bigquery-public-data.london_bicycles.cycle_hire`
