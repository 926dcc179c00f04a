import Anatomy
import Geometry

extension Stenosis {
    /// The encroaching tissue as solids in the global frame, for a wall moved in by `encroachment` mm.
    /// Each shape is a superset of itself at any smaller encroachment. The cause decides which wall moves
    /// (§C3, scenario format: ligamentum flavum and facets from behind, osteophytes and bulging disc from
    /// in front, a synovial cyst from the facet joint).
    func solids(in state: LevelState, encroachment e: Double, lesionIndex: Int) -> [Solid] {
        let a = state.anatomy, seg = a.segment, s = a.scale
        let z0 = state.baseZ, h = state.discHeight
        let hw = a.pedicleWallX, fx = a.facetEdgeX, pw = a.upper.pedicleWidth
        let ap = seg.canalAP - state.canalWallShift
        // Each side's own recess and foramen (equal unless the anatomy gives a side its own).
        func recessY(_ g: Double) -> Double { a.recessDepths[g > 0 ? .left : .right] - state.facetShift }
        func fwY(_ g: Double) -> Double { a.foramenWidths[g > 0 ? .left : .right] - state.facetShift }
        let structure: Structure = switch cause {
        case .ligamentumFlavum: .ligamentumFlavum
        case .facetHypertrophy: .facetHypertrophy
        case .osteophyte: .osteophyte
        case .synovialCyst: .synovialCyst
        case .discBulge: .discBulge
        }
        func solid(_ x: Span, _ y: Span, _ z: Span, rounding: Double = 0.8) -> Solid {
            Solid(Box(x: x, y: y, z: z, rounding: rounding * s), structure, level: state.level, lesions: [lesionIndex])
        }
        /// A thickened flavum's two leaves, reaching `depth` into the canal beside the capsules over the heights `zs`
        /// (see the central flavum stenosis below): three bands a side, the midline one shared.
        func leaves(_ depth: Double, _ zs: Span) -> [Solid] {
            func band(_ x: Span, _ k: Double, _ rounding: Double) -> Solid {
                var band = solid(x, (ap - k * depth)~(ap + 5 * s), zs, rounding: rounding)
                band.structure = .ligamentumFlavum  // also in a facet hypertrophy's stenosis
                return band
            }
            return [band(-(0.25 * fx)~(0.25 * fx), 0.65, 0.5)]
                + [1.0, -1.0].flatMap { g in [band(xs(g, 0.06 * fx, 0.6 * fx), 0.9, 1.0), band(xs(g, 0.3 * fx, fx + 1 * s), 1, 1.0)] }
        }
        var out: [Solid] = []
        let discZ = (z0 - 2 * s)~(z0 + h + 2 * s)
        switch kind {
        case .central:
            switch cause {
            case .ligamentumFlavum:
                // Two leaves, each from its lamina out to its facet capsule, meeting in the midline at an angle
                // that points back: thickened and buckled, each bulges into the canal most beside the capsule and
                // least at the midline, so the canal turns trefoil and the sac triangular with its apex between the
                // leaves (§A4 canal shape; §C3). Three bands a side (midline, paramedian, lateral) reaching in by 0.65,
                // 0.9 and 1 of the encroachment (0.65 and 0.9 keep the dural-crowding row inside Bolender's 100–130 mm²,
                // docs/calibration.md). Each deeper band starts behind the flat front of the shallower one medial to it
                // (its rounded corner comes forward only where that front is still flat), so the front falls
                // monotonically towards the midline at every encroachment, with no notch at the seams.
                out += leaves(e, (z0 - 4 * s)~(z0 + h + 6 * s))
                for g in [1.0, -1.0] { out.append(solid(xs(g, fx, hw + 1 * s), (recessY(g) - 0.35 * e)~(recessY(g) + 5 * s), discZ)) }
            case .facetHypertrophy:
                // The facets are paired and lateral: each superior process grows forward and medially into its recess,
                // its tip stopping 0.5 mm behind the disc's back and its medial edge a fifth of the way from the facet
                // line to the midline (at the largest encroachments it crossed the midline at L1–L2). What narrows the
                // canal between them from behind is the flavum infolded between the enlarged joints, so that part is
                // flavum, not facet (issue 11: as a facet it was drawn as one bone across the midline of the canal),
                // in two leaves as a thickened flavum is, its midline reaching in by 0.6 of the encroachment as the one
                // block did (so a canal AP asked for is built as before, down to 3 mm).
                out += leaves(0.6 / 0.65 * e, discZ)
                for g in [1.0, -1.0] {
                    out.append(solid(xs(g, max(0.2 * fx, fx - 0.3 * e), hw + 1 * s), max(0.5 * s, recessY(g) - 0.8 * e)~(recessY(g) + 5 * s),
                                     (z0 - 10 * s)~(z0 + h + 2 * s)))
                }
            case .osteophyte:
                out.append(solid(-fx~fx, (-3 * s)~e, discZ, rounding: 1.0))
            case .discBulge:
                out.append(solid(-(hw + 1 * s)~(hw + 1 * s), (-3 * s)~(state.discBulge + e), z0~(z0 + h), rounding: 1.5))
            case .synovialCyst:
                for g in [1.0, -1.0] { out.append(cyst(g, centreX: fx - 1 * s, wallY: ap, z0: z0, h: h, s: s, e: e, solid: solid)) }
            }
        case .lateralRecess:
            for g in laterality.sides.map(\.sign) {
                switch cause {
                case .facetHypertrophy, .ligamentumFlavum:
                    // Never across the midline, even at the largest encroachment (as in the central case).
                    let medial = max(0.2 * fx, cause == .facetHypertrophy ? fx - 0.3 * e : fx - 0.5 * e)
                    out.append(solid(xs(g, medial, hw + 1 * s), (recessY(g) - e)~(recessY(g) + 10 * s), (z0 - 10 * s)~(z0 + h + 2 * s)))
                case .osteophyte:
                    out.append(solid(xs(g, fx + 0.5 * s, hw + 1 * s), (-3 * s)~e, discZ, rounding: 1.0))
                case .discBulge:
                    out.append(solid(xs(g, fx - 2 * s, hw + 1 * s), (-3 * s)~(state.discBulge + e), z0~(z0 + h), rounding: 1.0))
                case .synovialCyst:
                    out.append(cyst(g, centreX: hw - 2.5 * s, wallY: recessY(g), z0: z0, h: h, s: s, e: e, solid: solid))
                }
            }
        case .foraminal:
            for side in laterality.sides {
                let g = side.sign
                let roof = z0 + state.roofZ(side), tip = z0 + state.facetTipZ(side), fw = fwY(g)
                let fx0 = xs(g, hw, hw + pw)
                switch cause {
                case .osteophyte:
                    // Spurs from the posterior endplate margins and the tip of the superior articular process meet
                    // under the root and rise into the foramen as a shelf across its whole depth, front to back, so
                    // the residual height they leave is the height of a foramen whose pedicle came down as far (§E4).
                    out.append(solid(fx0, (-3 * s)~fw, (z0 - 1 * s)~(tip + e), rounding: 1.0))
                case .discBulge:
                    out.append(solid(fx0, (-3 * s)~(state.discBulge + e), z0~(z0 + h + 0.3 * e), rounding: 1.0))
                case .facetHypertrophy:
                    out.append(solid(fx0, (fw - e)~(fw + 12 * s), (z0 + state.floorZ(side))~(tip + 0.8 * e), rounding: 1.0))
                case .ligamentumFlavum:
                    out.append(solid(fx0, (fw + 3 * s - e)~(fw + 14 * s), (tip - 2 * s)~(roof + 1 * s), rounding: 1.0))
                case .synovialCyst:
                    let r = 2 * s + 0.3 * e
                    out.append(solid(fx0, (fw + 2 * s - e)~(fw + 2 * s + 2 * r), (roof - 4 * s - r)~(roof - 4 * s + r), rounding: 5))
                }
            }
        }
        return out
    }

    private func xs(_ g: Double, _ lo: Double, _ hi: Double) -> Span {
        let l = min(lo, hi), u = max(lo, hi)
        return g > 0 ? l ~ u : -u ~ -l
    }

    /// A round synovial cyst growing forward from the facet joint whose front was at `wallY`: its front
    /// moves in by `e`, its back stays anchored in the joint, so a bigger cyst contains a smaller one.
    private func cyst(_ g: Double, centreX: Double, wallY: Double, z0: Double, h: Double, s: Double, e: Double,
                      solid: (Span, Span, Span, Double) -> Solid) -> Solid {
        let r = 2 * s + 0.3 * e
        return solid(xs(g, centreX - r, centreX + r), (wallY - e) ~ (wallY + 7 * s), (z0 + h / 2 - r - 1 * s) ~ (z0 + h / 2 + r + 1 * s), 5)
    }
}
