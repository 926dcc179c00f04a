import Anatomy

/// The deep tendon reflexes Radix reports for lumbosacral roots (§D3).
public enum Reflex: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    /// Quadriceps jerk, L3–L4 (mainly L4).
    case patellar
    /// Medial hamstring jerk (semimembranosus/semitendinosus), L5: the one reflex an L5 lesion changes.
    case medialHamstring = "medial hamstring"
    /// Ankle jerk, S1.
    case achilles = "Achilles"

    /// The report's `reflex` word: `patellar`, `medial hamstring`, `Achilles`.
    public var name: String { rawValue }

    /// The bedside name: "knee jerk", "medial hamstring jerk", "ankle jerk".
    public var plainName: String {
        switch self {
        case .patellar: "knee jerk"
        case .medialHamstring: "medial hamstring jerk"
        case .achilles: "ankle jerk"
        }
    }

    public static func < (a: Reflex, b: Reflex) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}

/// How a reflex is changed, weaker first.
public enum ReflexGrade: String, CaseIterable, Sendable, Codable, Hashable, Comparable {
    case diminished, absent

    public static func < (a: ReflexGrade, b: ReflexGrade) -> Bool { a == .diminished && b == .absent }
}

extension Root {
    /// The reflex this root's compression changes, or nil when none is tested for it.
    ///
    /// L1/L2 (cremasteric, adductor) and S2 (anal wink, with S3–S4) have no deep tendon reflex worth
    /// reporting for a single root; the anal reflex belongs to the cauda equina red flag (§D4).
    public var reflex: Reflex? {
        // §D3 reflexes: patellar L3–L4 and Achilles S1 [C S56, C S52]; medial hamstring L5 [C S53, C S53b]
        switch self {
        case .L3, .L4: .patellar
        case .L5: .medialHamstring
        case .S1: .achilles
        case .L1, .L2, .S2: nil
        }
    }
}
