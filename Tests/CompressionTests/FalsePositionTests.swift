import XCTest
@testable import Pathology

/// The root finder the stenosis solver and the foraminal equivalence share.
final class FalsePositionTests: XCTestCase {
    func testFindsTheCrossingOfASmoothFallingFunctionInFewSteps() {
        var calls = 0
        let f = { (x: Double) -> Double in calls += 1; return 10 - x * x / 4 }   // falls to 6 at x = 4
        let x = FalsePosition.fallingCrossing(lo: 0, hi: 10, flo: f(0), fhi: f(10), target: 6, tolerance: 1e-4, margin: 1e-5, close: 1e-4, steps: 60, f)
        XCTAssertLessThanOrEqual(f(x), 6)
        XCTAssertEqual(x, 4, accuracy: 1e-3)
        XCTAssertLessThan(calls, 20, "false position with the Illinois correction, not bisection")
    }

    func testAStepStaysInsideTheBracketAndReturnsAPointAtOrBelowTheTarget() {
        let f = { (x: Double) -> Double in x < 3.3 ? 5 : 1 }   // jumps past the target at 3.3
        let x = FalsePosition.fallingCrossing(lo: 0, hi: 10, flo: 5, fhi: 1, target: 2, tolerance: 1e-3, margin: 1e-4, close: 1e-6, steps: 80, f)
        XCTAssertLessThanOrEqual(f(x), 2)
        XCTAssertEqual(x, 3.3, accuracy: 2e-3)
    }
}
