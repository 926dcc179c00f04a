import Foundation
import Geometry
import Pathology

/// A hypertrophied facet in the posterior view (issue 11): enlarged articular processes, not a box. Seen from behind, the
/// model's hypertrophied-facet solid (its box: x lateral, z cranial) is drawn as the joint's bony mass: its lateral side
/// straight on the box's lateral edge, rounded off above and below, its medial margin — where it grows into the lateral
/// recess — set with pointed marginal osteophytes whose tips reach the box's medial edge (the model's front, which sets
/// the room the simulation measures) with hollows between, the first and last at the joint's upper and lower margins.
/// Filled and outlined as bone, opaque. How many spurs, how deep the hollows and the roundings are a drawing choice.
extension PosteriorDrawing {
    /// The enlarged process's outline in model (x, z), mm, for the box `box` at drawing scale `s` (mm per model mm):
    /// first the medial margin bottom to top, then the lateral side back down.
    static func hypertrophiedFacet(_ box: Box, scale s: Double) -> [(x: Double, z: Double)] {
        let g: Double = box.min.x + box.max.x >= 0 ? 1 : -1
        let inner = min(abs(box.min.x), abs(box.max.x)), outer = max(abs(box.min.x), abs(box.max.x))
        let width = outer - inner, bottom = box.min.z, top = box.max.z, height = top - bottom
        guard width > 1, height > 4 else {
            return [(box.min.x, box.min.z), (box.max.x, box.min.z), (box.max.x, box.max.z), (box.min.x, box.max.z)]
        }
        // The medial margin rounds onto the top and bottom over `cap` mm; the lateral corners over `corner` mm.
        let cap = min(0.22 * height, 4 * s), corner = min(1.5 * s, width / 3)
        // Hollows between the spurs up to 1.6 mm deep (0.4 of the process's width at most); 2–4 spurs between the caps.
        let hollow = min(1.6 * s, 0.4 * width)
        let run = height - 2 * cap
        let spurs = max(2, min(4, Int((run / (4 * s)).rounded())))
        let period = run / Double(spurs)
        let tips = (0...spurs).map { bottom + cap + Double($0) * period }
        var zs = Array(stride(from: bottom, through: top + 1e-9, by: 0.2 * s)) + tips + [top]
        zs.sort()
        var medial: [(x: Double, z: Double)] = [], lateral: [(x: Double, z: Double)] = []
        for (i, z) in zs.enumerated() where i == 0 || z - zs[i - 1] > 1e-6 {
            let d = min(z - bottom, top - z)
            // A quarter ellipse onto the end (width across, `cap` along).
            let round = d < cap ? width * (1 - (1 - pow(1 - d / cap, 2)).squareRoot()) : 0
            // Pointed: the profile leaves each tip steeply (power 0.45), so the spurs read as bone spikes, not waves.
            let phase = 2 * Double.pi * (z - (bottom + cap)) / period
            let spur = d < cap ? 0 : hollow * pow(0.5 * (1 - cos(phase)), 0.45)
            medial.append((g * (inner + min(width, max(round, spur))), z))
            let side = d < corner ? corner * (1 - (1 - pow(1 - d / corner, 2)).squareRoot()) : 0
            lateral.append((g * (outer - side), z))
        }
        return medial + lateral.reversed()
    }

}
