/// What fills a shape. Hatches and stipples carry a distinction without colour, so a figure printed in
/// grey still reads; gradients give "diffuse" regions a soft look.
public enum Paint: Hashable, Sendable {
    case solid(Color)
    case hatch(Hatch)
    case stipple(Stipple)
    case linearGradient(LinearGradient)
    case radialGradient(RadialGradient)
}

/// Parallel lines (or a cross-hatch) repeated over the page, anchored at the page origin so that
/// neighbouring shapes with the same hatch line up.
public struct Hatch: Hashable, Sendable {
    /// Line colour.
    public var color: Color
    /// Colour under the lines, or `nil` to leave them on whatever lies beneath.
    public var background: Color?
    /// Distance between neighbouring lines, in points (values below 1 are treated as 1).
    public var spacing: Double
    /// Line width in points.
    public var lineWidth: Double
    /// Direction of the lines in degrees from +x; with y down, 45 runs from top-left to bottom-right.
    public var angleDegrees: Double
    /// Adds a second set of lines at right angles to the first.
    public var crossed: Bool

    public init(
        color: Color, background: Color? = nil, spacing: Double = 8, lineWidth: Double = 1.5,
        angleDegrees: Double = 45, crossed: Bool = false
    ) {
        self.color = color
        self.background = background
        self.spacing = spacing
        self.lineWidth = lineWidth
        self.angleDegrees = angleDegrees
        self.crossed = crossed
    }
}

/// Round dots on a staggered grid (two per `spacing` square), anchored at the page origin.
public struct Stipple: Hashable, Sendable {
    public var color: Color
    /// Colour between the dots, or `nil` for none.
    public var background: Color?
    /// Side of the repeating square, in points (values below 1 are treated as 1).
    public var spacing: Double
    /// Dot radius in points.
    public var dotRadius: Double

    public init(color: Color, background: Color? = nil, spacing: Double = 8, dotRadius: Double = 1.2) {
        self.color = color
        self.background = background
        self.spacing = spacing
        self.dotRadius = dotRadius
    }
}

/// A colour at a fraction of the way along a gradient.
public struct GradientStop: Hashable, Sendable {
    /// Position along the gradient, 0…1.
    public var offset: Double
    public var color: Color

    public init(offset: Double, color: Color) {
        self.offset = offset
        self.color = color
    }
}

/// Colours blended along the line from `start` to `end` (points, in the shape's coordinates);
/// beyond the ends the end colours continue.
public struct LinearGradient: Hashable, Sendable {
    public var start: Point
    public var end: Point
    /// Stops in increasing offset order; an empty list paints nothing.
    public var stops: [GradientStop]

    public init(start: Point, end: Point, stops: [GradientStop]) {
        self.start = start
        self.end = end
        self.stops = stops
    }
}

/// Colours blended outwards from `center` to `radius` points; beyond the radius the last colour
/// continues. A stop list that fades to transparent gives a soft-edged spot.
public struct RadialGradient: Hashable, Sendable {
    public var center: Point
    public var radius: Double
    public var stops: [GradientStop]

    public init(center: Point, radius: Double, stops: [GradientStop]) {
        self.center = center
        self.radius = radius
        self.stops = stops
    }
}
