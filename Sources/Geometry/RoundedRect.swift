/// An axis-aligned rectangle with rounded corners in a section plane, millimetres.
///
/// The shape is the Minkowski sum of a core rectangle and a disc of radius `rounding`, so
/// growing the half-extents (rounding fixed) always gives a superset: distances to it never grow.
public struct RoundedRect: Sendable, Hashable {
    public var center: Vec2
    /// Half-width and half-height, ≥ 0.
    public var half: Vec2
    /// Corner radius, clamped to the smaller half-extent.
    public var rounding: Double

    @inlinable
    public init(center: Vec2, half: Vec2, rounding: Double = 0) {
        self.center = center
        self.half = Vec2(max(0, half.x), max(0, half.y))
        self.rounding = max(0, min(rounding, min(self.half.x, self.half.y)))
    }

    @inlinable
    public init(minX: Double, maxX: Double, minY: Double, maxY: Double, rounding: Double = 0) {
        self.init(center: Vec2((minX + maxX) / 2, (minY + maxY) / 2),
                  half: Vec2((maxX - minX) / 2, (maxY - minY) / 2), rounding: rounding)
    }

    @inlinable public var minX: Double { center.x - half.x }
    @inlinable public var maxX: Double { center.x + half.x }
    @inlinable public var minY: Double { center.y - half.y }
    @inlinable public var maxY: Double { center.y + half.y }

    /// Exact signed distance from `p` to the boundary: negative inside, positive outside.
    @inlinable
    public func signedDistance(to p: Vec2) -> Double {
        let qx = abs(p.x - center.x) - (half.x - rounding)
        let qy = abs(p.y - center.y) - (half.y - rounding)
        let ox = max(qx, 0), oy = max(qy, 0)
        return (ox * ox + oy * oy).squareRoot() + min(max(qx, qy), 0) - rounding
    }

    /// The y-interval the shape occupies at abscissa `x`, or nil when the vertical line misses it.
    @inlinable
    public func verticalInterval(atX x: Double) -> ClosedRange<Double>? {
        let dx = abs(x - center.x) - (half.x - rounding)
        if dx > rounding { return nil }
        let bulge = dx <= 0 ? rounding : (rounding * rounding - dx * dx).squareRoot()
        let h = half.y - rounding + bulge
        return (center.y - h)...(center.y + h)
    }

    /// The x-interval the shape occupies at ordinate `y`, or nil when the horizontal line misses it.
    @inlinable
    public func horizontalInterval(atY y: Double) -> ClosedRange<Double>? {
        let transposed = RoundedRect(center: Vec2(center.y, center.x), half: Vec2(half.y, half.x), rounding: rounding)
        return transposed.verticalInterval(atX: y)
    }
}
