import Clinical
import Diagram
import Pathology
import Radix
import Scenario
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// The sagittal panel as a scene: what it names, how it colours roots, and that its layout stays on the
/// page without collisions.
final class SagittalSceneTests: XCTestCase {
    func testNamesTheAnatomyItDraws() throws {
        let (scene, _) = try SagittalFixture.scene("02")
        var ids = ["sagittal.title", "sagittal.sac", "sagittal.cord", "sagittal.filum", "sagittal.canal", "sagittal.root.L5.left",
                   "sagittal.root.L5.left.ganglion", "sagittal.root.S1.right", "sagittal.lesion.0", "sagittal.ligament.anterior",
                   "sagittal.ligament.posterior", "sagittal.ligament.supraspinous", "sagittal.scalebar", "sagittal.orient.left"]
        ids += ["L1", "L2", "L3", "L4", "L5", "S1"].flatMap { ["sagittal.body.\($0)", "sagittal.arch.\($0)", "sagittal.pedicle.\($0)"] }
        ids += ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"].flatMap { ["sagittal.disc.\($0)", "sagittal.disc.\($0).nucleus", "sagittal.flavum.\($0)"] }
        ids += ["level.L1", "level.S1", "lesion.0", "root.L5.left", "conus", "pedicle", "ganglion"].map { "sagittal.label.\($0)" }
        for id in ids { XCTAssertNotNil(scene.node(withID: id), id) }
    }

    func testTitleNamesTheViewpoint() throws {
        let (scene, _) = try SagittalFixture.scene("01")
        guard case .text(let title)? = scene.node(withID: "sagittal.title") else { return XCTFail("no title") }
        XCTAssertEqual(title.string, "Sagittal section, viewed from the left")
    }

    func testHurtRootIsFilledWithItsGradeInEveryTheme() throws {
        for theme in Theme.allCases {
            let (scene, context) = try SagittalFixture.scene("02", theme: theme)
            let hurt = context.palette.rootFill(.compression), free = context.palette.rootFill(.normal)
            // Each piece is painted in the report's grade at its place (issue 11): the left L5 where the extrusion
            // presses it, in the recess beside the L4–L5 disc; its ganglion, in the unhurt L5–S1 foramen, is free.
            XCTAssertEqual(SagittalFixture.path(scene, "sagittal.root.L5.left.lateral-recess.L4-L5")?.fill, .color(hurt), "\(theme)")
            XCTAssertEqual(SagittalFixture.path(scene, "sagittal.root.L5.left.ganglion")?.fill, .color(free), "\(theme)")
            XCTAssertEqual(SagittalFixture.path(scene, "sagittal.root.L5.right.lateral-recess.L4-L5")?.fill, .color(free), "\(theme)")
            XCTAssertEqual(SagittalFixture.path(scene, "sagittal.root.L4.left.foramen.L4-L5")?.fill, .color(free), "\(theme)")
            // The outline of the whole root carries no fill, only its dashed (projected) outline.
            XCTAssertNil(SagittalFixture.path(scene, "sagittal.root.L5.left")?.fill, "\(theme)")
            XCTAssertFalse(SagittalFixture.path(scene, "sagittal.root.L5.left")?.stroke?.dash.isEmpty ?? true, "\(theme)")
        }
    }

    func testGradesAreColouredAsTheSimulationFoundThem() throws {
        // Degenerative slip with recess stenosis: S1 deviation, L5 compression. The slip spares the exiting
        // L4 (§C4), so a mild (Lee 1) left L3-L4 foraminal stenosis adds the grade-1 root: left L3 contact.
        var scenario = try SagittalFixture.scenario("22")
        scenario.lesions.append(Lesion(level: .L3L4, kind: .stenosis(Stenosis(kind: .foraminal, laterality: .left, severity: .leeForaminal(1)))))
        let context = FigureContext(result: Pipeline.simulate(scenario), scenario: scenario, options: FigureOptions(measurer: ApproximateTextMeasurer()))
        let scene = SagittalFixture.scene(context)
        for finding in context.result.roots where finding.root != .S2 && finding.station != .inSac {
            // The piece at the root's worst place carries its grade (the rest of the root is graded where it is drawn).
            let id = "sagittal.root.\(finding.root.name).\(finding.side.rawValue).\(finding.station.rawValue).\(finding.level.name)"
            XCTAssertEqual(SagittalFixture.path(scene, id)?.fill, .color(context.palette.rootFill(finding.grade)), id)
        }
        XCTAssertTrue(context.result.roots.contains { $0.grade == .contact }, "the scenario should have a grade-1 root")
    }

    func testNormalSpineHasNoHurtColouredRoot() throws {
        for theme in Theme.allCases {
            let (scene, context) = try SagittalFixture.scene("01", theme: theme)
            let hurt = Set([RootGrade.contact, .deviation, .compression].map { context.palette.rootFill($0) })
            var roots = 0
            for (_, node) in scene.flattened() {
                guard case .path(let p) = node, p.id.hasPrefix("sagittal.root.") || p.id.hasPrefix("sagittal.cauda.") else { continue }
                roots += 1
                if case .solid(let c)? = p.fill?.paint { XCTAssertFalse(hurt.contains(c), "\(p.id) \(theme)") }
                if let s = p.stroke { XCTAssertFalse(hurt.contains(s.color), "\(p.id) \(theme)") }
            }
            XCTAssertGreaterThan(roots, 20)
            XCTAssertTrue(SagittalFixture.texts(scene, prefix: "sagittal.label.root").isEmpty)
        }
    }

    func testEveryNodeStaysOnThePageWithoutDuplicateIDs() throws {
        let measurer = ApproximateTextMeasurer()
        for prefix in try SagittalFixture.allPrefixes() {
            for labels in LabelMode.allCases {
                let (scene, _) = try SagittalFixture.scene(prefix, labels: labels)
                XCTAssertEqual(scene.duplicateIDs(), [], "\(prefix) \(labels)")
                for (_, node) in scene.flattened() {
                    if case .group = node { continue }
                    guard let b = node.bounds(measurer: measurer) else { continue }
                    XCTAssertTrue(scene.pageBounds.contains(b, tolerance: 0.5), "\(prefix) \(labels) \(node.id) \(b)")
                }
            }
        }
    }

    func testLabelsNeitherOverlapNorGoMissing() throws {
        let measurer = ApproximateTextMeasurer()
        for prefix in try SagittalFixture.allPrefixes() {
            for labels in [LabelMode.full, .minimal] {
                let (scene, context) = try SagittalFixture.scene(prefix, labels: labels)
                let texts = SagittalFixture.texts(scene, prefix: "sagittal.label.")
                let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context), locators: SagittalLocators(context: context))
                let wanted = SagittalLabels(drawing: drawing).labels(labels)
                XCTAssertEqual(texts.count, wanted.count, "\(prefix) \(labels): every label placed")
                let frames = texts.map { measurer.frame(of: $0) }
                let others = (SagittalFixture.texts(scene, prefix: "sagittal.key") + SagittalFixture.texts(scene, prefix: "sagittal.orient")
                    + SagittalFixture.texts(scene, prefix: "sagittal.title")).map { measurer.frame(of: $0) }
                for i in frames.indices {
                    for j in frames.indices where j > i {
                        XCTAssertFalse(frames[i].intersects(frames[j]), "\(prefix) \(texts[i].string) / \(texts[j].string)")
                    }
                    for other in others { XCTAssertFalse(frames[i].intersects(other), "\(prefix) \(texts[i].string) hits the key") }
                    XCTAssertEqual(texts[i].font.size, context.type.label.size, "labels keep the 9 pt label size")
                }
            }
        }
    }

    func testLeadersDoNotCrossEachOther() throws {
        let (scene, _) = try SagittalFixture.scene("07")
        var segments: [(String, Segment)] = []
        for (_, node) in scene.flattened() {
            guard case .path(let p) = node, p.id.hasPrefix("sagittal.leader."), !p.id.hasSuffix(".dot") else { continue }
            var points: [Point] = []
            for command in p.path.commands {
                if case .move(let q) = command { points.append(q) }
                if case .line(let q) = command { points.append(q) }
            }
            for (a, b) in zip(points, points.dropFirst()) { segments.append((p.id, Segment(a, b))) }
        }
        XCTAssertGreaterThan(segments.count, 20)
        for i in segments.indices {
            for j in segments.indices where j > i && segments[i].0 != segments[j].0 {
                XCTAssertFalse(segments[i].1.crosses(segments[j].1), "\(segments[i].0) × \(segments[j].0)")
            }
        }
    }

    func testLabelModesKeepTheRightWords() throws {
        let (none, _) = try SagittalFixture.scene("02", labels: .none)
        XCTAssertTrue(SagittalFixture.texts(none, prefix: "sagittal.label.").isEmpty)
        XCTAssertNotNil(none.node(withID: "sagittal.scalebar"), "the scale bar stays")

        let (minimal, _) = try SagittalFixture.scene("02", labels: .minimal)
        let words = Set(SagittalFixture.texts(minimal, prefix: "sagittal.label.").map(\.string))
        XCTAssertEqual(words, ["L1", "L2", "L3", "L4", "L5", "S1", "7 mm left subarticular extrusion, L4–L5", "Left L5 — compression (grade 3)",
                               "A: axial section, L4–L5"])

        let (full, _) = try SagittalFixture.scene("02", labels: .full)
        let all = Set(SagittalFixture.texts(full, prefix: "sagittal.label.").map(\.string))
        XCTAssertTrue(words.isSubset(of: all))
        XCTAssertTrue(all.isSuperset(of: ["Pedicle", "Dorsal root ganglion", "Ligamentum flavum", "Cauda equina", "Conus medullaris", "Facet joint"]))
    }

    func testBilateralAndCrowdedRootsShareOneLabel() throws {
        let (scene, _) = try SagittalFixture.scene("07", labels: .minimal)
        let roots = SagittalFixture.texts(scene, prefix: "sagittal.label.roots").map(\.string)
        XCTAssertEqual(roots, ["L5 to S2, both sides — compression (grade 3)"])
        let (slip, _) = try SagittalFixture.scene("21", labels: .minimal)
        let locators = SagittalFixture.texts(slip, prefix: "sagittal.label.locator").map(\.string)
        XCTAssertEqual(locators.count, 1, "the axial plane is named")
        XCTAssertNotNil(slip.node(withID: "sagittal.locator.foramen.mark"), "the foraminal ring is marked")
        XCTAssertEqual(Set(SagittalFixture.texts(slip, prefix: "sagittal.label.").map(\.string)).subtracting(["L1", "L2", "L3", "L4", "L5", "S1"] + locators),
                       ["Isthmic L5–S1 slip, 38 % (Meyerding II)", "L5, both sides — compression (grade 3)"])
    }

    func testAltTextTellsTheLesionAndTheHurtRoots() throws {
        let panel = SagittalPanel()
        let extrusion = panel.altText(try SagittalFixture.context("02"))
        XCTAssertTrue(extrusion.contains("a 7 mm left subarticular extrusion at L4–L5"), extrusion)
        XCTAssertTrue(extrusion.contains("left L5 root is compressed (grade 3) in the lateral recess at L4–L5"), extrusion)
        let crowded = panel.altText(try SagittalFixture.context("07"))
        XCTAssertTrue(crowded.contains("crowded in the sac"), crowded)
        let slip = panel.altText(try SagittalFixture.context("21"))
        XCTAssertTrue(slip.contains("an isthmic spondylolisthesis"), slip)
        let normal = panel.altText(try SagittalFixture.context("01"))
        XCTAssertTrue(normal.contains("with no lesion. Every root is free."), normal)
        XCTAssertTrue(extrusion.contains("axial section (through the L4–L5 disc) and foraminal section (the left L4–L5 foramen)"), extrusion)
        XCTAssertTrue(panel.caption(try SagittalFixture.context("01")).contains("parasagittal overlay"))
    }
}

/// The sagittal states its magnification (issue 11: sections of one sheet share one magnification or state theirs).
final class SagittalScaleBarTests: XCTestCase {
    /// The page height of the drawing's paths ÷ the drawing's height in mm: the scale the drawing is drawn at, measured
    /// from the drawing itself, not from the mapping the bar is drawn with.
    static func drawnScale(_ scene: Scene, _ context: FigureContext) throws -> Double {
        let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context),
                                      locators: context.options.isQuiz ? nil : SagittalLocators(context: context))
        let mm = try XCTUnwrap(drawing.layers().bounds)
        guard case .group(let g)? = scene.node(withID: "sagittal.drawing") else { throw XCTSkip("no drawing") }
        var box: Rect?
        for item in Scene(width: 1, height: 1, nodes: g.children).flattened() {
            guard case .path(let p) = item.node, let b = p.path.bounds else { continue }
            box = box.map { $0.union(b) } ?? b
        }
        return try XCTUnwrap(box).height / (mm.v.upperBound - mm.v.lowerBound)
    }

    func testTheBarIsTenMillimetresAtTheDrawingsScaleAndSaysItsMagnification() throws {
        for prefix in ["02", "14", "21"] {
            let (scene, context) = try SagittalFixture.scene(prefix)
            let scale = try Self.drawnScale(scene, context)
            let bar = try XCTUnwrap(SagittalFixture.path(scene, "sagittal.scalebar")?.path.bounds)
            XCTAssertEqual(bar.width, 10 * scale, accuracy: 0.01 * 10 * scale, "\(prefix): the bar is 10 mm at the drawing's scale")
            guard case .text(let label)? = scene.node(withID: "sagittal.scalebar.label") else { return XCTFail("\(prefix): no bar label") }
            let x = String(format: "×%.1f", 10 * scale * 20 / context.options.width)
            XCTAssertEqual(label.string, "10 mm (\(x))", prefix)
            // The label stays within the strip's left part: it starts right of the orientation letters.
            guard case .text(let a)? = scene.node(withID: "sagittal.orient.right") else { return XCTFail("no orientation") }
            let m = context.options.measurer
            XCTAssertGreaterThan(m.frame(of: label).minX, m.frame(of: a).maxX, "\(prefix): the bar's label clears the compass")
        }
    }

    /// On the sheet the sagittal is not at the sections' shared scale: its bar gives its own magnification, not "shared".
    func testOnTheSheetTheSagittalStatesItsOwnMagnification() throws {
        let context = try FigureFixture.context("02", labels: .minimal)
        let scene = ViewCatalog.scene(for: .sheet, context: context)
        guard case .text(let label)? = scene.node(withID: "sagittal.scalebar.label") else { return XCTFail("no sagittal bar label") }
        XCTAssertTrue(label.string.hasPrefix("10 mm (×"), label.string)
        XCTAssertFalse(label.string.contains("shared"), label.string)
        guard case .path(let sagittal)? = scene.node(withID: "sagittal.scalebar"), case .path(let axial)? = scene.node(withID: "axial.scalebar"),
              case .text(let axialLabel)? = scene.node(withID: "axial.scalebar.label") else { return XCTFail("bars") }
        // Each bar's stated magnification is its own length: 10 mm at ×m is m × 10 mm of a 20 cm page.
        for (bar, text) in [(sagittal, label.string), (axial, axialLabel.string)] {
            let m = try XCTUnwrap(Double(text.split(separator: "×")[1].prefix(3)))
            let printed = try XCTUnwrap(bar.path.bounds).width * 200 / context.options.width
            XCTAssertEqual(printed, 10 * m, accuracy: 0.6, text)
        }
    }
}
