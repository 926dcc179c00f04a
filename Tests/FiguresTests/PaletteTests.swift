import XCTest
@testable import Figures
final class PaletteTests: XCTestCase { func testPaletteGradesDarken() { let p = Palette(.print); XCTAssertGreaterThan(p.rootFill(.normal).red, p.rootFill(.compression).red) } }
