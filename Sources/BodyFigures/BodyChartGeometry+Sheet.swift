import Diagram
import FigureStyle

// Limbs as sheets between two edges, cut into regions that share their borders exactly.

/// One end of a stretch along a cut: where a divider crosses it, or a given x.
enum CutEnd: Hashable, Sendable {
    case divider(Double)
    case x(Double)
}

/// One step around a region's border.
enum Edge: Hashable, Sendable {
    /// Along the divider `t`, from where it crosses the first cut to where it crosses the second.
    case divider(Double, from: Spline, to: Spline)
    /// Along a cut y = f(x), between two ends.
    case cut(Spline, from: CutEnd, to: CutEnd)
    /// A straight segment to a point.
    case line(to: Point)
    /// Given cubic segments (the first starts where the border is).
    case curve([Bezier])
}

/// A limb (or a knee) as the strip between two smooth edges x = f(y): `first` at t = 0 (medial on a
/// front or back view, posterior on a side view), `second` at t = 1 (lateral, or anterior).
struct Sheet: Hashable, Sendable {
    var first: Spline
    var second: Spline

    func divider(_ t: Double) -> Divider { Divider(first: first, second: second, t: t) }

    /// Where divider `t` crosses cut y = g(x): the fixed point of y ↦ g(d(y)), which contracts because
    /// the cuts run across the limb and the dividers along it.
    func crossing(_ t: Double, _ cut: Spline) -> Point {
        let d = divider(t)
        var y = cut.value(d.value(cut.value(0)))
        for _ in 0..<200 {
            let next = cut.value(d.value(y))
            if abs(next - y) < 1e-13 { y = next; break }
            y = next
        }
        return Point(x: d.value(y), y: y)
    }

    func point(_ end: CutEnd, on cut: Spline) -> Point {
        switch end {
        case .divider(let t): crossing(t, cut)
        case .x(let x): Point(x: x, y: cut.value(x))
        }
    }

    /// The closed border walked through `edges`; each edge starts where the previous one ended and a
    /// final straight segment closes the loop if needed.
    func outline(_ edges: [Edge]) -> Outline {
        var segments = chain(edges)
        if let first = segments.first?.start, let last = segments.last?.end, last.distance(to: first) > 1e-9 {
            segments.append(.line(last, first))
        }
        return Outline(segments)
    }

    /// The open border walked through `edges`, each edge joined to the previous one by a straight
    /// segment if they do not meet.
    func chain(_ edges: [Edge]) -> [Bezier] {
        var segments: [Bezier] = []
        var current: Point?
        func join(_ start: Point) {
            if let c = current, c.distance(to: start) > 1e-9 { segments.append(.line(c, start)) }
        }
        for edge in edges {
            switch edge {
            case .divider(let t, let a, let b):
                let p = crossing(t, a), q = crossing(t, b)
                join(p)
                segments += divider(t).pieces(from: p.y, to: q.y) { y, x in Point(x: x, y: y) }
                current = q
            case .cut(let cut, let a, let b):
                let p = point(a, on: cut), q = point(b, on: cut)
                join(p)
                segments += cut.pieces(from: p.x, to: q.x) { x, y in Point(x: x, y: y) }
                current = q
            case .line(let q):
                if let c = current { segments.append(.line(c, q)) }
                current = q
            case .curve(let bs):
                if let f = bs.first { join(f.start) }
                segments += bs
                current = bs.last?.end ?? current
            }
        }
        return segments
    }

    /// The cell between dividers `t0` < `t1` and cuts `top` and `bottom`.
    func cell(_ t0: Double, _ t1: Double, _ top: Spline, _ bottom: Spline) -> Outline {
        outline([.cut(top, from: .divider(t0), to: .divider(t1)), .divider(t1, from: top, to: bottom),
                 .cut(bottom, from: .divider(t1), to: .divider(t0)), .divider(t0, from: bottom, to: top)])
    }

    /// The point at fraction `t` across the sheet at height `y`.
    func at(_ t: Double, _ y: Double) -> Point { Point(x: divider(t).value(y), y: y) }
}
