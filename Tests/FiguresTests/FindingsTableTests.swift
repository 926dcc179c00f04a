import Anatomy
import Diagram
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// The sheet's findings table.
final class FindingsTableTests: XCTestCase {
    /// Rows follow the roots down the spine, left before right, whatever their grades: scenario 07 hurts
    /// L5 to S2 on both sides, where the worst-first order of the report put S1 before L5.
    func testRowsFollowTheRootsDownTheSpineLeftBeforeRight() throws {
        let c = try FigureFixture.context("07")
        XCTAssertNotEqual(c.result.hurtRoots.first?.root, .L5, "the report's order is worst first, or this test shows nothing")
        let panel = FindingsTablePanel()
        let height = panel.preferredHeight(width: 2300, context: c) ?? 1500
        let scene = Scene(width: 2400, height: height + 100,
                          nodes: panel.nodes(in: Rect(x: 50, y: 50, width: 2300, height: height), context: c))
        // The first cell of each row, top to bottom.
        let firsts = scene.flattened().compactMap { entry -> (y: Double, id: String)? in
            guard case .text(let t) = entry.node, t.id.hasPrefix("findings."), t.id.hasSuffix(".0"),
                  !t.id.hasPrefix("findings.header"), !t.id.hasPrefix("findings.flag") else { return nil }
            return (t.position.y, String(t.id.dropFirst("findings.".count).dropLast(2)))
        }.sorted { $0.y < $1.y }.map(\.id)
        let expected = c.result.hurtRoots.sorted { ($0.root, $0.side) < ($1.root, $1.side) }.map { "\($0.root.name).\($0.side.rawValue)" }
        XCTAssertEqual(firsts, expected)
        XCTAssertEqual(firsts.first, "L5.left")
    }
}
