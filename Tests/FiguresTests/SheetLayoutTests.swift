import CairoRender
import Diagram
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import XCTest

/// The teaching sheet's sections (issue 11): the axial and foraminal drawings fill most of their slot's width,
/// share one scale, and say so.
final class SheetLayoutTests: XCTestCase {
    /// The width of the anatomy a section group draws (the union of its paths' bounds, inside its clip), points.
    static func anatomyWidth(_ nodes: [Node], group id: String) -> Double {
        let scene = Scene(width: 1, height: 1, nodes: nodes)
        guard case .group(let g)? = scene.node(withID: id) else { return 0 }
        let clip = g.clip?.bounds
        var box: Rect?
        for item in Scene(width: 1, height: 1, nodes: g.children).flattened() {
            guard case .path(let p) = item.node, let b = p.path.bounds else { continue }
            box = box.map { $0.union(b) } ?? b
        }
        guard var b = box else { return 0 }
        if let clip { b = b.intersection(clip) ?? b }
        return b.width
    }

    /// The share of the slot's width the axial and foraminal anatomy fill on the sheet (after) and in the sheet's
    /// former slot (before: a column-wide frame of aspect 1.1, labels in columns, each section at its own scale).
    static func fractions(_ prefix: String) throws -> (before: [Double], after: [Double], scene: Scene) {
        let context = try FigureFixture.context(prefix, labels: .minimal, measurer: try CairoTextMeasurer())
        let scene = ViewCatalog.scene(for: .sheet, context: context)
        let w = context.options.width, t = context.type, margin = w * 0.025
        let column = (w - 2 * margin - 3 * t.gap) / 2
        // The stacked column as drawn: from its panels' titles to the page's right margin (the lead may widen its own).
        guard case .text(let title)? = scene.node(withID: "axial.title") else { throw XCTSkip("no axial title") }
        let stackedColumn = w - margin - title.position.x
        var after: [Double] = []
        for (i, id) in ["axial.section", "foramen.section"].enumerated() {
            guard case .group(let slot)? = scene.node(withID: "sheet.stacked.\(i)") else { continue }
            after.append(anatomyWidth(slot.children, group: id) / stackedColumn)
        }
        let old: [(any Panel, String)] = [(AxialPanel(), "axial.section"), (ForamenPanel(), "foramen.section")]
        let before = old.map { panel, id in
            anatomyWidth(panel.nodes(in: Rect(x: 0, y: 0, width: column, height: column / 1.1), context: context), group: id) / column
        }
        return (before, after, scene)
    }

    /// The shared scale is capped so that the title, the sections and the grade legend fit the first printed page at
    /// full size (``Handout/firstPageAspect``): that, not the slot's width, limits the drawings on the teaching sheets.
    func testSectionsFillMostOfTheirSlotAndShareOneScale() throws {
        for prefix in ["02", "09", "14", "21"] {
            let (before, after, scene) = try Self.fractions(prefix)
            print(String(format: "sheet %@: axial %.0f %% → %.0f %%, foramen %.0f %% → %.0f %% of the slot's width",
                         prefix, before[0] * 100, after[0] * 100, before[1] * 100, after[1] * 100))
            XCTAssertEqual(after.count, 2)
            XCTAssertGreaterThan(after.max() ?? 0, 0.55, "\(prefix): the wider section spans its slot")
            XCTAssertGreaterThan(after.min() ?? 0, 0.48, "\(prefix): both sections fill most of their slot")
            // One scale: both scale bars are equally long and say so.
            let bars = ["axial.scalebar", "foramen.scalebar"].compactMap { id -> Double? in
                guard case .path(let p)? = scene.node(withID: id) else { return nil }
                return p.path.bounds?.width
            }
            XCTAssertEqual(bars.count, 2)
            XCTAssertEqual(bars[0], bars[1], accuracy: 0.01, "\(prefix): the sections share one scale")
            for id in ["axial.scalebar.label", "foramen.scalebar.label"] {
                guard case .text(let label)? = scene.node(withID: id) else { return XCTFail("\(prefix): \(id)") }
                XCTAssertTrue(label.string.contains("shared scale"), label.string)
            }
            guard case .text(let caption)? = scene.node(withID: "page.caption") else { return XCTFail("caption") }
            XCTAssertTrue(caption.string.contains("drawn at one scale"), caption.string)
        }
    }

    /// The sagittal fills its slot (issue 11: no white space above and below it beside the taller sections): its drawing
    /// takes most of the height between its title and its key (with halved columns: about 64 % in 02). In 21 the long
    /// slip label keeps the drawing narrower, and the sections' scale limits how far the lead column widens.
    func testSagittalFillsItsSlot() throws {
        for (prefix, least) in [("02", 0.72), ("14", 0.72), ("21", 0.62), ("22", 0.72)] {
            let context = try FigureFixture.context(prefix, labels: .minimal, measurer: try CairoTextMeasurer())
            let scene = ViewCatalog.scene(for: .sheet, context: context)
            let m = context.options.measurer
            guard case .text(let title)? = scene.node(withID: "sagittal.title"), case .text(let key)? = scene.node(withID: "sagittal.key.text"),
                  case .group(let drawing)? = scene.node(withID: "sagittal.drawing") else { return XCTFail("\(prefix): sagittal parts") }
            var box: Rect?
            for item in Scene(width: 1, height: 1, nodes: drawing.children).flattened() {
                guard case .path(let p) = item.node, let b = p.path.bounds else { continue }
                box = box.map { $0.union(b) } ?? b
            }
            let room = m.frame(of: key).minY - m.frame(of: title).maxY
            let share = try XCTUnwrap(box).height / room
            print(String(format: "sheet %@: the sagittal drawing fills %.0f %% of its slot's height", prefix, share * 100))
            XCTAssertGreaterThan(share, least, "\(prefix): the sagittal fills its slot")
        }
    }

    /// Every numbered call-out has its key entry, numbered 1… in reading order, and nothing is left unexplained.
    func testCalloutsHaveAKey() throws {
        let context = try FigureFixture.context("02", labels: .minimal)
        let scene = ViewCatalog.scene(for: .sheet, context: context)
        for prefix in ["axial", "foramen"] {
            let texts = scene.flattened().compactMap { item -> TextNode? in
                if case .text(let t) = item.node { return t }
                return nil
            }
            let numbers = texts.filter { $0.id.hasPrefix("\(prefix).label.") }.map(\.string)
            let keyed = texts.filter { $0.id.hasPrefix("\(prefix).key.") && $0.id.hasSuffix(".number") }.map(\.string)
            XCTAssertFalse(numbers.isEmpty, prefix)
            XCTAssertEqual(numbers.sorted(), keyed.sorted(), prefix)
            XCTAssertEqual(Set(keyed), Set((1...keyed.count).map(String.init)), prefix)
        }
    }
}

/// The sagittal's inline root names (issue 11): clear of the plane locators (the foraminal ring and its F), the lesions
/// and one another, in every scenario and on the sheet.
final class SagittalRootNameTests: XCTestCase {
    func testRootNamesAvoidTheLocatorsTheLesionsAndEachOther() throws {
        let measurer = ApproximateTextMeasurer()
        for prefix in try SagittalFixture.allPrefixes() {
            for labels in [LabelMode.full, .minimal] {
                let (scene, _) = try SagittalFixture.scene(prefix, labels: labels)
                let names = scene.flattened().compactMap { item -> (String, Rect)? in
                    guard case .text(let t) = item.node, t.id.hasPrefix("sagittal.rootname.") else { return nil }
                    return (t.id, measurer.frame(of: t))
                }
                XCTAssertFalse(names.isEmpty, prefix)
                var shapes = SagittalPanel.bounds(scene.nodes, measurer: measurer) {
                    $0 == "sagittal.locator.foramen" || $0.hasPrefix("sagittal.lesion.")
                }.map { ("shape", $0) }
                if case .text(let f)? = scene.node(withID: "sagittal.locator.foramen.mark") { shapes.append(("F", measurer.frame(of: f))) }
                for (i, (id, box)) in names.enumerated() {
                    for (what, other) in shapes + names[(i + 1)...].map({ ($0.0, $0.1) }) where box.intersects(other) {
                        XCTFail("\(prefix) \(labels): \(id) overlaps \(what)")
                    }
                }
            }
        }
    }

    /// Each root's name stands beside its own root (within two lines of the left course) or, pushed further by a crowded
    /// slip or lesion, is tied to it by a leader ending on that root: 22's "L4" stood alone in the L5 body, 12 mm below the
    /// end of its nerve, and read as L5's or the body's.
    func testEachRootNameIsBesideItsRootOrTiedToIt() throws {
        let measurer = ApproximateTextMeasurer()
        var tied = 0
        for prefix in try SagittalFixture.allPrefixes() {
            let (scene, _) = try SagittalFixture.scene(prefix, labels: .full)
            let items = scene.flattened()
            func outlines(_ root: String) -> [[Point]] {
                items.flatMap { item -> [[Point]] in
                    guard case .path(let p) = item.node, p.id.hasPrefix("sagittal.root.\(root).left") else { return [] }
                    return p.path.polygons()
                }
            }
            // 0 inside the root's drawing (the nerve's end lies on its centre line), else to its outline.
            func distance(_ p: Point, _ root: String) -> Double {
                outlines(root).map { Polygons.contains($0, p) ? 0 : Polygons.distance($0, p) }.min() ?? .infinity
            }
            for item in items {
                guard case .text(let t) = item.node, t.id.hasPrefix("sagittal.rootname."), !t.id.hasSuffix(".leader") else { continue }
                let root = String(t.id.dropFirst("sagittal.rootname.".count)), box = measurer.frame(of: t), line = t.font.size * 1.4
                if case .path(let leader)? = scene.node(withID: "\(t.id).leader"), let end = leader.path.polygons().first?.last {
                    tied += 1
                    XCTAssertLessThanOrEqual(distance(end, root), 0.5, "\(prefix): \(t.id)'s leader ends off its root")
                } else {
                    let corners = [Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY), Point(x: box.minX, y: box.maxY),
                                   Point(x: box.maxX, y: box.maxY), box.center]
                    XCTAssertLessThanOrEqual(corners.map { distance($0, root) }.min() ?? .infinity, 2 * line,
                                             "\(prefix): \(t.id) stands away from its root with no leader")
                }
            }
        }
        XCTAssertGreaterThan(tied, 0, "some names are tied to their roots")
    }

    /// No root name's leader crosses a dimension line or another leader (21's "L5", pushed right of its crowded foramen, was
    /// tied back across the slip's dimension line and read as part of the measure). A name takes the first free place whose
    /// leader keeps clear of both, before the first free place: 17 → 9 (pages and fixture frames, full and minimal labels),
    /// then 9 → 1 once places further up and in front were tried (22's and 31's "L4" and 21's "L5", whose nerve ends lie
    /// inside the slip's bracket, are reached from above it, over the bracket's tick). Left: 22's "L4" in the fixture's
    /// landscape frame, where every place up and in front is crossed by the column's leaders or taken by call-outs.
    func testRootNameLeadersCrossingMeasuresOrLeaders() throws {
        var tied = 0, crossing: [String] = []
        for prefix in try SagittalFixture.allPrefixes() {
            for labels in [LabelMode.full, .minimal] {
                // In the fixture's landscape frame and on the page `radix render --view sagittal` draws.
                for scene in [try SagittalFixture.scene(prefix, labels: labels).0, try SectionTestSupport.page(.sagittal, prefix: prefix, labels: labels)] {
                    let lines = SagittalPanel.segments(scene.nodes) {
                        $0.hasPrefix("sagittal.measure.") || ($0.hasPrefix("sagittal.leader.") && !$0.hasSuffix(".dot"))
                    }
                    for name in ["L1", "L2", "L3", "L4", "L5", "S1"] {
                        for tie in SagittalPanel.segments(scene.nodes, matching: { $0 == "sagittal.rootname.\(name).leader" }) {
                            tied += 1
                            if lines.contains(where: { $0.crosses(tie) }) { crossing.append("\(prefix) \(labels) \(scene.width): \(name)") }
                        }
                    }
                }
            }
        }
        for c in crossing { print("  root name's leader crosses a measure or leader: \(c)") }
        XCTAssertGreaterThan(tied, 0, "some names are tied to their roots")
        XCTAssertLessThanOrEqual(crossing.count, 1, "more root names' leaders cross a measure or a leader")
    }
}
