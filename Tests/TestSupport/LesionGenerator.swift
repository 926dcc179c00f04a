import Anatomy
import Pathology


/// Random but valid lesions across every type, zone, cause and severity form.
public enum LesionGenerator {
    public static func lesion(_ g: inout SeededGenerator) -> Lesion {
        let level = DiscLevel.allCases.randomElement(using: &g)!
        let side = Side.allCases.randomElement(using: &g)!
        switch Int.random(in: 0..<10, using: &g) {
        case 0...4:
            let zone = HerniationZone.allCases.randomElement(using: &g)!
            let morphology = HerniationMorphology.allCases.randomElement(using: &g)!
            let size = morphology == .bulge ? Double.random(in: 0.5...5, using: &g) : Double.random(in: 0.5...20, using: &g)
            var migration: Migration?
            if morphology.isUncontained && Bool.random(using: &g) {
                migration = Migration(direction: MigrationDirection.allCases.randomElement(using: &g)!, millimetres: Double.random(in: 0...15, using: &g))
            }
            return Lesion(level: level, kind: .herniation(Herniation(zone: zone, side: zone == .central ? nil : side, morphology: morphology,
                                                                     sizeMillimetres: size, migration: migration)))
        case 5...6:
            let kind = StenosisKind.allCases.randomElement(using: &g)!
            let laterality = kind == .central ? Laterality.bilateral : Laterality.allCases.randomElement(using: &g)!
            let cause = StenosisCause.allCases.randomElement(using: &g)!
            let severity: StenosisSeverity
            switch (kind, Int.random(in: 0..<3, using: &g)) {
            case (_, 0): severity = .encroachment(Double.random(in: 0.1...12, using: &g))
            case (.central, 1): severity = .canalAP(Double.random(in: 3...16, using: &g))
            case (.central, _): severity = .duralArea(Double.random(in: 20...180, using: &g))
            case (.lateralRecess, _): severity = .recessDepth(Double.random(in: 0.5...6, using: &g))
            case (.foraminal, 1): severity = .foramenHeight(Double.random(in: 5...20, using: &g))
            case (.foraminal, _): severity = .leeForaminal(Int.random(in: 0...3, using: &g))
            }
            return Lesion(level: level, kind: .stenosis(Stenosis(kind: kind, laterality: laterality, cause: cause, severity: severity)))
        case 7...8:
            return Lesion(level: level, kind: .spondylolisthesis(Spondylolisthesis(
                kind: SpondylolisthesisKind.allCases.randomElement(using: &g)!,
                severity: .percent(Double.random(in: 0...100, using: &g)),
                direction: Int.random(in: 0..<4, using: &g) == 0 ? .posterior : .anterior)))
        default:
            return Lesion(level: level, kind: .degeneration(Degeneration(severity: .heightLossPercent(Double.random(in: 0...80, using: &g)))))
        }
    }

    /// The same lesion made bigger by `step` (size, encroachment, slip, height loss), within the format's ranges.
    public static func grown(_ lesion: Lesion, by step: Double) -> Lesion {
        var copy = lesion
        switch lesion.kind {
        case .herniation(var h):
            h.sizeMillimetres = min(h.morphology == .bulge ? 5 : 20, h.sizeMillimetres + step)
            copy.kind = .herniation(h)
        case .stenosis(var s):
            switch s.severity {
            case .encroachment(let e): s.severity = .encroachment(min(20, e + step))
            case .canalAP(let v): s.severity = .canalAP(max(0.5, v - step))
            case .duralArea(let v): s.severity = .duralArea(max(1, v - 10 * step))
            case .schizas(let grade): s.severity = .schizas(SchizasGrade.allCases.first { $0 > grade } ?? grade)
            case .recessDepth(let v): s.severity = .recessDepth(max(0, v - step))
            case .foramenHeight(let v): s.severity = .foramenHeight(max(1, v - step))
            case .leeForaminal(let v): s.severity = .leeForaminal(min(3, v + 1))
            }
            copy.kind = .stenosis(s)
        case .spondylolisthesis(var s):
            s.severity = .percent(min(150, s.severity.percent + 5 * step))
            copy.kind = .spondylolisthesis(s)
        case .degeneration(var d):
            d.severity = .heightLossPercent(min(80, d.severity.heightLossFraction * 100 + 5 * step))
            copy.kind = .degeneration(d)
        }
        return copy
    }
}
