import Anatomy
import Geometry
@testable import Pathology
import XCTest

/// The thickened flavum of a central stenosis as two leaves (issue 11: it was one flat-fronted block): at mid-disc its
/// front lies furthest back at the midline and comes forward steadily towards each facet capsule (a trefoil canal,
/// reference §A4), the same on both sides, with no notch where its bands meet — in sampled adults, at every level and
/// at small and large encroachments.
final class FlavumShapeTests: XCTestCase {
    func testTheFlavumFrontComesForwardFromTheMidlineToTheCapsuleWithoutANotch() {
        var checked = 0
        for i in 0..<10 {
            let (_, level, state, _, _) = FalsePositionTests.sampledLevel(seed: 11, i)
            let a = state.anatomy, fx = a.facetEdgeX
            let plane = SectionPlane.axial(z: state.baseZ + state.discHeight / 2)
            let flavum = Stenosis(kind: .central, cause: .ligamentumFlavum, severity: .encroachment(0))
            for e in [0.3, 1, 2.5, 5, 9].map({ $0 * a.scale }) {
                let rects = flavum.solids(in: state, encroachment: e, lesionIndex: 0).compactMap { $0.box.section(plane) }
                func front(_ x: Double) -> Double? { rects.compactMap { $0.verticalInterval(atX: x)?.lowerBound }.min() }
                var previous = front(0) ?? .infinity
                for x in stride(from: 0.05, through: fx, by: 0.05) {
                    guard let f = front(x), let m = front(-x) else { XCTFail("\(level.name) e \(e): no flavum at x \(x)"); break }
                    XCTAssertEqual(f, m, accuracy: 1e-9, "\(level.name) e \(e): the two leaves mirror each other at x \(x)")
                    XCTAssertLessThanOrEqual(f, previous + 1e-9, "\(level.name) e \(e): a notch at x \(x) (\(f) behind \(previous))")
                    previous = f
                }
                let mid = front(0) ?? 0, lateral = front(0.9 * fx) ?? 0
                XCTAssertEqual(mid - lateral, 0.35 * e, accuracy: 0.02 * e + 1e-9, "\(level.name) e \(e): the midline lies back by 0.35 of the encroachment")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 50)
    }

    /// A central stenosis from facet hypertrophy keeps its facets lateral: no facet tissue reaches the midline (what
    /// narrows the canal between the joints from behind is infolded flavum), and each superior process's tip stays
    /// behind the disc's back, at every encroachment the solver can ask for.
    func testCentralFacetHypertrophyKeepsTheFacetsLateralAndBehindTheDisc() {
        for i in 0..<10 {
            let (_, level, state, _, _) = FalsePositionTests.sampledLevel(seed: 13, i)
            let s = state.anatomy.scale
            let stenosis = Stenosis(kind: .central, cause: .facetHypertrophy, severity: .encroachment(0))
            for e in [0.5, 3, 8, 14, 20].map({ $0 * s }) {
                let solids = stenosis.solids(in: state, encroachment: e, lesionIndex: 0)
                let facets = solids.filter { $0.structure == .facetHypertrophy }
                XCTAssertEqual(facets.count, 2, "\(level.name) e \(e)")
                for f in facets {
                    XCTAssertGreaterThan(min(abs(f.box.min.x), abs(f.box.max.x)), 0, "\(level.name) e \(e): a facet across the midline")
                    XCTAssertEqual(f.box.min.x.sign, f.box.max.x.sign, "\(level.name) e \(e): a facet across the midline")
                    XCTAssertGreaterThanOrEqual(f.box.min.y, 0.5 * s - 1e-9, "\(level.name) e \(e): the process reaches into the disc")
                }
                XCTAssertTrue(solids.contains { $0.structure == .ligamentumFlavum && $0.box.min.x < 0 && $0.box.max.x > 0 },
                              "\(level.name) e \(e): the infolded flavum between the joints")
            }
        }
    }
}
