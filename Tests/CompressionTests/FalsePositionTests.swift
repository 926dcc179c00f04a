import Anatomy
@testable import Pathology
import Population
import TestSupport
import XCTest

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
    /// `bisectionPoint(k)` is, to the last bit, where bisection ends when the first grid point that passes is `k`,
    /// for any interval (population spines scale it, so it is rarely a power of two).
    func testBisectionPointIsBisectionsOwnNumber() {
        var g = SeededGenerator(seed: 12)
        for _ in 0..<2000 {
            let upper = 20 * Double.random(in: 0.8...1.25, using: &g), k = Int.random(in: 1...(1 << 16), using: &g)
            var lo = 0.0, hi = upper, loK = 0, hiK = 1 << 16
            for _ in 0..<16 {
                let mid = (lo + hi) / 2, midK = (loK + hiK) / 2
                if midK >= k { hi = mid; hiK = midK } else { lo = mid; loK = midK }
            }
            XCTAssertEqual(FalsePosition.bisectionPoint(k, upper: upper, depth: 16).bitPattern, hi.bitPattern)
        }
    }

    /// Sampled adult `i` of `seed`, one of its levels (they take turns), that level in neutral at its height as the spine
    /// solves a stenosis there, the level's own solids and the solver's upper bound (20 mm × scale).
    static func sampledLevel(seed: UInt64, _ i: Int) -> (DeformedSpine, DiscLevel, LevelState, [Solid], Double) {
        let person = AnatomySampler().person(seed: seed, index: UInt64(i))
        let level = DiscLevel.allCases[i % DiscLevel.allCases.count]
        let spine = DeformedSpine(spine: Spine(options: person.anatomy), lesions: [])
        var state = LevelState(anatomy: spine[level].anatomy)
        state.baseZ = spine[level].baseZ
        return (spine, level, state, state.baseSolids(), 20 * state.anatomy.scale)
    }

    /// A foraminal stenosis asked for by its Lee grade: the encroachment solved is, to the last bit, what bisection on
    /// the grade gives — in sampled adults (scales, foramina and ganglia vary), every level, side and grade — and the
    /// grade margins never say "reached" where the grade does not.
    func testLeeGradeSolveIsBisectionOnTheGrade() {
        var solved = 0
        for i in 0..<24 {
            let (spine, level, state, base, upper) = Self.sampledLevel(seed: 5, i)
            let laterality: Laterality = [.left, .right, .bilateral][i % 3]
            for grade in 1...3 {
                let stenosis = Stenosis(kind: .foraminal, laterality: laterality, severity: .leeForaminal(grade))
                let stations = laterality.sides.compactMap { spine.foraminalStation(level, $0) }
                func reached(_ e: Double) -> Bool {
                    let all = base + stenosis.solids(in: state, encroachment: e, lesionIndex: -1)
                    return stations.contains { st in
                        let lee = DeformedSpine.lee(st, in: state, solids: all, scale: state.anatomy.scale, margins: true)
                        XCTAssertEqual(lee.grade, DeformedSpine.leeGrade(st, in: state, solids: all, scale: state.anatomy.scale))
                        return lee.grade >= grade
                    }
                }
                var expected: Double
                if reached(0) { expected = 0 } else if !reached(upper) { expected = upper } else {
                    var lo = 0.0, hi = upper
                    for _ in 0..<16 { let mid = (lo + hi) / 2; if reached(mid) { hi = mid } else { lo = mid } }
                    expected = hi
                    solved += 1
                }
                let got = spine.solveEncroachment(stenosis, state: state, baseSolids: base)
                XCTAssertEqual(got.bitPattern, expected.bitPattern, "person \(i) \(level.name) \(laterality) Lee \(grade): \(got) against \(expected)")
            }
        }
        XCTAssertGreaterThan(solved, 30, "most cases need the search")
    }
    /// A stenosis asked for by a residual canal AP or recess depth: the encroachment is, to the last bit, bisection's
    /// on the measure, in sampled adults whose scale is not 1.
    func testResidualSolveIsBisectionOnTheMeasure() {
        var solved = 0
        for i in 0..<12 {
            let (spine, level, state, base, upper) = Self.sampledLevel(seed: 9, i)
            let cases: [(StenosisKind, (Double) -> StenosisSeverity, (([Solid]) -> Double))] = [
                (.central, { .canalAP($0) }, { spine.canalGap(level, solids: $0).length }),
                (.lateralRecess, { .recessDepth($0) }, { spine.recessDepth(level, .left, solids: $0) }),
            ]
            for (kind, severity, measure) in cases {
                // Stenosis solids depend on the kind and side, not on how the severity is given.
                let wall = Stenosis(kind: kind, laterality: .left, severity: .encroachment(0))
                func value(_ e: Double) -> Double { measure(base + wall.solids(in: state, encroachment: e, lesionIndex: -1)) }
                let target = value(0) * (0.4 + 0.05 * Double(i % 8))
                let stenosis = Stenosis(kind: kind, laterality: .left, severity: severity(target))
                guard value(0) > target, value(upper) <= target else { continue }
                var lo = 0.0, hi = upper
                for _ in 0..<16 { let mid = (lo + hi) / 2; if value(mid) <= target { hi = mid } else { lo = mid } }
                let got = spine.solveEncroachment(stenosis, state: state, baseSolids: base)
                XCTAssertEqual(got.bitPattern, hi.bitPattern, "person \(i) \(level.name) \(kind): \(got) against \(hi)")
                solved += 1
            }
        }
        XCTAssertGreaterThan(solved, 12)
    }
}
