#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Path {
    /// The exact bounds of the outline (curve and arc extremes included, stroke width not), in points;
    /// `nil` for a path that has no segment or point. A lone `move` counts as a point.
    public var bounds: Rect? {
        var points: [Point] = []
        var current: Point?
        var subpathStart: Point?
        for command in commands {
            switch command {
            case .move(let p):
                points.append(p)
                current = p
                subpathStart = p
            case .line(let p):
                points.append(p)
                if subpathStart == nil { subpathStart = p }
                current = p
            case .cubic(let p, let c1, let c2):
                let start = current ?? c1
                points.append(contentsOf: Path.cubicExtremes(start, c1, c2, p))
                points.append(p)
                if subpathStart == nil { subpathStart = start }
                current = p
            case .arc(let center, let radius, let startAngle, let endAngle, let direction):
                let arcPoints = Path.arcExtremes(center, radius, startAngle, endAngle, direction)
                points.append(contentsOf: arcPoints.all)
                if subpathStart == nil { subpathStart = arcPoints.start }
                current = arcPoints.end
            case .close:
                current = subpathStart
            }
        }
        return Rect(enclosing: points)
    }

    /// Start, end and every axis extreme of the arc (angles normalised as Cairo does).
    static func arcExtremes(
        _ center: Point, _ radius: Double, _ startAngle: Double, _ endAngle: Double, _ direction: ArcDirection
    ) -> (start: Point, end: Point, all: [Point]) {
        func at(_ angle: Double) -> Point {
            Point(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
        }
        var low = startAngle, high = endAngle
        if direction == .decreasingAngle { swap(&low, &high) }
        if high - low >= 2 * Double.pi { high = low + 2 * Double.pi }
        while high < low { high += 2 * Double.pi }
        var all = [at(startAngle), at(endAngle)]
        let half = Double.pi / 2
        var k = (low / half).rounded(.up)
        while k * half <= high {
            all.append(at(k * half))
            k += 1
        }
        return (at(startAngle), at(endAngle), all)
    }

    /// The points where a cubic Bézier reaches an extreme in x or y, strictly between its ends.
    static func cubicExtremes(_ p0: Point, _ p1: Point, _ p2: Point, _ p3: Point) -> [Point] {
        func point(_ t: Double) -> Point {
            let u = 1 - t
            let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
            return Point(x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y)
        }
        var result: [Point] = []
        for axis in [\Point.x, \Point.y] {
            let v0 = p0[keyPath: axis], v1 = p1[keyPath: axis], v2 = p2[keyPath: axis], v3 = p3[keyPath: axis]
            // The derivative / 3 is a·t² + b·t + c.
            let a = -v0 + 3 * v1 - 3 * v2 + v3
            let b = 2 * (v0 - 2 * v1 + v2)
            let c = v1 - v0
            for t in quadraticRoots(a, b, c) where t > 0 && t < 1 {
                result.append(point(t))
            }
        }
        return result
    }

    private static func quadraticRoots(_ a: Double, _ b: Double, _ c: Double) -> [Double] {
        if abs(a) < 1e-12 {
            return abs(b) < 1e-12 ? [] : [-c / b]
        }
        let discriminant = b * b - 4 * a * c
        guard discriminant >= 0 else { return [] }
        let root = discriminant.squareRoot()
        return [(-b + root) / (2 * a), (-b - root) / (2 * a)]
    }
}
