import FigureStyle
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point of the sagittal figure plane, millimetres: `u` grows posteriorly (to the page's right, since
/// the section is seen from the patient's left), `v` grows cranially (up the page).
struct PlanePoint: Hashable, Sendable {
    var u: Double
    var v: Double

    init(_ u: Double, _ v: Double) {
        self.u = u
        self.v = v
    }

    static func + (a: PlanePoint, b: PlanePoint) -> PlanePoint { PlanePoint(a.u + b.u, a.v + b.v) }
    static func - (a: PlanePoint, b: PlanePoint) -> PlanePoint { PlanePoint(a.u - b.u, a.v - b.v) }
    static func * (a: PlanePoint, k: Double) -> PlanePoint { PlanePoint(a.u * k, a.v * k) }

    /// Euclidean length, mm.
    var length: Double { (u * u + v * v).squareRoot() }

    /// The unit vector in this direction; zero stays zero.
    var normalized: PlanePoint {
        let l = length
        return l > 1e-12 ? PlanePoint(u / l, v / l) : PlanePoint(0, 0)
    }

    /// Turned a quarter turn anticlockwise (with v up).
    var perpendicular: PlanePoint { PlanePoint(-v, u) }

    func dot(_ other: PlanePoint) -> Double { u * other.u + v * other.v }
    func cross(_ other: PlanePoint) -> Double { u * other.v - v * other.u }

    /// The point `t` of the way from `a` to `b`.
    static func lerp(_ a: PlanePoint, _ b: PlanePoint, _ t: Double) -> PlanePoint { a + (b - a) * t }

    /// The unit vector at `angle` radians anticlockwise from +u.
    static func direction(_ angle: Double) -> PlanePoint { PlanePoint(cos(angle), sin(angle)) }
}

/// A rigid placement of a local anatomical frame in the figure plane: local y is posterior and local z
/// cranial (as in the model), both in millimetres. Vertebrae are drawn in their own frames, so bone keeps
/// its shape while the column bends.
struct Frame: Hashable, Sendable {
    /// Where local (0, 0) lies, mm.
    var origin: PlanePoint
    /// Direction of local +y (posterior), radians anticlockwise from +u (v up). Zero for an upright
    /// vertebra; positive when its posterior end is higher than its anterior end.
    var angle: Double

    /// Unit vector of local +y.
    var posterior: PlanePoint { PlanePoint.direction(angle) }
    /// Unit vector of local +z.
    var cranial: PlanePoint { posterior.perpendicular }

    /// The figure point of local (y, z), mm.
    func point(_ y: Double, _ z: Double) -> PlanePoint { origin + posterior * y + cranial * z }

    /// The local (y, z) of a figure point, mm.
    func local(_ p: PlanePoint) -> (y: Double, z: Double) {
        let d = p - origin
        return (d.dot(posterior), d.dot(cranial))
    }

    /// The same frame with its origin moved to local (y, z).
    func shifted(y: Double, z: Double) -> Frame { Frame(origin: point(y, z), angle: angle) }

    /// The frame turned by `delta` radians (anticlockwise) about its origin.
    func rotated(by delta: Double) -> Frame { Frame(origin: origin, angle: angle + delta) }

    /// Local points mapped to the figure plane.
    func points(_ local: [(Double, Double)]) -> [PlanePoint] { local.map { point($0.0, $0.1) } }
}
