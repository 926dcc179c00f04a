#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Path {
    /// The outline as polygons, one per subpath, curves and arcs sampled at `samples` points each: for tests
    /// of what a line crosses and for obstacles that leaders avoid (``LabelLayout/obstacles``).
    public func polygons(samples: Int = 8) -> [[Point]] {
        var out: [[Point]] = [], current: [Point] = []
        func flush() {
            if current.count > 1 { out.append(current) }
            current = []
        }
        for command in commands {
            switch command {
            case .move(let p):
                flush()
                current = [p]
            case .line(let p):
                current.append(p)
            case .cubic(let p, let c1, let c2):
                let p0 = current.last ?? c1
                for k in 1...max(1, samples) {
                    let t = Double(k) / Double(max(1, samples)), u = 1 - t
                    let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                    current.append(Point(x: a * p0.x + b * c1.x + c * c2.x + d * p.x, y: a * p0.y + b * c1.y + c * c2.y + d * p.y))
                }
            case .arc(let centre, let radius, let start, let end, let direction):
                var sweep = end - start
                if direction == .increasingAngle { while sweep < 0 { sweep += 2 * Double.pi } } else { while sweep > 0 { sweep -= 2 * Double.pi } }
                let n = max(2, samples * 2)
                for k in 0...n {
                    let a = start + sweep * Double(k) / Double(n)
                    current.append(Point(x: centre.x + radius * cos(a), y: centre.y + radius * sin(a)))
                }
            case .close:
                flush()
            }
        }
        flush()
        return out
    }
}

/// Point-in-polygon and segment-against-outline tests on polygons given as point lists (closed implicitly).
public enum Polygons {
    /// True when `p` lies inside `polygon` (even-odd rule).
    public static func contains(_ polygon: [Point], _ p: Point) -> Bool {
        var inside = false
        var j = polygon.count - 1
        for i in polygon.indices {
            let a = polygon[i], b = polygon[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }

    /// The distance from `p` to the outline of `polygon`.
    /// The nearest edge is found by squared distance, with one square root at the end: the root is monotonic and
    /// correctly rounded, so this is exactly the least of the edges' ``segmentDistance(_:_:_:)``.
    public static func distance(_ polygon: [Point], _ p: Point) -> Double {
        var best = Double.infinity
        var j = polygon.count - 1
        for i in polygon.indices {
            best = Swift.min(best, segmentDistanceSquared(p, polygon[j], polygon[i]))
            j = i
        }
        return best.squareRoot()
    }

    /// True when the segment `a`–`b` crosses the outline of `polygon` or runs inside it.
    public static func crosses(_ polygon: [Point], _ a: Point, _ b: Point) -> Bool {
        guard polygon.count > 2 else { return false }
        let s = Segment(a, b)
        var j = polygon.count - 1
        for i in polygon.indices {
            if s.crosses(Segment(polygon[j], polygon[i])) { return true }
            j = i
        }
        return contains(polygon, Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2))
    }

    /// The distance from `p` to the segment `a`–`b`.
    public static func segmentDistance(_ p: Point, _ a: Point, _ b: Point) -> Double {
        segmentDistanceSquared(p, a, b).squareRoot()
    }

    /// The square of ``segmentDistance(_:_:_:)``.
    @inline(__always)
    static func segmentDistanceSquared(_ p: Point, _ a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy
        let t = l2 > 0 ? Swift.max(0, Swift.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2)) : 0
        let x = a.x + t * dx - p.x, y = a.y + t * dy - p.y
        return x * x + y * y
    }
}
