import Anatomy

extension PainEntry {
    /// Combines entries that share region, side and kind, and sorts the result.
    ///
    /// - Roots: the union, cranial first, each once.
    /// - Intensity: the largest, clamped to 0 … 1 (NaN counts as 0). Overlapping roots do not add up:
    ///   two roots hurting the same region feel no worse on the chart than the worse of them.
    /// - Entries whose merged intensity is 0 are dropped.
    /// - Order: region (vocabulary order), then side (left, right), then kind (radicular,
    ///   somatic-referred, numbness). The result does not depend on the input order.
    public static func merged(_ entries: [PainEntry]) -> [PainEntry] {
        struct Key: Hashable { var region: BodyRegion; var side: Side; var kind: PainKind }
        var combined: [Key: PainEntry] = [:]
        for entry in entries {
            let key = Key(region: entry.region, side: entry.side, kind: entry.kind)
            let intensity = ClinicalRules.clampUnit(entry.intensity)
            if var existing = combined[key] {
                existing.roots = Array(Set(existing.roots).union(entry.roots)).sorted()
                existing.intensity = max(existing.intensity, intensity)
                combined[key] = existing
            } else {
                combined[key] = PainEntry(region: entry.region, side: entry.side, roots: Array(Set(entry.roots)).sorted(),
                                          kind: entry.kind, intensity: intensity)
            }
        }
        return combined.values.filter { $0.intensity > 0 }.sorted(by: canonicalOrder)
    }

    /// The pain-map order: region, side, kind.
    static func canonicalOrder(_ a: PainEntry, _ b: PainEntry) -> Bool {
        if a.region != b.region { return a.region < b.region }
        if a.side != b.side { return a.side < b.side }
        return a.kind < b.kind
    }
}
