import Foundation
import Geometry
import Pathology
import TestSupport
import XCTest

/// The sections a best-fit search keeps (`SectionField.withNearest`) give, everywhere within the search's reach,
/// exactly the field's own distance: leaving the far ones out changes no value.
final class SectionFieldTests: XCTestCase {
    func testNearestSectionsGiveTheFieldsDistanceWithinReach() {
        var g = SeededGenerator(seed: 11)
        var dropped = 0
        for _ in 0..<400 {
            let solids = (0..<Int.random(in: 1...24, using: &g)).map { _ -> Solid in
                let x = Double.random(in: -30...30, using: &g), y = Double.random(in: -30...30, using: &g)
                let w = Double.random(in: 0.5...12, using: &g), h = Double.random(in: 0.5...12, using: &g)
                return Solid(Box(x: x~(x + w), y: y~(y + h), z: -5~5, rounding: Double.random(in: 0...3, using: &g)), .disc, level: .L4L5)
            }
            let p = Vec2(Double.random(in: -20...20, using: &g), Double.random(in: -20...20, using: &g))
            let m = Double.random(in: 0.25...4.5, using: &g)
            let field = SectionField(solids: solids, plane: .axial(z: 0), centre: p, reach: .infinity)
            field.withNearest(to: p, within: m) { near in
                dropped += field.rects.count - near.count
                for _ in 0..<40 {
                    let angle = Double.random(in: 0..<(2 * .pi), using: &g), r = m * Double.random(in: 0...1, using: &g).squareRoot()
                    let q = p + Vec2(r * cos(angle), r * sin(angle))
                    XCTAssertEqual(near.distance(q), field.distance(q))
                }
            }
        }
        // The test means something only if sections were left out.
        XCTAssertGreaterThan(dropped, 400)
    }
    /// The distance found without keeping the sections is the field's own, bit for bit, in both planes and with
    /// sections beyond reach left out alike.
    func testDistanceWithoutTheFieldIsTheFields() {
        var g = SeededGenerator(seed: 13)
        for _ in 0..<600 {
            let solids = (0..<Int.random(in: 0...30, using: &g)).map { _ -> Solid in
                let lo = Vec3(Double.random(in: -30...30, using: &g), Double.random(in: -30...30, using: &g), Double.random(in: -30...30, using: &g))
                let size = Vec3(Double.random(in: 0.5...15, using: &g), Double.random(in: 0.5...15, using: &g), Double.random(in: 0.5...15, using: &g))
                return Solid(Box(min: lo, max: lo + size, rounding: Double.random(in: 0...3, using: &g), capZ: Double.random(in: 0...4, using: &g)),
                             .disc, level: .L4L5)
            }
            let plane: SectionPlane = Bool.random(using: &g) ? .axial(z: Double.random(in: -20...20, using: &g)) : .parasagittal(x: Double.random(in: -20...20, using: &g))
            let p = Vec2(Double.random(in: -25...25, using: &g), Double.random(in: -25...25, using: &g))
            let reach = Double.random(in: 2...12, using: &g)
            let field = SectionField(solids: solids, plane: plane, centre: p, reach: reach)
            XCTAssertEqual(SectionField.distance(at: p, solids: solids, plane: plane, reach: reach).bitPattern, field.distance(p).bitPattern)
        }
    }

    /// Random solids around the origin, some with rounded corners and capped ends.
    static func randomSolids(_ g: inout SeededGenerator, count: ClosedRange<Int>) -> [Solid] {
        (0..<Int.random(in: count, using: &g)).map { _ -> Solid in
            let lo = Vec3(Double.random(in: -30...30, using: &g), Double.random(in: -30...30, using: &g), Double.random(in: -30...30, using: &g))
            let size = Vec3(Double.random(in: 0...15, using: &g), Double.random(in: 0.5...15, using: &g), Double.random(in: 0.5...15, using: &g))
            return Solid(Box(min: lo, max: lo + size, rounding: Double.random(in: 0...3, using: &g), capZ: Double.random(in: 0...4, using: &g)),
                         .disc, level: .L4L5)
        }
    }

    /// A field cut with a window keeps exactly the sections of the plain field whose bounds overlap the window.
    func testWindowedFieldKeepsTheSectionsOverlappingTheWindow() {
        var g = SeededGenerator(seed: 19)
        var kept = 0, left = 0
        var scratch = SectionScratch()
        for _ in 0..<1000 {
            let solids = Self.randomSolids(&g, count: 0...25)
            let plane = SectionPlane.axial(z: Double.random(in: -10...10, using: &g))
            let centre = Vec2(Double.random(in: -10...10, using: &g), Double.random(in: -10...10, using: &g))
            let reach = Double.random(in: 3...20, using: &g)
            let w = (minU: centre.x - 8, maxU: centre.x + 8, minV: centre.y - 6, maxV: centre.y + 6)
            let all = SectionField(solids: solids, plane: plane, centre: centre, reach: reach)
            let expected = all.rects.filter { $0.rect.maxX > w.minU && $0.rect.minX < w.maxU && $0.rect.maxY > w.minV && $0.rect.minY < w.maxV }
            let windowed = SectionField(solids: solids, plane: plane, centre: centre, reach: reach, overlapping: w, scratch: &scratch)
            XCTAssertEqual(windowed.rects.map(\.solid), expected.map(\.solid))
            XCTAssertEqual(windowed.rects.map(\.rect), expected.map(\.rect))
            kept += expected.count
            left += all.rects.count - expected.count
            windowed.recycle(into: &scratch)
        }
        print("windowed fields: \(kept) sections kept, \(left) left out")
        XCTAssertGreaterThan(kept, 100)
        XCTAssertGreaterThan(left, 100)
    }

    /// A distance that may stop early is the distance whenever that is at least the floor, and below the floor
    /// otherwise.
    func testDistanceStoppingBelowAFloor() {
        var g = SeededGenerator(seed: 23)
        var below = 0, stopped = 0
        for _ in 0..<300 {
            let solids = Self.randomSolids(&g, count: 1...20)
            let p = Vec2(Double.random(in: -20...20, using: &g), Double.random(in: -20...20, using: &g))
            let field = SectionField(solids: solids, plane: .axial(z: 0), centre: p, reach: .infinity)
            field.withNearest(to: p, within: 30) { near in
                for _ in 0..<20 {
                    let q = p + Vec2(Double.random(in: -5...5, using: &g), Double.random(in: -5...5, using: &g))
                    let floor = Double.random(in: -3...12, using: &g)
                    let d = near.distance(q), early = near.distance(q, stoppingBelow: floor)
                    if d >= floor {
                        XCTAssertEqual(early.bitPattern, d.bitPattern)
                    } else {
                        XCTAssertLessThan(early, floor)
                        below += 1
                        if early != d { stopped += 1 }
                    }
                }
            }
        }
        print("below the floor: \(below), stopped before the nearest: \(stopped)")
        XCTAssertGreaterThan(below, 500, "points below the floor should be exercised")
        XCTAssertGreaterThan(stopped, 0, "a stop before the nearest section should be exercised")
    }
}
