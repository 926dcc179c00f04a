import Anatomy
import Geometry

extension Herniation {
    /// The disc material as solids in the global frame, given the level's deformed state. Millimetres.
    ///
    /// The material sits on the posterior disc margin in its zone and reaches `sizeMillimetres` behind it.
    /// Every extent grows with size, so a bigger herniation is always a superset of a smaller one
    /// (§B8: protrusions keep within the disc height; extrusions pass the endplates; migration, §B9,
    /// moves a fragment up or down, joined to the disc unless sequestrated).
    func solids(in state: LevelState, lesionIndex: Int) -> [Solid] {
        let a = state.anatomy, s = a.scale
        let size = sizeMillimetres
        let g = side?.sign ?? 0
        let hw = a.pedicleWallX, fx = a.facetEdgeX, pw = a.upper.pedicleWidth
        let (xc, halfWidth): (Double, Double) = switch zone {
        // A central herniation widens with its size but stays in the central zone, 1 mm short of the subarticular
        // zone where the recess is measured: a box edge crossing that line would make the recess depth jump.
        case .central: (0, min(0.3 * a.segment.interpedicular + 0.15 * size, max(0.3 * a.segment.interpedicular, fx + 1 * s)))
        case .subarticular: (g * (fx + 0.5 * s), 3.5 * s + 0.15 * size)
        case .foraminal: (g * (hw + pw / 2), 0.4 * pw + 0.1 * size)
        case .extraforaminal: (g * (hw + pw + 4 * s), 4 * s + 0.1 * size)
        }
        // A bulge is broad (> 25 % of the circumference) but tapers into the recesses.
        let w = morphology == .bulge ? max(halfWidth, 0.35 * a.segment.interpedicular) : halfWidth
        let z0 = state.baseZ, h = state.discHeight
        let spread = morphology.isUncontained ? 0.3 * size : 0.15 * size
        let rounding = min(2 * s, size / 2 + 0.5 * s)
        let nucleus = morphology.isUncontained
        // The material stays continuous with its disc: when the upper body slides forward off it (a slip), it
        // fills up to that body's posterior wall rather than leaving a gap for the roots to slip into [D].
        let front = min(-3 * s, state.upperBodyShiftY)
        // Material beyond the endplates tapers (`capZ`): a section plane above or below the disc meets it growing
        // from nothing as it grows, not all at once.
        func box(reach: Double, width: Double, z: Span, cap: Double = 0) -> Solid {
            Solid(Box(x: (xc - width)~(xc + width), y: front~(state.discBulge + reach), z: z, rounding: rounding, capZ: cap),
                  .herniation, level: state.level, lesions: [lesionIndex], isNucleus: nucleus)
        }
        // In the foramen and beyond, material rises along the exiting root into the wider upper foramen [D, §C1].
        let rise = zone == .foraminal || zone == .extraforaminal ? 0.8 * size : 0
        guard let migration, migration.millimetres > 0, morphology.isUncontained else {
            return [box(reach: size, width: w, z: (z0 - spread)~(z0 + h + spread + rise), cap: spread)]
        }
        let m = migration.millimetres * (migration.direction == .cranial ? 1 : -1)
        let centre = z0 + h / 2 + m
        let halfHeight = 2.5 * s + 0.25 * size
        let fragment = box(reach: size, width: w, z: (centre - halfHeight)~(centre + halfHeight), cap: halfHeight)
        if morphology == .sequestration {
            // A free fragment; the disc it left keeps a small contained bulge.
            return [fragment, box(reach: 0.3 * size, width: w, z: z0~(z0 + h))]
        }
        let tailLow = min(z0 + h / 2, centre), tailHigh = max(z0 + h / 2, centre)
        return [box(reach: 0.7 * size, width: w, z: (z0 - spread)~(z0 + h + spread + rise), cap: spread),
                box(reach: 0.5 * size, width: 0.6 * w, z: tailLow~tailHigh),
                fragment]
    }
}
