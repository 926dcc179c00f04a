// `import Radix` (the RadixKit product) is the whole pipeline: the model of RadixModel, re-exported, and the
// figures and files drawn from it.
@_exported import RadixModel
