import apache_beam as beam
from apache_beam.options.pipeline_options import PipelineOptions


def run(argv=None):
    """Counts the words of a few lines: the smallest pipeline worth showing."""
    with beam.Pipeline(options=PipelineOptions(argv)) as pipeline:
        (
            pipeline
            | "Create" >> beam.Create(["Hello Beam Summit", "Hello Austin"])
            | "Split" >> beam.FlatMap(str.split)
            | "Count" >> beam.combiners.Count.PerElement()
            | "Print" >> beam.Map(print)
        )
