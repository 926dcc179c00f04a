import Geometry

/// The solids cut by one section plane near one point: exact distances in that plane.
public struct SectionField: Sendable {
    public let plane: SectionPlane
    /// Sections of the solids that matter here, with the index of their solid.
    public private(set) var rects: [(rect: RoundedRect, solid: Int)] = []

    /// Keeps the sections that come within `reach` mm of `centre` (in-plane); pass `.infinity` for all.
    public init(solids: [Solid], plane: SectionPlane, centre: Vec2, reach: Double) {
        self.plane = plane
        rects.reserveCapacity(16)
        for (i, solid) in solids.enumerated() {
            guard let r = solid.box.section(plane) else { continue }
            let dx = max(r.minX - centre.x, 0, centre.x - r.maxX)
            let dy = max(r.minY - centre.y, 0, centre.y - r.maxY)
            if dx > reach || dy > reach { continue }
            rects.append((r, i))
        }
    }

    /// Distance from `p` to the nearest solid (negative inside one), mm; `.infinity` when there is none.
    @inlinable
    public func distance(_ p: Vec2) -> Double {
        var d = Double.infinity
        for item in rects { d = min(d, item.rect.signedDistance(to: p)) }
        return d
    }

    /// The free gap along the in-plane vertical line at abscissa `u` that contains ordinate `v`, within
    /// `window`. When `v` lies inside a solid, the largest free gap in the window. Length in mm, ≥ 0,
    /// with its bounds.
    public func freeGap(atU u: Double, around v: Double, window: ClosedRange<Double>) -> (length: Double, range: ClosedRange<Double>?) {
        var blocked: [ClosedRange<Double>] = []
        for item in rects {
            guard let iv = item.rect.verticalInterval(atX: u) else { continue }
            let lo = max(iv.lowerBound, window.lowerBound), hi = min(iv.upperBound, window.upperBound)
            if lo <= hi { blocked.append(lo...hi) }
        }
        blocked.sort { $0.lowerBound < $1.lowerBound }
        var gaps: [ClosedRange<Double>] = []
        var cursor = window.lowerBound
        for b in blocked {
            if b.lowerBound > cursor { gaps.append(cursor...b.lowerBound) }
            cursor = max(cursor, b.upperBound)
        }
        if cursor < window.upperBound { gaps.append(cursor...window.upperBound) }
        if let g = gaps.first(where: { $0.contains(v) }) { return (g.upperBound - g.lowerBound, g) }
        guard let best = gaps.max(by: { ($0.upperBound - $0.lowerBound) < ($1.upperBound - $1.lowerBound) }) else { return (0, nil) }
        return (best.upperBound - best.lowerBound, best)
    }

    /// Length of the free part of `span` along the in-plane vertical line at abscissa `u`.
    public func freeLength(atU u: Double, within span: ClosedRange<Double>) -> Double {
        var blocked: [ClosedRange<Double>] = []
        for item in rects {
            guard let iv = item.rect.verticalInterval(atX: u) else { continue }
            let lo = max(iv.lowerBound, span.lowerBound), hi = min(iv.upperBound, span.upperBound)
            if lo < hi { blocked.append(lo...hi) }
        }
        blocked.sort { $0.lowerBound < $1.lowerBound }
        var covered = 0.0, cursor = span.lowerBound
        for b in blocked where b.upperBound > cursor {
            covered += b.upperBound - max(cursor, b.lowerBound)
            cursor = b.upperBound
        }
        return max(0, (span.upperBound - span.lowerBound) - covered)
    }

    /// Distance from `p` along `direction` (a unit in-plane vector) to the first solid, by marching
    /// on the distance field; `limit` when nothing is met within it.
    public func rayDistance(from p: Vec2, direction: Vec2, limit: Double) -> Double {
        var t = 0.0
        for _ in 0..<64 {
            let d = distance(p + direction * t)
            if d < 0.02 { return t }
            t += d
            if t >= limit { return limit }
        }
        return min(t, limit)
    }
}
