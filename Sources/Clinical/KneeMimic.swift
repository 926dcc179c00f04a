import Anatomy

/// What the patient says hurts, independent of the model: one region on one side (scenario key
/// `complaint`). Lets a scenario ask "does any root explain this?" — e.g. knee pain with no root hurt.
public struct Complaint: Sendable, Hashable, Codable {
    public var region: BodyRegion
    public var side: Side

    public init(region: BodyRegion, side: Side) {
        self.region = region
        self.side = side
    }

    /// The roots whose radicular pain or numbness in `painMap` covers this complaint, cranial first;
    /// empty when no root explains it (look elsewhere: ``KneeMimic``).
    public func explainingRoots(in painMap: [PainEntry]) -> [Root] {
        let roots = painMap.filter { $0.region == region && $0.side == side && $0.kind != .somaticReferred }.flatMap(\.roots)
        return Array(Set(roots)).sorted()
    }
}

/// A knee (or leg) mimic of a root lesion checked against one pain map: the cause, the sign that tells it
/// apart, and where the pain map (with the complaint) hurts in the region that cause produces (§F).
public struct KneeMimic: Sendable, Hashable {
    public var cause: KneeDifferential
    /// The regions, per side, where the pain map (radicular pain or numbness) or the complaint lies in
    /// the cause's territory; side order left, right, then region vocabulary order.
    public var matched: [Complaint]

    /// True when this pain map hurts where this cause does.
    public var matches: Bool { !matched.isEmpty }

    public init(cause: KneeDifferential, matched: [Complaint]) {
        self.cause = cause
        self.matched = matched
    }

    /// Every cause of ``KneeDifferential/all``, in that order, checked against `painMap` (somatic referred
    /// pain from the disc or facet is not counted: it stays above the knee) and `complaint`.
    public static func check(painMap: [PainEntry], complaint: [Complaint] = []) -> [KneeMimic] {
        let felt = Set(painMap.filter { $0.kind != .somaticReferred }.map { Complaint(region: $0.region, side: $0.side) })
            .union(complaint)
        return KneeDifferential.all.map { cause in
            let regions = Set(cause.regions)
            let matched = felt.filter { regions.contains($0.region) }
                .sorted { ($0.side, $0.region) < ($1.side, $1.region) }
            return KneeMimic(cause: cause, matched: matched)
        }
    }
}
