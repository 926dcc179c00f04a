import Anatomy
import Pathology

/// How common a herniation of this level or zone is among lumbar disc herniations, stated only where it
/// is uncommon (§C6): a base rate for the student weighing an upper-level or far-lateral lesion.
public struct LevelShare: Sendable, Hashable {
    /// The group the share is of: `L3-L4`, `L1-L2+L2-L3`, `far-lateral`.
    public var group: String
    /// The share's range, percent of lumbar disc herniations.
    public var minPercent: Double
    public var maxPercent: Double
    /// One sentence for the report, with its reference section.
    public var sentence: String

    public init(group: String, minPercent: Double, maxPercent: Double, sentence: String) {
        self.group = group
        self.minPercent = minPercent
        self.maxPercent = maxPercent
        self.sentence = sentence
    }

    /// The shares that apply to `lesion`: none for a common level and zone, for a bulge (not a
    /// herniation, §B8) or for another kind of lesion.
    // §C6 frequency of disc herniation by level [C S42, C S43, C S44, C S44b; C2 S41]
    public static func of(_ lesion: Lesion) -> [LevelShare] {
        guard case .herniation(let h) = lesion.kind, h.morphology != .bulge else { return [] }
        var out: [LevelShare] = []
        switch lesion.level {
        case .L3L4:
            out.append(LevelShare(group: "L3-L4", minPercent: 2, maxPercent: 5,
                                  sentence: "L3–L4 herniations are uncommon: about 2–5 % of lumbar disc herniations, against about 90–98 % at L4–L5 and L5–S1 (§C6)."))
        case .L1L2, .L2L3:
            out.append(LevelShare(group: "L1-L2+L2-L3", minPercent: 1, maxPercent: 2,
                                  sentence: "Herniations at L1–L2 and L2–L3 are rare: together about 1–2 % of lumbar disc herniations (§C6)."))
        case .L4L5, .L5S1:
            break
        }
        if h.zone == .extraforaminal {
            out.append(LevelShare(group: "far-lateral", minPercent: 7, maxPercent: 12,
                                  sentence: "Far-lateral (extraforaminal) herniations are about 7–12 % of lumbar disc herniations (§C6)."))
        }
        return out
    }
}
