import Diagram
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import Pathology
import XCTest

/// Seen from behind, a thickened flavum is one sheet of ligament: the bands the model builds it from (deeper beside the
/// capsules than at the midline) are drawn as one outline spanning them, not as overlapping boxes whose seams and doubled
/// translucency read as separate blocks (issue 11).
final class PosteriorFlavumTests: XCTestCase {
    typealias S = SectionTestSupport

    func testTheFlavumsBandsAreOneSheetFromBehind() throws {
        let (scenario, result) = try S.load("14")
        let bands = result.spine.solids.filter { $0.structure == .ligamentumFlavum && SacProfile.isLesion($0) }
        let central = bands.filter { $0.box.min.x < 0 && $0.box.max.x > 0 }
        XCTAssertEqual(central.count, 1, "the model's midline band")
        let scene = S.scene(PosteriorPanel(), S.context(scenario, result))
        let drawn = scene.flattened().compactMap { entry -> PathNode? in
            guard case .path(let p) = entry.node, p.metadata["structure"] == Structure.ligamentumFlavum.rawValue else { return nil }
            return p
        }
        // The five bands of one height (midline, two paramedian, two lateral) as one; the two recess pieces apart.
        let sameHeight = bands.filter { $0.box.min.z == central[0].box.min.z && $0.box.max.z == central[0].box.max.z }
        XCTAssertEqual(sameHeight.count, 5)
        XCTAssertEqual(drawn.count, bands.count - sameHeight.count + 1, drawn.map(\.id).joined(separator: ", "))
        // The sheet spans the bands from side to side.
        let widest = try XCTUnwrap(drawn.compactMap { $0.path.bounds }.max { $0.width < $1.width })
        XCTAssertEqual(drawn.filter { ($0.path.bounds?.width ?? 0) > 0.99 * widest.width }.count, 1, "one sheet as wide as all the bands")
    }
}
