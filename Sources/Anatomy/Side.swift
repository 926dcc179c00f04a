/// The patient's side. Model space puts the patient's left at positive x.
public enum Side: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case left, right

    /// The other side.
    public var mirrored: Side { self == .left ? .right : .left }

    /// +1 for left, −1 for right: multiply a lateral offset (mm from the midline) by it.
    public var sign: Double { self == .left ? 1 : -1 }

    public static func < (a: Side, b: Side) -> Bool { a == .left && b == .right }

    /// Hashes the case, not its name: a string-backed enum hashes its raw string by default, and sides key
    /// dictionaries on every simulation's hot path (measurements per side). Equal sides hash equally, as before.
    public func hash(into hasher: inout Hasher) { hasher.combine(self == .left) }
}

/// A side as scenario files name it: one side or both.
public enum Laterality: String, CaseIterable, Sendable, Codable, Hashable {
    case left, right, bilateral

    /// The sides this laterality covers, left first.
    public var sides: [Side] {
        switch self {
        case .left: [.left]
        case .right: [.right]
        case .bilateral: [.left, .right]
        }
    }

    public var mirrored: Laterality {
        switch self {
        case .left: .right
        case .right: .left
        case .bilateral: .bilateral
        }
    }

    public init(_ side: Side) { self = side == .left ? .left : .right }
}

/// One number for each side (mm): the paired structures — lateral recesses, foramina — of one level, which
/// differ a little between the sides of a real person (population.md §A11.3b item 6).
public struct SideValues: Sendable, Hashable {
    public var left: Double
    public var right: Double

    public init(left: Double, right: Double) {
        self.left = left
        self.right = right
    }

    /// The same value on both sides.
    public init(both value: Double) {
        self.init(left: value, right: value)
    }

    public subscript(side: Side) -> Double {
        get { side == .left ? left : right }
        set { if side == .left { left = newValue } else { right = newValue } }
    }

    /// The mean of the sides: exactly the value when both sides are equal.
    public var mean: Double { left == right ? left : (left + right) / 2 }
    public var min: Double { Swift.min(left, right) }
}
