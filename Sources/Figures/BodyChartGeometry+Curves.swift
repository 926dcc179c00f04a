import Diagram

// The small curve toolkit the body chart and the knee views are drawn with. Every limb is a "sheet"
// between two smooth edges; regions are cut out of it by dividers (a fixed fraction of the way from
// one edge to the other) and transverse cuts. Shared borders are emitted from the same functions, so
// neighbouring regions tile exactly: no gaps that look like missing skin, no overlaps that shade twice.

/// One cubic Bézier segment, in the normalized frame of a figure.
struct Bezier: Hashable, Sendable {
    var start: Point, control1: Point, control2: Point, end: Point

    /// A straight segment as a cubic.
    static func line(_ a: Point, _ b: Point) -> Bezier {
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
struct Outline: Hashable, Sendable {
    var segments: [Bezier]

    init(_ segments: [Bezier] = []) { self.segments = segments }

    var reversed: Outline { Outline(segments.reversed().map(\.reversed)) }

    func mapped(_ f: (Point) -> Point) -> Outline { Outline(segments.map { $0.mapped(f) }) }

    /// The outline as a page path through `f`, closed when `closed`.
    func path(closed: Bool = true, _ f: (Point) -> Point = { $0 }) -> Path {
        guard let first = segments.first else { return Path() }
        var path = Path()
        path.move(to: f(first.start))
        for s in segments { path.cubic(to: f(s.end), control1: f(s.control1), control2: f(s.control2)) }
        if closed { path.close() }
        return path
    }

    /// Points along the outline, `perSegment` per segment (for area, centroid and hit tests).
    func sampled(perSegment: Int = 8) -> [Point] {
        segments.flatMap { s in (0..<perSegment).map { s.point(at: Double($0) / Double(perSegment)) } }
    }

    /// Signed-area centroid of the closed outline (sampled); the first point when the area vanishes.
    var centroid: Point {
        let p = sampled()
        var area = 0.0, cx = 0.0, cy = 0.0
        for i in p.indices {
            let a = p[i], b = p[(i + 1) % p.count]
            let cross = a.x * b.y - b.x * a.y
            area += cross
            cx += (a.x + b.x) * cross
            cy += (a.y + b.y) * cross
        }
        guard abs(area) > 1e-12 else { return p.first ?? .zero }
        return Point(x: cx / (3 * area), y: cy / (3 * area))
    }

    /// True when `q` is inside the closed outline (even–odd on the sampled polygon).
    func contains(_ q: Point) -> Bool {
        let p = sampled()
        var inside = false
        var j = p.count - 1
        for i in p.indices {
            if (p[i].y > q.y) != (p[j].y > q.y),
               q.x < (p[j].x - p[i].x) * (q.y - p[i].y) / (p[j].y - p[i].y) + p[i].x {
                inside.toggle()
            }
            j = i
        }
        return inside
    }
}

/// A smooth function v = f(u) through knots: piecewise cubic Hermite, the tangent at an inner knot
/// the spacing-weighted mean of the neighbouring secants, at the ends the end secant; at a `corner`
/// knot each side keeps its own secant (a clean V, as between two toes). Straight beyond the first
/// and last knot. Used both as an edge x = f(y) and as a cut y = f(x).
struct Spline: Hashable, Sendable {
    private(set) var knots: [Double]
    private var values: [Double]
    /// Tangent arriving at each knot (from the left) and leaving it (to the right).
    private var slopesIn: [Double]
    private var slopesOut: [Double]

    /// `points` as (u, v), sorted by u here; `corners` index the sorted points. Fewer than two points
    /// give a constant (or zero) function.
    init(_ points: [(Double, Double)], corners: Set<Int> = []) {
        let sorted = points.sorted { $0.0 < $1.0 }
        knots = sorted.map(\.0)
        values = sorted.map(\.1)
        let n = sorted.count
        var mIn = [Double](repeating: 0, count: n), mOut = mIn
        if n >= 2 {
            var d: [Double] = []
            for i in 0..<(n - 1) {
                let rise: Double = values[i + 1] - values[i]
                let run: Double = max(1e-12, knots[i + 1] - knots[i])
                d.append(rise / run)
            }
            mIn[0] = d[0]; mOut[0] = d[0]
            mIn[n - 1] = d[n - 2]; mOut[n - 1] = d[n - 2]
            for i in 1..<(n - 1) {
                if corners.contains(i) {
                    mIn[i] = d[i - 1]
                    mOut[i] = d[i]
                } else {
                    let h0 = knots[i] - knots[i - 1], h1 = knots[i + 1] - knots[i]
                    let m = (d[i - 1] * h1 + d[i] * h0) / max(1e-12, h0 + h1)
                    mIn[i] = m
                    mOut[i] = m
                }
            }
        }
        slopesIn = mIn
        slopesOut = mOut
    }

    /// A straight line through two points (u, v).
    static func line(_ a: (Double, Double), _ b: (Double, Double)) -> Spline { Spline([a, b]) }

    /// A constant function.
    static func constant(_ v: Double) -> Spline { Spline([(0, v), (1, v)]) }

    func value(_ u: Double) -> Double { evaluate(u, fromRight: true).value }
    func derivative(_ u: Double) -> Double { evaluate(u, fromRight: true).slope }
    func derivative(_ u: Double, towards w: Double) -> Double { evaluate(u, fromRight: w >= u).slope }

    private func evaluate(_ u: Double, fromRight: Bool) -> (value: Double, slope: Double) {
        guard let first = knots.first, let last = knots.last else { return (0, 0) }
        if knots.count == 1 { return (values[0], 0) }
        if u < first || (u == first && !fromRight) { return (values[0] + slopesIn[0] * (u - first), slopesIn[0]) }
        if u > last || (u == last && fromRight) {
            let k = knots.count - 1
            return (values[k] + slopesOut[k] * (u - last), slopesOut[k])
        }
        var i = 0
        while i < knots.count - 2 && (u > knots[i + 1] || (u == knots[i + 1] && fromRight)) { i += 1 }
        let h = knots[i + 1] - knots[i]
        let s = (u - knots[i]) / h
        let s2 = s * s, s3 = s2 * s
        let m0 = slopesOut[i], m1 = slopesIn[i + 1]
        let v = (2 * s3 - 3 * s2 + 1) * values[i] + (s3 - 2 * s2 + s) * h * m0
            + (-2 * s3 + 3 * s2) * values[i + 1] + (s3 - s2) * h * m1
        let dv = ((6 * s2 - 6 * s) * values[i] + (3 * s2 - 4 * s + 1) * h * m0
            + (-6 * s2 + 6 * s) * values[i + 1] + (3 * s2 - 2 * s) * h * m1) / h
        return (v, dv)
    }
}

/// A function of one variable that can be drawn exactly as cubic pieces between its knots.
protocol CurveFunction {
    func value(_ u: Double) -> Double
    /// The slope at `u` on the side of `w` (they differ only at a corner).
    func derivative(_ u: Double, towards w: Double) -> Double
    /// Where the function stops being one cubic.
    var breaks: [Double] { get }
}

extension Spline: CurveFunction {
    var breaks: [Double] { knots }
}

extension CurveFunction {
    /// The graph from `a` to `b` (either order) as cubic segments split at the breaks: exact for a
    /// piecewise cubic. `point` turns (u, v) into a point: (v, u) for an edge, (u, v) for a cut.
    func pieces(from a: Double, to b: Double, point: (Double, Double) -> Point) -> [Bezier] {
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
struct Divider: CurveFunction {
    var first: Spline, second: Spline, t: Double

    func value(_ y: Double) -> Double {
        if t == 0 { return first.value(y) }
        if t == 1 { return second.value(y) }
        let a = first.value(y)
        return a + t * (second.value(y) - a)
    }

    func derivative(_ y: Double, towards w: Double) -> Double {
        if t == 0 { return first.derivative(y, towards: w) }
        if t == 1 { return second.derivative(y, towards: w) }
        let a = first.derivative(y, towards: w)
        return a + t * (second.derivative(y, towards: w) - a)
    }

    var breaks: [Double] {
        t == 0 ? first.knots : t == 1 ? second.knots : Array(Set(first.knots + second.knots)).sorted()
    }
}

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

/// A smooth curve through points (Catmull–Rom, centripetal-free uniform form) as cubic segments, for
/// outlines that are not functions of one coordinate (head, arms).
func smoothCurve(_ points: [Point], tension: Double = 1) -> [Bezier] {
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
