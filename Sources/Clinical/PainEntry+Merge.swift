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
        // One slot per (region, side, kind) in canonical order; roots as a bit set. No hashing: this runs
        // for every simulation.
        let kinds = PainKind.allCases.count
        let slots = BodyRegion.allCases.count * 2 * kinds
        var intensity = [Double](repeating: 0, count: slots)
        var rootBits = [UInt16](repeating: 0, count: slots)
        for entry in entries {
            let i = (entry.region.order * 2 + (entry.side == .left ? 0 : 1)) * kinds + entry.kind.order
            intensity[i] = max(intensity[i], ClinicalRules.clampUnit(entry.intensity))
            for root in entry.roots { rootBits[i] |= 1 << UInt16(root.rawValue) }
        }
        var out: [PainEntry] = []
        for (r, region) in BodyRegion.allCases.enumerated() {
            for (s, side) in Side.allCases.enumerated() {
                for (k, kind) in PainKind.allCases.enumerated() {
                    let i = (r * 2 + s) * kinds + k
                    guard intensity[i] > 0 else { continue }
                    let roots = Root.allCases.filter { rootBits[i] & (1 << UInt16($0.rawValue)) != 0 }
                    out.append(PainEntry(region: region, side: side, roots: roots, kind: kind, intensity: intensity[i]))
                }
            }
        }
        return out
    }


    /// The pain-map order: region, side, kind.
    static func canonicalOrder(_ a: PainEntry, _ b: PainEntry) -> Bool {
        if a.region != b.region { return a.region < b.region }
        if a.side != b.side { return a.side < b.side }
        return a.kind < b.kind
    }
}
