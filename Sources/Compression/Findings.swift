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
    /// The place along the course where the root is worst, in the finer vocabulary of `stations`.
    public var station: StationSite = .inSac
    /// Every place along the root's course where tissue touches it or the sac crowds it (grade ≥ 1), worst
    /// per place, cranial first: two entries for a double crush. Empty for an unhurt root.
    public var stations: [StationFinding] = []

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

/// A place along a root's course, finer than `RootSite`: the exiting root's axilla (where it leaves the sac,
/// above the disc), the traversing root beside the disc in the lateral recess and further down behind the
/// vertebral body, the ganglion in the foramen, the spinal nerve beyond it, and the root still in the sac.
public enum StationSite: String, CaseIterable, Sendable, Hashable {
    case inSac = "in-sac"
    case axilla
    case lateralRecess = "lateral-recess"
    case behindBody = "behind-body"
    case foramen
    case extraforaminal

    /// Words for reports: "behind the vertebral body".
    public var phrase: String {
        switch self {
        case .inSac: "in the dural sac"
        case .axilla: "at its axilla"
        case .lateralRecess: "in the lateral recess"
        case .behindBody: "behind the vertebral body"
        case .foramen: "in the foramen"
        case .extraforaminal: "beyond the foramen"
        }
    }

    /// Words for where `root` is at this place of `level`: "in the lateral recess at L4–L5". The root that traverses
    /// a level is in the sac only above its disc (`Spine.appendStations`: its in-sac station lies 5 mm above the disc,
    /// it crosses the disc in its lateral recess), so its place there reads "in the dural sac above the L1–L2 disc" —
    /// an axial section through that disc shows the root already in its recess. The exiting root's axilla lies above
    /// its disc too: "at its axilla above the L4–L5 disc".
    public func phrase(_ root: Root, at level: DiscLevel) -> String {
        if self == .inSac && root == level.traversingRoot || self == .axilla { return "\(phrase) above the \(level.displayName) disc" }
        return "\(phrase) at \(level.displayName)"
    }

    /// The report's coarser `site` for this place (the vocabulary of format 1's `site`).
    public var site: RootSite {
        switch self {
        case .inSac: .centralCanal
        case .axilla, .lateralRecess, .behindBody: .lateralRecess
        case .foramen: .foramen
        case .extraforaminal: .extraforaminal
        }
    }

    /// The place a model station stands for. The traversing root's stations more than 6 mm below the disc
    /// lie behind the lower vertebral body; the exiting root's recess station is its axilla.
    public init(_ station: RootStation, scale: Double) {
        switch station.site {
        case .centralCanal: self = .inSac
        case .foramen: self = .foramen
        case .extraforaminal: self = .extraforaminal
        case .lateralRecess:
            if station.attachment == .upper { self = .axilla }
            else { self = station.position.z < -6 * scale ? .behindBody : .lateralRecess }
        }
    }
}

/// What one root meets at one place (`RootFinding.stations`).
public struct StationFinding: Sendable, Hashable {
    public var site: StationSite
    public var level: DiscLevel
    public var grade: RootGrade
    /// Room between the root's surface and the nearest tissue at rest, mm; negative when tissue reaches in.
    public var clearance: Double
    /// How much the root must flatten to fit here, 0 … 100 %.
    public var deformationPercent: Double
    /// True when the grade comes from crowding of the whole sac.
    public var crowded: Bool
    /// The room the model found here (`RootRoom.bestFit`), mm: the largest radius that fits anywhere within the root's
    /// mobility of its resting place — the half-thickness a flattened root keeps (`deformationPercent` is 1 − this / its
    /// radius, capped at 85 % and rounded). At least the root's radius when it fits (the search stops there). Read by the
    /// figures so that a compressed root is drawn as thin as the model finds it (one source of truth); not in the reports.
    public var bestFit: Double

    public init(site: StationSite, level: DiscLevel, grade: RootGrade, clearance: Double, deformationPercent: Double, crowded: Bool,
                bestFit: Double = .infinity) {
        self.site = site
        self.level = level
        self.grade = grade
        self.clearance = clearance
        self.deformationPercent = deformationPercent
        self.crowded = crowded
        self.bestFit = bestFit
    }
}
