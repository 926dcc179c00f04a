import Anatomy
import Clinical
import Compression
import Pathology

/// Building blocks of the calibration sweeps: one simulation of a few lesions on an otherwise default
/// adult spine, and the first value of a sweep at which something happens.
public enum Probe {
    /// Runs the model on `lesions` with `anatomy` and `posture` (Lee 2008 atlas: the atlas never changes a grade).
    public static func run(_ lesions: [Lesion], anatomy: AnatomyOptions = AnatomyOptions(), posture: Posture = .neutral) -> SimulationResult {
        Simulator.run(SimulationInput(anatomy: anatomy, posture: posture, atlas: .lee2008, lesions: lesions))
    }

    /// The grade of `root` on `side`; `.normal` when the report does not list it.
    public static func grade(_ r: SimulationResult, _ root: Root, _ side: Side) -> RootGrade {
        r.finding(root, side)?.grade ?? .normal
    }

    /// The first value, going from `from` towards `to` in steps of `step`, at which `holds` is true, refined
    /// by bisection to `resolution` between the last value where it was false and the first where it is true.
    /// nil when it never holds. Assumes `holds` does not flip back within one coarse step.
    public static func firstValue(from: Double, to: Double, step: Double, resolution: Double = 0.02,
                                  _ holds: (Double) -> Bool) -> Double? {
        let direction: Double = to >= from ? 1 : -1
        let count = Int(((to - from) * direction / step).rounded(.down))
        var previous = from
        if holds(from) { return from }
        for i in 1...max(1, count) {
            let value = i == count ? to : from + direction * Double(i) * step
            if holds(value) {
                var lo = previous, hi = value
                while abs(hi - lo) > resolution {
                    let mid = (lo + hi) / 2
                    if holds(mid) { hi = mid } else { lo = mid }
                }
                return hi
            }
            previous = value
        }
        return nil
    }

    /// The values of a sweep, `from` to `to` inclusive, in `steps` evenly spaced steps.
    public static func values(from: Double, to: Double, steps: Int) -> [Double] {
        (0..<steps).map { from + (to - from) * Double($0) / Double(max(1, steps - 1)) }
    }
}

extension Lesion {
    public static func herniation(_ level: DiscLevel, _ zone: HerniationZone, _ side: Side?, _ morphology: HerniationMorphology = .protrusion,
                                  size: Double, migration: Migration? = nil) -> Lesion {
        Lesion(level: level, kind: .herniation(Herniation(zone: zone, side: side, morphology: morphology, sizeMillimetres: size, migration: migration)))
    }
    public static func stenosis(_ level: DiscLevel, _ kind: StenosisKind, side laterality: Laterality = .bilateral,
                                cause: StenosisCause? = nil, _ severity: StenosisSeverity) -> Lesion {
        Lesion(level: level, kind: .stenosis(Stenosis(kind: kind, laterality: laterality, cause: cause, severity: severity)))
    }
    public static func slip(_ level: DiscLevel, _ kind: SpondylolisthesisKind, percent: Double, direction: SlipDirection = .anterior) -> Lesion {
        Lesion(level: level, kind: .spondylolisthesis(Spondylolisthesis(kind: kind, severity: .percent(percent), direction: direction)))
    }
    public static func degeneration(_ level: DiscLevel, loss percent: Double) -> Lesion {
        Lesion(level: level, kind: .degeneration(Degeneration(severity: .heightLossPercent(percent))))
    }
}
