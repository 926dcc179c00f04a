import Diagram

// The small curve toolkit the body chart and the knee views are drawn with. Every limb is a "sheet"
// between two smooth edges; regions are cut out of it by dividers (a fixed fraction of the way from
// one edge to the other) and transverse cuts. Shared borders are emitted from the same functions, so
// neighbouring regions tile exactly: no gaps that look like missing skin, no overlaps that shade twice.

/// One cubic Bézier segment, in the normalized frame of a figure.
package struct Bezier: Hashable, Sendable {
    package var start: Point, control1: Point, control2: Point, end: Point

    package init(start: Point, control1: Point, control2: Point, end: Point) {
        self.start = start
        self.control1 = control1
        self.control2 = control2
        self.end = end
    }

    /// A straight segment as a cubic.
    package static func line(_ a: Point, _ b: Point) -> Bezier {
        Bezier(start: a, control1: a, control2: b, end: b)
    }

    var reversed: Bezier { Bezier(start: end, control1: control2, control2: control1, end: start) }

    func mapped(_ f: (Point) -> Point) -> Bezier {
        Bezier(start: f(start), control1: f(control1), control2: f(control2), end: f(end))
    }

    /// The point at parameter `s` (0…1).
    func point(at s: Double) -> Point {
        let r = 1 - s
        let a = r * r * r, b = 3 * r * r * s, c = 3 * r * s * s, d = s * s * s
        return Point(x: a * start.x + b * control1.x + c * control2.x + d * end.x,
                     y: a * start.y + b * control1.y + c * control2.y + d * end.y)
    }
}

/// A chain of cubic segments, open or closed (closed when its last end is its first start).
package struct Outline: Hashable, Sendable {
    package var segments: [Bezier]

    package init(_ segments: [Bezier] = []) { self.segments = segments }

    package var reversed: Outline { Outline(segments.reversed().map(\.reversed)) }

    package func mapped(_ f: (Point) -> Point) -> Outline { Outline(segments.map { $0.mapped(f) }) }

    /// The outline as a page path through `f`, closed when `closed`.
    package func path(closed: Bool = true, _ f: (Point) -> Point = { $0 }) -> Path {
        guard let first = segments.first else { return Path() }
        var path = Path()
        path.move(to: f(first.start))
        for s in segments { path.cubic(to: f(s.end), control1: f(s.control1), control2: f(s.control2)) }
        if closed { path.close() }
        return path
    }

    /// Points along the outline, `perSegment` per segment (for areas and hit tests).
    package func sampled(perSegment: Int = 8) -> [Point] {
        segments.flatMap { s in (0..<perSegment).map { s.point(at: Double($0) / Double(perSegment)) } }
    }

    /// True when `q` is inside the closed outline (even–odd on the sampled polygon).
    func contains(_ q: Point) -> Bool { Polygon.contains(sampled(), q) }
}

/// A function of one variable that can be drawn exactly as cubic pieces between its knots.
package protocol CurveFunction {
    func value(_ u: Double) -> Double
    /// The slope at `u` on the side of `w` (they differ only at a corner).
    func derivative(_ u: Double, towards w: Double) -> Double
    /// Where the function stops being one cubic.
    var breaks: [Double] { get }
}

extension Spline: CurveFunction {
    package var breaks: [Double] { knots }
}

extension CurveFunction {
    /// The graph from `a` to `b` (either order) as cubic segments split at the breaks: exact for a
    /// piecewise cubic. `point` turns (u, v) into a point: (v, u) for an edge, (u, v) for a cut.
    package func pieces(from a: Double, to b: Double, point: (Double, Double) -> Point) -> [Bezier] {
        guard a != b else { return [] }
        let lo = min(a, b), hi = max(a, b)
        var stops = [lo] + breaks.filter { $0 > lo + 1e-9 && $0 < hi - 1e-9 } + [hi]
        if a > b { stops.reverse() }
        return zip(stops, stops.dropFirst()).map { u0, u1 in
            let h = u1 - u0, v0 = value(u0), v1 = value(u1)
            return Bezier(start: point(u0, v0),
                          control1: point(u0 + h / 3, v0 + derivative(u0, towards: u1) * h / 3),
                          control2: point(u1 - h / 3, v1 - derivative(u1, towards: u0) * h / 3),
                          end: point(u1, v1))
        }
    }
}

/// A line a fixed fraction `t` of the way from a sheet's first edge (t = 0) to its second (t = 1),
/// as x = f(y). Between breaks both edges are cubic, so the divider is too.
package struct Divider: CurveFunction {
    var first: Spline, second: Spline, t: Double

    package init(first: Spline, second: Spline, t: Double) {
        self.first = first
        self.second = second
        self.t = t
    }

    package func value(_ y: Double) -> Double {
        if t == 0 { return first.value(y) }
        if t == 1 { return second.value(y) }
        let a = first.value(y)
        return a + t * (second.value(y) - a)
    }

    package func derivative(_ y: Double, towards w: Double) -> Double {
        if t == 0 { return first.derivative(y, towards: w) }
        if t == 1 { return second.derivative(y, towards: w) }
        let a = first.derivative(y, towards: w)
        return a + t * (second.derivative(y, towards: w) - a)
    }

    package var breaks: [Double] {
        t == 0 ? first.knots : t == 1 ? second.knots : Array(Set(first.knots + second.knots)).sorted()
    }
}

/// A smooth curve through points (Catmull–Rom, centripetal-free uniform form) as cubic segments, for
/// outlines that are not functions of one coordinate (head, arms).
package func smoothCurve(_ points: [Point], tension: Double = 1) -> [Bezier] {
    guard points.count >= 2 else { return [] }
    var out: [Bezier] = []
    for i in 0..<(points.count - 1) {
        let p0 = points[max(0, i - 1)], p1 = points[i], p2 = points[i + 1], p3 = points[min(points.count - 1, i + 2)]
        let k = tension / 6
        out.append(Bezier(start: p1,
                          control1: Point(x: p1.x + (p2.x - p0.x) * k, y: p1.y + (p2.y - p0.y) * k),
                          control2: Point(x: p2.x - (p3.x - p1.x) * k, y: p2.y - (p3.y - p1.y) * k),
                          end: p2))
    }
    return out
}
