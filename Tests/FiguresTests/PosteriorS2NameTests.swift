import Anatomy
import Clinical
import Compression
import Diagram
import SceneSVG
import Scenario
import XCTest
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// A hurt S2 root is named in the posterior view with its grade, as the other hurt roots are (issue 11: 07's, 14's and 26's
/// S2 roots were drawn compressed in the sac, in the grade's colour, but never named). The words come from the report
/// (the root's finding), in full and minimal labels, as a label or a call-out's key entry, and in the editable SVG.
final class PosteriorS2NameTests: XCTestCase {
    typealias S = SectionTestSupport

    /// The name the posterior view gives a hurt root, built here from the report's finding ("Left S2 — compression (grade 3)").
    static func expected(_ finding: RootFinding) -> String {
        "\(finding.side.rawValue.capitalized) \(finding.root.name) — \(finding.grade.state) (grade \(finding.grade.rawValue))"
    }

    func testHurtS2RootsAreNamedWithTheReportsGrade() throws {
        var named = 0
        // 07 (massive sequestration), 14 (flavum stenosis), 26 (small canal): compression (3); 22: deviation (2); 31: contact (1).
        for prefix in ["07", "14", "22", "26", "31"] {
            let (_, result) = try S.load(prefix)
            let hurt = result.roots.filter { $0.root == .S2 && $0.grade > .normal }
            XCTAssertEqual(hurt.count, 2, "\(prefix): the report grades both S2 roots")
            for labels in [LabelMode.full, .minimal] {
                let scene = try S.scene(PosteriorPanel(), prefix: prefix, labels: labels)
                let texts = S.texts(scene).map(\.node)
                for finding in hurt {
                    let id = "root.S2.\(finding.side.rawValue)"
                    // A column label, or a call-out whose words stand in its key.
                    let words = texts.filter { $0.id == "posterior.label.\(id)" || $0.id == "posterior.key.\(id)" }.map(\.string)
                    XCTAssertTrue(words.contains(Self.expected(finding)), "\(prefix) \(labels): \(id) named \(words)")
                    named += 1
                }
            }
        }
        XCTAssertEqual(named, 20)
        // An unhurt S2 root is not named with a grade.
        for prefix in ["01", "02"] {
            let scene = try S.scene(PosteriorPanel(), prefix: prefix, labels: .minimal)
            XCTAssertFalse(S.texts(scene).contains { $0.node.id.contains("root.S2.") }, "\(prefix): S2 unhurt")
        }
    }

    /// The editable SVG of 07's posterior page carries each S2 root's name, grade and id as real text.
    func testEditableSVGNamesTheS2Roots() throws {
        let (_, result) = try S.load("07")
        let scene = try S.page(.posterior, prefix: "07", labels: .minimal)
        let svg = String(decoding: EditableSVGWriter(measurer: ApproximateTextMeasurer()).document(for: scene), as: UTF8.self)
        for side in Side.allCases {
            let finding = try XCTUnwrap(result.finding(.S2, side))
            XCTAssertEqual(finding.grade, .compression, "07 \(side)")
            XCTAssertTrue(svg.contains(Self.expected(finding)), "07 \(side): \(Self.expected(finding))")
            XCTAssertTrue(svg.contains("id=\"posterior.label.root.S2.\(side.rawValue)\"") || svg.contains("id=\"posterior.key.root.S2.\(side.rawValue)\""),
                          "07 \(side): S2's label id")
        }
    }
}
