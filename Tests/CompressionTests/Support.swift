import Anatomy
import Clinical
import Compression
import Pathology

/// Shorthands for building lesions in tests.
enum Make {
    static func herniation(_ level: DiscLevel, _ zone: HerniationZone, _ side: Side?, _ morphology: HerniationMorphology = .protrusion,
                           size: Double, migration: Migration? = nil) -> Lesion {
        Lesion(level: level, kind: .herniation(Herniation(zone: zone, side: side, morphology: morphology, sizeMillimetres: size, migration: migration)))
    }
    static func stenosis(_ level: DiscLevel, _ kind: StenosisKind, side laterality: Laterality = .bilateral,
                         cause: StenosisCause? = nil, _ severity: StenosisSeverity) -> Lesion {
        Lesion(level: level, kind: .stenosis(Stenosis(kind: kind, laterality: laterality, cause: cause, severity: severity)))
    }
    static func slip(_ level: DiscLevel, _ kind: SpondylolisthesisKind, percent: Double, direction: SlipDirection = .anterior) -> Lesion {
        Lesion(level: level, kind: .spondylolisthesis(Spondylolisthesis(kind: kind, severity: .percent(percent), direction: direction)))
    }
    static func degeneration(_ level: DiscLevel, loss: Double) -> Lesion {
        Lesion(level: level, kind: .degeneration(Degeneration(severity: .heightLossPercent(loss))))
    }
    static func run(_ lesions: [Lesion], posture: Posture = .neutral, anatomy: AnatomyOptions = AnatomyOptions(), atlas: Atlas = .lee2008) -> SimulationResult {
        Simulator.run(SimulationInput(anatomy: anatomy, posture: posture, atlas: atlas, lesions: lesions))
    }
}

extension SimulationResult {
    /// "L5 left 3 lateral-recess L4-L5" lines of the hurt roots, for messages.
    var hurtSummary: String {
        hurtRoots.map { "\($0.root.name) \($0.side.rawValue) g\($0.grade.rawValue) \($0.site.rawValue) \($0.level.name) c=\(Describe.number($0.clearance, decimals: 2)) d=\(Describe.number($0.deformationPercent, decimals: 0))%" }.joined(separator: "; ")
    }
    func grade(_ root: Root, _ side: Side) -> RootGrade { finding(root, side)?.grade ?? .normal }
}
