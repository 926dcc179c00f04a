import XCTest
@testable import Pathology
import TestSupport

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

    /// The grid search returns exactly what bisection on the same 2¹⁶ grid returns, for smooth falls, falls that
    /// start late (flat, then falling: a wall that has not reached the sac yet), steps and kinks.
    func testGridSearchIsBisectionExactly() {
        func bisection(_ t: Double, _ f: (Double) -> Double) -> Double {
            var lo = 0.0, hi = 20.0
            for _ in 0..<16 { let mid = (lo + hi) / 2; if f(mid) <= t { hi = mid } else { lo = mid } }
            return hi
        }
        var g = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let start = Double.random(in: 0...15, using: &g), slope = Double.random(in: 0.2...30, using: &g)
            let jump = Double.random(in: 0...40, using: &g), at = Double.random(in: 0...20, using: &g)
            let f: (Double) -> Double = { e in 150 - slope * max(0, e - start) - (e >= at ? jump : 0) - 0.01 * e * e }
            let (f0, fn) = (f(0), f(20))
            let target = Double.random(in: fn...f0, using: &g)
            guard f0 > target, fn <= target else { continue }
            var calls = 0
            let grid = FalsePosition.firstGridPoint(atOrBelow: target, n: 1 << 16, step: 20.0 / 65536, f0: f0, fn: fn) { calls += 1; return f($0) }
            XCTAssertEqual(grid, bisection(target, f), "start \(start) slope \(slope) jump \(jump) at \(at) target \(target)")
            XCTAssertLessThanOrEqual(calls, 34, "never much worse than bisection's 16")
        }
    }
}
