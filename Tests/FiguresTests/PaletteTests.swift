import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
final class PaletteTests: XCTestCase { func testPaletteGradesDarken() { let p = Palette(.print); XCTAssertGreaterThan(p.rootFill(.normal).red, p.rootFill(.compression).red) } }
