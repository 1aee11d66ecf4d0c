## Time window into 2 hour windows, triggered every minute
WINDOW_INTERVAL = 2 * 60 * 60. # 2 hours, in seconds
PANE_INTERVAL = 10*60 # 10 minutes, in seconds
windowed = (data
    | 'window' >> beam.WindowInto(
        beam.window.SlidingWindows(WINDOW_INTERVAL, PANE_INTERVAL),
        accumulation_mode=beam.trigger.AccumulationMode.DISCARDING))
model_state = (windowed
    | 'model' >> beam.transforms.CombineGlobally(ModelFn()).without_defaults())
anomalies = (windowed
    | 'latest_slice' >> beam.FlatMap(is_latest_slice)
    | 'find_anomaly' >> beam.Map(is_anomaly, beam.pvalue.AsSingleton(model_state)))
