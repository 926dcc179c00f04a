/// The vertebrae Radix models, cranial to caudal. S1 is the top of the sacrum.
public enum Vertebra: Int, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case L1 = 1, L2, L3, L4, L5, S1

    public var name: String { self == .S1 ? "S1" : "L\(rawValue)" }

    /// The next vertebra down, or nil below S1.
    public var below: Vertebra? { Vertebra(rawValue: rawValue + 1) }
    /// The next vertebra up, or nil above L1.
    public var above: Vertebra? { Vertebra(rawValue: rawValue - 1) }

    public static func < (a: Vertebra, b: Vertebra) -> Bool { a.rawValue < b.rawValue }
}

/// The nerve roots Radix follows individually, cranial to caudal. S3–S5 travel
/// together in the thecal sac and are reported as the cauda equina.
public enum Root: Int, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case L1 = 1, L2, L3, L4, L5, S1, S2

    public var name: String {
        switch self {
        case .S1: "S1"
        case .S2: "S2"
        default: "L\(rawValue)"
        }
    }

    public init?(name: String) {
        guard let r = Root.allCases.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) else { return nil }
        self = r
    }

    /// The vertebra under whose pedicle the root leaves the canal (L4 leaves under the L4 pedicle).
    /// S1 and S2 leave through the sacral foramina of their own segments.
    public var vertebra: Vertebra? {
        switch self {
        case .L1: .L1
        case .L2: .L2
        case .L3: .L3
        case .L4: .L4
        case .L5: .L5
        case .S1: .S1
        case .S2: nil
        }
    }

    /// The disc level whose foramen this root leaves through: the foramen below its own pedicle.
    /// nil for S1 and S2, which leave through sacral foramina below the modelled discs.
    /// This is anatomy (where the root is), not a lesion-to-root rule: compression is found from geometry.
    public var exitLevel: DiscLevel? {
        switch self {
        case .L1: .L1L2
        case .L2: .L2L3
        case .L3: .L3L4
        case .L4: .L4L5
        case .L5: .L5S1
        case .S1, .S2: nil
        }
    }

    /// The disc level this root crosses as the traversing root, above its own pedicle (L5 crosses L4–L5):
    /// nil for L1, which crosses no modelled disc, and for S2, which leaves below them.
    public var traversedLevel: DiscLevel? {
        switch self {
        case .L1, .S2: nil
        case .L2: .L1L2
        case .L3: .L2L3
        case .L4: .L3L4
        case .L5: .L4L5
        case .S1: .L5S1
        }
    }

    public static func < (a: Root, b: Root) -> Bool { a.rawValue < b.rawValue }
}
