import Anatomy
import Geometry

extension LevelState {
    /// Share of a degenerative slip by which the upper arch narrows the canal (mid-sagittal) and the lateral
    /// recess at the disc. The inferior articular processes slide along the superior ones and the flavum
    /// buckles, so the arch does not advance into the canal by the whole slip. Tuned on purpose (§B10, §C4;
    /// population.md §A11.4d, Denard 2010 [C S120]: slips of 5–28 % in 31 % of older men, mostly without
    /// symptoms): a grade I slip alone at most crowds the traversing root; compression needs more (or
    /// facet hypertrophy and flavum, which a scenario adds as stenosis).
    static let archCanalShare = 0.6
    static let archRecessShare = 0.3

    /// How many solids `baseSolids()` makes: five across the midline and ten on each side.
    static let baseSolidCount = 25

    /// The tissue that bounds canal, recesses and foramina at this level, both sides, in the global frame:
    /// vertebral bodies, disc, laminae with the ligamentum flavum, facets, pedicles, pars, transverse processes.
    /// Millimetres. The bodies reach 40 mm forward and walls 12–20 mm back: far enough for every clearance.
    /// - Parameter extra: room to reserve for solids the caller appends (a level's lesion solids).
    func baseSolids(reserving extra: Int = 0) -> [Solid] {
        let a = anatomy, seg = a.segment, s = a.scale
        let z0 = baseZ, h = discHeight
        let hw = a.pedicleWallX, fx = a.facetEdgeX
        let pwU = a.upper.pedicleWidth, pwL = a.lower.pedicleWidth
        let outer = hw + max(pwU, pwL) + 20 * s
        let upZ = z0 + h
        let dyB = upperBodyShiftY, dyA = upperArchShiftY
        let ap = seg.canalAP - canalWallShift
        // A slipping arch narrows the canal at the disc by `archCanalShare` of the slip, until it meets the disc;
        // it never passes in front of the roots. Walls that move forward extend (their back stays), so a bigger
        // slip only adds tissue. Going back (retrolisthesis) the flavum at the disc stays with the lower lamina.
        let archFront = max(Self.archCanalShare * min(0, dyA), -(ap - 0.5 * s)), archBack = max(0, dyA)
        let follow = 0.4  // the exiting root follows 0.4 of a slip in the foramen (see RootStation.slipFollow)
        let lvl = level
        var out: [Solid] = []
        out.reserveCapacity(Self.baseSolidCount + extra)
        out.append(Solid(Box(x: -outer~outer, y: -40~0, z: (z0 - a.lower.posteriorHeight)~z0, rounding: 0.8 * s), .vertebralBody, level: lvl))
        out.append(Solid(Box(x: -outer~outer, y: -40~dyB, z: upZ~(upZ + a.upper.posteriorHeight), rounding: 0.8 * s),
                   .vertebralBody, level: lvl, lesionSet: upperLesions))
        out.append(Solid(Box(x: -(hw + pwU)~(hw + pwU), y: -40~discBulge, z: z0~upZ, rounding: min(h / 2, 1.5 * s)),
                   .disc, level: lvl, lesionSet: discLesions))
        // Laminae and ligamentum flavum behind the central zone: the lower lamina, and the upper one
        // (with the inferior facets), which reaches 2 mm below the disc and moves with a degenerative slip.
        out.append(Solid(Box(x: -fx~fx, y: (ap + 0.5 * s)~(ap + 20), z: (z0 - a.lower.posteriorHeight / 2)~(z0 - 2 * s)), .lamina, level: lvl))
        out.append(Solid(Box(x: -fx~fx, y: (ap + archFront)~(ap + 20 + archBack), z: (z0 - 2 * s)~(upZ + a.upper.posteriorHeight / 2), rounding: 1 * s),
                   .lamina, level: lvl, lesionSet: dyA != 0 ? upperLesions : LesionSet()))
        for side in Side.allCases {
            let g = side.sign
            func xs(_ lo: Double, _ hi: Double) -> Span { g > 0 ? lo ~ hi : -hi ~ -lo }
            // This side's recess and foramen (the sides of one person differ a little, population.md §A11.3b).
            let recess = a.recessDepths[side] - facetShift, fw = a.foramenWidths[side] - facetShift
            let roof = z0 + roofZ(side), floorZ = floorZ(side), facetTipZ = facetTipZ(side)
            // In the foramen the posterolateral annulus stands ~1 mm proud of the endplates [D, §E4]:
            // the exiting root, lying just above and behind it, comes down onto it as the disc collapses.
            out.append(Solid(Box(x: xs(hw, hw + pwU), y: -40~(1 * s + discBulge), z: z0~upZ, rounding: min(h / 2, 1.5 * s)),
                       .disc, level: lvl, lesionSet: discLesions))
            // The facet joint behind the subarticular zone: the superior articular process in front,
            // the upper vertebra's inferior process medially (moves with a degenerative slip).
            out.append(Solid(Box(x: xs(fx, hw + 2 * s), y: max(0.5 * s, recess + Self.archRecessShare * min(0, dyA))~(recess + 20),
                       z: (z0 - 10 * s)~(upZ + 2 * s), rounding: 0.8 * s),
                       .facet, level: lvl, lesionSet: dyA < 0 ? upperLesions : LesionSet()))
            out.append(Solid(Box(x: xs(fx, hw + 2 * s), y: max(0.5 * s, 0.85 * seg.canalAP + dyA)~(seg.canalAP + 20 + archBack),
                       z: (upZ + 2 * s)~(upZ + a.upper.posteriorHeight / 2), rounding: 0.8 * s),
                       .lamina, level: lvl, lesionSet: dyA != 0 ? upperLesions : LesionSet()))
            // Pedicles: the roof and the floor of the foramen.
            out.append(Solid(Box(x: xs(hw, hw + pwU), y: dyB~(fw + 4 * s + follow * dyB), z: roof~(roof + a.upper.pedicleHeight), rounding: 1 * s),
                       .pedicle, level: lvl, lesionSet: upperLesions.union(discLesions)))
            out.append(Solid(Box(x: xs(hw, hw + pwL), y: 0~(fw + 4 * s), z: (z0 + floorZ - a.lower.pedicleHeight)~(z0 + floorZ), rounding: 1 * s),
                       .pedicle, level: lvl))
            // Behind the foramen: the superior articular process below, the pars above it.
            out.append(Solid(Box(x: xs(hw, hw + pwU), y: fw~(fw + 12 * s), z: (z0 + floorZ)~(z0 + facetTipZ), rounding: 1 * s),
                       .facet, level: lvl))
            // The facet capsule and the posterolateral annulus meet below the root and close the lower, narrow
            // part of the keyhole foramen (§A6): the ganglion rests above them and cannot drop into the notch
            // below the disc, so it is caught once the pedicle comes down on it (§B4, §E4).
            out.append(Solid(Box(x: xs(hw, hw + pwU), y: min(fw - 0.1 * s, 1 * s + discBulge)~fw, z: (z0 + floorZ)~(z0 + facetTipZ), rounding: 0.3 * s),
                       .facet, level: lvl))
            // The pars is the same bone as the pedicle above the root: when a degenerative slip carries the
            // arch forward, the pars comes forward in the foramen as the pedicle and the root do (`follow`),
            // not by the whole slip, or the vertebra's own pars would be driven into the root under its own
            // pedicle (§B10, §C4: the exiting root is caught only when the foramen collapses). An isthmic arch
            // stays (dyA = 0); a retrolisthesis takes the pars back, away from the root, as before.
            out.append(Solid(Box(x: xs(hw, hw + pwU), y: (fw + 3 * s + follow * min(0, dyA) + max(0, dyA) - parsNodule)~(fw + 14 * s + archBack),
                       z: (z0 + facetTipZ)~(roof + 2 * s), rounding: 1 * s),
                       parsNodule > 0 ? .parsNodule : .pars, level: lvl, lesionSet: dyA != 0 || parsNodule > 0 ? upperLesions : LesionSet()))
            // Beyond the foramen: the intertransverse ligament behind and the transverse process above.
            out.append(Solid(Box(x: xs(hw + pwU, outer), y: (9 * s)~(20 * s), z: (z0 + floorZ)~(roof + a.upper.pedicleHeight)),
                       .intertransverseLigament, level: lvl))
            out.append(Solid(Box(x: xs(hw + pwU, outer), y: (3 * s + follow * dyB)~(12 * s + follow * dyB), z: (roof + 1 * s)~(roof + a.upper.pedicleHeight), rounding: 1 * s),
                       .transverseProcess, level: lvl, lesionSet: upperLesions.union(discLesions)))
        }
        assert(out.count == Self.baseSolidCount)
        return out
    }
}
