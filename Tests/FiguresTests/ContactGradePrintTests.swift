import Anatomy
import Clinical
import Compression
import Diagram
@testable import FigureStyle
import XCTest

/// In print a contacted root (Pfirrmann grade 1) stands apart from the bone and dura it lies on, and from the grades on
/// either side of it (issue 11: at white 0.75 its grey was bone's 0.81, and a contacted ganglion under a pedicle vanished).
final class ContactGradePrintTests: XCTestCase {
    typealias S = SectionTestSupport

    /// WCAG 2 contrast ratio of two colours, (lighter + 0.05) / (darker + 0.05) of their relative luminances: 1 for the same
    /// grey, 21 for black on white.
    static func contrast(_ a: Color, _ b: Color) -> Double {
        let la = TissueToneTests.luminance(a) + 0.05, lb = TissueToneTests.luminance(b) + 0.05
        return max(la, lb) / min(la, lb)
    }

    /// Least WCAG contrast of the contact grey against bone: WCAG's 3:1 for adjacent graphics (1.4.11) has no room here —
    /// a grey 3:1 below bone leaves none for two darker grades a photocopier keeps apart (QuizAndThemeTests), and one
    /// above bone none from the unhurt root's near-white — and the grey must also stay off the dura's, which roots in the
    /// sac lie on: no grey gets more than √((Y_bone + 0.05) / (Y_dura + 0.05)) ≈ 1.32 from both. 1.3 asks for nearly
    /// that best (the old 0.75 gave 1.17); the contact grade's lines (``Palette/gradePaint(_:)``) carry the rest.
    static let minimumAgainstBone = 1.3
    /// Least WCAG contrast of the contact grey against the dura (the other side of the same squeeze).
    static let minimumAgainstDura = 1.25
    /// Least WCAG contrast between neighbouring grades' greys, contact against unhurt and deviation: at these greys about
    /// 20 CIE L*, more than the 15 L* the print sections keep between touching tissues (TissueToneTests).
    static let minimumBetweenGrades = 1.8

    func testTheContactGreyStandsApartFromBoneDuraAndTheNeighbouringGradesInPrint() {
        let p = Palette(.print), contact = p.rootFill(.contact)
        XCTAssertGreaterThanOrEqual(Self.contrast(contact, p.bone), Self.minimumAgainstBone, "contact on bone")
        XCTAssertGreaterThanOrEqual(Self.contrast(contact, p.cancellous), Self.minimumAgainstBone - 0.05, "contact on cancellous bone")
        // The cortex's outline is far darker than any but the worst grade.
        XCTAssertGreaterThanOrEqual(Self.contrast(contact, p.boneOutline), 3, "contact against the cortex")
        XCTAssertGreaterThanOrEqual(Self.contrast(contact, p.dura), Self.minimumAgainstDura, "contact in the sac")
        XCTAssertGreaterThanOrEqual(Self.contrast(contact, p.rootFill(.normal)), Self.minimumBetweenGrades, "contact and unhurt")
        XCTAssertGreaterThanOrEqual(Self.contrast(contact, p.rootFill(.deviation)), Self.minimumBetweenGrades, "contact and deviation")
        // Still the second of four darkening greys.
        let l = RootGrade.allCases.map { TissueToneTests.luminance(p.rootFill($0)) }
        XCTAssertEqual(l, l.sorted(by: >))
    }

    /// The contact grade's paint in print is a texture of its own: not plain (bone, dura, the other grades), not the fat's
    /// stipple, the annulus's lamellae or a lesion's hatch; its grey is the scale's. The colour themes keep solid fills.
    func testTheContactGradeIsLinedInPrintAndNoTissueOrOtherGradeIs() throws {
        let p = Palette(.print)
        guard case .hatch(let h) = p.gradePaint(.contact) else { return XCTFail("print contact is not lined: \(p.gradePaint(.contact))") }
        XCTAssertEqual(h.background, p.rootFill(.contact))
        let contact = TissueToneTests.texture(p.gradePaint(.contact))
        for (name, paint) in TissueToneTests.paints(p) {
            XCTAssertNotEqual(TissueToneTests.texture(paint), contact, "contact's lines are \(name)'s texture")
        }
        for grade in RootGrade.allCases where grade != .contact {
            XCTAssertEqual(p.gradePaint(grade), .solid(p.rootFill(grade)), "print grade \(grade.rawValue)")
        }
        for theme in [Theme.color, .colorblind] {
            for grade in RootGrade.allCases { XCTAssertEqual(Palette(theme).gradePaint(grade), .solid(Palette(theme).rootFill(grade))) }
        }
        // A quiz gives nothing away: every grade the unhurt root's plain fill.
        XCTAssertEqual(Palette(.print, neutralGrades: true).gradePaint(.contact), .solid(p.rootFill(.normal)))
    }

    /// Scenario 18 (right L5 in contact in the L5–S1 foramen, in flexion) draws that ganglion with the lined paint in print, in
    /// the foramen view and the axial one, and the sheet's legend shows the same swatch.
    func testAContactedGanglionIsDrawnLinedInPrint() throws {
        let (_, result) = try S.load("18")
        XCTAssertEqual(result.finding(.L5, .right)?.grade, .contact)
        let p = Palette(.print), lined = Fill(p.gradePaint(.contact))
        let sheet = try S.page(.sheet, prefix: "18", theme: .print)
        var hits: [String] = []
        for item in sheet.flattened() {
            // Every filled piece graded 1 (outlines drawn over a root's pieces carry its grade too, but no fill).
            guard case .path(let node) = item.node, node.metadata["grade"] == "1", let fill = node.fill else { continue }
            XCTAssertEqual(fill, lined, node.id)
            hits.append(node.id)
        }
        XCTAssertTrue(hits.contains { $0.contains("foramen") }, "\(hits)")
        XCTAssertTrue(hits.contains { $0.contains("axial") }, "\(hits)")
        guard case .path(let swatch)? = sheet.node(withID: "legend.grade.1") else { return XCTFail("no contact swatch in the legend") }
        XCTAssertEqual(swatch.fill, lined)
    }
}
