import Anatomy
import Clinical
import Pathology

/// Turns room into grades (§B6 Pfirrmann root grade, §B2 Schizas, §E5 severity scale).
public enum Grading {
    /// Pfirrmann root grade from the room a root has: compression when it must flatten by 10 % or more
    /// to fit anywhere within its mobility; deviation when tissue reaches 0.5 mm or more into its resting
    /// place but it can move aside; contact when tissue touches it; normal otherwise.
    public static func rootGrade(_ room: RootRoom) -> RootGrade {
        if room.deformation >= RootRoom.deformationThreshold { return .compression }
        if room.clearance <= RootRoom.deviationClearance { return .deviation }
        if room.clearance <= 0 || room.bestFit < room.radius { return .contact }
        return .normal
    }

    /// Schizas grade from the residual dural area `area` and the area the roots at this level need
    /// (`neural`, mm²); the thresholds are `SchizasGrade.init(area:neural:posteriorFatGone:)` (§B1, §B2).
    public static func schizas(area: Double, neural: Double, posteriorFatGone: Bool) -> SchizasGrade {
        SchizasGrade(area: area, neural: neural, posteriorFatGone: posteriorFatGone)
    }

    /// The grade crowding of the sac gives every root inside it: contact from Schizas B, compression
    /// from C (flattening 1 − area / neural).
    public static func crowding(area: Double, neural: Double) -> (grade: RootGrade, deformation: Double) {
        if area < neural { return (.compression, min(RootRoom.maximumDeformation, max(RootRoom.deformationThreshold, 1 - area / neural))) }
        if area < 1.4 * neural { return (.contact, 0) }
        return (.normal, 0)
    }

    /// The reading of a lateral-recess depth (mm; reference §B3, Ciric 1980): ≤ 2 mm diagnostic of stenosis,
    /// ≤ 3 mm suggestive of it; nil for a deeper recess. 1e-9 mm of slack keeps a depth printed as "3.0 mm" on the
    /// side it reads.
    public static func recessReading(depth: Double) -> RecessReading? {
        if depth <= 2 + 1e-9 { return .stenosis }
        if depth <= 3 + 1e-9 { return .suggestsStenosis }
        return nil
    }
}

/// What a lateral-recess depth says (§B3, Ciric 1980).
public enum RecessReading: String, Sendable {
    case stenosis = "stenosis"
    case suggestsStenosis = "suggests stenosis"
}
