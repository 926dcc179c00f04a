import Anatomy

/// How the three dermatome maps answer "which root supplies the skin of this region?", region by
/// region, and where their answers differ (§D1: "the best-known disagreement is L4").
///
/// Everything is derived from the atlas tables (``DermatomeAtlas/areas(of:in:)``); nothing here is
/// written per region. Orders are fixed (atlases in ``Atlas/allCases`` order, roots cranial first,
/// regions in vocabulary order) so that text and figures made from it are deterministic.
public enum DermatomeComparison {
    /// One root's share of a region in one map.
    public struct Share: Sendable, Hashable {
        public var root: Root
        /// ``DermatomeArea/core`` or ``DermatomeArea/fringe`` (0 … 1).
        public var weight: Double
        /// True when the region is only the edge or overlap zone of the root's territory.
        public var isFringe: Bool { weight < DermatomeArea.core }
    }

    /// One map's answer for a region: the roots reaching it, cranial first; empty when the map
    /// leaves the region to no lumbosacral root (or, in Lee 2008, blank as too variable).
    public struct Answer: Sendable, Hashable {
        public var atlas: Atlas
        public var shares: [Share]
        public var roots: [Root] { shares.map(\.root) }
    }

    /// The three answers for one region.
    public struct Row: Sendable, Hashable {
        public var region: BodyRegion
        /// One answer per atlas, in ``Atlas/allCases`` order.
        public var answers: [Answer]

        /// True when the maps do not name the same set of roots (core or fringe alike).
        public var disagrees: Bool { Set(answers.map { Set($0.roots) }).count > 1 }

        /// True when the maps name the same roots but not with the same weight (core in one, edge in another).
        public var differsOnlyInWeight: Bool {
            !disagrees && Set(answers.map { $0.shares.map { "\($0.root.name):\($0.weight)" } }).count > 1
        }

        /// The roots some maps name here and others do not, cranial first: the size of the disagreement.
        public var contested: [Root] {
            let sets = answers.map { Set($0.roots) }
            let union = sets.reduce(Set<Root>()) { $0.union($1) }
            let common = sets.dropFirst().reduce(sets.first ?? []) { $0.intersection($1) }
            return union.subtracting(common).sorted()
        }

        /// The maps whose set of roots differs from the answer most maps give; every map when no two
        /// agree; none when all agree.
        public var dissenters: [Atlas] {
            guard disagrees else { return [] }
            let sets = answers.map { Set($0.roots) }
            let counts = sets.map { s in sets.filter { $0 == s }.count }
            guard let best = counts.max(), best > 1 else { return answers.map(\.atlas) }
            return zip(answers, counts).filter { $0.1 < best }.map(\.0.atlas)
        }

        /// The answer of `atlas`.
        public func answer(_ atlas: Atlas) -> Answer {
            answers.first { $0.atlas == atlas } ?? Answer(atlas: atlas, shares: [])
        }
    }

    /// The row of `region`: what each map says.
    public static func row(_ region: BodyRegion) -> Row {
        Row(region: region, answers: Atlas.allCases.map { atlas in
            Answer(atlas: atlas, shares: Root.allCases.compactMap { root in
                let w = DermatomeAtlas.areas(of: root, in: atlas).weight(of: region)
                return w > 0 ? Share(root: root, weight: w) : nil
            })
        })
    }

    /// Every region of the chart, in vocabulary order.
    public static var rows: [Row] { BodyRegion.allCases.map(row) }

    /// The regions where the maps name different roots, largest disagreement first (most contested
    /// roots, then knee regions before others, then vocabulary order).
    public static var disagreements: [Row] {
        rows.filter(\.disagrees).sorted { a, b in
            if a.contested.count != b.contested.count { return a.contested.count > b.contested.count }
            if a.region.isKnee != b.region.isKnee { return a.region.isKnee }
            return a.region < b.region
        }
    }

    /// The regions of the knee and the shin below it, which every comparison shows whether or not the
    /// maps agree there (§D1 knee column): anterior, medial, lateral and posterior knee, the anterior
    /// (shin) and medial leg.
    public static let kneeAndShin: [BodyRegion] = KneeSupply.parts + [.anteriorLeg, .medialLeg]

    /// The maps whose territory of `root` includes some knee region, in ``Atlas/allCases`` order.
    public static func atlases(whereKneeIsReachedBy root: Root) -> [Atlas] {
        Atlas.allCases.filter { atlas in KneeSupply.parts.contains { DermatomeAtlas.areas(of: root, in: atlas).weight(of: $0) > 0 } }
    }
}
