import Foundation
import Geometry
import Pathology

/// Outlines of the lesions that are tissue of the posterior wall grown into the canal, drawn as that
/// tissue (in-plane mm): a thickened ligamentum flavum lines the laminae and facet capsules and bulges
/// forward from behind and the sides (the trefoil canal); a hypertrophied facet is an enlarged
/// superior articular process with osteophytes on its front. Only what lies in front of the model's
/// normal wall is drawn: the rest of the lesion's box lies inside the bone or ligament already drawn.
extension AxialSection {
    /// The thickened flavum of `pieces` (in the plane): one band behind the sac from one facet capsule
    /// to the other, its front the lesion's (smoothed, with the paired ligaments' midline cleft), its back
    /// the normal flavum's. Nil when no piece is flavum.
    func thickenedFlavumOutline(_ pieces: [RoundedRect]) -> [Vec2]? {
        guard !pieces.isEmpty else { return nil }
        let s = scale, t = flavumThickness, fx = laminaHalfWidth
        let reach = pieces.map { max(abs($0.minX), abs($0.maxX)) }.max() ?? 0
        let step = Self.sampleStep * 2
        var xs: [Double] = []
        var x = -reach
        while x <= reach + 1e-9 { xs.append(x); x += step }
        func normal(_ x: Double) -> Double { wallFront(x) ?? laminaFront }
        func lesionFront(_ x: Double) -> Double? { pieces.compactMap { $0.verticalInterval(atX: x)?.lowerBound }.min() }
        let raw = xs.map { x in min(normal(x), lesionFront(x) ?? normal(x)) }
        // Smoothed over 2 mm, so the front reads as soft ligament, not a box.
        let k = max(1, Int((2.5 * s / step).rounded()))
        var front = raw.indices.map { i -> Double in
            let window = raw[max(0, i - k)...min(raw.count - 1, i + k)]
            return window.reduce(0, +) / Double(window.count)
        }
        for (i, x) in xs.enumerated() {
            // The two ligaments meet in the midline: a shallow cleft.
            let cleft = 1.5 * s * pow(max(0, 1 - abs(x) / (2.5 * s)), 2)
            front[i] = min(normal(x) - 0.2 * s, front[i] + cleft)
        }
        let back = xs.map { x in normal(x) + (abs(x) <= fx ? t : 0.6 * s) }
        return zip(xs, front).map { Vec2($0, $1) } + zip(xs, back).reversed().map { Vec2($0, $1) }
    }

    /// A hypertrophied superior articular process (one piece, in the plane): a bony lump grown forward and
    /// medially from the process's front into the recess, as deep as the lesion reaches, its front
    /// scalloped with osteophytes and its medial end rounded. Its back lies just behind the recess's back
    /// wall, inside the process already drawn, so it reads as part of it.
    func hypertrophiedFacetOutline(_ rect: RoundedRect) -> [Vec2] {
        let s = scale, step = Self.sampleStep * 2
        let lateral = rect.center.x >= 0 ? 1.0 : -1.0
        let inner = lateral > 0 ? rect.minX : rect.maxX
        let width = rect.maxX - rect.minX
        let back = min(rect.maxY, max(rect.minY + 1 * s, recessFront(sign: lateral) + 1 * s))
        guard width > 0, back > rect.minY else { return rect.outline() }
        let depth = back - rect.minY
        let bump = min(0.7 * s, 0.3 * depth), period = max(2 * s, width / 3)
        let end = min(1.5 * s, width / 2, depth)
        var front: [Vec2] = [], rear: [Vec2] = []
        var u = 0.0
        while u <= width + 1e-9 {
            let x = inner + lateral * u
            // Rounded medial end, osteophyte scallops across the front.
            let round = u < end ? 1 - (1 - pow(1 - u / end, 2)).squareRoot() : 0
            let scallop = bump * 0.5 * (1 - cos(2 * Double.pi * u / period))
            front.append(Vec2(x, min(back - 0.2 * s, rect.minY + scallop + round * depth)))
            rear.append(Vec2(x, back))
            u += step
        }
        return front + rear.reversed()
    }
}
