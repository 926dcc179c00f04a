import Diagram
@testable import Figures
@testable import SectionFigures
import XCTest

/// The axial view's "Superior articular process" label touches the process's bone, not the exiting root drawn over
/// its front (its fixed anchor lay on the root's course out of the foramen in every scenario, 01 included).
final class AxialProcessLabelTests: XCTestCase {
    typealias S = SectionTestSupport

    func testTheProcessLabelTouchesBoneNotARootOrLesion() throws {
        var checked = 0
        for file in try S.scenarioFiles() {
            let scene = try S.scene(AxialPanel(), prefix: String(file.prefix(2)))
            guard let dot = S.path(scene, "axial.leader.sap.dot")?.path.bounds?.center else { continue }
            checked += 1
            let arch = try XCTUnwrap(S.path(scene, "axial.arch")?.path.polygons().first, file)
            XCTAssertTrue(Polygons.contains(arch, dot), "\(file): the label's dot is off the arch")
            for item in scene.flattened() {
                guard case .path(let p) = item.node, p.fill != nil else { continue }
                let over = p.metadata["root"] != nil || p.id.hasPrefix("axial.root.") || p.id.hasPrefix("axial.cauda.")
                    || (p.id.hasPrefix("axial.lesion.") && p.metadata["structure"] != "hypertrophied facet")
                guard over else { continue }
                XCTAssertFalse(p.path.polygons().contains { Polygons.contains($0, dot) }, "\(file): the process's label touches \(p.id)")
            }
        }
        XCTAssertGreaterThan(checked, 20)
    }
}
