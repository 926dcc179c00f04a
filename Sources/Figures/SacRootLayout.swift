import Geometry

/// Where the axial view draws the roots inside the dural sac.
///
/// The model keeps each root in the sac at a resting station, which is enough to measure crowding but
/// puts some roots over others, and inside a herniation that fills the canal. A drawing must show what a
/// radiologist sees: the roots floating apart in what is left of the sac, pushed away from the lesion,
/// and, when nothing is left, flattened against the back of the sac. Sizes are millimetres in the
/// section's (x, y), y posterior.
enum SacRootLayout {
    /// A root as drawn: its centre and semi-axes (equal unless flattened).
    struct Placement: Equatable {
        var centre: Vec2
        var rx: Double
        var ry: Double
    }

    /// A root to place: its resting centre and radius.
    struct Root {
        var rest: Vec2
        var radius: Double
    }

    /// Places `roots` inside the ellipse (`centre`, semi-axes `a`, `b`) clear of `obstacles`, each as
    /// near its resting centre as it can be without touching another, outermost first. A root whose
    /// mirror image rests on the other side is placed with it, symmetrically, whenever both sides have
    /// room: a normal or symmetric spine is drawn symmetric. When any root
    /// finds no room, every root is flattened to 45 % of its depth and they are set side by side along
    /// the back of the sac, in their resting order from left to right.
    ///
    /// `nearby` is lesion tissue drawn in projection (just above or below the plane): it does not push a
    /// root at the plane, but flattened roots keep clear of it, so that the drawing does not lay them
    /// over the fragment it shows.
    static func place(_ roots: [Root], centre: Vec2, a: Double, b: Double, obstacles: [RoundedRect],
                      nearby: [RoundedRect] = []) -> [Placement] {
        guard !roots.isEmpty, a > 0, b > 0, a.isFinite, b.isFinite else {
            return roots.map { Placement(centre: $0.rest, rx: $0.radius, ry: $0.radius) }
        }
        let smallest = roots.map(\.radius).min() ?? 1
        let step = max(min(a, b) / 60, smallest / 3, 1e-3)
        // Candidate centres on a grid symmetric about the midline, sorted so that ties break the same way on both sides.
        var grid: [Vec2] = []
        let nx = min(400, Int((a / step).rounded(.up))), ny = min(400, Int((b / step).rounded(.up)))
        for j in -ny...ny {
            for i in -nx...nx { grid.append(Vec2(centre.x + Double(i) * step, centre.y + Double(j) * step)) }
        }
        func free(_ p: Vec2, _ r: Double) -> Bool {
            let ea = a - r, eb = b - r
            guard ea > 0, eb > 0 else { return false }
            let u = (p.x - centre.x) / ea, v = (p.y - centre.y) / eb
            guard u * u + v * v <= 1 else { return false }
            return obstacles.allSatisfy { $0.signedDistance(to: p) >= r }
        }
        let order = roots.indices.sorted {
            let da = abs(roots[$0].rest.x - centre.x), db = abs(roots[$1].rest.x - centre.x)
            if abs(da - db) > 1e-9 { return da > db }
            if abs(roots[$0].rest.y - roots[$1].rest.y) > 1e-9 { return roots[$0].rest.y < roots[$1].rest.y }
            return roots[$0].rest.x > roots[$1].rest.x
        }
        var placed: [Int: Vec2] = [:]
        func apart(_ p: Vec2, _ r: Double) -> Bool {
            placed.allSatisfy { j, q in (p - q).length >= r + roots[j].radius + 0.15 * max(r, roots[j].radius) }
        }
        /// The free candidate nearest `rest` that keeps apart from the placed roots (and, for a pair, whose
        /// mirror image is free and apart too, far enough from the first).
        func nearest(_ rest: Vec2, _ r: Double, mirrored: Bool) -> Vec2? {
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
            guard let p = nearest(root.rest, root.radius, mirrored: false) else { return flattened(roots, centre: centre, a: a, b: b, obstacles: obstacles + nearby) }
            placed[i] = p
        }
        return roots.indices.map { Placement(centre: placed[$0] ?? roots[$0].rest, rx: roots[$0].radius, ry: roots[$0].radius) }
    }

    /// Every root flattened and set side by side, left to right as they rest, across the widest free
    /// run of the sac (the most posterior of equal runs): between a fragment and the lamina, or between
    /// the disc and a thickened flavum. With no free point at all, along the back of the sac.
    static func flattened(_ roots: [Root], centre: Vec2, a: Double, b: Double, obstacles: [RoundedRect] = []) -> [Placement] {
        let squash = 0.45
        let widths = roots.map { $0.radius * 1.25 }
        let total = widths.reduce(0) { $0 + 2 * $1 }
        // The widest free run along rows across the sac.
        let rows = 48, columns = 96, depth = (roots.map(\.radius).max() ?? 0) * squash
        var best: (length: Double, mid: Double, y: Double)?
        for j in 0...rows {
            let y = centre.y - b + 2 * b * Double(j) / Double(rows)
            let v = (y - centre.y) / b
            let half = a * max(0, 1 - v * v).squareRoot()
            guard half > 0 else { continue }
            var run = 0.0, runStart = centre.x - half
            for i in 0...columns {
                let px = centre.x - half + 2 * half * Double(i) / Double(columns)
                // Open for the whole depth of a flattened root, so that none lies over the lesion's edge.
                let open = [y - depth, y, y + depth].allSatisfy { py in obstacles.allSatisfy { $0.signedDistance(to: Vec2(px, py)) >= 0 } }
                if open {
                    if run == 0 { runStart = px }
                    run = px - runStart + 2 * half / Double(columns)
                    if run >= (best?.length ?? 0) - 1e-9 { best = (run, runStart + run / 2, y) }
                } else {
                    run = 0
                }
            }
        }
        let span = min(total, 1.6 * a, max(best?.length ?? 0, total * 0.5))
        let shrink = total > 0 ? span / total : 1
        let midX = best?.mid ?? centre.x
        var x = midX - span / 2
        var result = [Placement](repeating: Placement(centre: centre, rx: 0, ry: 0), count: roots.count)
        for i in roots.indices.sorted(by: { roots[$0].rest.x < roots[$1].rest.x || (roots[$0].rest.x == roots[$1].rest.x && $0 < $1) }) {
            let w = widths[i] * shrink, ry = roots[i].radius * squash
            let cx = x + w
            let y: Double
            if let row = best?.y {
                y = row
            } else {
                let u = (cx - centre.x) / a
                y = centre.y + b * max(0, 1 - u * u).squareRoot() - ry * 1.1
            }
            result[i] = Placement(centre: Vec2(cx, y), rx: w, ry: ry)
            x += 2 * w
        }
        return result
    }
}
