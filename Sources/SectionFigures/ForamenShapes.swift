import FigureStyle
import Foundation
import Geometry

/// Anatomical outlines of the foramen view, in-plane millimetres (y, z). The walls of the foramen —
/// the pedicles' margins, the posterior margins of the bodies and the disc, the front and tip of the
/// superior articular process, the pars — are the model's; the front of the bodies, the back of the
/// articular pillar and the inferior articular process are drawn to look like the vertebrae.
extension ForamenSection {
    /// The body of the lower vertebra: the model's posterior wall and height, one endplate deep.
    var lowerBodyOutline: RoundedRect? {
        lowerBody.map { body(back: $0.maxX, bottom: $0.minY, top: $0.maxY, depth: anatomy.lower.endplateDepth) }
    }

    /// The body of the upper vertebra, moved with a slip.
    var upperBodyOutline: RoundedRect? {
        upperBody.map { body(back: $0.maxX, bottom: $0.minY, top: $0.maxY, depth: anatomy.upper.endplateDepth) }
    }

    private func body(back: Double, bottom: Double, top: Double, depth: Double) -> RoundedRect {
        RoundedRect(minX: back - depth, maxX: back, minY: bottom, maxY: top, rounding: 1.5 * scale)
    }

    /// The disc in this plane: the model's posterior margin and height, as deep as the lower endplate.
    var discOutline: RoundedRect? {
        guard let disc = base.filter({ $0.solid.structure == .disc }).map(\.rect).max(by: { $0.maxX < $1.maxX }) else { return nil }
        let front = discBack - anatomy.lower.endplateDepth
        return RoundedRect(minX: front, maxX: disc.maxX, minY: disc.minY, maxY: disc.maxY, rounding: disc.rounding)
    }

    /// A pedicle as drawn: the model's, reaching a little into its body so the two read as one bone.
    func pedicleOutline(_ p: RoundedRect, bodyBack: Double?) -> RoundedRect {
        guard let back = bodyBack, p.minX >= back - 1e-6 else { return p }
        return RoundedRect(minX: back - 3 * scale, maxX: p.maxX, minY: p.minY, maxY: p.maxY, rounding: p.rounding)
    }

    /// The upper pedicle with its inferior vertebral notch: the foramen's roof drawn as an arch, lowest on
    /// the exiting root's line — exactly where the model measures foraminal height, so the dimension line ends
    /// on it — and rising towards the body in front and the pars behind, so the foramen reads as the curved
    /// keyhole (inverted teardrop) it is: round under the pedicle, narrowing down between disc and superior
    /// articular process. How far it rises (a third of the slot's depth, at most a third of the pedicle's
    /// height) is a drawing convention.
    func notchedPedicle(_ p: RoundedRect, bodyBack: Double?) -> [Vec2] {
        let r = pedicleOutline(p, bodyBack: bodyBack)
        let front = max(r.minX, discBack - 0.5 * scale), back = min(r.maxX, parsRegion?.minX ?? superiorFacet?.minX ?? r.maxX)
        guard back > front else { return r.outline(steps: 6) }
        let yc = heightGap?.from.x ?? (front + back) / 2
        let rise = notchRise(r)
        let reach = max(yc - front, back - yc, 1e-6)
        var points: [Vec2] = [Vec2(r.maxX, r.maxY), Vec2(r.minX, r.maxY), Vec2(r.minX, r.minY + rise)]
        var y = r.minX
        while y <= r.maxX + 1e-9 {
            let u = min(1, abs(y - yc) / reach)
            points.append(Vec2(y, r.minY + rise * u * u))
            y += 0.2 * scale
        }
        points.append(Vec2(r.maxX, r.minY + rise))
        return points
    }

    /// How far the notch rises above the pedicle's lowest point at its ends, mm.
    func notchRise(_ r: RoundedRect) -> Double {
        let front = max(r.minX, discBack - 0.5 * scale), back = min(r.maxX, parsRegion?.minX ?? superiorFacet?.minX ?? r.maxX)
        return max(0, min((back - front) / 3, (r.maxY - r.minY) / 3))
    }

    /// How thick the facet capsule (with the flavum's capsular part) is drawn on the superior process's front and tip, mm (a
    /// drawing choice).
    var capsuleThickness: Double { 0.8 * scale }

    /// The superior articular process of the lower vertebra rising from its pedicle: its anterior face the back wall of the
    /// lower foramen and its tip the floor of the ganglion's room — the model's shelf (`capsuleShelf`) and process together,
    /// less the capsule lining them (`capsuleOutline`) — a rounded apex, the joint surface running down and back, the
    /// pillar behind the pedicle.
    func superiorFacetOutline() -> [Vec2]? {
        guard let f = superiorFacet else { return nil }
        let s = scale, d = f.maxX - f.minX
        let ph = lowerPedicle.map { $0.maxY - $0.minY } ?? 14 * s
        let t = capsuleShelf == nil ? 0 : capsuleThickness
        let front = (capsuleShelf?.minX ?? f.minX) + t, floor = f.minY, tip = max(floor, f.maxY - t)
        let r = apexRounding(front: front, tip: tip)
        var points: [Vec2] = [Vec2(front, floor - 0.5 * ph), Vec2(front, tip - r)]
        for i in 1...6 {
            let a = Double(i) / 6 * Double.pi / 2
            points.append(Vec2(front + r - r * cos(a), tip - r + r * sin(a)))
        }
        points += [
            Vec2(max(front + r, jointTop.x - 0.6 * s), tip),
            jointTop,
            jointBottom,
            Vec2(f.minX + 0.62 * d, floor - 0.55 * ph),
            Vec2(f.minX + 0.35 * d, floor - ph),
            Vec2(f.minX + 1 * s, floor - 0.9 * ph),
        ]
        return points
    }

    /// The facet capsule with the flavum's capsular part as drawn (issue 11): a thin layer (`capsuleThickness`) lining the
    /// superior process's anterior face from the lower pedicle up, over its tip and back to the joint's upper end, which
    /// it covers; its outer face is the model's shelf (`capsuleShelf`), so the foramen keeps the model's size. Nil without
    /// a shelf.
    func capsuleOutline() -> [Vec2]? {
        guard let c = capsuleShelf, let f = superiorFacet else { return nil }
        let t = capsuleThickness, s = scale
        let front = c.minX + t, tip = max(f.minY, f.maxY - t), r = apexRounding(front: front, tip: tip)
        let back = jointTop.x + 0.7 * s  // over the joint space's upper end
        // Round the process's apex: the inner face on it (radius r), the outer face t further out.
        func arc(_ radius: Double) -> [Vec2] {
            (0...8).map { i in
                let a = Double(i) / 8 * Double.pi / 2
                return Vec2(front + r - radius * cos(a), tip - r + radius * sin(a))
            }
        }
        let outer = [Vec2(c.minX, c.minY)] + arc(r + t) + [Vec2(back, tip + t), Vec2(back, tip)]
        let inner = arc(r).reversed() + [Vec2(front, c.minY)]
        return outer + inner
    }

    /// The radius of the superior process's rounded apex, mm (a drawing choice): 2 mm, less where the process is small.
    func apexRounding(front: Double, tip: Double) -> Double {
        guard let f = superiorFacet else { return 0 }
        return max(f.rounding, min(2 * scale, (jointTop.x - front) / 3, (tip - f.minY) / 2))
    }

    /// The upper and lower ends of the facet joint on the back of the superior process, mm: the joint
    /// runs from just behind the apex down and back to the level of the lower pedicle's top.
    var jointTop: Vec2 {
        guard let f = superiorFacet else { return .zero }
        return Vec2(f.minX + 0.28 * (f.maxX - f.minX), f.maxY - 0.8 * scale)
    }

    var jointBottom: Vec2 {
        guard let f = superiorFacet else { return .zero }
        return Vec2(f.minX + 0.58 * (f.maxX - f.minX), f.minY + 0.1 * (f.maxY - f.minY))
    }

    /// The hyaline cartilage capping the two articular processes where the joint is cut (issue 11), in-plane mm: on the
    /// superior process a layer under its joint surface (`jointTop`–`jointBottom`), on the inferior process one under its
    /// facing surface across the joint space, each `thickness` (0.5 mm) at its middle and thinning to its ends (a lens, as
    /// articular cartilage is), the joint space between them. Nil where the view draws no joint. A drawing convention:
    /// the model has no cartilage.
    func facetCartilage(thickness: Double? = nil) -> (superior: [Vec2], inferior: [Vec2]?)? {
        guard superiorFacet != nil else { return nil }
        let t = thickness ?? 0.5 * scale, gap = 0.7 * scale
        let a = jointTop, b = jointBottom, d = b - a, l = max(1e-6, d.length)
        let n = Vec2(-d.y / l, d.x / l)
        let back = n.x < 0 ? n * -1 : n  // away from the superior process
        func cap(_ from: Vec2, into: Vec2) -> [Vec2] {
            let k = 16
            let surface = (0...k).map { from + d * (Double($0) / Double(k)) }
            let deep = (0...k).reversed().map { i -> Vec2 in
                let u = Double(i) / Double(k)
                return from + d * u + into * (t * max(0.2, pow(sin(Double.pi * u), 0.5)))
            }
            return surface + deep
        }
        let superior = cap(a, into: back * -1)
        let inferior = inferiorFacetOutline() != nil ? cap(a + back * gap, into: back) : nil
        return (superior, inferior)
    }

    /// The pars interarticularis as drawn: the model's front (the back wall of the upper foramen), its
    /// back sloping down and back to the inferior articular process.
    func parsOutline() -> [Vec2]? {
        guard let p = pars ?? parsDefect.map({ parsBone($0.rect) }) else { return nil }
        return parsOutline(p)
    }

    /// The pars drawn from the rectangle `p` (the model's pars, or the bone either side of a defect).
    func parsOutline(_ p: RoundedRect) -> [Vec2] {
        let s = scale, w = p.maxX - p.minX
        let top = upperPedicle.map { max(p.maxY, $0.minY + 2 * s) } ?? p.maxY
        return [Vec2(p.minX, p.minY + p.rounding), Vec2(p.minX, top), Vec2(p.minX + 0.45 * w, top),
                Vec2(p.maxX, p.minY + 0.2 * (p.maxY - p.minY)), Vec2(p.maxX - 1 * s, p.minY), Vec2(p.minX + p.rounding, p.minY)]
    }

    /// The inferior articular process of the upper vertebra, hanging from the pars behind the superior
    /// process across the joint space, its tip pointing down; its root moves with the upper vertebra's arch.
    func inferiorFacetOutline() -> [Vec2]? {
        guard superiorFacet != nil, let p = parsRegion else { return nil }
        let s = scale, gap = 0.7 * s, shift = state.upperArchShiftY
        let a = jointTop, b = jointBottom
        let t = b - a, l = max(1e-6, t.length)
        let n = Vec2(-t.y / l, t.x / l)  // a normal of the joint line …
        let back = n.x < 0 ? n * -1 : n  // … pointing back, away from the superior process
        func moved(_ q: Vec2) -> Vec2 { Vec2(q.x + shift, q.y) }
        let top = a + back * gap, bottom = b + back * gap
        // With a slip the process stays against the joint surface and its root follows the pars.
        return [
            moved(Vec2(p.minX + 1.5 * s, p.minY + 1.5 * s)),
            top,
            bottom,
            Vec2(bottom.x + 1.2 * s, bottom.y - 1.5 * s),  // the tip
            Vec2(bottom.x + 4.5 * s, bottom.y + 1.5 * s),
            moved(Vec2(max(p.maxX - 1 * s, bottom.x + 5.5 * s), p.minY + 1 * s)),
        ]
    }

    /// Foraminal fat: the space between the pedicles, the bodies and disc, and the articular pillar;
    /// drawn first, the bone over it leaves the fat where the model has free space.
    var fatRect: RoundedRect? {
        guard let up = upperPedicle, let low = lowerPedicle else { return nil }
        let front = min(0, up.minX, discBack) - 0.5 * scale
        let back = (parsRegion?.minX ?? superiorFacet?.minX ?? discBack + 8 * scale) + 1.5 * scale
        let notch = notchRise(pedicleOutline(up, bodyBack: upperBody?.maxX))
        return RoundedRect(minX: front, maxX: max(front + 1, back), minY: low.maxY - 0.5 * scale, maxY: up.minY + notch + 0.5 * scale, rounding: 0)
    }

    /// The in-plane window the view shows: both bodies whole, back past the articular pillar, mm.
    var window: (y: ClosedRange<Double>, z: ClosedRange<Double>) {
        let s = scale
        var yMin = min(lowerBodyOutline?.minX ?? -40, upperBodyOutline?.minX ?? -40) - 1 * s
        var yMax = max(parsRegion?.maxX ?? 20, superiorFacet?.maxX ?? 20, (inferiorFacetOutline() ?? []).map(\.x).max() ?? 20) + 2 * s
        var zMin = (lowerBody?.minY ?? discBottom - 27) - 1 * s
        var zMax = (upperBody?.maxY ?? discTop + 27) + 1 * s
        for piece in lesions {
            yMin = min(yMin, piece.rect.minX - 1 * s)
            yMax = max(yMax, piece.rect.maxX + 1 * s)
            zMin = min(zMin, piece.rect.minY - 1 * s)
            zMax = max(zMax, piece.rect.maxY + 1 * s)
        }
        return (yMin...yMax, zMin...zMax)
    }
}
