import Diagram
@testable import Figures
@testable import SectionFigures
import XCTest

/// A ganglion the model grades compressed in its foramen by lost foraminal height alone (20: disc collapse in
/// extension, 21: isthmic slip, 23: retrolisthesis; no lesion outline presses it) is drawn as the report reads:
/// flattened and against the walls of the foramen (issue 11) — it was a round disc floating in the fat (in 21 lying
/// over the disc's back).
final class ForamenGanglionTests: XCTestCase {
    typealias S = SectionTestSupport

    /// The ganglion's outline and the drawn bones' and disc's outlines, page points.
    private func outlines(_ prefix: String) throws -> (ganglion: PathNode, walls: [[Point]]) {
        let (scenario, result) = try S.load(prefix)
        let scene = S.scene(ForamenPanel(), S.context(scenario, result))
        let paths = scene.flattened().compactMap { item -> PathNode? in
            if case .path(let p) = item.node { return p }
            return nil
        }
        let ganglion = try XCTUnwrap(paths.first { $0.metadata["site"] == "foramen" && $0.metadata["root"] != nil }, prefix)
        let walls = paths.filter {
            ($0.id.hasPrefix("foramen.upper.") || $0.id.hasPrefix("foramen.lower.") || $0.id == "foramen.disc") && !$0.id.hasSuffix("cancellous")
        }.flatMap { $0.path.polygons() }
        return (ganglion, walls)
    }

    /// `polygon` with points added so that no edge is longer than `step`, page points.
    private func dense(_ polygon: [Point], step: Double) -> [Point] {
        var out: [Point] = []
        for (i, p) in polygon.enumerated() {
            let q = polygon[(i + 1) % polygon.count]
            let n = max(1, Int((hypot(q.x - p.x, q.y - p.y) / step).rounded(.up)))
            for k in 0..<n { out.append(Point(x: p.x + (q.x - p.x) * Double(k) / Double(n), y: p.y + (q.y - p.y) * Double(k) / Double(n))) }
        }
        return out
    }

    func testAGanglionCompressedByLostHeightIsFlattenedAgainstTheWallsOfItsForamen() throws {
        for prefix in ["20", "21", "23"] {
            let (ganglion, walls) = try outlines(prefix)
            XCTAssertEqual(ganglion.metadata["grade"], "3", prefix)
            XCTAssertEqual(ganglion.metadata["pressed"], "false", "\(prefix): no lesion presses it")
            XCTAssertNotNil(ganglion.metadata["side"], prefix)
            let b = try XCTUnwrap(ganglion.path.bounds)
            let aspect = max(b.width, b.height) / min(b.width, b.height)
            // Compression: half its radius thick, wider by as much as the room allows (at most 1.7 times the radius).
            XCTAssertGreaterThan(aspect, 2, "\(prefix): the ganglion is drawn round (aspect \(aspect))")
            // Against the walls: the nearest bone or disc outline within 1.5 % of the ganglion's width of its outline,
            // and no wall drawn inside it (by more than a stroke).
            let cx = b.midX, cy = b.midY, a = b.width / 2, c = b.height / 2
            let points = walls.flatMap { dense($0, step: 0.25) }
            var nearest = Double.infinity, inside = 0
            for q in points {
                let u = (q.x - cx) / a, v = (q.y - cy) / c, r = (u * u + v * v).squareRoot()
                // Distance from q to the ellipse along its ray from the centre, page points.
                let gap = abs(r - 1) * hypot(q.x - cx, q.y - cy) / max(r, 1e-9)
                if r < 1 && gap > 1.5 { inside += 1 }
                nearest = min(nearest, r >= 1 ? gap : 0)
            }
            print("ForamenGanglion \(prefix): aspect \(aspect), \(b.width)×\(b.height) pt, nearest wall \(nearest) pt, wall points inside \(inside)")
            XCTAssertLessThan(nearest, 0.015 * b.width, "\(prefix): the ganglion floats in the fat")
            XCTAssertEqual(inside, 0, "\(prefix): a wall is drawn inside the ganglion")
        }
    }

    /// A ganglion that a lesion presses (17: an osteophyte) or that is not hurt (17's right side) is drawn as before:
    /// the flattening by the foramen is for the grade of a ganglion nothing drawn presses.
    func testOtherGangliaAreNotFlattenedByTheForamen() throws {
        let (_, result) = try S.load("17")
        let hurt = ForamenSection(result: result, level: .L5S1, side: .left)
        let g = try XCTUnwrap(hurt.ganglion)
        XCTAssertNotNil(g.pressed)
        let healthy = try XCTUnwrap(ForamenSection(result: result, level: .L5S1, side: .right).ganglion)
        XCTAssertEqual(healthy.rx, healthy.ry, accuracy: 1e-9)
        XCTAssertEqual(healthy.drawn, healthy.centre)
    }
}
