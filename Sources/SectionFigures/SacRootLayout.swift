import FigureStyle
import Foundation
import Geometry

/// Where the axial view draws the roots inside the dural sac.
///
/// The model keeps each root in the sac at a resting station, which is enough to measure crowding but
/// puts some roots over others, and inside tissue that fills the canal. A drawing must show what a
/// radiologist sees on a supine scan: the roots lying dorsally in a layered crescent (the next to leave
/// anterolateral, the sacral roots in the dorsal midline), pushed away from the lesion into what is left
/// of the sac, and packed into one thin bundle when little is left — never outside the sac. Sizes are
/// millimetres in the section's (x, y), y posterior.
enum SacRootLayout {
    /// A root as drawn: its centre and semi-axes (equal unless flattened).
    struct Placement: Equatable {
        var centre: Vec2
        var rx: Double
        var ry: Double
        /// For roots flattened against the wall by lesion tissue that leaves the sac no room: the direction
        /// from the wall towards the lesion (whose outline is then moulded round them), else nil.
        var pressed: Vec2? = nil
    }

    /// A root to place: its resting centre and radius.
    struct Root {
        var rest: Vec2
        var radius: Double
    }

    /// Places `roots` inside the ellipse (`centre`, semi-axes `a`, `b`) clear of `obstacles` (every tissue
    /// the section cuts: lesion, disc, flavum, lamina, facets), each as near its place in the resting
    /// crescent (`crescent`) as it can be without touching another, the most dorsal first. A root whose
    /// mirror image rests on the other side is placed with it, symmetrically, whenever both sides have
    /// room: a normal or symmetric spine is drawn symmetric. When a root finds no room, every root is
    /// drawn thinner (down to a fifth of its radius) and packed again into what is left of the sac, as
    /// the cauda equina is packed into one bundle in a tight canal (Lee 2011 grade 3). A root is never
    /// drawn outside the sac.
    static func place(_ roots: [Root], centre: Vec2, a: Double, b: Double, obstacles: [RoundedRect],
                      lesions: [RoundedRect] = []) -> [Placement] {
        guard !roots.isEmpty, a > 0, b > 0, a.isFinite, b.isFinite else {
            return roots.map { Placement(centre: $0.rest, rx: $0.radius, ry: $0.radius) }
        }
        let ks = [1.0, 0.85, 0.7, 0.55, 0.45]
        // One crescent if the roots fit in it at some size (a small, crowded sac draws them thinner), else
        // a layered one.
        for (k, layered) in ks.map({ ($0, false) }) + ks.map({ ($0, true) }) {
            let sized = roots.map { Root(rest: $0.rest, radius: $0.radius * k) }
            let layout = crescentLayout(sized, centre: centre, a: a, b: b, layers: layered)
            guard layout.fits || (layered && k == ks.last) else { continue }
            let thin = zip(sized, layout.targets).map { Root(rest: $1, radius: $0.radius) }
            if let placed = attempt(thin, centre: centre, a: a, b: b, obstacles: obstacles + lesions) {
                return roots.indices.map { Placement(centre: placed[$0], rx: thin[$0].radius, ry: thin[$0].radius) }
            }
        }
        if !lesions.isEmpty { return pressed(roots, centre: centre, a: a, b: b, walls: obstacles, lesions: lesions) }
        // Nothing fits even thin: every root at the freest point of the sac, as small as that point allows.
        let (point, room) = freest(centre: centre, a: a, b: b, obstacles: obstacles) ?? (centre, -Double.infinity)
        return roots.map { Placement(centre: point, rx: max(0.05, min(0.2 * $0.radius, room)), ry: max(0.05, min(0.2 * $0.radius, room))) }
    }

    /// Lesion tissue leaves the sac no room: the roots are flattened side by side, in their resting order
    /// from left to right, against the wall opposite the lesion (the flavum and laminae behind a
    /// fragment, the disc in front of a thickened flavum), inside the sac's outline and clear of `walls`;
    /// the lesion's outline is moulded round them.
    static func pressed(_ roots: [Root], centre: Vec2, a: Double, b: Double, walls: [RoundedRect], lesions: [RoundedRect]) -> [Placement] {
        // Where the lesion lies in the sac: mostly in front of its centre, or behind it.
        var sumY = 0.0, count = 0.0
        for p in grid(centre: centre, a: a, b: b, step: min(a, b) / 20) {
            let u = (p.x - centre.x) / a, v = (p.y - centre.y) / b
            guard u * u + v * v <= 1, lesions.contains(where: { $0.signedDistance(to: p) < 0 }) else { continue }
            sumY += p.y - centre.y
            count += 1
        }
        let dorsal = count == 0 || sumY <= 0  // the lesion in front: the roots against the back
        let g = dorsal ? 1.0 : -1.0
        /// The free edge of the sac at `x` on the side the roots lie: from the sac's outline inwards
        /// until clear of the walls.
        func edge(_ x: Double) -> Double {
            let u = (x - centre.x) / a
            let depth = b * max(0, 1 - u * u).squareRoot()
            var y = centre.y + g * depth
            let step = b / 100
            while abs(y - centre.y) > 0, walls.contains(where: { $0.signedDistance(to: Vec2(x, y)) < 0 }) { y -= g * step }
            return y
        }
        let squash = 0.45, gap = 0.1 * (roots.map(\.radius).min() ?? 0)
        var widths = roots.map { 1.2 * $0.radius }
        let total = widths.reduce(0) { $0 + 2 * $1 + gap }
        let span = 1.5 * a
        if total > span { widths = widths.map { $0 * span / total } }
        var x = centre.x - (widths.reduce(0) { $0 + 2 * $1 + gap } - gap) / 2
        var result = [Placement](repeating: Placement(centre: centre, rx: 0, ry: 0), count: roots.count)
        for i in roots.indices.sorted(by: { roots[$0].rest.x < roots[$1].rest.x || (roots[$0].rest.x == roots[$1].rest.x && $0 < $1) }) {
            let w = widths[i], ry = min(roots[i].radius * squash, w)
            let cx = x + w
            // The row follows the wall; the root touches it where it is deepest, its whole outline inside.
            let samples = (-4...4).map { Double($0) / 4 }
            let y = g > 0 ? samples.map { f in edge(cx + f * w) - 1.05 * ry * max(0, 1 - f * f).squareRoot() }.min() ?? centre.y
                : samples.map { f in edge(cx + f * w) + 1.05 * ry * max(0, 1 - f * f).squareRoot() }.max() ?? centre.y
            result[i] = Placement(centre: Vec2(cx, y), rx: w, ry: ry, pressed: Vec2(0, -g))
            x += 2 * w + gap
        }
        return result
    }

    /// Candidate centres on a grid symmetric about the midline, sorted so that ties break the same way on both sides.
    private static func grid(centre: Vec2, a: Double, b: Double, step: Double) -> [Vec2] {
        var grid: [Vec2] = []
        let nx = min(400, Int((a / step).rounded(.up))), ny = min(400, Int((b / step).rounded(.up)))
        for j in -ny...ny {
            for i in -nx...nx { grid.append(Vec2(centre.x + Double(i) * step, centre.y + Double(j) * step)) }
        }
        return grid
    }

    /// True when a circle of radius `r` at `p` lies inside the ellipse and clear of every obstacle.
    static func free(_ p: Vec2, _ r: Double, centre: Vec2, a: Double, b: Double, obstacles: [RoundedRect]) -> Bool {
        let ea = a - r, eb = b - r
        guard ea > 0, eb > 0 else { return false }
        let u = (p.x - centre.x) / ea, v = (p.y - centre.y) / eb
        guard u * u + v * v <= 1 else { return false }
        return obstacles.allSatisfy { $0.signedDistance(to: p) >= r }
    }

    /// The point of the sac (the ellipse `centre`, semi-axes `a`, `b`, mm) farthest from its outline, from every
    /// obstacle and from every circle of `circles` (the roots drawn in it), and that distance, mm; nil for a sac with
    /// no inside. Sought on a grid of 81 × 81 points spanning the ellipse's box; ties go to the point nearest the sac's
    /// centre, then the first found: deterministic and symmetric. Also where the axial view draws the conus tip
    /// (`AxialSection.conusTip`).
    static func freest(centre: Vec2, a: Double, b: Double, obstacles: [RoundedRect],
                       circles: [(centre: Vec2, radius: Double)] = []) -> (point: Vec2, room: Double)? {
        guard a > 0, b > 0 else { return nil }
        let step = max(min(a, b) / 40, 1e-3)
        var best: (Vec2, Double)?
        for j in -40...40 {
            for i in -40...40 {
                let p = Vec2(centre.x + Double(i) * step * a / min(a, b), centre.y + Double(j) * step * b / min(a, b))
                let u = (p.x - centre.x) / a, v = (p.y - centre.y) / b, e = (u * u + v * v).squareRoot()
                guard e < 1 else { continue }
                var d = (1 - e) * min(a, b)
                for w in obstacles { d = min(d, w.signedDistance(to: p)) }
                for c in circles { d = min(d, (p - c.centre).length - c.radius) }
                if best.map({ d > $0.1 + 1e-9 || (abs(d - $0.1) <= 1e-9 && (p - centre).length < ($0.0 - centre).length - 1e-9) }) ?? true {
                    best = (p, d)
                }
            }
        }
        return best.map { (point: $0.0, room: $0.1) }
    }

    /// One packing of `roots` (rest = target) or nil when a root finds no room.
    private static func attempt(_ roots: [Root], centre: Vec2, a: Double, b: Double, obstacles: [RoundedRect]) -> [Vec2]? {
        let smallest = roots.map(\.radius).min() ?? 1
        let grid = grid(centre: centre, a: a, b: b, step: max(min(a, b) / 60, smallest / 3, 1e-3))
        func free(_ p: Vec2, _ r: Double) -> Bool { Self.free(p, r, centre: centre, a: a, b: b, obstacles: obstacles) }
        // The most dorsal first (the sacral roots on the midline), then outwards along the crescent.
        let order = roots.indices.sorted {
            let da = roots[$0].rest.y, db = roots[$1].rest.y
            if abs(da - db) > 1e-9 { return da > db }
            let xa = abs(roots[$0].rest.x - centre.x), xb = abs(roots[$1].rest.x - centre.x)
            if abs(xa - xb) > 1e-9 { return xa < xb }
            return roots[$0].rest.x > roots[$1].rest.x
        }
        var placed: [Int: Vec2] = [:]
        func apart(_ p: Vec2, _ r: Double) -> Bool {
            placed.allSatisfy { j, q in (p - q).length >= r + roots[j].radius + 0.15 * max(r, roots[j].radius) }
        }
        /// The free candidate nearest `rest` that keeps apart from the placed roots (and, for a pair, whose
        /// mirror image is free and apart too, far enough from the first).
        func nearest(_ rest: Vec2, _ r: Double, mirrored: Bool) -> Vec2? {
            if free(rest, r), apart(rest, r) {
                let m = Vec2(2 * centre.x - rest.x, rest.y)
                if !mirrored || (abs(rest.x - m.x) >= 2.15 * r && free(m, r) && apart(m, r)) { return rest }
            }
            var best: Vec2?, bestDistance = Double.infinity
            for p in grid where free(p, r) {
                let d = (p - rest).length
                guard d < bestDistance - 1e-9, apart(p, r) else { continue }
                if mirrored {
                    let m = Vec2(2 * centre.x - p.x, p.y)
                    guard abs(p.x - m.x) >= 2.15 * r, free(m, r), apart(m, r) else { continue }
                }
                (best, bestDistance) = (p, d)
            }
            return best
        }
        for i in order where placed[i] == nil {
            let root = roots[i]
            // Its mirror image, when the other side has one: the pair is placed together, symmetrically.
            let twin = order.first { j in
                j != i && placed[j] == nil && abs(roots[j].radius - root.radius) < 1e-9
                    && abs(roots[j].rest.x - (2 * centre.x - root.rest.x)) < 1e-6 && abs(roots[j].rest.y - root.rest.y) < 1e-6
                    && abs(root.rest.x - centre.x) > 1e-6
            }
            if let twin, let p = nearest(root.rest, root.radius, mirrored: true) {
                placed[i] = p
                placed[twin] = Vec2(2 * centre.x - p.x, p.y)
                continue
            }
            guard let p = nearest(root.rest, root.radius, mirrored: false) else { return nil }
            placed[i] = p
        }
        return roots.indices.map { placed[$0] ?? roots[$0].rest }
    }

    /// Where the roots lie in a supine sac at rest (Wall 1990; Schizas A1/A2: "rootlets lying dorsally"):
    /// a layered crescent against the back of the sac. On each side the roots keep the model's order
    /// (by the angle of their resting centre round the sac: the most dorsal first), from the dorsal
    /// midline outwards — the sacral roots on the midline, each root that leaves sooner further out and
    /// forward, the next to leave anterolateral. When one layer reaches the side of the sac the next
    /// layer starts inside it. Returns one target centre per root, mirrored exactly when the two sides
    /// hold mirrored roots.
    static func crescent(_ roots: [Root], centre: Vec2, a: Double, b: Double) -> [Vec2] {
        crescentLayout(roots, centre: centre, a: a, b: b, layers: true).targets
    }

    /// The crescent's targets, and whether every root found a place in it (else it keeps its rest).
    static func crescentLayout(_ roots: [Root], centre: Vec2, a: Double, b: Double, layers: Bool) -> (targets: [Vec2], fits: Bool) {
        guard !roots.isEmpty, a > 0, b > 0, a.isFinite, b.isFinite else { return (roots.map(\.rest), false) }
        var targets = roots.map(\.rest)
        var fits = true
        func angle(_ r: Root) -> Double {
            atan2((r.rest.y - centre.y) / b, abs(r.rest.x - centre.x) / a)
        }
        let gap = 0.15 * (roots.map(\.radius).max() ?? 1)
        for sign in [1.0, -1.0] {
            let side = roots.indices.filter { sign > 0 ? roots[$0].rest.x >= centre.x : roots[$0].rest.x < centre.x }
                .sorted { angle(roots[$0]) != angle(roots[$1]) ? angle(roots[$0]) > angle(roots[$1]) : roots[$0].radius > roots[$1].radius }
            var inset = 0.25 * gap
            var layerWidest = 0.0
            var previous: (Vec2, Double)?
            var theta = Double.pi / 2
            for i in side {
                let r = roots[i].radius
                var placedHere = false
                for _ in 0..<8 where !placedHere {
                    let ka = a - inset - r, kb = b - inset - r
                    guard ka > 0, kb > 0 else { break }
                    func point(_ t: Double) -> Vec2 { Vec2(centre.x + sign * ka * cos(t), centre.y + kb * sin(t)) }
                    var t: Double
                    if let (q, rq) = previous {
                        t = min(theta, Double.pi / 2)
                        while t > -Double.pi / 12, (point(t) - q).length < rq + r + gap { t -= 0.002 }
                    } else {
                        // The first root of a layer touches the midline (its mirror image on the other side).
                        t = Double.pi / 2
                        while t > -Double.pi / 12, abs(point(t).x - centre.x) < r + gap / 2 { t -= 0.002 }
                    }
                    if t > -Double.pi / 12 {
                        targets[i] = point(t)
                        theta = t
                        previous = (targets[i], r)
                        layerWidest = max(layerWidest, r)
                        placedHere = true
                    } else {
                        guard layers else { break }
                        // The layer is full: the next starts inside it, again from the midline.
                        inset += 2 * layerWidest + gap
                        layerWidest = 0
                        previous = nil
                        theta = Double.pi / 2
                    }
                }
                if !placedHere { fits = false }
            }
        }
        return (targets, fits)
    }
}
