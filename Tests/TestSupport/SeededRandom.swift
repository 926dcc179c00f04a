// The seeded generator lives in a target of its own, with no dependencies, so that tests of modules that
// need nothing (DiagramTests) can share it without linking the model; `import TestSupport` still gives it.
@_exported import SeededRandom
