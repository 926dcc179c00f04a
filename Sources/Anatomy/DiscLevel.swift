/// A lumbar disc level, from L1–L2 to L5–S1.
public enum DiscLevel: Int, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case L1L2 = 1, L2L3, L3L4, L4L5, L5S1

    /// The vertebra above the disc.
    public var upper: Vertebra {
        switch self {
        case .L1L2: .L1
        case .L2L3: .L2
        case .L3L4: .L3
        case .L4L5: .L4
        case .L5S1: .L5
        }
    }
    /// The vertebra below the disc.
    public var lower: Vertebra {
        switch self {
        case .L1L2: .L2
        case .L2L3: .L3
        case .L3L4: .L4
        case .L4L5: .L5
        case .L5S1: .S1
        }
    }

    /// The canonical spelling used in files and reports: `L4-L5`.
    public var name: String { "\(upper.name)-\(lower.name)" }
    /// The typographic spelling used in figures: `L4–L5` (en dash).
    public var displayName: String { "\(upper.name)\u{2013}\(lower.name)" }

    /// The root that exits through this level's foramen: numbered after the upper vertebra, it leaves under
    /// that vertebra's pedicle (L4 at L4–L5).
    public var exitingRoot: Root {
        switch self {
        case .L1L2: .L1
        case .L2L3: .L2
        case .L3L4: .L3
        case .L4L5: .L4
        case .L5S1: .L5
        }
    }

    /// The root that crosses this disc in the lateral recess on its way down to the foramen below
    /// (L5 at L4–L5, S1 at L5–S1).
    public var traversingRoot: Root {
        switch self {
        case .L1L2: .L2
        case .L2L3: .L3
        case .L3L4: .L4
        case .L4L5: .L5
        case .L5S1: .S1
        }
    }

    public var below: DiscLevel? { DiscLevel(rawValue: rawValue + 1) }
    public var above: DiscLevel? { DiscLevel(rawValue: rawValue - 1) }

    /// Parses `L4-L5` and the aliases of the scenario format (`L4-5`, `L4/5`, `L4/L5`, en dash),
    /// case-insensitively. Returns nil for anything else.
    public init?(parsing text: String) {
        let cleaned = text.trimmingCharacters(in: .whitespaces).uppercased()
            .replacingOccurrences(of: "\u{2013}", with: "-")
            .replacingOccurrences(of: "/", with: "-")
        for level in DiscLevel.allCases {
            let short = level.lower == .S1 ? "L5-S1" : "\(level.upper.name)-\(level.lower.rawValue)"
            if cleaned == level.name || cleaned == short { self = level; return }
        }
        return nil
    }

    public static func < (a: DiscLevel, b: DiscLevel) -> Bool { a.rawValue < b.rawValue }
}

import Foundation
