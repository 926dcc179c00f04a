/// A straight segment between two page points.
public struct Segment: Hashable, Sendable {
    public var start: Point
    public var end: Point

    public init(_ start: Point, _ end: Point) {
        self.start = start
        self.end = end
    }

    /// True when the two segments cross at a point inside both, or overlap along a common line.
    /// Segments that merely touch at an end point (such as two leaders from one anchor) do not cross.
    public func crosses(_ other: Segment) -> Bool {
        let d1 = Self.orientation(other.start, other.end, start)
        let d2 = Self.orientation(other.start, other.end, end)
        let d3 = Self.orientation(start, end, other.start)
        let d4 = Self.orientation(start, end, other.end)
        if d1 * d2 < 0 && d3 * d4 < 0 { return true }
        if d1 == 0 && d2 == 0 {
            // Collinear: they cross if they share more than a single point.
            let horizontal = abs(end.x - start.x) >= abs(end.y - start.y)
            func key(_ p: Point) -> Double { horizontal ? p.x : p.y }
            let lo = max(min(key(start), key(end)), min(key(other.start), key(other.end)))
            let hi = min(max(key(start), key(end)), max(key(other.start), key(other.end)))
            return hi - lo > 1e-9
        }
        return false
    }

    /// True when the segment passes through the interior of `rect`.
    public func crosses(_ rect: Rect) -> Bool {
        // Clip the segment to the rectangle (Liang–Barsky) and see whether anything is left inside.
        var t0 = 0.0, t1 = 1.0
        let dx = end.x - start.x, dy = end.y - start.y
        let checks = [(-dx, start.x - rect.minX), (dx, rect.maxX - start.x), (-dy, start.y - rect.minY), (dy, rect.maxY - start.y)]
        for (p, q) in checks {
            if p == 0 {
                if q <= 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            }
        }
        return t1 - t0 > 1e-9
    }

    /// Sign of the turn a → b → c: positive anticlockwise in y-up terms, 0 when (nearly) collinear.
    /// (`magnitude` rather than the generic `abs`: the same value, and no unspecialised generic call in a debug build,
    /// where the figure tests spend much of their time here.)
    static func orientation(_ a: Point, _ b: Point, _ c: Point) -> Double {
        let value = (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
        let scale = max(1, (b.x - a.x).magnitude + (b.y - a.y).magnitude) * max(1, (c.x - a.x).magnitude + (c.y - a.y).magnitude)
        return value.magnitude <= 1e-12 * scale ? 0 : (value > 0 ? 1 : -1)
    }
}
