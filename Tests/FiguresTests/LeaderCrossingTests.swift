import Diagram
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import XCTest

/// Leaders of the section views do not cross one another (guides/figures.md: "leader lines that do not cross
/// each other"): every pair of leader segments, in every scenario's axial, foramen, sagittal and posterior view, is checked.
final class LeaderCrossingTests: XCTestCase {
    typealias S = SectionTestSupport

    /// ``leaders(_:prefix:)`` without the anchor dots and white casings drawn with them: the lines themselves.
    static func leaderLines(_ scene: Scene, prefix: String) -> [(id: String, segments: [(Point, Point)])] {
        leaders(scene, prefix: prefix).filter { !$0.id.hasSuffix(".dot") && !$0.id.hasSuffix(".casing") }
    }

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
            let n = String(file.prefix(2))
            let pages = [try S.page(.sagittal, prefix: n), try S.page(.posterior, prefix: n)]
            for (scene, prefix) in [(try S.scene(AxialPanel(), prefix: n), "axial"), (try S.scene(ForamenPanel(), prefix: n), "foramen"),
                                    (pages[0], "sagittal"), (pages[1], "posterior")] {
                count += Self.leaders(scene, prefix: prefix).count
                let found = Self.crossings(scene, prefix: prefix)
                total += found.count
                // The sagittal's dense canal too (06: the hurt roots' and the fragment's call-outs, anchored a few points
                // apart; 13: the epidural fat's and the facet joint's call-outs): two call-outs whose leaders cross are
                // placed again together (``SectionDrawing/repaired(_:base:radius:gap:)``).
                XCTAssertEqual(found, [], "\(file) \(prefix)")
            }
        }
        XCTAssertGreaterThan(count, 300, "the views have leaders")
        XCTAssertEqual(total, 0, "leaders cross")
    }
}

/// Leaders from the side label columns and bone (issue 11: "no leader crosses anatomy"): in every scenario's axial,
/// foramen, sagittal and posterior views (minimal and full labels) and on the sheet (numbered call-outs), the leader segments
/// that cross the outline of a bone (the discs too; the posterior view's pedicles, sac and roots) their anchor does not lie
/// in or on are counted.
final class LeaderAnatomyTests: XCTestCase {
    typealias S = SectionTestSupport

    /// The bones of a scene: the axial vertebra (arch, pedicles, pars, transverse processes) as one solid; the foramen
    /// view's upper and lower vertebrae, each one silhouette of its pieces; the disc of both sections.
    static func bones(_ scene: Scene) -> [(name: String, outlines: [[Point]])] {
        var solids: [String: [[Point]]] = [:]
        for item in scene.flattened() {
            guard case .path(let p) = item.node else { continue }
            let name: String?
            if p.id == "axial.arch" || p.id.hasPrefix("axial.bone.") { name = "axial vertebra" }
            else if p.id.hasPrefix("foramen.upper.") && !p.id.hasSuffix(".cortex") { name = "upper vertebra" }
            else if p.id.hasPrefix("foramen.lower.") && !p.id.hasSuffix(".cortex") { name = "lower vertebra" }
            // The intervertebral disc of the axial and foraminal sections (a leader over it reads as naming it).
            else if p.id == "axial.disc" || p.id == "foramen.disc" { name = "disc" }
            // The sagittal's bodies, arches and discs and the sacrum, each a solid; the posterior view's pedicles, sac and roots.
            else if let solid = SagittalPanel.isSolid(p.id) ?? PosteriorPanel.isSolid(p.id) { name = solid }
            else { name = nil }
            if let name { solids[name, default: []] += p.path.polygons() }
        }
        return solids.keys.sorted().map { ($0, solids[$0] ?? []) }
    }

    /// "<leader id> × <bone>" for every leader of `prefix` crossing a bone that is not its target.
    static func crossings(_ scene: Scene, prefix: String) -> [String] {
        let bones = bones(scene)
        var found: [String] = []
        for leader in LeaderCrossingTests.leaderLines(scene, prefix: prefix) {
            guard let anchor = leader.segments.first?.0 else { continue }
            for bone in bones {
                // The target: the anchor in the bone or on its outline (within 2 pt at print size).
                let target = bone.outlines.contains { Polygons.contains($0, anchor) || Polygons.distance($0, anchor) <= 2 * scene.width / 567 }
                guard !target else { continue }
                if leader.segments.contains(where: { s in bone.outlines.contains { Polygons.crosses($0, s.0, s.1) } }) {
                    found.append("\(leader.id) × \(bone.name) [\(leader.segments.count) segments]")
                }
            }
        }
        return found
    }

    func testLeadersDoNotCrossBoneInAnyScenario() throws {
        var total = 0, count = 0
        for file in try S.scenarioFiles() {
            let n = String(file.prefix(2))
            var scenes: [(String, Scene, String)] = [("axial", try S.scene(AxialPanel(), prefix: n, labels: .minimal), "axial"),
                                                     ("foramen", try S.scene(ForamenPanel(), prefix: n, labels: .minimal), "foramen")]
            scenes += [("full axial", try S.scene(AxialPanel(), prefix: n), "axial"), ("full foramen", try S.scene(ForamenPanel(), prefix: n), "foramen")]
            let sheet = try S.page(.sheet, prefix: n, labels: .minimal)
            scenes += [("sheet axial", sheet, "axial"), ("sheet foramen", sheet, "foramen"), ("sheet sagittal", sheet, "sagittal")]
            for (name, labels) in [("", LabelMode.minimal), ("full ", .full)] {
                scenes += [(name + "sagittal", try S.page(.sagittal, prefix: n, labels: labels), "sagittal"),
                           (name + "posterior", try S.page(.posterior, prefix: n, labels: labels), "posterior")]
            }
            for (name, scene, prefix) in scenes {
                count += LeaderCrossingTests.leaders(scene, prefix: prefix).count
                let found = Self.crossings(scene, prefix: prefix)
                total += found.count
                for f in found { print("  \(file) \(name): \(f)") }
            }
        }
        print("leaders crossing bone other than their target: \(total) of \(count)")
        XCTAssertGreaterThan(count, 300, "the views have leaders")
        // A leader from inside a space walled by bone bends in the wall's gap (the canal through the disc in front of it or
        // the recess) when it can do so without crossing another leader, and the foramen's labels stand forward, their
        // leaders running out through the disc, when only the essential ones are shown. A label whose leader still crosses
        // becomes a numbered call-out on its structure, its text in a key (294 crossed before call-outs; straight leaders
        // only: 504).
        XCTAssertLessThanOrEqual(total, 0, "leaders cross bone")
    }
}

/// No leader passes through a numbered call-out's circle other than its own (issue 11: in 21, printed, a leader ran
/// through a call-out's circle and read as that call-out's leader): every scenario's sagittal, axial, foramen and posterior
/// view and its sheet, in the colour and print themes, every leader segment (column labels' and call-outs') against every
/// other call-out's circle.
final class LeaderThroughCalloutTests: XCTestCase {
    typealias S = SectionTestSupport

    /// The call-out circles of `scene` whose ids start with "<prefix>.callout.": the call-out's id, centre and radius.
    static func circles(_ scene: Scene, prefix: String) -> [(id: String, centre: Point, radius: Double)] {
        scene.flattened().compactMap { item in
            guard case .path(let p) = item.node, p.id.hasPrefix("\(prefix).callout."), !p.id.hasSuffix(".number"),
                  p.metadata["callout"] != nil, let b = p.path.bounds else { return nil }
            return (String(p.id.dropFirst("\(prefix).callout.".count)), b.center, min(b.width, b.height) / 2)
        }
    }

    /// "<leader id> through call-out <n>" for every leader segment of `prefix` that comes nearer than the radius (less half
    /// a point) to the centre of a call-out circle not its own.
    static func throughCircles(_ scene: Scene, prefix: String) -> [String] {
        let circles = circles(scene, prefix: prefix)
        var found: [String] = []
        for leader in LeaderCrossingTests.leaderLines(scene, prefix: prefix) {
            let owner = String(leader.id.dropFirst("\(prefix).leader.".count))
            for circle in circles where circle.id != owner {
                if leader.segments.contains(where: { Polygons.segmentDistance(circle.centre, $0.0, $0.1) < circle.radius - 0.5 }) {
                    found.append("\(leader.id) through call-out \(circle.id)")
                }
            }
        }
        return found
    }

    func testNoLeaderPassesThroughAnotherCalloutsCircle() throws {
        var total = 0, circles = 0
        for file in try S.scenarioFiles() {
            let n = String(file.prefix(2))
            for theme in [Theme.color, .print] {
                var scenes: [(Scene, String)] = [(try S.scene(AxialPanel(), prefix: n, theme: theme), "axial"),
                                                 (try S.scene(ForamenPanel(), prefix: n, theme: theme), "foramen"),
                                                 (try S.page(.sagittal, prefix: n, theme: theme), "sagittal"),
                                                 (try S.page(.posterior, prefix: n, theme: theme), "posterior")]
                let sheet = try S.page(.sheet, prefix: n, theme: theme)
                scenes += ["axial", "foramen", "sagittal"].map { (sheet, $0) }
                for (scene, prefix) in scenes {
                    circles += Self.circles(scene, prefix: prefix).count
                    let found = Self.throughCircles(scene, prefix: prefix)
                    total += found.count
                    for f in found { print("  \(file) \(theme) \(prefix): \(f)") }
                }
            }
        }
        print("leaders through another call-out's circle: \(total) (\(circles) circles)")
        XCTAssertGreaterThan(circles, 50, "the views have call-outs")
        XCTAssertLessThanOrEqual(total, Self.ratchet, "leaders through call-out circles")
    }

    /// The count this test allows, lowered as the layout improves (both themes together; they share their geometry).
    /// Making a leader through a circle a hard limit in ``CalloutSpot/find(anchor:radius:gap:around:)`` halved the count
    /// (79 → 39 per theme at 1600 px) but made 12 leaders cross one another (LeaderCrossingTests), so it was not kept. Now a
    /// spot through which a leader passes, or whose leader passes through a circle, ranks below every clear one but above
    /// any whose leader crosses a leader (81 → 79 a theme); the sagittal's "pedicle" and "lamina" column leaders start on the
    /// pedicle's back part and in the lamina behind the canal, not under the conus's and the epidural fat's circles in the
    /// canal (→ 31); and a posterior root level with a lesion, between it and the lesion's column, is named halfway down to
    /// its next station, not under the lesion's leader (→ 21); the hurt roots pressed together in the sac are each named on
    /// their own stretch of the bundle (``PosteriorDrawing/bundleAnchors()``), not at one point of it (→ 15: 13's posterior
    /// 10 → 5, 26's and 30's S1 roots 0). A call-out whose leader passes through another's circle, or whose circle a leader
    /// passes through, is placed again afterwards, alone or with the other one, knowing every call-out
    /// (``SectionDrawing/unthreaded(_:base:radius:gap:)``; → 14 a theme: 13's conus and 02's sagittal L5 root; 23's sheet
    /// sagittal, drawn a little larger since its foramen section's slip label moved, gained one). Left: in 13's posterior
    /// the lesion's leader runs down the midline past four of the roots' call-outs; a few sagittal, axial and sheet
    /// lesion/root pairs. The sagittal's "Spinal nerve" named on the next quiet root's nerve, not 1–2 mm beyond the
    /// ganglion it names (→ 24). A circle with no clear spot takes the roomiest touching no other circle, not one over
    /// another call-out (→ 12: 13's posterior midline stack spreads off the lesion's leader; 07's and 22's axial, 13's and
    /// 16's sagittal, 26's posterior lesion/root pairs are left). The hurt S2 roots named in the posterior view (they were
    /// drawn compressed but never named) add ten (→ 22): in 13, where every root from L2 to S2 is compressed on both sides
    /// and fourteen call-outs share the bundle, and in 26, where the S2 roots' leaders run down the midline past the
    /// lesion's circle. A posterior layout that names a run of hurt roots once, as the sagittal view does, would win them back.
    static let ratchet = 22
}
