import Anatomy
import Compression
import Pathology
import XCTest

/// The dural sac area follows tissue that grows sideways smoothly (no staircase): it was sampled once per column at
/// the column's centre, so a side edge crossing a centre took a whole column at once — 2–4 mm² in a 0.25 mm step of
/// a subarticular extrusion, about 8 mm² for a facet moving medially — and a grade read from the area could jump
/// with it. Now, in steps of 0.05 mm, no step changes the area by more than a smooth change of that size can.
final class DuralAreaContinuityTests: XCTestCase {
    /// Largest change of the L4–L5 area between neighbouring steps of `values`, mm².
    func largestStep(_ values: [Double], _ lesion: (Double) -> Lesion) -> (step: Double, at: Double) {
        let areas = values.map { Make.run([lesion($0)]).segment(.L4L5).measurements.duralArea }
        var worst = (0.0, values[0])
        for i in 1..<areas.count where abs(areas[i] - areas[i - 1]) > worst.0 { worst = (abs(areas[i] - areas[i - 1]), values[i]) }
        return worst
    }

    func testAGrowingExtrusionNarrowsTheSacWithoutSteps() {
        let sizes = Array(stride(from: 2.0, through: 10, by: 0.05))
        for zone in [HerniationZone.subarticular, .central] {
            let (step, at) = largestStep(sizes) { Make.herniation(.L4L5, zone, zone == .central ? nil : .left, .extrusion, size: $0) }
            XCTAssertLessThan(step, 1.0, "\(zone): \(step) mm² in one 0.05 mm step at \(at) mm")
        }
    }

    func testAFacetGrowingMediallyNarrowsTheSacWithoutSteps() {
        let millimetres = Array(stride(from: 0.0, through: 8, by: 0.05))
        for cause in [StenosisCause.facetHypertrophy, .ligamentumFlavum] {
            let (step, at) = largestStep(millimetres) { Make.stenosis(.L4L5, .lateralRecess, side: .left, cause: cause, .encroachment($0)) }
            XCTAssertLessThan(step, 1.0, "\(cause): \(step) mm² in one 0.05 mm step at \(at) mm")
        }
    }
}
