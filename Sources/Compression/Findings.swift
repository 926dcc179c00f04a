import Anatomy
import Clinical
import Pathology

/// What the simulation found for one root on one side: the worst place along its course.
public struct RootFinding: Sendable, Hashable {
    public var root: Root
    public var side: Side
    public var grade: RootGrade
    /// Where the root is tightest (for a normal root, where it has least room).
    public var site: RootSite
    public var level: DiscLevel
    /// Room between the root's surface and the nearest tissue at rest, mm; negative when tissue reaches
    /// into the root's place.
    public var clearance: Double
    /// How much the root must flatten to fit, 0 … 100 %.
    public var deformationPercent: Double
    /// Touched by nucleus pulposus outside the annulus (§E2).
    public var inflamed: Bool
    /// Indices of the lesions responsible, ascending.
    public var lesions: [Int]
    /// True when the grade comes from crowding of the whole cauda equina (dural sac too small, §B2).
    public var crowded: Bool

    public var involvement: RootInvolvement {
        RootInvolvement(root: root, side: side, grade: grade, site: grade > .normal ? site : nil,
                        level: grade > .normal ? level : nil, inflamed: inflamed, deformationPercent: deformationPercent)
    }
}

/// Grades and measurements of one disc level.
public struct SegmentFinding: Sendable, Hashable {
    public var level: DiscLevel
    public var measurements: LevelMeasurements
    /// Schizas 2010 grade from the residual dural area against the area the roots need (§B2).
    public var schizas: SchizasGrade
    /// Lee 2010 foraminal grade per side (§B4).
    public var leeForaminal: [Side: Int]
    /// Meyerding grade of a slip at this level (§B10), nil when none.
    public var meyerding: MeyerdingGrade?
    public var slipPercent: Double?
}

/// The state of the cauda equina: compressed when any level's sac is too small for its roots.
public struct CaudaEquinaFinding: Sendable, Hashable {
    public var compressed: Bool
    public var minDuralArea: Double
    public var level: DiscLevel
}

/// A lesion as the report describes it.
public struct LesionFinding: Sendable, Hashable {
    public var index: Int
    public var id: String
    public var lesion: Lesion
    /// One phrase: "7 mm left subarticular extrusion at L4–L5".
    public var summary: String
    /// Michigan State University code of a herniation (§B7), e.g. "2-B".
    public var msu: String?
    /// For a stenosis: how far its wall moved in, mm.
    public var encroachment: Double?
    /// How common a herniation of this level or zone is, where it is uncommon (§C6); empty otherwise.
    public var levelShare: [LevelShare] { LevelShare.of(lesion) }
}
