import Anatomy
import Diagram
@testable import Figures
@testable import SectionFigures
import XCTest

/// A foraminal osteophyte in the axial view is bone grown from the body's posterolateral rim into the foramen, with the
/// exiting ganglion flattened behind it (issue 11): not the model's box with the root's pocket cut out of its middle,
/// which left two upright "posts" beside the process and a strip behind the ganglion.
final class AxialOsteophyteTests: XCTestCase {
    typealias S = SectionTestSupport

    func testTheSpursLieInFrontOfTheGanglionTheyPress() throws {
        for prefix in ["17", "24"] {
            let (scenario, result) = try S.load(prefix)
            for theme in [Theme.color, .print] {
                let scene = S.scene(AxialPanel(level: .L5S1), S.context(scenario, result, theme: theme))
                let paths = scene.flattened().compactMap { item -> PathNode? in
                    if case .path(let p) = item.node { return p }
                    return nil
                }
                let spur = try XCTUnwrap(paths.first { $0.metadata["structure"] == "osteophyte" && $0.fill != nil }, prefix)
                let ganglion = try XCTUnwrap(paths.first {
                    $0.metadata["root"] == "L5" && $0.metadata["site"] == "foramen" && $0.metadata["side"] == "left"
                }, prefix)
                let s = try XCTUnwrap(spur.path.bounds), g = try XCTUnwrap(ganglion.path.bounds)
                // Page y grows backwards: the whole spur lies in front of the ganglion, over its width.
                XCTAssertLessThanOrEqual(s.maxY, g.minY + 1, "\(prefix) \(theme): spur reaches behind the ganglion")
                XCTAssertLessThan(s.minX, g.maxX, prefix)
                XCTAssertGreaterThan(s.maxX, g.minX, prefix)
                // Flattened by its grade (compression: half its radius), wider than thick.
                XCTAssertEqual(ganglion.metadata["grade"], "3", prefix)
                XCTAssertGreaterThan(g.width, 2.5 * g.height, prefix)
            }
        }
    }

    /// A ganglion pressed back in its foramen by tissue from in front (11: a foraminal protrusion; 17, 24: osteophytes)
    /// has that tissue in front of it only: no lesion drawn over its width reaches behind it. The protrusion's box,
    /// hardly wider than the flattened ganglion, was moulded round it into a strip in front and two slivers standing
    /// beside it down into the superior articular process.
    func testNothingPressingAGanglionFromInFrontReachesBehindIt() throws {
        for (prefix, level) in [("11", DiscLevel.L3L4), ("17", .L5S1), ("24", .L5S1)] {
            let (scenario, result) = try S.load(prefix)
            let scene = S.scene(AxialPanel(level: level), S.context(scenario, result))
            let paths = scene.flattened().compactMap { item -> PathNode? in
                if case .path(let p) = item.node { return p }
                return nil
            }
            let pressed = paths.filter { $0.metadata["site"] == "foramen" && $0.metadata["pressed"] == "true" }
            XCTAssertEqual(pressed.count, 1, prefix)
            let lesions = paths.filter { p in
                let rest = p.id.dropFirst("axial.lesion.".count)
                return p.id.hasPrefix("axial.lesion.") && rest.allSatisfy { $0.isNumber || $0 == "." } && p.fill != nil
            }
            for root in pressed {
                let g = try XCTUnwrap(root.path.bounds)
                for lesion in lesions {
                    let b = try XCTUnwrap(lesion.path.bounds)
                    guard b.maxX > g.minX, b.minX < g.maxX else { continue }
                    XCTAssertLessThanOrEqual(b.maxY, g.maxY + 2, "\(prefix): \(lesion.id) reaches behind \(root.id)")
                }
            }
        }
    }
}
