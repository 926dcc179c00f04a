/// How the ends of open strokes and dashes are drawn.
public enum LineCap: String, Hashable, Sendable {
    case butt, round, square
}

/// How stroke segments meet at corners.
public enum LineJoin: String, Hashable, Sendable {
    case miter, round, bevel
}

/// Which parts of a self-intersecting or nested outline are inside.
public enum FillRule: String, Hashable, Sendable {
    case nonZero, evenOdd
}

/// The outline drawn along a path.
public struct Stroke: Hashable, Sendable {
    public var color: Color
    /// Line width in points; 0 draws nothing.
    public var width: Double
    /// Alternating dash and gap lengths in points; empty for a solid line. Lengths are used as given
    /// (an odd count repeats, as in PDF); a list whose lengths are all zero is treated as solid.
    public var dash: [Double]
    /// Distance into the dash pattern at which the stroke starts, in points.
    public var dashOffset: Double
    public var cap: LineCap
    public var join: LineJoin

    public init(
        color: Color, width: Double = 1, dash: [Double] = [], dashOffset: Double = 0,
        cap: LineCap = .butt, join: LineJoin = .round
    ) {
        self.color = color
        self.width = width
        self.dash = dash
        self.dashOffset = dashOffset
        self.cap = cap
        self.join = join
    }

    /// A dashed line: `dash` points on, `gap` points off.
    public static func dashed(color: Color, width: Double = 1, dash: Double = 6, gap: Double = 4) -> Stroke {
        Stroke(color: color, width: width, dash: [dash, gap])
    }
}

/// The inside of a path.
public struct Fill: Hashable, Sendable {
    public var paint: Paint
    public var rule: FillRule

    public init(_ paint: Paint, rule: FillRule = .nonZero) {
        self.paint = paint
        self.rule = rule
    }

    public static func color(_ color: Color) -> Fill { Fill(.solid(color)) }
}
