import Anatomy
import Clinical
import Diagram
import Radix
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures

/// The knee panel's "Rule out first" column agrees with the report's "Mimics to rule out" (the same
/// ``KneeMimic/check(painMap:complaint:)``), and a knee the patient says hurts is not called absent.
final class KneeRuleOutTests: XCTestCase {
    private func texts(_ scene: Scene) -> [String: String] {
        Dictionary(scene.flattened().compactMap { entry -> (String, String)? in
            guard case .text(let t) = entry.node else { return nil }
            return (t.id, t.string)
        }, uniquingKeysWith: { a, _ in a })
    }

    /// The conditions the report lists for `context` (they hurt where the patient does).
    private func reported(_ context: FigureContext) -> [(Int, KneeDifferential)] {
        zip(KneeDifferential.all.indices, KneeMimic.check(painMap: context.result.clinical.painMap,
                                                          complaint: context.scenario.complaint))
            .filter { $0.1.matches }.map { ($0.0, $0.1.cause) }
    }

    /// At the height the panel asks for, every condition the report lists is drawn with its sign: in 08
    /// (L4, medial knee) that is saphenous neuropathy and meralgia paraesthetica too, which the column left out.
    func testEveryReportedMimicIsDrawnWithItsSign() throws {
        for prefix in ["08", "09", "11", "12", "13", "27", "02"] {
            let context = try FigureFixture.context(prefix)
            let panel = KneePanel()
            let width = FigurePage.singlePanelSize(panel, pageWidth: context.options.width).width
            let height = try XCTUnwrap(panel.preferredHeight(width: width, context: context))
            let scene = Scene(width: width + 80, height: height + 80,
                              nodes: panel.nodes(in: Rect(x: 40, y: 40, width: width, height: height), context: context))
            let words = texts(scene)
            let mimics = reported(context)
            if prefix == "08" {
                XCTAssertTrue(mimics.contains { $0.1.condition.hasPrefix("saphenous neuropathy") }, "the report lists the saphenous nerve")
                XCTAssertTrue(mimics.contains { $0.1.condition.hasPrefix("meralgia paraesthetica") })
            }
            for (i, mimic) in mimics {
                let condition = try XCTUnwrap(words["knee.rule-out.\(i).condition"], "\(prefix): \(mimic.condition) not drawn")
                XCTAssertTrue(condition.hasPrefix("●"), "\(prefix): \(mimic.condition) is not marked as hurting here")
                XCTAssertEqual(words["knee.rule-out.\(i).sign"], KneePanel.sentence(mimic.distinguishingSign), prefix)
            }
            XCTAssertNil(words["knee.rule-out.left-out"], "\(prefix): nothing is left out at the height the panel asks for")
            XCTAssertNotNil(words["knee.rule-out.root.title"], "\(prefix): the root's pattern closes the column")
            // The alt text names the same conditions.
            let alt = panel.altText(context)
            for (_, mimic) in mimics { XCTAssertTrue(alt.contains(mimic.condition), "\(prefix) alt text: \(mimic.condition)") }
        }
    }

    /// The panel grows only when its column needs it: 01 (nothing reaches the knee) keeps its aspect, 08 grows.
    func testThePanelGrowsOnlyForItsColumn() throws {
        let panel = KneePanel(), width = FigurePage.singlePanelSize(KneePanel(), pageWidth: 2400).width
        XCTAssertEqual(try XCTUnwrap(panel.preferredHeight(width: width, context: try FigureFixture.context("01"))),
                       width / panel.preferredAspect, accuracy: 1e-9)
        let eight = try XCTUnwrap(panel.preferredHeight(width: width, context: try FigureFixture.context("08")))
        XCTAssertGreaterThan(eight, width / panel.preferredAspect)
        XCTAssertEqual(panel.fillingHeight(width: width, context: try FigureFixture.context("08")), eight)
    }

    /// In a frame too small for all, the generic conditions that do not hurt here give way before any that do, and a
    /// closing line names every condition left out, so the figure never silently drops what the report lists.
    func testASmallFrameNamesWhatItLeavesOut() throws {
        for prefix in ["08", "13", "27"] {
            let context = try FigureFixture.context(prefix)
            // The panel's own aspect, without the height its column asks for.
            let frame = FigureFixture.frame
            let scene = FigureFixture.scene(KneePanel(), context)
            let words = texts(scene)
            let candidates = KneePanel().differentialCandidates(context)
            let shown = candidates.filter { words["knee.rule-out.\($0.index).condition"] != nil }
            let left = candidates.filter { words["knee.rule-out.\($0.index).condition"] == nil }
            XCTAssertFalse(left.isEmpty, "\(prefix): the small frame holds everything, the test proves nothing")
            let closing = try XCTUnwrap(words["knee.rule-out.left-out"], "\(prefix): no closing line")
            for entry in left { XCTAssertTrue(closing.contains(entry.shortName), "\(prefix): \(entry.shortName) left out unnamed") }
            for entry in shown { XCTAssertFalse(closing.contains(entry.shortName), "\(prefix): \(entry.shortName) drawn and named") }
            if left.contains(where: \.overlaps) {
                XCTAssertFalse(shown.contains { !$0.overlaps }, "\(prefix): a generic condition kept before one that hurts here")
                XCTAssertTrue(closing.contains("Also in the report:"), closing)
            }
            XCTAssertEqual(scene.overlappingTexts(), [], prefix)
            for (id, box) in scene.textFrames() { XCTAssertTrue(frame.contains(box, tolerance: 2), "\(prefix): \(id) leaves the frame") }
        }
        // A thumbnail (2400-point type in a 1150-point frame) has room for no condition: its closing line counts them.
        let thumb = Rect(x: 20, y: 20, width: 1150, height: 770)
        let thumbnail = Scene(width: 1200, height: 800, nodes: KneePanel().nodes(in: thumb, context: try FigureFixture.context("13")))
        XCTAssertEqual(texts(thumbnail)["knee.rule-out.left-out"], "9 more: see the report.")
        for (id, box) in thumbnail.textFrames() { XCTAssertTrue(thumb.contains(box, tolerance: 2), "thumbnail: \(id) leaves the frame") }
        // 08: patellofemoral pain (anterior knee, not in the L4 map) is the one that gives way first.
        let plan = KneePanel().ruleOutPlan(width: 380, height: 700, context: try FigureFixture.context("08"))
        XCTAssertEqual(plan.leftOut.first?.index, 0)
        XCTAssertEqual(KneePanel.leftOutText(Array(plan.leftOut.prefix(1))), "Also at any knee: patellofemoral pain.")
    }

    /// 27 (hip osteoarthritis, normal spine): the complaint's medial knee hurts but no root explains it. The status says
    /// so instead of "not in this pain map", the drawn knee is the complaint's (mirrored: the left), and the part is
    /// cross-hatched and keyed.
    func testAComplaintNoRootExplainsIsNotCalledAbsent() throws {
        let context = try FigureFixture.context("27")
        let panel = KneePanel()
        XCTAssertTrue(panel.hurtParts(context).isEmpty)
        XCTAssertEqual(panel.side(context), .right)
        XCTAssertEqual(panel.unexplainedParts(context), [.medialKnee])
        let scene = FigureFixture.scene(panel, context)
        XCTAssertEqual(texts(scene)["knee.status"],
                       "The right medial knee hurts (the complaint), but no root explains it: rule out the causes at the right.")
        XCTAssertNotNil(scene.node(withID: "knee.inside.medial-knee.complaint"))
        XCTAssertNotNil(scene.node(withID: "knee.front.medial-knee.complaint"))
        XCTAssertNil(scene.node(withID: "knee.front.anterior-knee.complaint"))
        XCTAssertNotNil(scene.node(withID: "knee.key.complaint.label"))
        XCTAssertFalse(scene.ids.contains { $0.hasSuffix(".highlight") }, "no root's pain is drawn")
        XCTAssertFalse(panel.altText(context).contains("not in this pain map"))

        var mirrored = context
        mirrored.scenario = context.scenario.mirrored
        mirrored.result = Pipeline.simulate(mirrored.scenario)
        XCTAssertEqual(panel.side(mirrored), .left)
        XCTAssertTrue(panel.statusText(mirrored).hasPrefix("The left medial knee hurts (the complaint)"))
        // A scenario without a complaint keeps its words and marks.
        let none = FigureFixture.scene(panel, try FigureFixture.context("01"))
        XCTAssertEqual(texts(none)["knee.status"], "The knee is not in this pain map.")
        XCTAssertFalse(none.ids.contains { $0.contains(".complaint") })
    }
}

