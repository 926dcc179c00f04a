import Anatomy
import FigureStyle
import Foundation
import Geometry

/// Anatomical outlines of the axial section, in model millimetres (x, y). Every edge that bounds canal,
/// recess or foramen is the model's (disc margin, lamina and flavum front, facet fronts); the rest —
/// the front of the disc, the backs of the facets, laminae and spinous process — is drawn to look like
/// the vertebra, sized from the level's morphometry.
extension AxialSection {
    /// Step of the sampled model edges, mm.
    static let sampleStep = 0.1

    /// Disc half-width (from the lower vertebra's endplate width), mm.
    var discHalfWidth: Double { anatomy.lower.endplateWidth / 2 }
    /// Up to this |x| the drawn posterior disc margin is the model's: across the canal and the lateral
    /// recesses, to just past the medial pedicle wall, mm. Beyond it the foramen's contents are seen
    /// projected from above the disc, so the margin is drawn rounded.
    var exactDiscEdge: Double { min(anatomy.pedicleWallX + 1 * scale, 0.7 * discHalfWidth) }
    /// Radius of the disc's posterolateral corners, mm.
    var discCornerRadius: Double { discHalfWidth - exactDiscEdge }
    /// Midline posterior disc margin, mm.
    var discBackMidline: Double { discBack(0) ?? 0 }

    /// The disc seen from above: kidney-shaped, the model's posterior margin between broad rounded
    /// posterolateral corners, a convex front one endplate depth ahead of the midline margin.
    func discOutline() -> [Vec2] {
        let a = discHalfWidth, cr = discCornerRadius, xp = exactDiscEdge
        let back = { (x: Double) in self.discBack(x) ?? self.discBackMidline }
        var points: [Vec2] = []
        var x = -xp
        while x < xp {
            points.append(Vec2(x, back(x)))
            x += Self.sampleStep
        }
        let yr = back(xp), yl = back(-xp)
        let yc = min(yl, yr) - cr
        let depth = anatomy.lower.endplateDepth
        for i in 0...16 {  // right-hand (+x) corner: from the back round to the side
            let t = Double(i) / 16 * Double.pi / 2
            points.append(Vec2(xp + cr * sin(t), yc + (yr - yc) * cos(t)))
        }
        let b = max(cr, yc - (discBackMidline - depth))
        let n = 2.2
        for i in 0...48 {
            let t = Double(i) / 48 * Double.pi
            let c = cos(t), s = sin(t)
            let px = a * (c < 0 ? -1 : 1) * pow(abs(c), 2 / n)
            points.append(Vec2(px, yc - b * pow(abs(s), 2 / n)))
        }
        for i in 0...16 {  // the other corner: from the side round to the back
            let t = Double(i) / 16 * Double.pi / 2
            points.append(Vec2(-xp - cr * cos(t), yc + (yl - yc) * sin(t)))
        }
        return points
    }

    /// The posterior longitudinal ligament on the back of the disc, in front of the sac: a thin band inside
    /// the disc's drawn posterior margin (so the canal's front wall stays the model's), across the canal and
    /// fanning a little into the recesses at the disc, as it does at each disc level. Its thickness (1 mm) is a
    /// drawing convention: the clinical reference gives none.
    func pllBand() -> [Vec2] {
        let s = scale, half = min(exactDiscEdge - 0.5 * s, sacSemiAxes.a + 3 * s), thick = 1 * s
        var back: [Vec2] = [], front: [Vec2] = []
        var x = -half
        while x <= half + 1e-9 {
            let y = discBack(x) ?? discBackMidline
            // Tapering towards its lateral edges.
            let t = thick * (0.45 + 0.55 * (1 - pow(abs(x) / half, 4)))
            back.append(Vec2(x, y))
            front.append(Vec2(x, y - t))
            x += Self.sampleStep * 2
        }
        return back + front.reversed()
    }

    /// Centre and semi-axes of the nucleus pulposus drawn inside the disc, mm.
    var nucleus: (centre: Vec2, a: Double, b: Double) {
        let depth = anatomy.lower.endplateDepth
        return (Vec2(0, discBackMidline - 0.5 * depth), 0.42 * discHalfWidth, 0.27 * depth)
    }

    /// Thickness of the normal ligamentum flavum drawn behind its model front, mm.
    var flavumThickness: Double { 3 * scale }
    /// y of the spinous process tip, mm.
    var spinousTip: Double { laminaFront + 30 * scale }

    /// The model's posterior wall (lamina, flavum, facets) sampled from the midline out to the lateral
    /// edge of the superior articular process on one side (`sign` +1 left, −1 right).
    func wallSamples(sign: Double, to limit: Double) -> [Vec2] {
        var points: [Vec2] = []
        var u = 0.0, last = laminaFront
        while u <= limit + 1e-9 {
            let y = wallFront(sign * u) ?? last
            points.append(Vec2(sign * u, y))
            last = y
            u += Self.sampleStep
        }
        return points
    }

    /// The posterior arch on one side, from the midline in front (under the flavum) round the facets
    /// to the tip of the spinous process: superior and inferior articular processes, lamina, half the
    /// spinous process.
    func archHalf(sign g: Double) -> [Vec2] {
        let s = scale, X = lateralEdge, back = facetBack
        var points = wallSamples(sign: g, to: X)
        let yF = points.last?.y ?? anatomy.segment.foramenWidth
        let sw = 3.5 * s, ap = laminaFront, tip = spinousTip
        let iapTip = Vec2(g * (X - 5.5 * s), back + 5 * s)
        points += [
            Vec2(g * (X + 0.8 * s), yF + 0.4 * (back - yF)),    // mammillary bulge of the SAP
            Vec2(g * (X - 0.3 * s), back - 0.5 * s),
            jointEnd(sign: g),
            iapTip,                                             // tip of the inferior articular process
            Vec2(g * (X - 8 * s), back + 4.5 * s),
            Vec2(g * 0.42 * X, ap + 13 * s),                    // back of the lamina, sloping to the midline
            Vec2(g * sw, ap + 17 * s),                          // base of the spinous process
            Vec2(g * 0.8 * sw, tip - 5 * s),
            Vec2(g * 0.85 * sw, tip - 1.5 * s),
            Vec2(g * 0.45 * sw, tip),
            Vec2(0, tip + 0.2 * s),
        ]
        return points
    }

    /// The whole posterior arch, both sides joined on the midline.
    func archOutline() -> [Vec2] {
        archHalf(sign: 1) + archHalf(sign: -1).reversed()
    }

    /// y of the facet's front just lateral to the medial facet edge (the recess's back wall), mm.
    func recessFront(sign g: Double) -> Double {
        wallFront(g * (laminaHalfWidth + 1.5 * scale)) ?? anatomy.segment.recessDepth
    }

    /// The facet joint's angle to the sagittal plane at this level, degrees: the joints turn from nearly
    /// sagittal at the thoracolumbar junction towards the coronal plane at L5–S1. "Increased pelvic incidence
    /// is associated with a more coronal facet orientation in the lower lumbar spine: a cadaveric study of 599
    /// lumbar spines" (Hamann-Todd collection; angle between the superior articular facet and the spinous
    /// process; Spine 2016;41(19):E1138–E1145, PMID 27031765) gives 22.6 ± 8.3° at T12–L1 rising to
    /// 49.1 ± 12.4° at L5–S1. Its abstract gives only these ends, so the levels between are interpolated
    /// linearly: a drawing convention, not a measurement. (Masharawi et al., "Facet orientation in the
    /// thoracolumbar spine", 240 Hamann-Todd columns, report mean ranges of 25.9–33.9° at T12–L2 and
    /// 40.4–56.3° at L3–L5, which the interpolation stays within or near.)
    static func facetAngle(_ level: DiscLevel) -> Double {
        let t12l1 = 22.6, l5s1 = 49.1
        let steps = Double(DiscLevel.L5S1.rawValue)  // T12–L1 is step 0, L5–S1 step 5
        return t12l1 + (l5s1 - t12l1) * Double(level.rawValue) / steps
    }

    /// The joint line's ends as the model's facet geometry places them (anteromedial at the recess, posterolateral
    /// on the back of the facets): its midpoint and half-length.
    private func jointSpan(sign g: Double) -> (mid: Vec2, half: Double) {
        let a = Vec2(g * (laminaHalfWidth + flavumThickness), recessFront(sign: g) + 3 * scale)
        let b = Vec2(g * (lateralEdge - 3 * scale), facetBack + 2 * scale)
        return ((a + b) * 0.5, (b - a).length / 2)
    }

    /// The joint line's direction from its anteromedial to its posterolateral end at this level's angle.
    private func jointDirection(sign g: Double) -> Vec2 {
        let theta = Self.facetAngle(level) * Double.pi / 180
        return Vec2(g * sin(theta), cos(theta))
    }

    /// The anteromedial end of the facet joint line, mm.
    func jointStart(sign g: Double) -> Vec2 {
        let span = jointSpan(sign: g)
        return span.mid - jointDirection(sign: g) * span.half
    }

    /// The posterolateral end of the facet joint line, on the back of the facets, mm.
    func jointEnd(sign g: Double) -> Vec2 {
        let span = jointSpan(sign: g)
        return span.mid + jointDirection(sign: g) * span.half
    }

    /// The joint line between the superior articular process (in front, lateral) and the inferior one
    /// (behind, medial): bowed towards the front and side, as the concave superior facet holds the
    /// convex inferior one. Returns the start, two control points and the end.
    func jointCurve(sign g: Double) -> (Vec2, Vec2, Vec2, Vec2) {
        let p = jointStart(sign: g), q = jointEnd(sign: g)
        let bow = 1.8 * scale / 2.0.squareRoot()
        let n = Vec2(g * bow, -bow)
        let d = q - p
        return (p, p + d * (1.0 / 3) + n, p + d * (2.0 / 3) + n, q)
    }

    /// The ligamentum flavum: the model's front across the canal, lining the laminae and the medial
    /// faces of the facets back to the joint capsules; one polygon for both sides.
    func flavumOutline() -> [Vec2] {
        let fx = laminaHalfWidth, t = flavumThickness, s = scale, ap = laminaFront
        func half(_ g: Double) -> [Vec2] {
            let low = recessFront(sign: g) + 2.5 * s
            // The canal's posterior corners are filled with flavum (only fat is there in the model).
            let rc = ap > low + 4 * s ? 2.5 * s : 0
            var points: [Vec2] = []
            var u = 0.0
            while u < fx - rc - 0.05 {
                points.append(Vec2(g * u, wallFront(g * u) ?? ap))
                u += Self.sampleStep
            }
            if rc > 0 {
                for i in 0...8 {
                    let a = Double(i) / 8 * Double.pi / 2
                    points.append(Vec2(g * (fx - rc + rc * sin(a)), ap - rc + rc * cos(a)))
                }
            }
            if ap > low + 1 * s {
                points += [Vec2(g * fx, min(points.last?.y ?? ap, ap)), Vec2(g * fx, low), Vec2(g * (fx + t), low + 1 * s)]
            } else {
                points.append(Vec2(g * fx, ap))
            }
            let ro = rc + t  // the outer corner follows the inner one
            for i in 0...8 {
                let a = Double(i) / 8 * Double.pi / 2
                points.append(Vec2(g * (fx - rc + ro * cos(a)), ap - rc + ro * sin(a)))
            }
            points += [Vec2(g * 0.5 * fx, ap + t), Vec2(0, ap + t)]
            return points
        }
        return half(1) + half(-1).reversed()
    }

    /// The intertransverse ligament lateral to the foramen on one side: the model's front, tapering out.
    func ligamentBand(sign g: Double) -> [Vec2]? {
        guard let front = ligamentFront else { return nil }
        let s = scale, X = lateralEdge
        return [Vec2(g * (X - 1 * s), front), Vec2(g * (X + 6 * s), front + 0.5 * s),
                Vec2(g * (X + 6 * s), front + 2 * s), Vec2(g * (X - 1 * s), front + 3 * s)]
    }

    /// Epidural and foraminal fat: the canal between disc and arch, and a gutter lateral to each
    /// foramen in front of the intertransverse ligament. The tissue drawn over it leaves the fat showing
    /// where the model has free space.
    func fatOutline() -> [Vec2] {
        let s = scale, X = lateralEdge, front = min(discBackMidline, 0) - 1.5 * s
        let ap = laminaFront + 1.5 * s, side = (ligamentFront ?? anatomy.segment.foramenWidth + 3 * s) + 1 * s
        let wide = max(X + 7 * s, exitingReach + 1.5 * s), r = (side - front) / 2, cy = (side + front) / 2
        var right: [Vec2] = []
        for i in 0...12 {  // rounded lateral end of the fat in the foramen and beyond
            let a = -Double.pi / 2 + Double(i) / 12 * Double.pi
            right.append(Vec2(wide - r + r * cos(a), cy + r * sin(a)))
        }
        let left = right.reversed().map { Vec2(-$0.x, $0.y) }
        return right + [Vec2(X, side), Vec2(X, ap), Vec2(-X, ap), Vec2(-X, side)] + left
    }

    /// How far out the exiting roots reach, mm.
    var exitingReach: Double {
        roots.map { abs($0.centre.x) + $0.station.radius }.max() ?? lateralEdge
    }

    /// The in-plane window the view shows, mm: the disc's front to the spinous tip, and out past the
    /// roots and lesions on either side.
    var window: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let s = scale
        var xMax = max(lateralEdge + 7 * s, exitingReach + 1.5 * s) + 1 * s
        var yMin = discBackMidline - anatomy.lower.endplateDepth - 1 * s
        var yMax = spinousTip + 1 * s
        for piece in lesions {
            xMax = max(xMax, abs(piece.rect.minX) + 1 * s, abs(piece.rect.maxX) + 1 * s)
            yMin = min(yMin, piece.rect.minY - 1 * s)
            yMax = max(yMax, piece.rect.maxY + 1 * s)
        }
        for mark in roots {
            xMax = max(xMax, abs(mark.centre.x) + mark.station.radius + 1 * s)
        }
        return ((-xMax)...xMax, yMin...yMax)
    }
}
