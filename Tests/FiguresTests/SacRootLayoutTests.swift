import XCTest
import Geometry
@testable import Figures

/// Where the axial view draws the roots in the sac.
final class SacRootLayoutTests: XCTestCase {
    let centre = Vec2(0, 8), a = 11.0, b = 7.0

    /// Six roots resting in three mirrored pairs, some overlapping at rest (as the model's stations do).
    var roots: [SacRootLayout.Root] {
        [(2.0, 6.0, 1.6), (3.5, 9.0, 1.2), (1.0, 10.0, 1.0)].flatMap { x, y, r in
            [SacRootLayout.Root(rest: Vec2(x, y), radius: r), SacRootLayout.Root(rest: Vec2(-x, y), radius: r)]
        }
    }

    func insideSac(_ p: SacRootLayout.Placement) -> Bool {
        let u = (p.centre.x - centre.x) / (a - p.rx), v = (p.centre.y - centre.y) / (b - p.ry)
        return u * u + v * v <= 1 + 1e-9
    }

    func testRootsAreApartInsideTheSacAndSymmetric() {
        let placed = SacRootLayout.place(roots, centre: centre, a: a, b: b, obstacles: [])
        XCTAssertEqual(placed.count, 6)
        for (i, p) in placed.enumerated() {
            XCTAssertEqual(p.rx, roots[i].radius)
            XCTAssertEqual(p.ry, roots[i].radius, "room for all: none flattened")
            XCTAssertTrue(insideSac(p), "root \(i) leaves the sac")
            for j in placed.indices where j > i {
                XCTAssertGreaterThanOrEqual((p.centre - placed[j].centre).length, roots[i].radius + roots[j].radius - 1e-9, "roots \(i) and \(j) overlap")
            }
        }
        for i in stride(from: 0, to: 6, by: 2) {
            XCTAssertEqual(placed[i].centre.x, -placed[i + 1].centre.x, accuracy: 1e-9, "pair \(i) is not mirrored")
            XCTAssertEqual(placed[i].centre.y, placed[i + 1].centre.y, accuracy: 1e-9)
        }
    }

    func testRootsKeepClearOfLesionTissue() {
        // A fragment filling the front-left of the sac.
        let fragment = RoundedRect(minX: -2, maxX: 12, minY: 0, maxY: 9, rounding: 1)
        let placed = SacRootLayout.place(roots, centre: centre, a: a, b: b, obstacles: [fragment])
        for (i, p) in placed.enumerated() where p.rx == p.ry {
            XCTAssertGreaterThanOrEqual(fragment.signedDistance(to: p.centre), roots[i].radius - 1e-9, "root \(i) lies in the fragment")
        }
    }

    func testAFullSacFlattensTheRootsAgainstWhatIsFree() {
        // Everything but a 2 mm band at the back of the sac is lesion.
        let fragment = RoundedRect(minX: -20, maxX: 20, minY: -5, maxY: 13, rounding: 0)
        let placed = SacRootLayout.place(roots, centre: centre, a: a, b: b, obstacles: [fragment])
        for (i, p) in placed.enumerated() {
            XCTAssertLessThan(p.ry, p.rx, "root \(i) is not flattened")
            XCTAssertGreaterThan(p.centre.y, 13, "root \(i) is not in the free band behind the lesion")
            XCTAssertLessThanOrEqual(abs(p.centre.x), a, "root \(i) is beside the sac")
        }
        // Left to right as they rest.
        let byX = placed.indices.sorted { placed[$0].centre.x < placed[$1].centre.x }
        XCTAssertEqual(byX, roots.indices.sorted { roots[$0].rest.x < roots[$1].rest.x })
    }

    func testDegenerateSacsDoNotTrap() {
        XCTAssertEqual(SacRootLayout.place([], centre: centre, a: a, b: b, obstacles: []), [])
        for (a, b) in [(0.0, 5.0), (Double.nan, 5), (1e-9, 1e-9), (Double.infinity, 3)] {
            let placed = SacRootLayout.place(roots, centre: centre, a: a, b: b, obstacles: [])
            XCTAssertEqual(placed.count, roots.count)
        }
    }
}
