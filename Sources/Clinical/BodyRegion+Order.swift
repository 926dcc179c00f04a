extension BodyRegion: Comparable {
    /// Vocabulary order (scenario format §2): trunk, then down the limb, thigh before knee before leg before foot.
    public static func < (a: BodyRegion, b: BodyRegion) -> Bool { a.order < b.order }

    /// Position in ``allCases``.
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}

extension PainKind: Comparable {
    /// Declaration order: radicular, somatic-referred, numbness.
    public static func < (a: PainKind, b: PainKind) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
