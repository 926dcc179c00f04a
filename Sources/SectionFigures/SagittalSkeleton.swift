import Anatomy
import FigureStyle
import Pathology

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where one vertebra lies in the bent figure. Millimetres, degrees only in comments.
struct VertebraPose: Sendable {
    var vertebra: Vertebra
    /// Origin at the posterior-inferior corner of the body, local y along the lower endplate.
    var lower: Frame
    /// Origin at the posterior-superior corner of the body, local y along the upper endplate.
    var upper: Frame
    var posteriorHeight: Double
    var anteriorHeight: Double
    /// Endplate depth (AP), used for both endplates.
    var depth: Double
    var pedicleHeight: Double
    /// Straight-model (global) z of the posterior-inferior and posterior-superior corners.
    var zBottom: Double
    var zTop: Double
    /// How far the arch (laminae, inferior articular processes, spinous process) sits behind the place it
    /// would have on the body, mm along `lower.posterior`: non-zero when an isthmic slip left it behind.
    var archShift: Double
    /// The disc below (this vertebra is its upper one) and above (this vertebra is its lower one).
    var levelBelow: DiscLevel?
    var levelAbove: DiscLevel?

    /// The frame the arch is drawn in.
    var arch: Frame { lower.shifted(y: archShift, z: 0) }
}

/// One disc between two placed vertebrae.
struct DiscPose: Sendable {
    var level: DiscLevel
    var state: LevelState
    /// The lower vertebra's upper endplate frame and the upper vertebra's lower endplate frame.
    var lower: Frame
    var upper: Frame
    var lowerDepth: Double
    var upperDepth: Double
    /// Straight-model z of the disc's lower endplate and of its posterior top.
    var zBottom: Double
    var zTop: Double

    /// The disc's mid-height frame, half-way between its endplates.
    var middle: Frame {
        Frame(origin: PlanePoint.lerp(lower.origin, upper.origin, 0.5), angle: (lower.angle + upper.angle) / 2)
    }
}

/// The lumbar column bent into its standing lordosis. The model stacks the levels straight; here the
/// sacrum is tilted by `sacralSlope` and each level's upper vertebra is turned back about the
/// posterior-inferior corner of its body so that the angle between consecutive upper endplates is the
/// level's segmental lordosis (`segment.lordosis`). Bodies keep their wedge (anterior vs posterior
/// height); the disc takes the rest of the angle, so its anterior height follows from lordosis, body
/// wedge and the current posterior height (a collapsed disc loses height in front as much as behind).
struct SagittalSkeleton: Sendable {
    /// Sacral slope of a standing adult, radians (about 40°).
    static let sacralSlope = 40.0 * Double.pi / 180

    /// L1 … S1, cranial first.
    var vertebrae: [VertebraPose]
    /// L1–L2 … L5–S1.
    var discs: [DiscPose]

    init(spine: DeformedSpine) {
        var poses: [Vertebra: VertebraPose] = [:]
        var discs: [DiscPose] = []
        let sacrumState = spine[.L5S1]
        let s1 = sacrumState.anatomy.lower
        let s1Upper = Frame(origin: PlanePoint(0, 0), angle: Self.sacralSlope)
        // The posterior wall is perpendicular to the lower endplate: go down it from the upper corner.
        let lowerAngle = Self.sacralSlope + Self.wedge(s1)
        let s1LowerFrame = Frame(origin: s1Upper.origin - Frame(origin: s1Upper.origin, angle: lowerAngle).cranial * s1.posteriorHeight,
                                 angle: lowerAngle)
        poses[.S1] = VertebraPose(vertebra: .S1, lower: s1LowerFrame, upper: s1Upper, posteriorHeight: s1.posteriorHeight,
                                  anteriorHeight: s1.anteriorHeight, depth: s1.endplateDepth, pedicleHeight: s1.pedicleHeight,
                                  zBottom: sacrumState.baseZ - s1.posteriorHeight, zTop: sacrumState.baseZ, archShift: 0,
                                  levelBelow: nil, levelAbove: .L5S1)
        for level in DiscLevel.allCases.reversed() {
            let state = spine[level]
            guard let below = poses[level.lower] else { continue }
            let dims = state.anatomy.upper
            let lordosis = state.anatomy.segment.lordosis * Double.pi / 180
            let discWedge = lordosis - Self.wedge(dims)
            let lower = Frame(origin: below.upper.point(state.upperBodyShiftY, state.discHeight), angle: below.upper.angle - discWedge)
            let upper = Frame(origin: lower.point(0, dims.posteriorHeight), angle: lower.angle - Self.wedge(dims))
            let zBottom = state.baseZ + state.discHeight
            poses[level.upper] = VertebraPose(
                vertebra: level.upper, lower: lower, upper: upper, posteriorHeight: dims.posteriorHeight,
                anteriorHeight: dims.anteriorHeight, depth: dims.endplateDepth, pedicleHeight: dims.pedicleHeight,
                zBottom: zBottom, zTop: zBottom + dims.posteriorHeight,
                archShift: state.upperArchShiftY - state.upperBodyShiftY, levelBelow: level, levelAbove: level.above)
            discs.append(DiscPose(level: level, state: state, lower: below.upper, upper: lower, lowerDepth: below.depth,
                                  upperDepth: dims.endplateDepth, zBottom: state.baseZ, zTop: zBottom))
        }
        self.vertebrae = Vertebra.allCases.compactMap { poses[$0] }
        self.discs = discs.sorted { $0.level < $1.level }
    }

    /// The body's wedge angle, radians: positive when the body is taller in front (lordotic).
    static func wedge(_ v: Morphometry.Vertebral) -> Double {
        atan2(v.anteriorHeight - v.posteriorHeight, max(1, v.endplateDepth))
    }

    func pose(_ vertebra: Vertebra) -> VertebraPose? { vertebrae.first { $0.vertebra == vertebra } }
    func disc(_ level: DiscLevel) -> DiscPose? { discs.first { $0.level == level } }
}
