import Anatomy
import Clinical
import Compression
import Diagram
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import Radix
import Scenario
import XCTest

/// A quiz figure names nothing; the atlas and knee texts say what the sources say; the saddle shows.
final class QuizAndTextTests: XCTestCase {
    typealias S = SectionTestSupport

    func testLabelsNoneNamesNoRootLevelOrLesionAndColoursNoGrade() throws {
        let (scenario, result) = try S.load("02")
        let context = S.context(scenario, result, labels: .none)
        let scene = ViewCatalog.scene(for: .sheet, context: context)
        let words = scene.flattened().compactMap { entry -> String? in
            if case .text(let t) = entry.node { return t.string }
            return nil
        }
        XCTAssertFalse(words.isEmpty)
        for word in words {
            for banned in ["L4", "L5", "S1", "extrusion", "subarticular", "Findings", "Pfirrmann", "compression"] {
                XCTAssertFalse(word.contains(banned), "'\(word)' gives away \(banned)")
            }
        }
        let warm = RootGrade.allCases.filter { $0 > .normal }.map { Palette(.color).rootFill($0) }
        for entry in scene.flattened() {
            guard case .path(let p) = entry.node, case .solid(let c)? = p.fill?.paint else { continue }
            XCTAssertFalse(warm.contains(c) && p.id.contains("root"), "\(p.id) is coloured by its grade")
        }
        // Nor does its alt text.
        for view in [ViewSpec.sheet, .axial(nil), .foramen(nil, nil)] {
            let alt = ViewCatalog.altText(for: view, context: context)
            for banned in ["L4", "L5", "extrusion", "subarticular", "compression"] {
                XCTAssertFalse(alt.contains(banned), "alt text of \(view) gives away \(banned): \(alt)")
            }
            XCTAssertTrue(alt.contains("pain"), alt)
        }
        // The same figure with labels keeps them.
        let labelled = ViewCatalog.scene(for: .sheet, context: S.context(scenario, result, labels: .minimal))
        XCTAssertTrue(labelled.flattened().contains { if case .text(let t) = $0.node { return t.string.contains("L4–L5") }; return false })
    }

    func testAQuizSheetOfAKneeCaseHasNoKneePanelNamingTheRoots() throws {
        let (scenario, result) = try S.load("11")
        let labelled = ViewCatalog.scene(for: .sheet, context: S.context(scenario, result, labels: .minimal))
        XCTAssertTrue(labelled.flattened().contains { $0.node.id.hasPrefix("knee.") }, "the labelled sheet has its knee panel")
        let quiz = ViewCatalog.scene(for: .sheet, context: S.context(scenario, result, labels: .none))
        XCTAssertFalse(quiz.flattened().contains { $0.node.id.hasPrefix("knee.") })
        for entry in quiz.flattened() {
            if case .text(let t) = entry.node { XCTAssertFalse(t.string.contains("L3"), t.string) }
        }
    }

    func testLeeAtlasCreditsTheSaddleToISNCSCIAndCallsBlankSkinVariable() {
        let lee = DermatomeAtlasFigure.captionText(.lee2008)
        XCTAssertTrue(lee.contains("ISNCSCI and standard texts"))
        XCTAssertFalse(lee.contains("S3–S5 saddle after"))
        XCTAssertFalse(lee.contains("belongs to no lumbosacral root"))
        XCTAssertTrue(lee.contains("cluneal"))
        XCTAssertTrue(DermatomeAtlasFigure.altText(.lee2008).contains("does not show them"))
        // The maps' own answers for the buttock and low back: whatever a map leaves empty is named for what it is.
        var checked = 0
        for region in [BodyRegion.buttock, .lowBack] {
            for answer in DermatomeComparison.row(region).answers where answer.shares.isEmpty {
                let phrase = DermatomeComparisonFigure.phrase(answer, region: region)
                XCTAssertNotEqual(phrase, "no lumbosacral root", "\(region) in \(answer.atlas)")
                XCTAssertEqual(phrase.contains("variable"), answer.atlas == .lee2008)
                XCTAssertEqual(phrase.contains("cluneal"), answer.atlas != .lee2008)
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 0, "some map leaves the buttock or low back empty")
        XCTAssertFalse(DermatomeComparisonFigure.answers(DermatomeComparison.row(.buttock)).contains("no lumbosacral root"))
    }

    func testKneeDifferentialFollowsTheACRCriteriaAndTheSaphenousAnatomy() throws {
        let oa = try XCTUnwrap(KneeDifferential.all.first { $0.condition == "knee osteoarthritis" })
        XCTAssertFalse(oa.distinguishingSign.contains("range of motion"))
        for criterion in ["age over 50", "stiffness under 30 minutes", "crepitus", "bony tenderness", "bony enlargement", "no palpable warmth"] {
            XCTAssertTrue(oa.distinguishingSign.contains(criterion), criterion)
        }
        let saphenous = try XCTUnwrap(KneeDifferential.all.first { $0.condition.hasPrefix("saphenous neuropathy") })
        XCTAssertTrue(saphenous.distinguishingSign.contains("adductor canal (trunk)"))
    }

    func testTheSaddleIsMarkedWithItsKeyPointsWhenTheCaudaEquinaFlagIsRaised() throws {
        let (scenario, result) = try S.load("07")
        XCTAssertTrue(BodyChartPanel.saddleFlagged(result))
        let scene = S.scene(BodyChartPanel(), S.context(scenario, result))
        for id in ["body.posterior.left.saddle", "body.posterior.right.saddle", "body.keypoint.S3.left", "body.keypoint.S3.right",
                   "body.keypoint.S4-5", "body.keypoint.S4-5.reduced"] {
            XCTAssertNotNil(scene.node(withID: id), id)
        }
        let (plain, ordinary) = try S.load("02")
        XCTAssertFalse(BodyChartPanel.saddleFlagged(ordinary))
        XCTAssertNil(S.scene(BodyChartPanel(), S.context(plain, ordinary)).node(withID: "body.keypoint.S4-5"))
    }
}
