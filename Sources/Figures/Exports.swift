// `import Figures` brings the whole drawing stack, as it did before the split: the style core, the
// section figures and the body figures are re-exported, so Radix, Explorer, radix-fuzz and the tests
// keep one import.
@_exported import BodyFigures
@_exported import FigureStyle
@_exported import SectionFigures
