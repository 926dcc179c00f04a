import Geometry

/// Where along its course a root is examined. Raw values match the report's `site`.
public enum CourseSite: String, Sendable, Hashable, CaseIterable {
    case centralCanal = "central-canal"
    case lateralRecess = "lateral-recess"
    case foramen
    case extraforaminal
}

/// Which vertebra a station moves with when the segment deforms: the lower one (z measured from the
/// disc's lower endplate) or the upper one (z measured from the roof of the foramen, y moving with slips).
public enum Attachment: Sendable, Hashable {
    case lower, upper
}

/// The section plane a station is examined in: axial for roots running down the canal, parasagittal for
/// roots running out through the foramen.
public enum StationPlane: Sendable, Hashable {
    case axial, parasagittal
}

/// One place along one root where its room is measured: a circle of the root's radius at its resting
/// position in the section plane (millimetres, level frame; see `LevelAnatomy`).
public struct RootStation: Sendable, Hashable {
    /// nil for the S3–S5 bundle (the cauda equina proper).
    public var root: Root?
    public var side: Side
    /// The level whose frame holds the position.
    public var level: DiscLevel
    public var site: CourseSite
    public var plane: StationPlane
    public var attachment: Attachment
    /// Resting centre; for `.upper` attachment z is relative to the roof of the foramen.
    public var position: Vec3
    /// Root (or ganglion) radius, mm.
    public var radius: Double
    /// How far the root can be pushed before it is trapped, mm (tethered in the foramen, freer in the sac).
    public var mobility: Double
    /// True inside the dural sac, where crowding of the cauda equina also compresses it.
    public var intrathecal: Bool
    /// True where the dorsal root ganglion lies.
    public var ganglion: Bool
    /// For `.upper` stations: the share of the upper vertebra's AP slip the root follows. The root hangs
    /// under its pedicle but is also held by its sleeve to the sac, so in the foramen it follows only part
    /// of a slip (0.4) [D]; at the axilla, behind the body, it follows it all.
    public var slipFollow: Double = 1
}

