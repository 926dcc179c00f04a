import Anatomy
import Diagram
import XCTest
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// S1 in the posterior view is the top of the sacrum (issue 11), not a lumbar vertebra: no separate body, no cut pedicle
/// ovals; one bone with alae wider than L5; the S1 root runs down the sacral canal and leaves through the first sacral
/// foramen (below the S1 segment's upper half, inside the sacrum), not sideways under a pedicle. Page coordinates (y down).
final class PosteriorSacrumTests: XCTestCase {
    typealias S = SectionTestSupport

    static func outline(_ scene: Scene, _ id: String) throws -> [Point] {
        let node = try XCTUnwrap(S.path(scene, id), id)
        return try XCTUnwrap(node.path.polygons().max { $0.count < $1.count }, id)
    }

    static func span(_ points: [Point]) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let xs = points.map(\.x), ys = points.map(\.y)
        return ((xs.min() ?? 0)...(xs.max() ?? 0), (ys.min() ?? 0)...(ys.max() ?? 0))
    }

    func testS1IsTheTopOfTheSacrumWithAlaeAndNoCutPedicles() throws {
        for prefix in ["01", "02", "03", "04", "21"] {
            let scene = try S.scene(PosteriorPanel(), prefix: prefix)
            XCTAssertNil(S.path(scene, "posterior.body.S1"), "\(prefix): S1 is no separate body")
            for side in ["left", "right"] {
                XCTAssertNil(S.path(scene, "posterior.pedicle.S1.\(side)"), "\(prefix): no cut-pedicle oval at S1 \(side)")
                XCTAssertNotNil(S.path(scene, "posterior.pedicle.L5.\(side)"), "\(prefix): the lumbar pedicles stay")
            }
            let sacrum = Self.span(try Self.outline(scene, "posterior.sacrum"))
            let l5 = Self.span(try Self.outline(scene, "posterior.body.L5"))
            // The alae: the sacral base well wider than L5's body, and reaching beyond where the L5 roots end.
            XCTAssertGreaterThan(sacrum.x.upperBound - sacrum.x.lowerBound, 1.5 * (l5.x.upperBound - l5.x.lowerBound), prefix)
            for side in ["left", "right"] {
                let l5Root = Self.span(try Self.outline(scene, "posterior.root.L5.\(side)"))
                XCTAssertLessThan(sacrum.x.lowerBound, l5Root.x.lowerBound, "\(prefix) \(side): the ala beyond the L5 root")
                XCTAssertGreaterThan(sacrum.x.upperBound, l5Root.x.upperBound, "\(prefix) \(side): the ala beyond the L5 root")
            }
            // The S1 name stands on the sacrum (not in a pedicle), outside the foramina.
            for side in ["left", "right"] {
                guard case .text(let name)? = scene.node(withID: "posterior.name.S1.\(side)") else { XCTFail("\(prefix): S1 named"); continue }
                XCTAssertTrue(Polygons.contains(try Self.outline(scene, "posterior.sacrum"), name.position), "\(prefix): S1 named on the sacrum")
                XCTAssertFalse(Polygons.contains(try Self.outline(scene, "posterior.sacrum.foramen.S1.\(side)"), name.position), prefix)
            }
            // The call-outs' key stands beside the sacrum, not over its alae (in 03 it had widened over the right ala).
            for (text, frame) in S.texts(scene) where text.id.hasPrefix("posterior.key.") && text.id != "posterior.key.text" {
                let corners = [Point(x: frame.minX, y: frame.minY), Point(x: frame.maxX, y: frame.minY),
                               Point(x: frame.minX, y: frame.maxY), Point(x: frame.maxX, y: frame.maxY)]
                XCTAssertFalse(corners.contains { Polygons.contains(try! Self.outline(scene, "posterior.sacrum"), $0) }, "\(prefix) \(text.id) on the sacrum")
            }
            // The sac ends inside the sacral canal.
            let sac = try Self.outline(scene, "posterior.sac")
            let end = try XCTUnwrap(sac.max { $0.y < $1.y })
            XCTAssertTrue(Polygons.contains(try Self.outline(scene, "posterior.sacrum"), end), "\(prefix): the sac ends in the sacrum")
        }
    }

    func testS1RootRunsDownTheSacralCanalAndLeavesThroughTheFirstSacralForamen() throws {
        for prefix in ["01", "02", "03", "04", "21"] {
            let scene = try S.scene(PosteriorPanel(), prefix: prefix)
            let sacrum = try Self.outline(scene, "posterior.sacrum")
            let midline = (Self.span(sacrum).x.lowerBound + Self.span(sacrum).x.upperBound) / 2
            // The S1 segment's top: the floor of the L5–S1 disc.
            let s1Top = Self.span(try Self.outline(scene, "posterior.disc.L5-S1")).y.upperBound
            for side in ["left", "right"] {
                let hole = try Self.outline(scene, "posterior.sacrum.foramen.S1.\(side)")
                let h = Self.span(hole)
                let centre = Point(x: (h.x.lowerBound + h.x.upperBound) / 2, y: (h.y.lowerBound + h.y.upperBound) / 2)
                let radius = (h.x.upperBound - h.x.lowerBound) / 2
                // The foramen lies in the sacrum, below the S1 segment's upper half and medial to the ala.
                XCTAssertTrue(Polygons.contains(sacrum, centre), "\(prefix) \(side): the foramen is a hole in the sacrum")
                XCTAssertGreaterThan(centre.y - s1Top, 2 * radius, "\(prefix) \(side): the foramen well below the L5–S1 disc")
                let root = try Self.outline(scene, "posterior.root.S1.\(side)")
                let lowest = try XCTUnwrap(root.max { $0.y < $1.y })
                // The root's lowest point: below the upper half of the S1 segment, inside the sacrum's outline, in its foramen.
                XCTAssertGreaterThan(lowest.y, s1Top + (centre.y - s1Top) / 2, "\(prefix) \(side): S1 runs down past its segment's upper half")
                XCTAssertTrue(Polygons.contains(sacrum, lowest), "\(prefix) \(side): the S1 root's end inside the sacrum")
                // In its foramen, or just past its edge under the foramen's rim drawn over it (it goes out of sight there).
                let rim = try Self.outline(scene, "posterior.sacrum.rim.S1.\(side)")
                XCTAssertTrue(Polygons.contains(hole, lowest) || Polygons.contains(rim, lowest), "\(prefix) \(side): S1 ends in its foramen")
                // Never sideways under a pedicle: nothing of the root lies lateral to its foramen.
                let lateral = root.map { abs($0.x - midline) }.max() ?? 0
                XCTAssertLessThanOrEqual(lateral, abs(centre.x - midline) + radius, "\(prefix) \(side): S1 no further out than its foramen")
                // Its ganglion at the foramen.
                let ganglion = Self.span(try Self.outline(scene, "posterior.root.S1.\(side).ganglion"))
                let g = Point(x: (ganglion.x.lowerBound + ganglion.x.upperBound) / 2, y: (ganglion.y.lowerBound + ganglion.y.upperBound) / 2)
                XCTAssertLessThan(hypot(g.x - centre.x, g.y - centre.y), radius, "\(prefix) \(side): the S1 ganglion at its foramen")
            }
        }
    }

    /// The S2 roots (lecturer's review): each leaves the sac above its end — its outlined sleeve starts inside the sac — runs
    /// down the sacral canal and passes out through the second sacral foramen, a hole in the sacrum below the first; it is
    /// named "S2 root", carries the root's identity and the report's grade, and its ganglion lies at its foramen.
    func testS2RootsLeaveTheSacAndPassOutThroughTheSecondSacralForamina() throws {
        for prefix in ["01", "02", "03", "04", "14", "21"] {
            let scene = try S.scene(PosteriorPanel(), prefix: prefix)
            let (_, result) = try S.load(prefix)
            let sacrum = try Self.outline(scene, "posterior.sacrum")
            let sac = try Self.outline(scene, "posterior.sac")
            let sacEnd = Self.span(sac).y.upperBound
            for side in ["left", "right"] {
                let first = Self.span(try Self.outline(scene, "posterior.sacrum.foramen.S1.\(side)"))
                let hole = try Self.outline(scene, "posterior.sacrum.foramen.S2.\(side)")
                let h = Self.span(hole)
                let centre = Point(x: (h.x.lowerBound + h.x.upperBound) / 2, y: (h.y.lowerBound + h.y.upperBound) / 2)
                let radius = (h.x.upperBound - h.x.lowerBound) / 2
                // A hole in the sacrum, wholly inside it, below the first foramen and clear of it.
                XCTAssertTrue(hole.allSatisfy { Polygons.contains(sacrum, $0) }, "\(prefix) \(side): the second foramen inside the sacrum")
                XCTAssertGreaterThan(h.y.lowerBound, first.y.upperBound, "\(prefix) \(side): the second foramen below the first")
                XCTAssertGreaterThan(centre.y - (first.y.lowerBound + first.y.upperBound) / 2, 2 * (first.x.upperBound - first.x.lowerBound),
                                     "\(prefix) \(side): about a segment below the first")
                let root = try Self.outline(scene, "posterior.root.S2.\(side)")
                // The sleeve starts inside the sac, above its end.
                let top = try XCTUnwrap(root.min { $0.y < $1.y })
                XCTAssertTrue(Polygons.contains(sac, top), "\(prefix) \(side): the S2 root starts inside the sac")
                XCTAssertLessThan(top.y, sacEnd, "\(prefix) \(side): the S2 root leaves the sac above its end")
                // It ends in its foramen, or just past its edge under the rim drawn over it.
                let lowest = try XCTUnwrap(root.max { $0.y < $1.y })
                let rim = try Self.outline(scene, "posterior.sacrum.rim.S2.\(side)")
                XCTAssertTrue(Polygons.contains(hole, lowest) || Polygons.contains(rim, lowest), "\(prefix) \(side): S2 ends in its foramen")
                XCTAssertGreaterThan(lowest.y, sacEnd, "\(prefix) \(side): S2 runs on below the sac's end")
                // Its ganglion at the second foramen.
                let g = Self.span(try Self.outline(scene, "posterior.root.S2.\(side).ganglion"))
                let gc = Point(x: (g.x.lowerBound + g.x.upperBound) / 2, y: (g.y.lowerBound + g.y.upperBound) / 2)
                XCTAssertLessThan(hypot(gc.x - centre.x, gc.y - centre.y), radius, "\(prefix) \(side): the S2 ganglion at its foramen")
                // The root's identity and the report's grade, like the other roots'.
                let node = try XCTUnwrap(S.path(scene, "posterior.root.S2.\(side)"))
                let finding = try XCTUnwrap(result.finding(.S2, Side(rawValue: side)!))
                XCTAssertEqual(node.metadata["root"], "S2", prefix)
                XCTAssertEqual(node.metadata["side"], side, prefix)
                XCTAssertEqual(node.metadata["grade"], String(finding.grade.rawValue), "\(prefix) \(side): the report's grade")
                let pieces = scene.flattened().compactMap { item -> PathNode? in
                    guard case .path(let p) = item.node, p.id.hasPrefix("posterior.root.S2.\(side).in-sac") else { return nil }
                    return p
                }
                XCTAssertFalse(pieces.isEmpty, "\(prefix) \(side): S2 drawn in the sac, piece by piece")
                for piece in pieces {
                    XCTAssertEqual(piece.metadata["site"], "central-canal", "\(prefix) \(piece.id)")
                    let station = finding.stations.first { $0.site == .inSac && $0.level.name == piece.metadata["level"] }
                    // (The report lists the stations it found pressed; a station it does not list is unhurt.)
                    XCTAssertEqual(piece.metadata["grade"], String((station?.grade ?? .normal).rawValue), "\(prefix) \(piece.id): the report's grade there")
                }
            }
            // Named like the other roots (a label, or a call-out's entry in the key).
            let names = S.texts(scene).filter { $0.node.string == "S2 root" }
            XCTAssertEqual(names.count, 2, "\(prefix): both S2 roots named")
        }
    }

    /// The key's "Dashed: soft lesion in front of the sac" only where disc material lies in front of the sac (issue 11: in 14
    /// the thickened flavum, which lies behind the sac, was keyed as in front); the key names the first sacral foramina.
    func testKeyCallsOnlyDiscMaterialInFrontOfTheSac() throws {
        func key(_ prefix: String) throws -> String {
            let scene = try S.scene(PosteriorPanel(), prefix: prefix)
            guard case .text(let t)? = scene.node(withID: "posterior.key.text") else { XCTFail(prefix); return "" }
            return t.string
        }
        func group(_ prefix: String, _ id: String) throws -> [Node] {
            let scene = try S.scene(PosteriorPanel(), prefix: prefix)
            guard case .group(let g)? = scene.node(withID: id) else { return [] }
            return g.children
        }
        for prefix in ["14", "16"] {
            XCTAssertFalse(try key(prefix).contains("in front of the sac"), "\(prefix): a flavum or cyst lies behind the sac")
            XCTAssertTrue(try group(prefix, "posterior.lesions.front").isEmpty, prefix)
            XCTAssertFalse(try group(prefix, "posterior.lesions.back").isEmpty, "\(prefix): drawn behind the sac")
        }
        XCTAssertTrue(try key("02").contains("Dashed: soft lesion in front of the sac"), "02: the extrusion lies in front of the sac")
        for prefix in ["01", "02", "14"] {
            let text = try key(prefix)
            XCTAssertTrue(text.contains("Ovals: pedicles, cut") && text.contains("first and second sacral foramina"), "\(prefix): \(text)")
        }
    }
}
