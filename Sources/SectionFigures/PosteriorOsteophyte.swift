import Foundation
import Geometry
import Pathology

/// A foraminal osteophyte in the posterior view (issue 11): bone, not a box. Seen from behind, the model's osteophyte
/// (its box: x lateral, z cranial) is drawn as the axial view draws it (`AxialSection.foraminalSpurOutline`): spurs
/// growing from the lower vertebra's endplate margin at the body's posterolateral rim, their base on the body's
/// rim along the box's width, their free edge two pointed spurs whose tips reach the model's top (`box.max.z`, which
/// sets the room the simulation measures), rounded off at the medial end and tapering onto the rim laterally. Filled
/// and outlined as bone. Spur count and shape are a drawing choice, shared with the axial view.
extension PosteriorDrawing {
    /// The spurs' outline in model (x, z), mm: first the free edge medial to lateral, then the base back.
    static func osteophyteSpurs(_ box: Box) -> [(x: Double, z: Double)] {
        let g: Double = box.min.x + box.max.x >= 0 ? 1 : -1
        let inner = min(abs(box.min.x), abs(box.max.x)), outer = max(abs(box.min.x), abs(box.max.x))
        let width = outer - inner, base = box.min.z, height = box.max.z - box.min.z
        guard width > 1, height > 1 else {
            return [(box.min.x, box.min.z), (box.max.x, box.min.z), (box.max.x, box.max.z), (box.min.x, box.max.z)]
        }
        let n = 64
        var free: [(x: Double, z: Double)] = [], rim: [(x: Double, z: Double)] = []
        for i in 0...n {
            let u = Double(i) / Double(n), x = g * (inner + width * u)
            // The axial view's envelope: rounded up from the medial end over the first 14 %, down onto the rim over the
            // last 35 %; two tips at 30 % and 62 % (on the sample grid), hollows of 40 % of the height between them.
            let up = u < 0.14 ? (1 - pow(1 - u / 0.14, 2)).squareRoot() : 1
            let down = u > 0.65 ? 1 - pow((u - 0.65) / 0.35, 1.5) : 1
            let dip = 0.4 * pow(0.5 * (1 - cos(2 * Double.pi * (max(0.14, u) - 0.3) / 0.32)), 0.45)
            free.append((x, base + max(0.3, height * up * down * (1 - dip))))
            rim.append((x, base))
        }
        return free + rim.reversed()
    }
}
