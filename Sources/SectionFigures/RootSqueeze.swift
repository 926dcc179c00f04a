import Clinical
import Diagram
import FigureStyle
import Foundation
import Geometry

/// Where a section view draws a root that tissue reaches: pushed within its mobility to where it has
/// most room, and — when that room is less than its radius — flattened against the wall (bone or
/// ligament) with the lesion on its other side, never drawn inside the lesion. The lesion's outline is
/// then indented round it (`indent`). In-plane millimetres.
enum RootSqueeze {
    /// A root as drawn: centre, semi-axes, and the direction from the wall towards the lesion (unit), nil
    /// when nothing presses it.
    struct Placement: Equatable {
        var centre: Vec2
        var rx: Double
        var ry: Double
        var towardsLesion: Vec2?
    }

    /// A flattened root's thickness (its short semi-axis) as a share of its radius, by the model's grade: half when
    /// compressed, three quarters when deviated, round when only touched or free. A drawing convention shared by the
    /// axial and foramen views; the grade is the model's.
    static func thickness(_ grade: RootGrade) -> Double {
        switch grade {
        case .compression: 0.5
        case .deviation: 0.75
        case .contact, .normal: 1
        }
    }

    /// Places a root of radius `r` resting at `rest` with `mobility` (mm) between `walls` (tissue it
    /// cannot enter: bone, ligament, disc) and `lesions`. `flattenAtMost`: the drawn thickness as a share
    /// of the radius when the model grades the root compressed, so the drawing reads as its grade.
    /// `origin`: the in-plane direction the lesion came from (a disc lesion from in front, flavum or facet from
    /// behind), unit; the root is never drawn moved towards it — tissue that grows out of the disc pushes the root
    /// back against the facet and flavum, it does not let it slip in front of itself (issue 11: a compressed root
    /// lies between the lesion and the wall).
    static func place(rest: Vec2, radius r: Double, mobility: Double, walls: [RoundedRect], lesions: [RoundedRect],
                      flattenAtMost: Double? = nil, origin: Vec2? = nil) -> Placement {
        func dWall(_ p: Vec2) -> Double { walls.map { $0.signedDistance(to: p) }.min() ?? .infinity }
        func dLesion(_ p: Vec2) -> Double { lesions.map { $0.signedDistance(to: p) }.min() ?? .infinity }
        let untouched = min(dWall(rest), dLesion(rest)) >= r - 1e-6
        if untouched && flattenAtMost == nil { return Placement(centre: rest, rx: r, ry: r, towardsLesion: nil) }
        guard !lesions.isEmpty else { return Placement(centre: rest, rx: r, ry: r, towardsLesion: nil) }
        // The point within reach with the most room between wall and lesion (ties: nearest the rest).
        let reach = max(mobility, 0.5 * r), n = 16
        var best = rest, bestRoom = min(dWall(rest), dLesion(rest))
        for i in -n...n {
            for j in -n...n {
                let q = rest + Vec2(Double(i), Double(j)) * (reach / Double(n))
                guard (q - rest).length <= reach + 1e-9 else { continue }
                if let o = origin, (q.x - rest.x) * o.x + (q.y - rest.y) * o.y > 1e-9 { continue }
                let room = min(dWall(q), dLesion(q))
                if room > bestRoom + 1e-9 || (abs(room - bestRoom) <= 1e-9 && (q - rest).length < (best - rest).length) {
                    (best, bestRoom) = (q, room)
                }
            }
        }
        // The wall's outward normal there: the root lies against it, the lesion on the other side.
        let h = 0.05 * r
        var n0 = Vec2(dWall(best + Vec2(h, 0)) - dWall(best - Vec2(h, 0)), dWall(best + Vec2(0, h)) - dWall(best - Vec2(0, h)))
        if n0.length < 1e-9 || !dWall(best).isFinite {
            // No wall near: away from the lesion.
            n0 = Vec2(-(dLesion(best + Vec2(h, 0)) - dLesion(best - Vec2(h, 0))), -(dLesion(best + Vec2(0, h)) - dLesion(best - Vec2(0, h))))
        }
        let normal = n0.length > 1e-9 ? n0 * (1 / n0.length) : Vec2(0, -1)
        if bestRoom >= r - 1e-6 && flattenAtMost == nil {
            return Placement(centre: best, rx: r, ry: r, towardsLesion: nil)
        }
        // Flattened across the normal's main axis: thin where the room is, wide along the wall.
        var thin = min(r, max(0.3 * r, bestRoom))
        if let cap = flattenAtMost { thin = min(thin, cap * r) }
        let wide = min(1.7 * r, r * r / thin)
        let alongY = abs(normal.y) >= abs(normal.x)
        // Against the wall: from the wall's surface, one thin semi-axis out along the normal.
        let toWall = dWall(best)
        var centre = best
        if toWall.isFinite {
            let axis = alongY ? Vec2(0, normal.y > 0 ? 1 : -1) : Vec2(normal.x > 0 ? 1 : -1, 0)
            centre = best - axis * (toWall - thin - 0.05 * r)
        }
        return Placement(centre: centre, rx: alongY ? wide : thin, ry: alongY ? thin : wide,
                         towardsLesion: alongY ? Vec2(0, normal.y > 0 ? 1 : -1) : Vec2(normal.x > 0 ? 1 : -1, 0))
    }

    /// `outline` (a lesion's, densified) moulded round the root: every point in the root's pocket (its
    /// ellipse grown by `margin`) or in the pocket's shadow behind it (towards the wall, within the pocket's
    /// width) is moved onto the pocket's boundary on the lesion's side. The lesion then wraps round the
    /// root's front and sides and nothing of it lies between the root and the wall. `flank`: points up to this much
    /// beside the pocket and behind the root's centre (towards the wall) are moved onto that centre line too, so no
    /// sliver of lesion is left standing beside the root down to the wall (the "posts" of a lesion whose box is
    /// hardly wider than the flattened root).
    static func indent(_ outline: [Vec2], around p: Placement, margin: Double, flank: Double = 0, closed: Bool = true) -> [Vec2] {
        guard let d = p.towardsLesion else { return outline }
        // Axis-aligned: `d` along one axis; `across` the other.
        let alongX = abs(d.x) > abs(d.y)
        let halfAcross = (alongX ? p.ry : p.rx) + margin, halfAlong = (alongX ? p.rx : p.ry) + margin
        let sign = alongX ? (d.x > 0 ? 1.0 : -1.0) : (d.y > 0 ? 1.0 : -1.0)
        return densified(outline, step: min(halfAcross, halfAlong) / 6, closed: closed).map { q in
            let s = alongX ? q.y - p.centre.y : q.x - p.centre.x
            let t = sign * (alongX ? q.x - p.centre.x : q.y - p.centre.y)
            guard abs(s) < halfAcross + flank else { return q }
            let front = abs(s) < halfAcross ? halfAlong * max(0, 1 - (s / halfAcross) * (s / halfAcross)).squareRoot() : 0
            guard t < front else { return q }
            let moved = front * sign
            return alongX ? Vec2(p.centre.x + moved, q.y) : Vec2(q.x, p.centre.y + moved)
        }
    }

    /// The roots `outline` overlaps (their ellipse grown by `margin` holds a point of it, or the closed outline
    /// holds their centre) as placements pressed towards the outline: the direction from the root's centre to
    /// the outline's centroid, along its main axis. A root the lesion only reaches is drawn beside it, with the
    /// outline moulded round it (`indent`), never under its edge (the far-lateral extrusion beside the ganglion).
    static func overlapped(by outline: [Vec2], roots: [(centre: Vec2, rx: Double, ry: Double)], margin: Double) -> [Placement] {
        guard outline.count > 2 else { return [] }
        let n = Double(outline.count)
        let centroid = Vec2(outline.map(\.x).reduce(0, +) / n, outline.map(\.y).reduce(0, +) / n)
        return roots.compactMap { r in
            let dense = densified(outline, step: max(1e-3, min(r.rx, r.ry) / 4))
            let touches = dense.contains { q in
                let dx = (q.x - r.centre.x) / (r.rx + margin), dy = (q.y - r.centre.y) / (r.ry + margin)
                return dx * dx + dy * dy < 1
            }
            guard touches || contains(outline, r.centre) else { return nil }
            let d = centroid - r.centre
            let towards = abs(d.x) > abs(d.y) ? Vec2(d.x > 0 ? 1 : -1, 0) : Vec2(0, d.y > 0 ? 1 : -1)
            return Placement(centre: r.centre, rx: r.rx, ry: r.ry, towardsLesion: towards)
        }
    }

    /// True when the closed polygon `outline` holds `p` (even–odd rule, ``Polygons/contains(_:_:)``).
    static func contains(_ outline: [Vec2], _ p: Vec2) -> Bool {
        Polygons.contains(outline.map { Point(x: $0.x, y: $0.y) }, Point(x: p.x, y: p.y))
    }

    /// `outline` with points added so that no edge is longer than `step`.
    static func densified(_ outline: [Vec2], step: Double, closed: Bool = true) -> [Vec2] {
        guard outline.count > 1, step > 0 else { return outline }
        var out: [Vec2] = []
        for (i, p) in outline.enumerated() {
            guard closed || i + 1 < outline.count else { out.append(p); break }
            let q = outline[(i + 1) % outline.count]
            let n = max(1, Int(((q - p).length / step).rounded(.up)))
            for k in 0..<n { out.append(p + (q - p) * (Double(k) / Double(n))) }
        }
        return out
    }
}
