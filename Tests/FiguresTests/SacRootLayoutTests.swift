import Foundation
import XCTest
import Geometry
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// Where the axial view draws the roots in the sac.
final class SacRootLayoutTests: XCTestCase {
    let centre = Vec2(0, 8), a = 11.0, b = 7.0

    /// Six roots resting in three mirrored pairs, some overlapping at rest (as the model's stations do).
    var roots: [SacRootLayout.Root] {
        [(2.0, 6.0, 1.6), (3.5, 9.0, 1.2), (1.0, 10.0, 1.0)].flatMap { x, y, r in
            [SacRootLayout.Root(rest: Vec2(x, y), radius: r), SacRootLayout.Root(rest: Vec2(-x, y), radius: r)]
        }
    }

    /// True when the placement's whole outline (sampled) lies inside the sac.
    func insideSac(_ p: SacRootLayout.Placement) -> Bool {
        (0..<48).allSatisfy { k in
            let t = Double(k) / 48 * 2 * Double.pi
            let u = (p.centre.x + p.rx * cos(t) - centre.x) / a, v = (p.centre.y + p.ry * sin(t) - centre.y) / b
            return u * u + v * v <= 1 + 1e-6
        }
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

    func testAFragmentFillingTheSacFlattensTheRootsAgainstTheBackOfTheSac() {
        // Everything but a 0.7 mm band at the back of the sac is lesion: no room even for thinned roots.
        let fragment = RoundedRect(minX: -20, maxX: 20, minY: -5, maxY: 14.3, rounding: 0)
        let placed = SacRootLayout.place(roots, centre: centre, a: a, b: b, obstacles: [], lesions: [fragment])
        for (i, p) in placed.enumerated() {
            XCTAssertLessThan(p.ry, p.rx, "root \(i) is not flattened")
            XCTAssertEqual(p.pressed, Vec2(0, -1), "root \(i) is not pressed against the back, the lesion in front")
            XCTAssertGreaterThan(p.centre.y, centre.y + b / 3, "root \(i) is not against the back of the sac")
            XCTAssertTrue(insideSac(p), "root \(i) leaves the sac")
        }
        // Left to right as they rest.
        let byX = placed.indices.sorted { placed[$0].centre.x < placed[$1].centre.x }
        XCTAssertEqual(byX, roots.indices.sorted { roots[$0].rest.x < roots[$1].rest.x })
    }

    func testAThickenedFlavumBehindPressesTheRootsForwardAgainstTheDisc() {
        // Tissue filling the sac from behind, a disc wall in front of it.
        let flavum = RoundedRect(minX: -20, maxX: 20, minY: 3, maxY: 20, rounding: 0)
        let disc = RoundedRect(minX: -20, maxX: 20, minY: -10, maxY: 1.2, rounding: 0)
        let placed = SacRootLayout.place(roots, centre: centre, a: a, b: b, obstacles: [disc], lesions: [flavum])
        for (i, p) in placed.enumerated() {
            XCTAssertGreaterThanOrEqual(disc.signedDistance(to: p.centre), p.ry - 1e-6, "root \(i) is in the disc")
            if p.pressed != nil { XCTAssertEqual(p.pressed, Vec2(0, 1), "root \(i): the lesion is behind") }
            XCTAssertTrue(insideSac(p), "root \(i) leaves the sac")
        }
    }

    func testTheCrescentLaysEachSideFromTheDorsalMidlineOutwardsInTheModelsOrder() {
        // Rest angles as the model gives them: the first pair most lateral, the last most dorsal.
        let targets = SacRootLayout.crescent(roots, centre: centre, a: a, b: b)
        for side in [0, 1] {
            let mine = [side, side + 2, side + 4]
            let ys = mine.map { targets[$0].y }, xs = mine.map { abs(targets[$0].x) }
            XCTAssertLessThan(ys[0], ys[2], "the root resting most laterally is not in front of the most dorsal one")
            XCTAssertGreaterThan(xs[0], xs[2], "the root resting most laterally is not further out")
            XCTAssertGreaterThan(ys[2], centre.y, "the most dorsal root is not behind the centre")
        }
    }

    func testDegenerateSacsDoNotTrap() {
        XCTAssertEqual(SacRootLayout.place([], centre: centre, a: a, b: b, obstacles: []), [])
        for (a, b) in [(0.0, 5.0), (Double.nan, 5), (1e-9, 1e-9), (Double.infinity, 3)] {
            let placed = SacRootLayout.place(roots, centre: centre, a: a, b: b, obstacles: [])
            XCTAssertEqual(placed.count, roots.count)
        }
    }
}
