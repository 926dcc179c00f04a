import Diagram
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import TestSupport
import XCTest

/// No drawn root or ganglion lies under a lesion's drawn outline (issue 11): a root that lesion tissue reaches
/// is drawn beside it or displaced by it, and a compressed one flattened against the wall with the outline
/// moulded round it. Checked on the scene, as drawn: the axial view's lesions in the plane, and every lesion
/// of the foramen view (one beside the plane, projected onto it, must not be drawn over the ganglion either).
final class RootLesionOverlapTests: XCTestCase {
    typealias S = SectionTestSupport

    /// The corner points of a path (arcs and curves by their end points), densified to `step` points.
    static func outline(_ path: Path, step: Double) -> [Point] {
        var points: [Point] = []
        for command in path.commands {
            switch command {
            case .move(let p), .line(let p): points.append(p)
            case .cubic(let p, _, _): points.append(p)
            case .arc(let c, let r, let a0, let a1, _):
                for k in 0...8 {
                    let a = a0 + (a1 - a0) * Double(k) / 8
                    points.append(Point(x: c.x + r * cos(a), y: c.y + r * sin(a)))
                }
            case .close: break
            }
        }
        guard points.count > 1 else { return points }
        return densified(points, step: step)
    }

    /// Ids of (root, lesion) pairs where a lesion outline runs through the root's drawn ellipse (shrunk by 15 %,
    /// for stroke and moulding margin) or encloses its centre.
    static func overlaps(_ scene: Scene, prefix: String, projectedToo: Bool) -> [String] {
        let items = scene.flattened().compactMap { item -> PathNode? in
            guard case .path(let p) = item.node else { return nil }
            return p
        }
        let roots = items.filter { $0.metadata["root"] != nil && $0.metadata["site"] != nil }
        let lesions = items.filter { p in
            let rest = p.id.dropFirst("\(prefix).lesion.".count)
            return p.id.hasPrefix("\(prefix).lesion.") && rest.allSatisfy { $0.isNumber || $0 == "." } && p.fill != nil
                && (projectedToo || p.opacity >= 1)
        }
        var found: [String] = []
        for root in roots {
            guard let b = root.path.bounds, b.width > 0, b.height > 0 else { continue }
            let c = b.center, rx = b.width / 2 * 0.85, ry = b.height / 2 * 0.85
            for lesion in lesions {
                let points = outline(lesion.path, step: min(rx, ry) / 3)
                let through = points.contains { p in
                    let u = (p.x - c.x) / rx, v = (p.y - c.y) / ry
                    return u * u + v * v < 1
                }
                if through || Polygons.contains(points, c) { found.append("\(root.id) under \(lesion.id)") }
            }
        }
        return found
    }

    func testNoDrawnRootLiesUnderALesionOutline() throws {
        for file in try S.scenarioFiles() {
            for theme in [Theme.color, .print] {
                let n = String(file.prefix(2))
                XCTAssertEqual(Self.overlaps(try S.scene(AxialPanel(), prefix: n, theme: theme), prefix: "axial", projectedToo: false), [], "\(file) axial")
                XCTAssertEqual(Self.overlaps(try S.scene(ForamenPanel(), prefix: n, theme: theme), prefix: "foramen", projectedToo: true), [], "\(file) foramen")
            }
        }
    }

    func testTheFarLateralExtrusionLiesBesideTheUnhurtGanglion() throws {
        let (scenario, result) = try S.load("09")
        let context = S.context(scenario, result)
        for (panel, prefix) in [(AxialPanel() as any Panel, "axial"), (ForamenPanel(), "foramen")] {
            let scene = S.scene(panel, context)
            XCTAssertEqual(Self.overlaps(scene, prefix: prefix, projectedToo: true), [], "09 \(prefix)")
        }
    }
}

/// A root beyond the foramen that lesion tissue lateral to the plane reaches is drawn at that tissue's edge, not inside its
/// projected outline (issue 11: 09's compressed L4 sat inside the far-lateral extrusion's dashed outline).
final class ProjectedRootBesideLesionTests: XCTestCase {
    typealias S = SectionTestSupport

    func testTheRootBeyondTheForamenLiesOutsideTheLateralLesion() throws {
        var checked = 0
        for file in try S.scenarioFiles() {
            let (_, result) = try S.load(String(file.prefix(2)))
            for finding in result.roots where finding.site == .extraforaminal {
                let section = ForamenSection(result: result, level: finding.level, side: finding.side)
                for mark in section.roots where mark.projected {
                    for piece in section.lesions where piece.offPlane == "lateral" {
                        XCTAssertGreaterThanOrEqual(piece.rect.signedDistance(to: mark.drawn), mark.station.radius - 1e-6,
                                                    "\(file): \(finding.root) beyond the foramen inside the lateral lesion")
                        checked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(checked, 0, "a far-lateral lesion reaching its root is among the scenarios (09, 10)")
    }
}
