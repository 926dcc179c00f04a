import Anatomy
import Clinical
import Diagram
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

final class KneePanelTests: XCTestCase {
    private func highlighted(_ scene: Scene) -> Set<String> {
        Set(scene.ids.filter { $0.hasSuffix(".highlight") })
    }

    private func status(_ scene: Scene) -> String {
        if case .text(let text) = scene.node(withID: "knee.status") { return text.string }
        return ""
    }

    func testAnL3LesionHighlightsTheMedialKnee() throws {
        let context = try FigureFixture.context("11")
        let panel = KneePanel()
        XCTAssertEqual(panel.side(context), .right)
        XCTAssertTrue(panel.hurtParts(context).contains(.medialKnee))
        let scene = FigureFixture.scene(panel, context)
        let lit = highlighted(scene)
        XCTAssertTrue(lit.contains("knee.front.medial-knee.highlight"))
        XCTAssertTrue(lit.contains("knee.inside.medial-knee.highlight"))
        XCTAssertFalse(lit.contains { $0.contains("posterior-knee") || $0.contains("lateral-knee") })
        XCTAssertNotNil(scene.node(withID: "knee.inside.medial-knee.pain"))
        XCTAssertNotNil(scene.node(withID: "knee.inside.medial-knee.numbness"))
        XCTAssertTrue(status(scene).contains("medial knee"))
        XCTAssertTrue(status(scene).contains("right L3"))
    }

    func testKeeganGarrettL4ReachesTheAnteriorKneeAndLeeL4DoesNot() throws {
        let kg = try FigureFixture.context("10"), lee = try FigureFixture.context("09")
        XCTAssertEqual(kg.result.input.atlas, .keeganGarrett)
        XCTAssertEqual(lee.result.input.atlas, .lee2008)
        let panel = KneePanel()
        XCTAssertTrue(panel.hurtParts(kg).contains(.anteriorKnee))
        XCTAssertFalse(panel.hurtParts(lee).contains(.anteriorKnee))
        XCTAssertTrue(highlighted(FigureFixture.scene(panel, kg)).contains("knee.front.anterior-knee.highlight"))
        let leeLit = highlighted(FigureFixture.scene(panel, lee))
        XCTAssertFalse(leeLit.contains { $0.contains("anterior-knee") })
        XCTAssertTrue(leeLit.contains("knee.front.medial-knee.highlight"), "L4 pain reaches the medial knee in every map")
    }

    func testPartsAreColouredByTheRootOfTheirSkinInTheAtlas() throws {
        func fill(_ scene: Scene, _ id: String) -> Paint? {
            if case .path(let node) = scene.node(withID: id) { return node.fill?.paint }
            return nil
        }
        let lee = try FigureFixture.context("09"), kg = try FigureFixture.context("10")
        let palette = lee.palette
        let leeScene = FigureFixture.scene(KneePanel(), lee), kgScene = FigureFixture.scene(KneePanel(), kg)
        XCTAssertEqual(fill(leeScene, "knee.inside.medial-knee"), palette.rootPaint(.L3))
        XCTAssertNotNil(leeScene.node(withID: "knee.inside.medial-knee.fringe.L4"), "L4 reaches the medial knee's edge in Lee")
        XCTAssertEqual(fill(leeScene, "knee.behind.posterior-knee"), palette.rootPaint(.S2))
        XCTAssertEqual(fill(leeScene, "knee.outside.lateral-knee"), .solid(palette.unmapped), "Lee leaves the lateral knee blank")
        XCTAssertEqual(fill(kgScene, "knee.front.anterior-knee"), palette.rootPaint(.L4))
        XCTAssertEqual(fill(kgScene, "knee.front.medial-knee"), palette.rootPaint(.L3))
        XCTAssertNotNil(kgScene.node(withID: "knee.key.L5"), "the K&G L5 band passes the lateral knee")
        XCTAssertNil(leeScene.node(withID: "knee.key.L5"))
    }

    func testRootsAreDistinctInEveryTheme() {
        for theme in Theme.allCases {
            let palette = Palette(theme)
            let paints = Root.allCases.map { palette.rootPaint($0) }
            XCTAssertEqual(Set(paints).count, paints.count, "\(theme): two roots share a paint")
            // The knee paints a root as the atlas does (one palette per root, RootPaletteTests).
            XCTAssertEqual(paints, Root.allCases.map { palette.dermatome(.root($0)) }, "\(theme)")
            if theme == .print {
                // Print gives neighbouring roots different textures (plain, hatch, cross-hatch, stipple), as the atlas plate.
                let texture = paints.map { paint -> String in
                    switch paint {
                    case .hatch(let h): "hatch \(h.angleDegrees) \(h.crossed)"
                    case .stipple: "stipple"
                    default: "plain"
                    }
                }
                XCTAssertTrue(zip(texture, texture.dropFirst()).allSatisfy { $0 != $1 }, "print: neighbours differ in texture")
            }
        }
    }

    func testViewsAreDrawnTheWayTheKneeFaces() throws {
        // Right knee (scenario 11): from the front its medial side is on the viewer's right; from
        // inside, its front is on the viewer's left.
        let right = FigureFixture.scene(KneePanel(), try FigureFixture.context("11"))
        func x(_ scene: Scene, _ id: String) throws -> Double { try XCTUnwrap(scene.bounds(of: id)).midX }
        XCTAssertGreaterThan(try x(right, "knee.front.medial-knee"), try x(right, "knee.front.lateral-knee"))
        XCTAssertLessThan(try x(right, "knee.inside.anterior-knee"), try x(right, "knee.inside.posterior-knee"))
        XCTAssertGreaterThan(try x(right, "knee.outside.anterior-knee"), try x(right, "knee.outside.posterior-knee"))
        XCTAssertLessThan(try x(right, "knee.behind.medial-knee"), try x(right, "knee.behind.lateral-knee"))
        // A left knee is the mirror image.
        let leftContext = try FigureFixture.context("14")
        XCTAssertEqual(KneePanel().side(leftContext), .left)
        let left = FigureFixture.scene(KneePanel(), leftContext)
        XCTAssertLessThan(try x(left, "knee.front.medial-knee"), try x(left, "knee.front.lateral-knee"))
        XCTAssertGreaterThan(try x(left, "knee.behind.medial-knee"), try x(left, "knee.behind.lateral-knee"))
    }

    func testWhenNothingReachesTheKneeThePanelSaysSo() throws {
        for prefix in ["01", "02"] {
            let scene = FigureFixture.scene(KneePanel(), try FigureFixture.context(prefix))
            XCTAssertEqual(status(scene), "The knee is not in this pain map.")
            XCTAssertEqual(highlighted(scene), [])
            XCTAssertNil(scene.node(withID: "knee.key.hurt"))
            XCTAssertNotNil(scene.node(withID: "knee.front.anterior-knee"), "the knee is still drawn")
            XCTAssertEqual(scene.duplicateIDs(), [])
        }
    }

    /// "Points to the root instead" names this patient's roots' signs, as the report expects them: an L5 knee (02, 05) was
    /// given the L3/L4 row's quadriceps, knee jerk and femoral stretch. The surest signs come first, within the line's
    /// budget (13's conus lesion: three roots' reflexes and tests, not its seven signs).
    func testThePointsToTheRootLineNamesThisPatientsRootsSigns() throws {
        func rootLine(_ prefix: String) throws -> String {
            let context = try FigureFixture.context(prefix)
            let height = try XCTUnwrap(KneePanel().preferredHeight(width: FigureFixture.frame.width, context: context))
            let scene = Scene(width: 2400, height: height + 100,
                              nodes: KneePanel().nodes(in: Rect(x: 50, y: 50, width: FigureFixture.frame.width, height: height), context: context))
            let node = try XCTUnwrap(scene.node(withID: "knee.rule-out.root"), "\(prefix): no root line")
            guard case .text(let t) = node else { throw XCTSkip("not text") }
            return t.string
        }
        for prefix in ["02", "05"] {
            let line = try rootLine(prefix)
            XCTAssertTrue(line.contains("the L5 key point"), "\(prefix): \(line)")
            XCTAssertTrue(line.contains("medial hamstring reflex absent"), "\(prefix): \(line)")
            XCTAssertLessThanOrEqual(line.count, KneePanel.rootPatternBudget + 1, "\(prefix): \(line)")
            for other in ["quadriceps", "femoral nerve stretch", "patellar"] {
                XCTAssertFalse(line.contains(other), "\(prefix) names an L3/L4 sign: \(line)")
            }
        }
        let l3 = try rootLine("11")
        for sign in ["the L3 key point", "patellar reflex absent", "femoral nerve stretch positive"] {
            XCTAssertTrue(l3.contains(sign), "11 lacks \(sign): \(l3)")
        }
        let conus = try rootLine("13")
        XCTAssertTrue(conus.contains("patellar, medial hamstring and Achilles reflexes absent"), conus)
        XCTAssertLessThanOrEqual(conus.count, KneePanel.rootPatternBudget + 1, conus)
        // Slow compression: no sign expected at rest, and no "usually negative" test offered as one.
        let stenosis = try rootLine("14")
        XCTAssertTrue(stenosis.contains("may be normal"), stenosis)
        XCTAssertFalse(stenosis.contains("negative"), stenosis)
    }

    func testRuleOutFirstListsTheLocalCausesWithTheirSigns() throws {
        // At the height the panel asks for (its column holds six conditions that hurt where this patient does).
        let context = try FigureFixture.context("11")
        let height = try XCTUnwrap(KneePanel().preferredHeight(width: FigureFixture.frame.width, context: context))
        let scene = Scene(width: 2400, height: height + 100,
                          nodes: KneePanel().nodes(in: Rect(x: 50, y: 50, width: FigureFixture.frame.width, height: height), context: context))
        let texts = scene.flattened().compactMap { entry -> (String, String)? in
            guard case .text(let t) = entry.node, t.id.hasPrefix("knee.rule-out.") else { return nil }
            return (t.id, t.string)
        }
        let all = texts.map(\.1).joined(separator: "\n")
        XCTAssertTrue(all.contains("Rule out first"))
        for item in KneeDifferential.all.prefix(4) {
            XCTAssertTrue(all.localizedCaseInsensitiveContains(item.condition), item.condition)
            XCTAssertTrue(all.localizedCaseInsensitiveContains(item.distinguishingSign), item.distinguishingSign)
        }
        // The L3 pain is at the front and inside of the knee: patellofemoral pain hurts there too.
        let patellofemoral = try XCTUnwrap(texts.first { $0.0 == "knee.rule-out.0.condition" })
        XCTAssertTrue(patellofemoral.1.hasPrefix("●"))
        XCTAssertTrue(all.contains("Points to the root instead"))
    }

    func testLabelModes() throws {
        let full = FigureFixture.scene(KneePanel(), try FigureFixture.context("11", labels: .full))
        let minimal = FigureFixture.scene(KneePanel(), try FigureFixture.context("11", labels: .minimal))
        let none = FigureFixture.scene(KneePanel(), try FigureFixture.context("11", labels: .none))
        XCTAssertTrue(full.ids.contains { $0.contains(".landmark-label.") })
        XCTAssertNotNil(full.node(withID: "knee.inside.label.medial-knee"))
        XCTAssertFalse(minimal.ids.contains { $0.contains(".landmark-label.") })
        XCTAssertNotNil(minimal.node(withID: "knee.inside.label.medial-knee"))
        XCTAssertFalse(none.ids.contains { $0.contains(".label.") || $0.contains(".landmark-label.") })
        XCTAssertNotNil(none.node(withID: "knee.front.orient.left"))
        guard case .text(let status) = none.node(withID: "knee.status") else { return XCTFail("no status") }
        XCTAssertFalse(status.string.contains("L3"), "a quiz figure must not name the root")
    }

    func testEverythingStaysInTheFrame() throws {
        let measurer = ApproximateTextMeasurer()
        for prefix in ["01", "10", "11", "14"] {
            let scene = FigureFixture.scene(KneePanel(), try FigureFixture.context(prefix, measurer: measurer))
            for (_, node) in scene.flattened() {
                guard let box = node.bounds(measurer: measurer) else { continue }
                XCTAssertTrue(FigureFixture.frame.contains(box, tolerance: 12), "\(prefix): \(node.id) leaves the frame")
            }
        }
    }

    func testAltText() throws {
        let text = KneePanel().altText(try FigureFixture.context("10"))
        XCTAssertTrue(text.contains("The right knee"))
        XCTAssertTrue(text.contains("Keegan & Garrett"))
        XCTAssertTrue(text.contains("the anterior knee L4"))
        XCTAssertTrue(text.contains("anterior and medial knee"))
        XCTAssertTrue(text.contains("patellofemoral pain"))
        XCTAssertTrue(KneePanel().altText(try FigureFixture.context("01")).contains("The knee is not in this pain map."))
    }

    func testNoWordsCollideInLargeOrSmallFrames() throws {
        for prefix in ["01", "10", "14"] {
            let context = try FigureFixture.context(prefix)
            for frame in [FigureFixture.frame, Rect(x: 20, y: 20, width: 1150, height: 770)] {
                let scene = Scene(width: 2400, height: 1600, nodes: KneePanel().nodes(in: frame, context: context))
                XCTAssertEqual(scene.overlappingTexts(), [], "\(prefix) in \(frame.width)×\(frame.height)")
                for (id, box) in scene.textFrames() {
                    XCTAssertTrue(frame.contains(box, tolerance: 2), "\(prefix): \(id) leaves the \(frame.width)-point frame")
                }
            }
        }
    }

    /// A knee panel grown tall for its "Rule out first" column (08) keeps its four views together and its key right
    /// under them: the spare height falls below the key, not as a gap between the rows (issue 11: the rows stood apart
    /// by a fifth of the panel).
    func testTheKneeViewsStandTogetherWithTheirKeyUnderThem() throws {
        let context = try FigureFixture.context("08")
        let panel = KneePanel(), width = 2400.0
        let height = try XCTUnwrap(panel.preferredHeight(width: width, context: context))
        let scene = Scene(width: width, height: height, nodes: panel.nodes(in: Rect(x: 0, y: 0, width: width, height: height), context: context))
        let t = context.type
        func box(_ ids: [String]) throws -> Rect {
            let boxes = try ids.map { try XCTUnwrap(scene.node(withID: $0)?.bounds(measurer: ApproximateTextMeasurer()), $0) }
            return boxes.dropFirst().reduce(boxes[0]) { $0.union($1) }
        }
        // Each row from its captions' top to the words under its drawings ("lateral", "medial" …).
        let first = try box(["knee.front.caption", "knee.inside.caption", "knee.front.orient.left", "knee.inside.orient.right"])
        let second = try box(["knee.outside.caption", "knee.behind.caption", "knee.outside.orient.left", "knee.behind.orient.right"])
        let key = try box(["knee.key.L4"]), column = try box(["knee.rule-out.heading", "knee.rule-out.root"])
        XCTAssertGreaterThan(column.maxY - first.minY, 1.2 * (key.maxY - first.minY), "the column is the taller: there is spare height")
        XCTAssertGreaterThan(second.minY, first.maxY - 1, "the rows do not overlap")
        XCTAssertLessThan(second.minY - first.maxY, 2 * t.gap, "no gap between the rows")
        XCTAssertLessThan(key.minY - second.maxY, 2 * t.gap, "the key right under the views")
        XCTAssertEqual(first.minY, column.minY, accuracy: 2 * t.gap, "the views start level with the column")
    }
}

