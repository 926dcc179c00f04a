import Foundation
import Geometry
import Pathology

/// A pars defect in the foramen view as what it is (issue 11): the pars is still bone, its two fragments either side
/// of a thin cleft of fibrocartilage, which swells forward out of the cleft as a nodule behind the exiting root. The
/// model gives the pars region (its front moved forward by the nodule, `LevelState.parsNodule`) and nothing of the
/// cleft's course: its slant, width and lumps are a drawing choice, the same in every figure.
extension ForamenSection {
    /// The fibrocartilage of a pars defect cut by the plane, if any.
    var parsDefect: LesionPiece? {
        lesions.first { $0.solid.structure == .parsNodule && $0.offPlane == nil }
    }

    /// The pars's bone either side of the defect: the model's region without the nodule in front of it, mm.
    func parsBone(_ region: RoundedRect) -> RoundedRect {
        let front = min(region.maxX - 1 * scale, region.minX + max(0, state.parsNodule))
        return RoundedRect(minX: front, maxX: region.maxX, minY: region.minY, maxY: region.maxY, rounding: region.rounding)
    }

    /// The fibrocartilage (in-plane y, z): a band 1.6 mm wide across the pars from its front to 70 % of its depth,
    /// falling backwards by a fifth of the pars's height (the cleft runs obliquely across the isthmus), its front end
    /// level with the exiting root's ganglion where the pars allows, swelling there into a rounded nodule that reaches
    /// the model's front (`region.minX`) — what crowds the root from behind. First the upper edge front to back, then
    /// the lower edge back to front.
    func parsCleftOutline(_ region: RoundedRect) -> [Vec2] {
        let s = scale, bone = parsBone(region)
        let height = region.maxY - region.minY
        let half = min(0.8 * s, height / 6), fall = 0.2 * height
        let zFront = min(region.maxY - half - 0.5 * s, max(region.minY + fall + half + 0.5 * s, ganglion?.centre.y ?? region.center.y))
        let x0 = region.minX, x1 = bone.minX + 0.7 * (bone.maxX - bone.minX)
        let nodule = bone.minX - region.minX  // how far the nodule stands in front of the bone
        // The nodule's half-height: more than the band's, at most 2.5 mm; it tapers into the band over 2 mm inside the bone.
        let swellHalf = nodule > 0 ? min(2.5 * s, half + 0.6 * nodule) : half, taper = 2 * s
        let n = 32
        var upper: [Vec2] = [], lower: [Vec2] = []
        for i in 0...n {
            let t = Double(i) / Double(n), x = x0 + (x1 - x0) * t
            let z = zFront - fall * max(0, (x - bone.minX) / max(1e-6, x1 - bone.minX))
            var h: Double
            if x < bone.minX {
                // The nodule's rounded front: a half ellipse from the model's front back to the bone.
                let u = (bone.minX - x) / max(1e-6, nodule)
                h = max(0.25 * swellHalf, swellHalf * (1 - u * u).squareRoot())
            } else {
                let v = min(1, (x - bone.minX) / taper), k = v * v * (3 - 2 * v)
                // Two gentle lumps on each edge of the band further back.
                let lump = 0.25 * half * pow(sin(2 * Double.pi * t), 2)
                h = swellHalf + (half + lump - swellHalf) * k
            }
            let tip = t > 0.9 ? (1 - pow((t - 0.9) / 0.1, 2)).squareRoot() : 1  // rounded off at the back
            upper.append(Vec2(x, z + h * max(0.25, tip)))
            lower.append(Vec2(x, z - h * max(0.25, tip)))
        }
        return upper + lower.reversed()
    }
}
