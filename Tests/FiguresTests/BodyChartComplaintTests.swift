import Anatomy
import Clinical
import Diagram
import XCTest
@testable import BodyFigures
@testable import FigureStyle

/// The body chart's complaint layer and its knee notes.
final class BodyChartComplaintTests: XCTestCase {
    /// 27: the complaint no root explains (right groin, anterior thigh, medial knee) is cross-hatched, keyed in the
    /// legend, labelled and told in the alt text; a scenario without a complaint draws none of it.
    func testTheComplaintNoRootExplainsIsDrawn() throws {
        let context = try FigureFixture.context("27")
        let scene = FigureFixture.scene(BodyChartPanel(), context)
        for region in ["groin", "anterior-thigh", "medial-knee"] {
            XCTAssertNotNil(scene.node(withID: "body.anterior.right.\(region).complaint"), region)
            XCTAssertNil(scene.node(withID: "body.anterior.left.\(region).complaint"), region)
            XCTAssertNotNil(scene.node(withID: "body.anterior.label.complaint.right.\(region)"), region)
        }
        XCTAssertNotNil(scene.node(withID: "body.legend.complaint"))
        let alt = BodyChartPanel().altText(context)
        XCTAssertTrue(alt.contains("no root explains it: on the right, the groin, the anterior thigh and the medial knee."), alt)
        let none = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context("09"))
        XCTAssertFalse(none.ids.contains { $0.contains("complaint") })
        XCTAssertFalse(try BodyChartPanel().altText(FigureFixture.context("09")).contains("Cross-hatched"))
    }

    /// 09 (pain at the medial knee only): the other knee regions' skin notes are muted italic on a dashed leader and
    /// say "skin", unlike the pain labels, so that they do not read as painful places.
    func testKneeNotesDifferFromPainLabels() throws {
        let context = try FigureFixture.context("09")
        let scene = FigureFixture.scene(BodyChartPanel(), context)
        guard case .text(let pain)? = scene.node(withID: "body.anterior.label.medial-knee") else { return XCTFail("no medial-knee label") }
        var notes = 0
        for region in ["lateral-knee", "anterior-knee"] {
            guard case .text(let note)? = scene.node(withID: "body.anterior.label.knee.\(region)") else { continue }
            notes += 1
            XCTAssertTrue(note.string.contains(" skin: "), note.string)
            XCTAssertEqual(note.color, context.palette.mutedInk)
            XCTAssertTrue(note.font.italic)
            XCTAssertNotEqual(note.color, pain.color)
            XCTAssertFalse(pain.font.italic)
            guard case .path(let leader)? = scene.node(withID: "body.anterior.leader.knee.\(region)") else { return XCTFail("no leader") }
            XCTAssertFalse(leader.stroke?.dash.isEmpty ?? true, "the note's leader is dashed")
        }
        XCTAssertEqual(notes, 2)
        guard case .path(let painLeader)? = scene.node(withID: "body.anterior.leader.medial-knee") else { return XCTFail("no leader") }
        XCTAssertTrue(painLeader.stroke?.dash.isEmpty ?? false, "a pain label's leader stays solid")
    }
}
