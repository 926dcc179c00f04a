import Diagram
@testable import Figures
import Foundation
@testable import SectionFigures
import XCTest

/// The exiting root in the axial view (issue 11): its course out of the foramen is painted in the grades the report gives
/// at its two places — 09's right L4 read grade 0 along its band and grade 3 at its end, beside a label giving grade 3 —
/// and the ganglion, which lies in the upper foramen above the disc the plane cuts and so overlies the superior
/// articular process, is drawn dashed and said to lie above the plane.
final class AxialExitingRootTests: XCTestCase {
    typealias S = SectionTestSupport

    private static func paths(_ scene: Scene) -> [PathNode] {
        scene.flattened().compactMap { item -> PathNode? in
            if case .path(let p) = item.node { return p }
            return nil
        }
    }

    /// Each part of each course band has the fill of the root circle at the place it runs from or to.
    func testEachPartOfTheCourseHasTheGradeOfItsPlace() throws {
        var checked = 0
        for file in try S.scenarioFiles() {
            let prefix = String(file.prefix(2))
            let paths = Self.paths(try S.scene(AxialPanel(), prefix: prefix))
            for side in ["left", "right"] {
                for site in ["foramen", "extraforaminal"] {
                    guard let part = paths.first(where: { $0.id == "axial.root.course.\(side).\(site)" }) else { continue }
                    let circle = try XCTUnwrap(paths.first { $0.metadata["side"] == side && $0.metadata["site"] == site && $0.metadata["root"] != nil },
                                               "\(prefix) \(side) \(site): a course part without its root")
                    XCTAssertEqual(S.fillColor(part), S.fillColor(circle), "\(prefix) \(side) \(site)")
                    checked += 1
                }
            }
        }
        XCTAssertGreaterThan(checked, 40)
    }

    /// 09: the right L4 is compressed beyond the foramen and unhurt in it; the band shows both, as the report does.
    func testTheFarLateralRootShowsBothGradesWhereTheReportGivesThem() throws {
        let (scenario, result) = try S.load("09")
        let context = S.context(scenario, result)
        let scene = try S.scene(AxialPanel(), prefix: "09")
        XCTAssertEqual(S.fillColor(S.path(scene, "axial.root.course.right.foramen")), context.palette.rootFill(.normal))
        XCTAssertEqual(S.fillColor(S.path(scene, "axial.root.course.right.extraforaminal")), context.palette.rootFill(.compression))
    }

    /// A root above the plane is dashed, says so in its label, and no root the plane cuts is dashed.
    func testRootsAboveThePlaneAreDashedAndSaidToBe() throws {
        var above = 0
        for file in try S.scenarioFiles() {
            let prefix = String(file.prefix(2))
            let scene = try S.scene(AxialPanel(), prefix: prefix)
            let texts = scene.flattened().compactMap { item -> String? in
                if case .text(let t) = item.node { return t.string } else { return nil }
            }.joined(separator: " ")
            for path in Self.paths(scene) where path.metadata["root"] != nil {
                let dashed = !(path.stroke?.dash.isEmpty ?? true)
                XCTAssertEqual(dashed, path.metadata["plane"] == "above", "\(prefix) \(path.id)")
                if path.metadata["plane"] == "above" {
                    above += 1
                    XCTAssertNotEqual(path.metadata["intrathecal"], "true", "\(prefix) \(path.id): a root in the sac is in the plane")
                }
            }
            if Self.paths(scene).contains(where: { $0.metadata["plane"] == "above" && $0.metadata["grade"] == "0" }) {
                XCTAssertTrue(texts.contains("above this plane"), "\(prefix): an unhurt dashed root's label says where it lies")
            }
        }
        XCTAssertGreaterThan(above, 0, "the ganglia of the exiting roots lie above the disc")
    }

    /// 15: the grown superior articular process carries the lesion's outline where it grew, under its bone cortex.
    func testTheEnlargedProcessIsOutlinedAsALesion() throws {
        let (scenario, result) = try S.load("15")
        let context = S.context(scenario, result)
        let paths = Self.paths(try S.scene(AxialPanel(), prefix: "15"))
        let cortex = try XCTUnwrap(paths.first { $0.id.hasSuffix(".cortex") && $0.metadata["structure"] == "hypertrophied facet" })
        let outline = try XCTUnwrap(paths.first { $0.id == cortex.id.replacingOccurrences(of: ".cortex", with: ".outline") })
        XCTAssertEqual(outline.stroke?.color, context.palette.lesionOutline)
        XCTAssertEqual(outline.path.bounds, cortex.path.bounds, "along the grown part only")
    }
}
