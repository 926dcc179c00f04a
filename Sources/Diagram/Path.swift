#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The direction an arc sweeps. Because y grows downwards on the page, increasing angles turn clockwise
/// as seen by the reader.
public enum ArcDirection: String, Hashable, Sendable {
    /// From `startAngle` towards larger angles (Cairo's `cairo_arc`): clockwise on the page.
    case increasingAngle
    /// From `startAngle` towards smaller angles (`cairo_arc_negative`): anticlockwise on the page.
    case decreasingAngle
}

/// One step of a path outline; coordinates in points, angles in radians (0 along +x, π/2 along +y).
public enum PathCommand: Hashable, Sendable {
    /// Starts a new subpath at the point.
    case move(to: Point)
    /// A straight segment from the current point.
    case line(to: Point)
    /// A cubic Bézier segment from the current point.
    case cubic(to: Point, control1: Point, control2: Point)
    /// A circular arc. If a subpath is open, a straight segment first joins its current point to the
    /// arc's start (as in Cairo and PDF); otherwise the arc starts a subpath.
    case arc(center: Point, radius: Double, startAngle: Double, endAngle: Double, direction: ArcDirection)
    /// Closes the current subpath with a straight segment back to its start.
    case close
}

/// An outline made of subpaths, in page points. Build it with the mutating helpers or the shape
/// constructors; an empty path draws nothing and has no bounds.
public struct Path: Hashable, Sendable {
    public var commands: [PathCommand]

    public init(_ commands: [PathCommand] = []) {
        self.commands = commands
    }

    public var isEmpty: Bool { commands.isEmpty }

    public mutating func move(to p: Point) { commands.append(.move(to: p)) }
    public mutating func line(to p: Point) { commands.append(.line(to: p)) }
    public mutating func cubic(to p: Point, control1: Point, control2: Point) {
        commands.append(.cubic(to: p, control1: control1, control2: control2))
    }
    public mutating func arc(
        center: Point, radius: Double, startAngle: Double, endAngle: Double,
        direction: ArcDirection = .increasingAngle
    ) {
        commands.append(
            .arc(center: center, radius: radius, startAngle: startAngle, endAngle: endAngle, direction: direction))
    }
    public mutating func close() { commands.append(.close) }

    /// This path followed by the subpaths of `other`.
    public mutating func append(_ other: Path) { commands += other.commands }

    /// A rectangle as one closed subpath, clockwise on the page from the top-left corner.
    public static func rectangle(_ rect: Rect) -> Path {
        let c = rect.corners
        return Path([.move(to: c[0]), .line(to: c[1]), .line(to: c[2]), .line(to: c[3]), .close])
    }

    /// A straight segment (an open subpath).
    public static func line(from start: Point, to end: Point) -> Path {
        Path([.move(to: start), .line(to: end)])
    }

    /// An open polyline through `points`; empty when there are none.
    public static func polyline(_ points: [Point]) -> Path {
        guard let first = points.first else { return Path() }
        return Path([.move(to: first)] + points.dropFirst().map { .line(to: $0) })
    }

    /// A closed polygon through `points`; empty when there are none.
    public static func polygon(_ points: [Point]) -> Path {
        var path = polyline(points)
        if !path.isEmpty { path.close() }
        return path
    }

    /// A full circle as one closed subpath.
    public static func circle(center: Point, radius: Double) -> Path {
        Path([
            .move(to: Point(x: center.x + radius, y: center.y)),
            .arc(center: center, radius: radius, startAngle: 0, endAngle: 2 * Double.pi, direction: .increasingAngle),
            .close,
        ])
    }

    /// An axis-aligned ellipse inscribed in `rect`, as four cubic Béziers (error below 0.03% of the radius).
    public static func ellipse(in rect: Rect) -> Path {
        let k = 0.552_284_749_830_793_4  // 4/3·(√2 − 1)
        let cx = rect.midX, cy = rect.midY, rx = rect.width / 2, ry = rect.height / 2
        return Path([
            .move(to: Point(x: cx + rx, y: cy)),
            .cubic(to: Point(x: cx, y: cy + ry), control1: Point(x: cx + rx, y: cy + k * ry), control2: Point(x: cx + k * rx, y: cy + ry)),
            .cubic(to: Point(x: cx - rx, y: cy), control1: Point(x: cx - k * rx, y: cy + ry), control2: Point(x: cx - rx, y: cy + k * ry)),
            .cubic(to: Point(x: cx, y: cy - ry), control1: Point(x: cx - rx, y: cy - k * ry), control2: Point(x: cx - k * rx, y: cy - ry)),
            .cubic(to: Point(x: cx + rx, y: cy), control1: Point(x: cx + k * rx, y: cy - ry), control2: Point(x: cx + rx, y: cy - k * ry)),
            .close,
        ])
    }

    /// A rectangle with corners rounded by `radius` points (clamped to half the shorter side).
    public static func roundedRectangle(_ rect: Rect, radius: Double) -> Path {
        let r = Swift.max(0, Swift.min(radius, rect.width / 2, rect.height / 2))
        guard r > 0 else { return rectangle(rect) }
        let half = Double.pi / 2
        return Path([
            .move(to: Point(x: rect.minX + r, y: rect.minY)),
            .arc(center: Point(x: rect.maxX - r, y: rect.minY + r), radius: r, startAngle: -half, endAngle: 0, direction: .increasingAngle),
            .arc(center: Point(x: rect.maxX - r, y: rect.maxY - r), radius: r, startAngle: 0, endAngle: half, direction: .increasingAngle),
            .arc(center: Point(x: rect.minX + r, y: rect.maxY - r), radius: r, startAngle: half, endAngle: 2 * half, direction: .increasingAngle),
            .arc(center: Point(x: rect.minX + r, y: rect.minY + r), radius: r, startAngle: 2 * half, endAngle: 3 * half, direction: .increasingAngle),
            .close,
        ])
    }

    /// A filled triangular arrowhead whose tip is at `tip`, pointing along `direction` (radians),
    /// `length` points long and `width` points wide at its base.
    public static func arrowhead(tip: Point, direction: Double, length: Double, width: Double) -> Path {
        let ux = cos(direction), uy = sin(direction)
        let base = Point(x: tip.x - ux * length, y: tip.y - uy * length)
        let half = width / 2
        return polygon([
            tip,
            Point(x: base.x - uy * half, y: base.y + ux * half),
            Point(x: base.x + uy * half, y: base.y - ux * half),
        ])
    }
}
