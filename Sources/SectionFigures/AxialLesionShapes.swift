import FigureStyle
import Foundation
import Diagram
import Geometry
import Pathology

/// Outlines of the lesions that are tissue of the posterior wall grown into the canal, drawn as that
/// tissue (in-plane mm): a thickened ligamentum flavum lines the laminae and facet capsules and bulges
/// forward from behind and the sides (the trefoil canal); a hypertrophied facet is an enlarged
/// superior articular process with osteophytes on its front. Only what lies in front of the model's
/// normal wall is drawn: the rest of the lesion's box lies inside the bone or ligament already drawn.
extension AxialSection {
    /// The thickened flavum of `pieces` (in the plane): the paired ligament lining the laminae and, lateral to
    /// the medial facet edge, the facet capsules in front of the superior articular processes (its capsular
    /// part behind the lateral recess, out towards the foramen), thickened forward to the lesion's front —
    /// from behind across the canal and from the sides in the recesses, so the canal left is trefoil. Its
    /// front is the model's, one smooth curve where the central and capsular parts meet, rounded only backwards
    /// (never deeper into the canal than the model puts it; on the midline exactly where the canal AP is
    /// measured), its lateral end rounded onto the capsule; its back
    /// the normal flavum's. Nil when no piece is flavum.
    func thickenedFlavumOutline(_ pieces: [RoundedRect]) -> [Vec2]? {
        guard !pieces.isEmpty else { return nil }
        let s = scale
        // Out to the medial pedicle wall at most: beyond it the superior articular process's tip is the wall.
        let reach = min(anatomy.pedicleWallX, pieces.map { max(abs($0.minX), abs($0.maxX)) }.max() ?? 0)
        let step = Self.sampleStep * 2
        var xs: [Double] = []
        var x = -reach
        while x <= reach + 1e-9 { xs.append(x); x += step }
        func normal(_ x: Double) -> Double { wallFront(x) ?? laminaFront }
        func lesionFront(_ x: Double) -> Double? { pieces.compactMap { $0.verticalInterval(atX: x)?.lowerBound }.min() }
        let raw = xs.map { x in min(normal(x), lesionFront(x) ?? normal(x)) }
        // Where the central part meets the capsular part the model's fronts step: the front is one smooth curve there,
        // an S (smoothstep: level with each part at its ends) over 3 mm or more on the side lying deeper in the canal — only
        // backwards, never deeper than the model's front; the side further back keeps the model's front exactly.
        // The S is at least 1.2 times as long as its step is high: no steeper than 1.25 anywhere.
        func span(_ rise: Double) -> Double { max(3 * s, 1.2 * rise) }
        let k = max(1, Int((span((raw.max() ?? 0) - (raw.min() ?? 0)) / step).rounded(.up)))
        var front = raw.indices.map { i -> Double in
            var y = raw[i]
            for j in max(0, i - k)...min(raw.count - 1, i + k) where raw[j] > y {
                let t = max(0, 1 - abs(xs[j] - xs[i]) / span(raw[j] - raw[i]))
                y = max(y, raw[i] + (raw[j] - raw[i]) * t * t * (3 - 2 * t))
            }
            return y
        }
        // The lateral ends curve back onto the capsule (a quarter ellipse over the last 2 mm).
        let end = min(2 * s, reach / 4)
        for (i, x) in xs.enumerated() where abs(x) > reach - end {
            let u = (abs(x) - (reach - end)) / end
            let wall = normal(x) - 0.2 * s
            front[i] = min(wall, front[i] + (wall - front[i]) * (1 - (1 - u * u).squareRoot()))
        }
        for i in front.indices { front[i] = min(normal(xs[i]) - 0.2 * s, front[i]) }
        // Its back is the normal flavum's (the ligament thickened forward, not a mass laid on it): the back of the
        // drawn normal flavum, rounded round the canal's posterior corners, where it has one; else the capsule's.
        let ligament = flavumOutline()
        func ligamentBack(_ x: Double) -> Double? { Self.crossings(ligament, atX: x).max() }
        let back = zip(xs, front).map { x, f in max(f + 0.5 * s, ligamentBack(x) ?? normal(x) + 0.6 * s, normal(x) + 0.6 * s) }
        return zip(xs, front).map { Vec2($0, $1) } + zip(xs, back).reversed().map { Vec2($0, $1) }
    }

    /// The y at which the closed outline `polygon` crosses the vertical line at `x` (its edges that span `x`; vertical
    /// edges skipped), in edge order.
    static func crossings(_ polygon: [Vec2], atX x: Double) -> [Double] {
        var ys: [Double] = []
        for i in polygon.indices {
            let p = polygon[i], q = polygon[(i + 1) % polygon.count]
            guard (p.x - x) * (q.x - x) <= 0, p.x != q.x else { continue }
            ys.append(p.y + (q.y - p.y) * (x - p.x) / (q.x - p.x))
        }
        return ys
    }

    /// The dural sac as drawn: its ellipse, indented from behind and the sides by tissue grown from the
    /// posterior wall (a thickened flavum, hypertrophied facets) as drawn: the sac's back follows that
    /// tissue's front wherever it reaches in. Nil when no such tissue reaches the sac (the ellipse is drawn).
    func indentedSac() -> [Vec2]? {
        let inPlane = lesions.filter { $0.offPlane == nil }
        let flavum = inPlane.filter { $0.solid.structure == .ligamentumFlavum }.map(\.rect)
        var outlines: [[Vec2]] = thickenedFlavumOutline(flavum).map { [$0] } ?? []
        outlines += inPlane.filter { $0.solid.structure == .facetHypertrophy }.map { hypertrophiedFacetOutline($0.rect) }
        guard !outlines.isEmpty else { return nil }
        let (a, b) = sacSemiAxes, c = sacCentre
        /// The front (smallest y) of the drawn tissue at `x`, nil where none is.
        func tissueFront(_ x: Double) -> Double? {
            outlines.compactMap { Self.crossings($0, atX: x).min() }.min()
        }
        var indented = false
        let n = 144
        let points = (0..<n).map { i -> Vec2 in
            let theta = Double(i) / Double(n) * 2 * Double.pi
            var p = Vec2(c.x + a * cos(theta), c.y + b * sin(theta))
            let frontOfSac = c.y - b * abs(sin(theta))
            if let f = tissueFront(p.x), p.y > f {
                p.y = max(frontOfSac, f)
                indented = true
            }
            return p
        }
        return indented ? points : nil
    }

    /// A hypertrophied superior articular process (one piece, in the plane): the process itself grown forward and
    /// medially into the recess, as deep as the lesion reaches (the model's front, `rect.minY`), its front set with
    /// pointed osteophytes that reach that front at their tips with hollows between (the first at the joint's
    /// anteromedial margin, just lateral to the rounded medial end), its lateral end curving back onto the process's
    /// normal front. Its back lies 3.5 mm behind the recess's back wall, inside the process already drawn, so the
    /// two read as one bone. The first half of the points is the front (medial to lateral), the second the back.
    /// How many spurs, how deep the hollows and the roundings are a drawing choice; the front is the model's.
    func hypertrophiedFacetOutline(_ rect: RoundedRect) -> [Vec2] {
        let s = scale, step = Self.sampleStep * 2
        let lateral = rect.center.x >= 0 ? 1.0 : -1.0
        let inner = lateral > 0 ? rect.minX : rect.maxX
        let width = rect.maxX - rect.minX
        // 3.5 mm into the process (drawing choice), so the enlarged part reads as the process grown forward.
        let back = min(rect.maxY - 1.5 * s, max(rect.minY + 1 * s, recessFront(sign: lateral) + 3.5 * s))
        guard width > 0, back > rect.minY else { return rect.outline() }
        let depth = back - rect.minY
        let end = min(1.5 * s, width / 2, depth)
        // Hollows up to 1.6 mm deep (0.4 of the lump's depth at most); 2–3 spurs, the first where the rounding ends.
        let hollow = min(1.6 * s, 0.4 * depth)
        let spurs = max(2, min(3, Int(((width - end) / (2.5 * s)).rounded())))
        let period = max(1 * s, (width - end) / Double(spurs))
        // The lateral end curves back onto the process's front over its last 2 mm (a quarter ellipse).
        let tail = min(2 * s, width / 3)
        // Sampled every 0.2 mm and at each spur's tip, so the tips reach the model's front exactly.
        var samples = Array(stride(from: 0.0, through: width + 1e-9, by: step))
        samples += (0...spurs).map { end + Double($0) * period }.filter { $0 < width }
        samples.sort()
        var front: [Vec2] = [], rear: [Vec2] = []
        for (i, u) in samples.enumerated() where i == 0 || u - samples[i - 1] > 1e-6 {
            let x = inner + lateral * u
            let round = u < end ? 1 - (1 - pow(1 - u / end, 2)).squareRoot() : 0
            // Pointed: the profile leaves each tip steeply (power 0.45), so the spurs read as bone spikes, not waves.
            let phase = 2 * Double.pi * max(0, u - end) / period
            let spur = hollow * pow(0.5 * (1 - cos(phase)), 0.45)
            var y = rect.minY + spur + round * depth
            if u > width - tail {
                let w = (u - (width - tail)) / tail
                let wall = min(back - 0.2 * s, wallFront(x) ?? back)
                y = max(y, y + (wall - y) * (1 - (1 - w * w).squareRoot()))
            }
            front.append(Vec2(x, min(back - 0.2 * s, y)))
            rear.append(Vec2(x, back))
        }
        return front + rear.reversed()
    }

    /// The ligamentum flavum's capsular part over a hypertrophied superior articular process (one piece, in the plane):
    /// a band 0.8 mm thick lining the grown process's free surface — up its medial face from the flavum over the lamina
    /// (from the process's back, where that flavum ends) and round onto its front behind the lateral recess to the first osteophyte's tip
    /// at the joint's anteromedial margin — inside the process as drawn, so the recess the model measures stays its
    /// front. Its thickness is a drawing convention. Nil when the process has no free front.
    func capsularFlavum(_ rect: RoundedRect) -> [Vec2]? {
        let outline = hypertrophiedFacetOutline(rect)
        let half = outline.count / 2
        guard half > 2, outline.count % 2 == 0 else { return nil }
        let s = scale, lateral = rect.center.x >= 0 ? 1.0 : -1.0
        let back = outline[half].y
        // Up the medial face and round onto the front as far as the first spur's tip (the joint's anteromedial margin,
        // where the capsule attaches): lateral to it the spurs stand out of the capsule, bare bone.
        let all = Array(outline.prefix(half))
        let firstTip = all.firstIndex { $0.y <= rect.minY + 1e-6 } ?? (all.count - 1)
        guard firstTip >= 2 else { return nil }
        var front = Array(all.prefix(firstTip + 1))
        front.insert(Vec2(front[0].x, back + 0.2 * s), at: 0)
        let xs = front.map(\.x)
        let centre = Vec2(((xs.min() ?? 0) + (xs.max() ?? 0)) / 2 + lateral * 0.1 * s, back + 2 * s)
        let inner = front.indices.map { i -> Vec2 in
            let a = front[max(0, i - 1)], b = front[min(front.count - 1, i + 1)]
            let t = b - a, l = max(1e-9, t.length)
            var n = Vec2(-t.y / l, t.x / l)
            let c = centre - front[i]
            if n.x * c.x + n.y * c.y < 0 { n = n * -1 }
            return front[i] + n * (0.8 * s)
        }
        return front + inner.reversed()
    }
}
