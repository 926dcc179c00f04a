#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An affine map of the page, x' = a·x + c·y + tx, y' = b·x + d·y + ty (Cairo's and PDF's convention).
/// Angles are in radians; with y growing downwards a positive angle turns clockwise on the page.
public struct Transform: Hashable, Sendable {
    public var a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double

    public init(a: Double, b: Double, c: Double, d: Double, tx: Double, ty: Double) {
        self.a = a; self.b = b; self.c = c; self.d = d; self.tx = tx; self.ty = ty
    }

    public static let identity = Transform(a: 1, b: 0, c: 0, d: 1, tx: 0, ty: 0)

    public static func translation(x: Double, y: Double) -> Transform {
        Transform(a: 1, b: 0, c: 0, d: 1, tx: x, ty: y)
    }

    public static func scale(x: Double, y: Double) -> Transform {
        Transform(a: x, b: 0, c: 0, d: y, tx: 0, ty: 0)
    }

    public static func scale(_ factor: Double) -> Transform { scale(x: factor, y: factor) }

    /// A rotation by `angle` radians about the origin.
    public static func rotation(_ angle: Double) -> Transform {
        let cosine = cos(angle), sine = sin(angle)
        return Transform(a: cosine, b: sine, c: -sine, d: cosine, tx: 0, ty: 0)
    }

    /// This map followed by `next`: `concatenated(with: n).apply(p) == n.apply(apply(p))`.
    public func concatenated(with next: Transform) -> Transform {
        Transform(
            a: a * next.a + b * next.c, b: a * next.b + b * next.d,
            c: c * next.a + d * next.c, d: c * next.b + d * next.d,
            tx: tx * next.a + ty * next.c + next.tx, ty: tx * next.b + ty * next.d + next.ty)
    }

    public var isIdentity: Bool { self == .identity }

    public func apply(_ p: Point) -> Point {
        Point(x: a * p.x + c * p.y + tx, y: b * p.x + d * p.y + ty)
    }

    /// The bounds of the image of `rect` (the image of its four corners; exact for any affine map).
    public func apply(_ rect: Rect) -> Rect {
        Rect(enclosing: rect.corners.map(apply)) ?? rect
    }
}
