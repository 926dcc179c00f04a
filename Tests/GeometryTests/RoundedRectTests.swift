import XCTest
@testable import Geometry

final class RoundedRectTests: XCTestCase {
    let r = RoundedRect(minX: 0, maxX: 10, minY: 0, maxY: 4, rounding: 1)

    func testSignedDistanceIsExact() {
        XCTAssertEqual(r.signedDistance(to: Vec2(5, 6)), 2, accuracy: 1e-12)       // above the top edge
        XCTAssertEqual(r.signedDistance(to: Vec2(5, 2)), -2, accuracy: 1e-12)      // centre, inside
        XCTAssertEqual(r.signedDistance(to: Vec2(12, 2)), 2, accuracy: 1e-12)      // right of the right edge
        // Beyond a rounded corner: distance to the corner circle (centre (9, 3), radius 1).
        XCTAssertEqual(r.signedDistance(to: Vec2(12, 7)), 5 - 1, accuracy: 1e-12)
    }

    func testGrowingTheRectNeverIncreasesADistance() {
        var g = SplitMix(seed: 3)
        for _ in 0..<2000 {
            let p = Vec2(Double.random(in: -20...30, using: &g), Double.random(in: -20...30, using: &g))
            let grow = Double.random(in: 0...5, using: &g)
            let bigger = RoundedRect(minX: -grow, maxX: 10 + grow, minY: 0, maxY: 4 + grow, rounding: 1)
            XCTAssertLessThanOrEqual(bigger.signedDistance(to: p), r.signedDistance(to: p) + 1e-12)
        }
    }

    func testVerticalIntervalFollowsTheCorners() {
        XCTAssertEqual(r.verticalInterval(atX: 5), 0...4)
        XCTAssertNil(r.verticalInterval(atX: 10.5))
        let corner = try! XCTUnwrap(r.verticalInterval(atX: 9.5))
        XCTAssertEqual(corner.upperBound, 3 + (1 - 0.25).squareRoot(), accuracy: 1e-12)
        XCTAssertEqual(corner.lowerBound, 1 - (1 - 0.25).squareRoot(), accuracy: 1e-12)
    }

    func testBoxSectionsAndSpans() {
        let box = Box(x: 4 ~ -2, y: 0 ~ 3, z: 10 ~ 5, rounding: 0.5)
        XCTAssertEqual(box.min, Vec3(-2, 0, 5), "ends in either order, never a trap")
        XCTAssertNil(box.section(.axial(z: 11)))
        XCTAssertEqual(box.section(.axial(z: 7))?.minX, -2)
        XCTAssertEqual(box.section(.parasagittal(x: 0))?.maxY, 10)
        XCTAssertEqual(box.mirrored.max.x, 2)
        let plane = SectionPlane.parasagittal(x: 1)
        XCTAssertEqual(plane.lift(plane.project(Vec3(1, 2, 3))), Vec3(1, 2, 3))
    }
}

/// SplitMix64, seeded.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
