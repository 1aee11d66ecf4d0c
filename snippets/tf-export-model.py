class ExportModel(tf.Module):
    def __init__(self, trained_model, input_transform):
        self.trained_model = trained_model
        self.input_transform = input_transform

    @tf.function
    def __call__(self, inputs, training=None):
        x = self.input_transform(inputs)
        return self.trained_model(x)
