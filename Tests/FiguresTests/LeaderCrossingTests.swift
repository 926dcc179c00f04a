import Diagram
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import XCTest

/// Leaders of the section views do not cross one another (guides/figures.md: "leader lines that do not cross
/// each other"): every pair of leader segments, in every scenario's axial and foramen view, is checked.
final class LeaderCrossingTests: XCTestCase {
    typealias S = SectionTestSupport

    /// The straight segments of every leader of `scene` whose id starts with `prefix`.
    static func leaders(_ scene: Scene, prefix: String) -> [(id: String, segments: [(Point, Point)])] {
        scene.flattened().compactMap { item in
            guard case .path(let p) = item.node, p.id.hasPrefix("\(prefix).leader.") else { return nil }
            var points: [Point] = []
            for command in p.path.commands {
                switch command {
                case .move(let q), .line(let q): points.append(q)
                default: break
                }
            }
            guard points.count > 1 else { return nil }
            return (p.id, (1..<points.count).map { (points[$0 - 1], points[$0]) })
        }
    }

    /// True when segments ab and cd cross at a point inside both (touching ends do not count).
    static func cross(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
        func orient(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let d1 = orient(c, d, a), d2 = orient(c, d, b), d3 = orient(a, b, c), d4 = orient(a, b, d)
        return d1 * d2 < -1e-6 && d3 * d4 < -1e-6
    }

    static func crossings(_ scene: Scene, prefix: String) -> [String] {
        let all = leaders(scene, prefix: prefix)
        var found: [String] = []
        for i in all.indices {
            for j in all.indices where j > i {
                let hit = all[i].segments.contains { s in all[j].segments.contains { t in cross(s.0, s.1, t.0, t.1) } }
                if hit { found.append("\(all[i].id) × \(all[j].id)") }
            }
        }
        return found
    }

    func testLeadersDoNotCrossInAnyScenario() throws {
        var total = 0, count = 0
        for file in try S.scenarioFiles() {
            let (scenario, result) = try S.load(String(file.prefix(2)))
            let context = S.context(scenario, result)
            for (panel, prefix) in [(AxialPanel() as any Panel, "axial"), (ForamenPanel(), "foramen")] {
                let scene = S.scene(panel, context)
                count += Self.leaders(scene, prefix: prefix).count
                let found = Self.crossings(scene, prefix: prefix)
                total += found.count
                XCTAssertEqual(found, [], "\(file) \(prefix)")
            }
        }
        XCTAssertGreaterThan(count, 300, "the views have leaders")
        XCTAssertEqual(total, 0, "leaders cross")
    }
}
