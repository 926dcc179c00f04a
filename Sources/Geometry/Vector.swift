/// A point or offset in a plane, millimetres.
public struct Vec2: Sendable, Hashable {
    public var x: Double
    public var y: Double
    @inlinable public init(_ x: Double, _ y: Double) { self.x = x; self.y = y }
    public static let zero = Vec2(0, 0)
    @inlinable public static func + (a: Vec2, b: Vec2) -> Vec2 { Vec2(a.x + b.x, a.y + b.y) }
    @inlinable public static func - (a: Vec2, b: Vec2) -> Vec2 { Vec2(a.x - b.x, a.y - b.y) }
    @inlinable public static func * (a: Vec2, k: Double) -> Vec2 { Vec2(a.x * k, a.y * k) }
    @inlinable public var length: Double { (x * x + y * y).squareRoot() }
}

/// A point in model space, millimetres: x lateral (+ = patient's left), y antero-posterior
/// (+ = posterior, 0 = posterior margin of the vertebral bodies), z cranio-caudal (+ = cranial).
public struct Vec3: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public var z: Double
    @inlinable public init(_ x: Double, _ y: Double, _ z: Double) { self.x = x; self.y = y; self.z = z }
    public static let zero = Vec3(0, 0, 0)
    @inlinable public static func + (a: Vec3, b: Vec3) -> Vec3 { Vec3(a.x + b.x, a.y + b.y, a.z + b.z) }
    @inlinable public static func - (a: Vec3, b: Vec3) -> Vec3 { Vec3(a.x - b.x, a.y - b.y, a.z - b.z) }
    /// The same point seen from the other side of the body.
    public var mirrored: Vec3 { Vec3(-x, y, z) }
}
