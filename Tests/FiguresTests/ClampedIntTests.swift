import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

final class ClampedIntTests: XCTestCase {
    func testRoundsWithinTheRangeAndNeverTraps() {
        XCTAssertEqual(2.7.clampedInt(in: 0...10), 2)
        XCTAssertEqual(2.2.clampedInt(.up, in: 0...10), 3)
        XCTAssertEqual((-3.5).clampedInt(in: -1...10), -1)
        XCTAssertEqual(Double.nan.clampedInt(in: 1...10), 1)
        XCTAssertEqual(Double.infinity.clampedInt(in: 0...10), 10)
        XCTAssertEqual((-Double.infinity).clampedInt(in: 0...10), 0)
        XCTAssertEqual(1e300.clampedInt(in: 0...Int.max), Int.max)
    }
}
