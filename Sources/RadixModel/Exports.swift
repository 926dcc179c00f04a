// One `import RadixModel` gives everything needed to load or build a scenario, simulate it and read or
// report the result, without Cairo, Pango or ISA-L: the model modules are re-exported here.
@_exported import Anatomy
@_exported import Clinical
@_exported import Compression
@_exported import Geometry
@_exported import Pathology
@_exported import Report
@_exported import Scenario
@_exported import Population
