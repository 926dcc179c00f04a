import FigureStyle
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Outline helpers for the sagittal drawing, all in figure millimetres.
enum SagittalShapes {
    /// A smooth curve through `points` (centripetal-free, uniform Catmull–Rom), `samples` points per span.
    static func smooth(_ points: [PlanePoint], samples: Int = 8) -> [PlanePoint] {
        guard points.count > 2 else { return points }
        var out: [PlanePoint] = []
        for i in 0..<(points.count - 1) {
            let p0 = points[max(0, i - 1)], p1 = points[i], p2 = points[i + 1], p3 = points[min(points.count - 1, i + 2)]
            for k in 0..<samples {
                let t = Double(k) / Double(samples), t2 = t * t, t3 = t2 * t
                let a = p1 * 2
                let b = (p2 - p0) * t
                let c = (p0 * 2 - p1 * 5 + p2 * 4 - p3) * t2
                let d = (p1 * 3 - p0 - p2 * 3 + p3) * t3
                out.append((a + b + c + d) * 0.5)
            }
        }
        if let last = points.last { out.append(last) }
        return out
    }

    /// A quadratic Bézier from `a` to `b` bowed by `bow` mm to the left of a → b (negative: right).
    static func bowed(_ a: PlanePoint, _ b: PlanePoint, bow: Double, samples: Int = 10) -> [PlanePoint] {
        let mid = PlanePoint.lerp(a, b, 0.5)
        let control = mid + (b - a).normalized.perpendicular * (2 * bow)
        return (0...samples).map { k in
            let t = Double(k) / Double(samples), u = 1 - t
            return a * (u * u) + control * (2 * u * t) + b * (t * t)
        }
    }

    /// The outline of a tube along a polyline, `radii[i]` mm wide on each side of `centre[i]` (the last
    /// radius repeats when there are fewer radii than points). Ends are rounded.
    static func tube(_ centre: [PlanePoint], radii: [Double]) -> [PlanePoint] {
        guard centre.count > 1, let lastRadius = radii.last else { return [] }
        var left: [PlanePoint] = [], right: [PlanePoint] = []
        for i in centre.indices {
            let before = centre[max(0, i - 1)], after = centre[min(centre.count - 1, i + 1)]
            let normal = (after - before).normalized.perpendicular
            let r = i < radii.count ? radii[i] : lastRadius
            left.append(centre[i] + normal * r)
            right.append(centre[i] - normal * r)
        }
        // Round caps: half circles joining the two sides at each end.
        var startCap: [PlanePoint] = [], endCap: [PlanePoint] = []
        if let first = centre.first, let second = centre.dropFirst().first, let last = centre.last {
            let before = centre[centre.count - 2]
            let r0 = radii.first ?? lastRadius
            let back = (first - second).normalized, forward = (last - before).normalized
            for k in 1..<8 {
                let t = Double.pi * Double(k) / 8
                startCap.append(first + back.perpendicular * (r0 * cos(t)) + back * (r0 * sin(t)))
                endCap.append(last + forward.perpendicular * (lastRadius * cos(t)) + forward * (lastRadius * sin(t)))
            }
        }
        return left + endCap + right.reversed() + startCap
    }

    /// The stretch `range` of a tube round the whole centre line `centre` (radius `radii` at each point), using the
    /// whole line's normals so that neighbouring stretches meet edge to edge with no step or kink: round caps only at
    /// the line's own ends (and at the start when `roundStart`), square ends where a stretch meets the next.
    static func tubePiece(_ centre: [PlanePoint], radii: [Double], range: ClosedRange<Int>, roundStart: Bool = false) -> [PlanePoint] {
        guard centre.count > 1, let lastRadius = radii.last else { return [] }
        let normals = centre.indices.map { i in
            (centre[min(centre.count - 1, i + 1)] - centre[max(0, i - 1)]).normalized.perpendicular
        }
        let r = { (i: Int) in i < radii.count ? radii[i] : lastRadius }
        let indices = Array(range.clamped(to: 0...(centre.count - 1)))
        guard let first = indices.first, let last = indices.last, last > first else { return [] }
        let left = indices.map { centre[$0] + normals[$0] * r($0) }
        let right = indices.map { centre[$0] - normals[$0] * r($0) }
        var startCap: [PlanePoint] = [], endCap: [PlanePoint] = []
        for k in 1..<8 {
            let t = Double.pi * Double(k) / 8
            if first == 0 || roundStart {
                let back = normals[first].perpendicular
                startCap.append(centre[first] + normals[first] * (-r(first) * cos(t)) + back * (r(first) * sin(t)))
            }
            if last == centre.count - 1 {
                let forward = normals[last].perpendicular * -1
                endCap.append(centre[last] + normals[last] * (r(last) * cos(t)) + forward * (r(last) * sin(t)))
            }
        }
        return left + endCap + right.reversed() + startCap
    }

    /// `points` (a closed outline) moved inwards by `amount` mm, each corner along its bisector (a miter
    /// offset, limited to 3 × `amount` at sharp corners). For the cancellous core of a bone in section.
    static func inset(_ points: [PlanePoint], by amount: Double) -> [PlanePoint] {
        guard points.count > 2 else { return points }
        var area = 0.0
        for i in points.indices { area += points[i].cross(points[(i + 1) % points.count]) }
        let inward = area > 0 ? 1.0 : -1.0  // anticlockwise (v up): the inside is to the left
        return points.indices.map { i in
            let prev = points[(i + points.count - 1) % points.count], p = points[i], next = points[(i + 1) % points.count]
            let n1 = (p - prev).normalized.perpendicular, n2 = (next - p).normalized.perpendicular
            let bisector = (n1 + n2).normalized
            let cosine = max(0.34, bisector.dot(n1))
            return p + bisector * (inward * amount / cosine)
        }
    }

    /// An ellipse centred at `centre` with semi-axes `along` (in direction `angle`) and `across`.
    static func ellipse(centre: PlanePoint, along: Double, across: Double, angle: Double, samples: Int = 36) -> [PlanePoint] {
        let a = PlanePoint.direction(angle), b = a.perpendicular
        return (0..<samples).map { k in
            let t = 2 * Double.pi * Double(k) / Double(samples)
            return centre + a * (along * cos(t)) + b * (across * sin(t))
        }
    }

    /// A rectangle y0…y1 × z0…z1 with corners rounded by `r`, in local (y, z), anticlockwise.
    static func roundedRectangle(y0: Double, y1: Double, z0: Double, z1: Double, radius: Double) -> [(Double, Double)] {
        let r = max(0, min(radius, (y1 - y0) / 2, (z1 - z0) / 2))
        guard r > 0.05 else { return [(y0, z0), (y1, z0), (y1, z1), (y0, z1)] }
        var out: [(Double, Double)] = []
        let corners = [(y1 - r, z0 + r, -Double.pi / 2), (y1 - r, z1 - r, 0.0), (y0 + r, z1 - r, Double.pi / 2), (y0 + r, z0 + r, Double.pi)]
        for (cy, cz, start) in corners {
            for k in 0...5 {
                let t = start + Double(k) / 5 * Double.pi / 2
                out.append((cy + r * cos(t), cz + r * sin(t)))
            }
        }
        return out
    }

    /// An outline through `points` with each corner cut by a short curve of size `radius` (mm); when
    /// not `closed`, the end points stay as they are.
    static func rounded(_ points: [PlanePoint], radius: Double, closed: Bool = true, samples: Int = 4) -> [PlanePoint] {
        guard points.count > 2, radius > 0 else { return points }
        var out: [PlanePoint] = []
        for i in points.indices {
            if !closed, i == 0 || i == points.count - 1 {
                out.append(points[i])
                continue
            }
            let prev = points[(i + points.count - 1) % points.count], p = points[i], next = points[(i + 1) % points.count]
            let r = min(radius, (p - prev).length / 2.2, (next - p).length / 2.2)
            let a = p + (prev - p).normalized * r, b = p + (next - p).normalized * r
            for k in 0...samples {
                let t = Double(k) / Double(samples), u = 1 - t
                out.append(a * (u * u) + p * (2 * u * t) + b * (t * t))
            }
        }
        return out
    }
}
