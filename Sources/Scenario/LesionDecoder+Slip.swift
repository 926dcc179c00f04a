import Pathology
import Yams

extension LesionDecoder {
    /// A spondylolisthesis: `kind` (degenerative|isthmic, required), exactly one of `slip_percent`
    /// (0…150) or `grade` (Meyerding I…V; the integers 1…5 are accepted too), `direction`
    /// (anterior|posterior, default anterior).
    func spondylolisthesis(_ fields: inout Fields) -> Spondylolisthesis? {
        var kind: SpondylolisthesisKind?
        if let entry = fields.take("kind") {
            kind = checker.choice(entry.value, at: entry.path, Vocabulary.slipKind)
        } else {
            checker.reportMissing("kind", in: fields, allowed: Vocabulary.slipKind.allowed)
        }

        let allowed = "one of slip_percent (0…150) or grade (Meyerding I…V)"
        let chosen = exactlyOne(of: ["slip_percent", "grade"], in: fields, what: "slip severity", allowed: allowed)
        var values: [String: SlipSeverity] = [:]
        for key in ["slip_percent", "grade"] {
            guard let entry = fields.take(key) else { continue }
            if key == "slip_percent" {
                values[key] = checker.number(entry.value, at: entry.path, Vocabulary.slipPercent).map { .percent($0) }
            } else {
                values[key] = meyerding(entry).map { .meyerding($0) }
            }
        }
        let severity = chosen.flatMap { values[$0.key] }

        var direction: SlipDirection? = .anterior
        if let entry = fields.take("direction") {
            direction = checker.choice(entry.value, at: entry.path, Vocabulary.slipDirection)
        }
        guard let kind, let severity, let direction else { return nil }
        return Spondylolisthesis(kind: kind, severity: severity, direction: direction)
    }

    /// `I`…`V` (any case) or a plain whole number 1…5.
    private func meyerding(_ entry: Entry) -> MeyerdingGrade? {
        if let scalar = entry.value.scalar, scalar.style == .plain, NumberSyntax.isInteger(scalar.string) {
            return checker.integer(entry.value, at: entry.path, "grade", 1...5).flatMap { MeyerdingGrade(rawValue: $0) }
        }
        return checker.choice(entry.value, at: entry.path, Vocabulary.meyerding)
    }

    /// A degeneration: exactly one of `pfirrmann` (whole number 1…5) or `height_loss_percent` (0…80).
    func degeneration(_ fields: inout Fields) -> Degeneration? {
        let allowed = "one of pfirrmann (1…5) or height_loss_percent (0…80)"
        let chosen = exactlyOne(of: ["pfirrmann", "height_loss_percent"], in: fields, what: "degeneration severity",
                                allowed: allowed)
        var values: [String: DegenerationSeverity] = [:]
        if let entry = fields.take("pfirrmann") {
            values[entry.key] = checker.integer(entry.value, at: entry.path, "pfirrmann", Vocabulary.pfirrmann).map { .pfirrmann($0) }
        }
        if let entry = fields.take("height_loss_percent") {
            values[entry.key] = checker.number(entry.value, at: entry.path, Vocabulary.heightLoss)
                .map { .heightLossPercent($0) }
        }
        guard let severity = chosen.flatMap({ values[$0.key] }) else { return nil }
        return Degeneration(severity: severity)
    }
}
