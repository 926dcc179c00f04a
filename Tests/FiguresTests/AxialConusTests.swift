import Diagram
@testable import Figures
import Foundation
@testable import SectionFigures
import XCTest

/// The conus tip in the axial section at the L1–L2 disc, where the sagittal view ends the cord (issue 11: 13's axial caption
/// spoke of the conus and drew none): inside the dural sac, clear of every root, named, and drawn at no other level.
final class AxialConusTests: XCTestCase {
    typealias S = SectionTestSupport

    /// The outlines of the path nodes whose metadata names `structure`.
    static func structure(_ scene: Scene, _ structure: String) -> [[Point]] {
        scene.flattened().flatMap { item -> [[Point]] in
            guard case .path(let p) = item.node, p.metadata["structure"] == structure else { return [] }
            return p.path.polygons()
        }
    }

    func testTheL1L2SectionDrawsTheConusTipInTheSacAmongTheRoots() throws {
        let scene = try S.scene(AxialPanel(), prefix: "13")
        let conus = try XCTUnwrap(Self.structure(scene, "conus medullaris").first, "13's axial section (L1–L2) draws the conus tip")
        let sac = try XCTUnwrap(Self.structure(scene, "dural sac").first)
        for p in conus { XCTAssertTrue(Polygons.contains(sac, p), "the conus lies inside the sac outline") }
        let box = try XCTUnwrap(Rect(enclosing: conus))
        let centre = box.center, radius = box.width / 2
        for (id, outlines) in CalloutTests.roots(scene, prefix: "axial") {
            for o in outlines {
                XCTAssertFalse(Polygons.contains(o, centre), "\(id) covers the conus")
                XCTAssertGreaterThanOrEqual(Polygons.distance(o, centre), radius, "\(id) overlaps the conus")
            }
        }
        // Named, and the roots' label anchored on a root, not on the conus in their midst.
        let texts = scene.flattened().compactMap { item -> String? in
            if case .text(let t) = item.node { return t.string } else { return nil }
        }
        XCTAssertTrue(texts.contains { $0.contains("Conus medullaris") }, "the conus is named")
    }

    func testNoOtherLevelDrawsIt() throws {
        for n in ["02", "03", "12", "14", "21"] {
            XCTAssertTrue(Self.structure(try S.scene(AxialPanel(), prefix: n), "conus medullaris").isEmpty, "\(n): a conus below L1–L2")
        }
    }
}
