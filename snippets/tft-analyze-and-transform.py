def main(output_dir):
    with tft_beam.Context(temp_dir=tempfile.mkdtemp()):
        transformed_dataset, transform_fn = (
            (raw_data, raw_data_metadata) | tft_beam.AnalyzeAndTransformDataset(
                preprocessing_fn))
        transformed_data, transformed_metadata = transformed_dataset

        # Save the transform_fn to the output_dir
        _ = (
            transform_fn
            | 'WriteTransformFn' >> tft_beam.WriteTransformFn(output_dir))


    return transformed_data, transformed_metadata
