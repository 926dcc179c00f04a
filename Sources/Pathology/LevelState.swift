import Anatomy

/// The deformed state of one level: what posture and lesions did to its neutral anatomy. Millimetres,
/// level frame (see `LevelAnatomy`); `baseZ` places the frame in the global frame.
public struct LevelState: Sendable, Hashable {
    public var anatomy: LevelAnatomy
    /// Global z of the disc's lower endplate (top of the lower vertebra).
    public var baseZ: Double = 0
    /// Posterior disc height now.
    public var discHeight: Double
    /// How far the disc's posterior margin bulges into canal and foramen.
    public var discBulge: Double = 0
    /// Lesion indices behind the disc's height loss or bulge.
    public var discLesions = LesionSet()
    /// How far the upper vertebra's body and pedicles moved in y (+ posterior; anterior slip is negative).
    public var upperBodyShiftY: Double = 0
    /// How far the upper vertebra's arch (lamina, inferior facets) moved in y.
    public var upperArchShiftY: Double = 0
    /// Extra descent of the upper pedicle beyond the disc's height loss (posture, isthmic slip).
    public var roofDrop: Double = 0
    /// Lesion indices behind the upper vertebra's movement.
    public var upperLesions = LesionSet()
    /// Posture: how far the ligamentum flavum and laminae move into the canal (+ = forward).
    public var canalWallShift: Double = 0
    /// Posture: how far the superior articular process moves into recess and foramen.
    public var facetShift: Double = 0
    /// Fibrocartilage of an isthmic pars defect bulging into the back of the foramen, mm (§B10 Gill nodule).
    public var parsNodule: Double = 0
    /// Slip of the upper vertebra as % of the lower endplate depth (Meyerding), if any.
    public var slipPercent: Double?

    public init(anatomy: LevelAnatomy) {
        self.anatomy = anatomy
        self.discHeight = anatomy.segment.discHeight
    }

    public var level: DiscLevel { anatomy.level }
    /// z of the foramen's roof (upper pedicle's inferior margin), level frame; the mean of the sides (``roofZ(_:)``).
    public var roofZ: Double { discHeight + anatomy.upperNotch - roofDrop }
    /// z of the foramen's floor (lower pedicle's superior margin), level frame; the mean of the sides.
    public var floorZ: Double { -anatomy.lowerNotch }
    /// `side`'s foramen roof and floor, level frame.
    public func roofZ(_ side: Side) -> Double { discHeight + anatomy.upperNotch(side) - roofDrop }
    public func floorZ(_ side: Side) -> Double { -anatomy.lowerNotch(side) }
    /// Height of the upper, wide part of the foramen where the exiting root and its ganglion run: from the
    /// upper pedicle down to the shelf that the facet capsule, the tip of the superior articular process and the
    /// posterolateral annulus form under the root (mm, ≥ 0). A fixed share of the pedicle-to-pedicle height above
    /// Hasegawa's critical disc height (`Morphometry.upperNotchShare`), so whatever lowers the foramen — disc
    /// collapse, posture, a slip, a short pedicle — narrows the root's room in one way (§B4, §E4). The mean of
    /// the sides; ``foramenRoom(_:)`` for one.
    public var foramenRoom: Double { room(roofZ - floorZ) }
    public func foramenRoom(_ side: Side) -> Double { room(roofZ(side) - floorZ(side)) }

    private func room(_ h: Double) -> Double {
        max(0, Morphometry.upperNotchShare(level) * (h - Morphometry.hasegawaDiscHeight * anatomy.scale))
    }

    /// What places a root's stations in this level (``DeformedSpine/centre(of:)``), mm.
    struct StationFrame {
        var baseZ, neutralDiscHeight, discHeight, roofZ, foramenRoom, scale, upperBodyShiftY: Double
    }

    func stationFrame(_ side: Side) -> StationFrame {
        StationFrame(baseZ: baseZ, neutralDiscHeight: anatomy.segment.discHeight, discHeight: discHeight, roofZ: roofZ(side),
                     foramenRoom: foramenRoom(side), scale: anatomy.scale, upperBodyShiftY: upperBodyShiftY)
    }

    /// z of the shelf under the exiting root: the tip of the superior articular process and the facet capsule
    /// (level frame). It rides up towards the root as the foramen loses height (§E4, C2 S72). The mean of the
    /// sides; ``facetTipZ(_:)`` for one.
    public var facetTipZ: Double { roofZ - foramenRoom }
    public func facetTipZ(_ side: Side) -> Double { roofZ(side) - foramenRoom(side) }
}
