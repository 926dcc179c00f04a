import Anatomy

/// One quantity the sampler draws for each person: a measurement at one disc level, or the body size.
/// The order of ``all`` is the order of a sample's values and of every table that reports them.
public struct PopulationVariable: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable, CaseIterable {
        case canalAP = "canal_ap_mm"
        case interpedicular = "interpedicular_mm"
        case discHeight = "disc_height_mm"
        case recessDepth = "recess_depth_mm"
        case foramenHeight = "foramen_height_mm"
        case foramenWidth = "foramen_width_mm"
        /// The exiting root's ganglion width (the L4 ganglion at L4–L5).
        case ganglionWidth = "ganglion_width_mm"
        /// The body-size factor (`anatomy.scale`), 1 = the default adult.
        case bodySize = "scale"
    }

    public var kind: Kind
    /// nil for the body size.
    public var level: DiscLevel?
    /// The side of a paired structure (recess, foramen); nil for the midline ones and the body size.
    public var side: Side?

    public init(kind: Kind, level: DiscLevel?, side: Side? = nil) {
        self.kind = kind
        self.level = level
        self.side = side
    }

    /// Drawn for each side (the recess, the foramen and its ganglion), not once for the level.
    public var isPaired: Bool { kind == .recessDepth || kind == .foramenHeight || kind == .foramenWidth || kind == .ganglionWidth }

    /// The levels with a lateral recess to sample: none at L1–L2, ill-defined at L2–L3 (population.md §A11.2e:
    /// "do not sample a recess constraint there").
    public static let recessLevels: [DiscLevel] = [.L3L4, .L4L5, .L5S1]

    /// Every sampled quantity: per level the canal AP, interpedicular width and disc height, then the recess
    /// (at L3–S1 only), foraminal height and width left and right; then every level's ganglion width left and
    /// right (drawn after the bony measurements, so adding them left every earlier draw as it was); then the
    /// body size.
    public static let all: [PopulationVariable] = DiscLevel.allCases.flatMap { level in
        Kind.allCases.filter { $0 != .bodySize && $0 != .ganglionWidth && ($0 != .recessDepth || recessLevels.contains(level)) }.flatMap { kind in
            let v = PopulationVariable(kind: kind, level: level)
            return v.isPaired ? Side.allCases.map { PopulationVariable(kind: kind, level: level, side: $0) } : [v]
        }
    } + ganglia + [PopulationVariable(kind: .bodySize, level: nil)]

    /// The ganglion widths, level by level, left before right.
    static let ganglia: [PopulationVariable] = DiscLevel.allCases.flatMap { level in
        Side.allCases.map { PopulationVariable(kind: .ganglionWidth, level: level, side: $0) }
    }

    /// The bony variables of each level (`DiscLevel.allCases` order), in ``all`` order: all but the ganglia.
    static let levelVariables: [[PopulationVariable]] = DiscLevel.allCases.map { level in
        all.filter { $0.level == level && $0.kind != .ganglionWidth }
    }

    /// For each variable of ``all``, the index of the same variable on the other side (itself when unpaired).
    public static let mirrorIndex: [Int] = all.map { v in
        guard let side = v.side else { return v.index }
        return PopulationVariable(kind: v.kind, level: v.level, side: side.mirrored).index
    }

    /// Where `self` is in ``all``.
    public var index: Int { Self.all.firstIndex(of: self) ?? 0 }

    /// `canal_ap_mm L4-L5`, `recess_depth_mm L4-L5 left`, `scale`.
    public var description: String {
        (level.map { "\(kind.rawValue) \($0.name)" } ?? kind.rawValue) + (side.map { " \($0.rawValue)" } ?? "")
    }

    /// In words, for "what drove it": "the canal's AP diameter at L4–L5".
    public var phrase: String {
        let at = level.map { " at \($0.displayName)" } ?? ""
        let sided = side.map { "\($0.rawValue) " } ?? ""
        switch kind {
        case .canalAP: return "canal AP diameter\(at)"
        case .interpedicular: return "interpedicular width\(at)"
        case .discHeight: return "posterior disc height\(at)"
        case .recessDepth: return "\(sided)lateral recess depth\(at)"
        case .foramenHeight: return "\(sided)foraminal height\(at)"
        case .foramenWidth: return "\(sided)foraminal width\(at)"
        case .ganglionWidth: return "\(sided)\(level?.exitingRoot.name ?? "") ganglion width\(at)"
        case .bodySize: return "body size"
        }
    }

    /// "narrow"/"wide", "shallow"/"deep" … for a value below (`low`) or above the rest.
    public func adjective(low: Bool) -> String {
        switch kind {
        case .canalAP, .interpedicular, .foramenWidth: low ? "a narrow" : "a wide"
        case .recessDepth: low ? "a shallow" : "a deep"
        case .discHeight, .foramenHeight: low ? "a low" : "a high"
        case .ganglionWidth: low ? "a small" : "a large"
        case .bodySize: low ? "a small" : "a large"
        }
    }

    public var unit: String { kind == .bodySize ? "×" : "mm" }
}
