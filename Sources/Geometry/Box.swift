/// Which plane a section is cut in. Axial planes are horizontal (seen from above: coordinates x, y);
/// parasagittal planes are vertical and face the side (coordinates y, z).
public enum SectionPlane: Sendable, Hashable {
    /// The horizontal plane at height z (mm); in-plane coordinates (x, y).
    case axial(z: Double)
    /// The vertical plane at lateral offset x (mm); in-plane coordinates (y, z).
    case parasagittal(x: Double)

    /// The in-plane coordinates of a model-space point.
    @inlinable
    public func project(_ p: Vec3) -> Vec2 {
        switch self {
        case .axial: Vec2(p.x, p.y)
        case .parasagittal: Vec2(p.y, p.z)
        }
    }

    /// The model-space point at in-plane coordinates `q`.
    @inlinable
    public func lift(_ q: Vec2) -> Vec3 {
        switch self {
        case .axial(let z): Vec3(q.x, q.y, z)
        case .parasagittal(let x): Vec3(x, q.x, q.y)
        }
    }
}

/// An axis-aligned box in model space whose sections have rounded corners, millimetres.
///
/// Boxes are the only solid Radix uses: bone, disc, ligament, herniated material. Their sections by
/// axial or parasagittal planes are `RoundedRect`s with exact distances, so every clearance is exact
/// and growing a box never increases a distance (the property behind "bigger lesions never hurt less").
public struct Box: Sendable, Hashable {
    public var min: Vec3
    public var max: Vec3
    /// Corner radius of every section, mm.
    public var rounding: Double
    /// Length of the rounded caps at both z-ends, mm (0: square ends). Within `capZ` of an end an axial section
    /// shrinks, as a quarter ellipse, towards the box's front edge in y and its middle in x, to nothing at the
    /// end itself: a lump that tapers, so a section plane it reaches meets it growing from nothing.
    public var capZ: Double

    /// Inlinable, as are the other inits and `Span`: a population builds every level's 25 boxes for every person, and
    /// the calls into this module cost more than the few comparisons they make (the same operations, inlined).
    @inlinable
    public init(min: Vec3, max: Vec3, rounding: Double = 0, capZ: Double = 0) {
        self.min = Vec3(Swift.min(min.x, max.x), Swift.min(min.y, max.y), Swift.min(min.z, max.z))
        self.max = Vec3(Swift.max(min.x, max.x), Swift.max(min.y, max.y), Swift.max(min.z, max.z))
        self.rounding = Swift.max(0, rounding)
        self.capZ = Swift.max(0, Swift.min(capZ, (self.max.z - self.min.z) / 2))
    }

    @inlinable
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, z: ClosedRange<Double>, rounding: Double = 0, capZ: Double = 0) {
        self.init(min: Vec3(x.lowerBound, y.lowerBound, z.lowerBound),
                  max: Vec3(x.upperBound, y.upperBound, z.upperBound), rounding: rounding, capZ: capZ)
    }

    /// The section of the box by `plane`, or nil when the plane misses it. Always inlined: every root station of
    /// every simulation cuts a few, and the call cost more than the arithmetic.
    @inlinable @inline(__always)
    public func section(_ plane: SectionPlane) -> RoundedRect? {
        switch plane {
        case .axial(let z):
            guard z >= min.z, z <= max.z else { return nil }
            let d = Swift.min(z - min.z, max.z - z)
            guard capZ > 0, d < capZ else {
                return RoundedRect(minX: min.x, maxX: max.x, minY: min.y, maxY: max.y, rounding: rounding)
            }
            let t = (capZ - d) / capZ, k = (1 - t * t).squareRoot()
            let cx = (min.x + max.x) / 2, hx = (max.x - min.x) / 2 * k
            return RoundedRect(minX: cx - hx, maxX: cx + hx, minY: min.y, maxY: min.y + (max.y - min.y) * k, rounding: rounding * k)
        case .parasagittal(let x):
            guard x >= min.x, x <= max.x else { return nil }
            return RoundedRect(minX: min.y, maxX: max.y, minY: min.z, maxY: max.z, rounding: rounding)
        }
    }

    /// The same box on the other side of the body.
    public var mirrored: Box {
        Box(min: Vec3(-max.x, min.y, min.z), max: Vec3(-min.x, max.y, max.z), rounding: rounding, capZ: capZ)
    }

    /// The box moved by `offset`.
    public func translated(by offset: Vec3) -> Box {
        Box(min: min + offset, max: max + offset, rounding: rounding, capZ: capZ)
    }
}

/// An interval given by two ends in either order: building one never traps, unlike `ClosedRange`.
public struct Span: Sendable, Hashable {
    public var lower: Double
    public var upper: Double
    @inlinable
    public init(_ a: Double, _ b: Double) {
        lower = Swift.min(a, b)
        upper = Swift.max(a, b)
    }
}

infix operator ~: RangeFormationPrecedence

/// `a ~ b`: the span between a and b, whichever is larger.
@inlinable
public func ~ (a: Double, b: Double) -> Span { Span(a, b) }

extension Box {
    /// A box from three spans; ends may come in either order.
    @inlinable
    public init(x: Span, y: Span, z: Span, rounding: Double = 0, capZ: Double = 0) {
        self.init(min: Vec3(x.lower, y.lower, z.lower), max: Vec3(x.upper, y.upper, z.upper), rounding: rounding, capZ: capZ)
    }
}
