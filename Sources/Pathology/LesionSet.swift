/// The lesions (indices into a scenario's lesions) that made or moved a piece of tissue: a set of 0 … 126 and −1
/// (a lesion being sized, before it has an index: `DeformedSpine.solveEncroachment`), held in two words so that
/// solids and level states copy without reference counting — a population copies and drops thousands of them per
/// simulation. Iterates in ascending order (−1 first).
public struct LesionSet: Sendable, Hashable, Sequence {
    /// Bits 0–63: indices 0–63; `high` bits 0–62: indices 64–126, bit 63: −1.
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Indices stored: 0 ..< `capacity` (and −1). A scenario holds at most `ScenarioLoader.maximumLesions` (100).
    public static let capacity = 127

    public init() {}

    /// The set of `indices`; each must be −1 or in 0 ..< ``capacity``.
    public init<S: Sequence>(_ indices: S) where S.Element == Int {
        for i in indices { insert(i) }
    }

    /// Adds `index` (−1 or 0 ..< ``capacity``).
    public mutating func insert(_ index: Int) {
        precondition(index >= -1 && index < Self.capacity, "lesion index \(index) outside −1 … \(Self.capacity - 1)")
        switch index {
        case -1: high |= 1 << 63
        case 0..<64: low |= 1 << UInt64(index)
        default: high |= 1 << UInt64(index - 64)
        }
    }

    public func contains(_ index: Int) -> Bool {
        switch index {
        case -1: high & (1 << 63) != 0
        case 0..<64: low & (1 << UInt64(index)) != 0
        case 64..<Self.capacity: high & (1 << UInt64(index - 64)) != 0
        default: false
        }
    }

    public var isEmpty: Bool { low == 0 && high == 0 }

    public var count: Int { low.nonzeroBitCount + high.nonzeroBitCount }

    /// Every index in either set.
    public func union(_ other: LesionSet) -> LesionSet {
        var u = self
        u.formUnion(other)
        return u
    }

    public mutating func formUnion(_ other: LesionSet) {
        low |= other.low
        high |= other.high
    }

    /// The smallest index (−1 when held), nil when empty.
    public var first: Int? {
        var i = makeIterator()
        return i.next()
    }

    public func makeIterator() -> Iterator { Iterator(set: self) }

    public struct Iterator: IteratorProtocol {
        var minusOne: Bool
        var low: UInt64
        var high: UInt64

        init(set: LesionSet) {
            minusOne = set.high & (1 << 63) != 0
            low = set.low
            high = set.high & ~(1 << 63)
        }

        public mutating func next() -> Int? {
            if minusOne { minusOne = false; return -1 }
            if low != 0 {
                let i = low.trailingZeroBitCount
                low &= low - 1
                return i
            }
            if high != 0 {
                let i = high.trailingZeroBitCount
                high &= high - 1
                return 64 + i
            }
            return nil
        }
    }
}
