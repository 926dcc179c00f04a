import Foundation
import Geometry
import Pathology

/// The bones the axial plane cuts beside the canal drawn as bones, not boxes (issue 11): a pedicle as a strut
/// from the body back to the arch, waisted in its middle and flaring at both ends; the pars as the waist of
/// the articular pillar; a transverse process tapering from its root to a rounded tip. Every outline lies
/// inside the model's solid (bone is only taken away, never added), so the foramen and recess the model
/// measures stay at least as wide as drawn. How much they taper is a drawing choice, not a model value.
extension AxialSection {
    /// The drawn outline of a base solid cut by the plane (pedicle, pars or transverse process), in-plane mm.
    static func boneOutline(_ r: RoundedRect, _ structure: Structure) -> [Vec2] {
        let w = r.maxX - r.minX, d = r.maxY - r.minY
        guard w > 0.5, d > 0.5 else { return r.outline(steps: 6) }
        switch structure {
        case .transverseProcess: return taperedProcess(r)
        case .pedicle, .pars: return waisted(r, waist: structure == .pars ? 0.3 : 0.22)
        default: return r.outline(steps: 6)
        }
    }

    /// A bar along its longer axis, its sides drawn in by `waist` of its half-width at the middle, ends rounded.
    private static func waisted(_ r: RoundedRect, waist: Double) -> [Vec2] {
        let alongY = r.half.y >= r.half.x
        let halfLong = alongY ? r.half.y : r.half.x, halfShort = alongY ? r.half.x : r.half.y
        let end = min(halfShort, 0.45 * halfLong)  // rounded over this much at each end
        let n = 24
        var left: [Vec2] = [], right: [Vec2] = []
        for i in 0...n {
            let t = Double(i) / Double(n), s = -halfLong + 2 * halfLong * t
            let fromEnd = halfLong - abs(s)
            let round = fromEnd < end ? (1 - pow(1 - fromEnd / end, 2)).squareRoot() : 1
            let width = halfShort * (1 - waist * sin(Double.pi * t)) * max(0.35, round)
            func point(_ across: Double) -> Vec2 {
                alongY ? Vec2(r.center.x + across, r.center.y + s) : Vec2(r.center.x + s, r.center.y + across)
            }
            left.append(point(-width))
            right.append(point(width))
        }
        return left + right.reversed()
    }

    /// A transverse process: full height at its root (the side nearer the midline), tapering out to a rounded tip
    /// 45 % as high, set towards the back of the solid (the processes sweep slightly back).
    private static func taperedProcess(_ r: RoundedRect) -> [Vec2] {
        let g = r.center.x >= 0 ? 1.0 : -1.0
        let root = g > 0 ? r.minX : r.maxX, length = r.maxX - r.minX
        let n = 24
        var front: [Vec2] = [], back: [Vec2] = []
        for i in 0...n {
            let t = Double(i) / Double(n)
            let x = root + g * length * t
            // Height tapers from the whole solid to 45 % of it; the tip's last 15 % is rounded.
            let tipRound = t > 0.85 ? (1 - pow((t - 0.85) / 0.15, 2)).squareRoot() : 1
            let half = r.half.y * (1 - 0.55 * t) * max(0.2, tipRound)
            let centre = r.center.y + (r.half.y - half) * 0.6
            front.append(Vec2(x, max(r.minY, centre - half)))
            back.append(Vec2(x, min(r.maxY, centre + half)))
        }
        return front + back.reversed()
    }

    /// The fibrocartilage of a pars defect where the view shows it (one piece, `rect` the model's pars region, whose
    /// structure a defect turns to fibrocartilage): not the whole pars but the cleft across it, a thin band from its
    /// medial to its lateral edge (inset 0.6 mm) a third of the way back from its front (the pedicle's fragment in
    /// front, the lamina's behind), its medial end 1.5 mm further back (the defect runs obliquely across the
    /// isthmus), its edges bulging with two lumps each as the nodule swells out of the cleft. Band width 1.6 mm,
    /// slant and lumps are a drawing choice: the model only says where the pars is and that the defect is there.
    func parsCleftOutline(_ rect: RoundedRect) -> [Vec2] {
        let s = scale, inset = min(0.6 * s, (rect.maxX - rect.minX) / 4)
        let g = rect.center.x >= 0 ? 1.0 : -1.0
        let medial = g > 0 ? rect.minX + inset : rect.maxX - inset, lateral = g > 0 ? rect.maxX - inset : rect.minX + inset
        let centre = rect.minY + (rect.maxY - rect.minY) / 3, half = min(0.8 * s, (rect.maxY - rect.minY) / 6)
        let slant = min(1.5 * s, (rect.maxY - rect.minY) / 4)
        let n = 16
        var front: [Vec2] = [], back: [Vec2] = []
        for i in 0...n {
            let t = Double(i) / Double(n)
            let x = medial + (lateral - medial) * t
            let y = centre + slant * (0.5 - t)
            // Two lumps on each edge, none at the ends (where the band is rounded off).
            let lump = 0.35 * half * sin(2 * Double.pi * t) * sin(2 * Double.pi * t)
            let taper = min(1, 4 * min(t, 1 - t)).squareRoot()
            front.append(Vec2(x, y - (half + lump) * max(0.3, taper)))
            back.append(Vec2(x, y + (half + lump) * max(0.3, taper)))
        }
        return front + back.reversed()
    }
}
