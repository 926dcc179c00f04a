import Anatomy
import Pathology
import Yams

extension LesionDecoder {
    /// A stenosis: `kind` (required), `side` (left|right|bilateral, default bilateral, not allowed with
    /// central), `cause` (default by kind), and exactly one severity of those its kind accepts
    /// (`StenosisKind.severityKeys`). A severity of another kind is reported with the keys this kind takes.
    func stenosis(_ fields: inout Fields) -> Stenosis? {
        var ok = true
        var kind: StenosisKind?
        if let entry = fields.take("kind") {
            kind = checker.choice(entry.value, at: entry.path, Vocabulary.stenosisKind)
        } else {
            checker.reportMissing("kind", in: fields, allowed: Vocabulary.stenosisKind.allowed)
        }

        var laterality: Laterality? = .bilateral
        if let entry = fields.take("side") {
            if kind == .central {
                checker.report(entry.keyNode, entry.path,
                               "side is not allowed with central stenosis (it narrows the whole canal)")
                ok = false
            } else {
                laterality = checker.choice(entry.value, at: entry.path, Vocabulary.laterality)
            }
        }

        var cause: StenosisCause?
        var causeOK = true
        if let entry = fields.take("cause") {
            cause = checker.choice(entry.value, at: entry.path, Vocabulary.cause)
            causeOK = cause != nil
        }

        let given = StenosisKind.allSeverityKeys.compactMap { fields.take($0) }
            .sorted { a, b in
                let (p, q) = (Checker.position(of: a.keyNode), Checker.position(of: b.keyNode))
                return (p.line, p.column) < (q.line, q.column)
            }
        let severity = stenosisSeverity(given, kind: kind, in: fields)

        guard ok, causeOK, let kind, let laterality, let severity else { return nil }
        return Stenosis(kind: kind, laterality: laterality, cause: cause, severity: severity)
    }

    private func stenosisSeverity(_ given: [Entry], kind: StenosisKind?, in fields: Fields) -> StenosisSeverity? {
        guard let kind else {
            // Without a kind, only the values that mean the same for every kind can be checked.
            for entry in given where entry.key != "grade" { _ = severity(entry, kind: nil) }
            return nil
        }
        let accepted = given.filter { kind.severityKeys.contains($0.key) }
        for entry in given where !kind.severityKeys.contains(entry.key) {
            checker.report(entry.keyNode, entry.path, "\(entry.key) is not a severity of \(kind.phrase)",
                           allowed: kind.severityAllowed,
                           suggestion: Suggestions.nearest(to: entry.key, among: kind.severityKeys))
        }
        let values = accepted.map { severity($0, kind: kind) }
        if accepted.isEmpty {
            if given.isEmpty {
                checker.report(fields.node, fields.path, "missing severity of the \(kind.phrase)",
                               allowed: kind.severityAllowed)
            }
            return nil
        }
        if accepted.count > 1 {
            checker.report(accepted[1].keyNode, accepted[1].path,
                           "give exactly one severity, not \(accepted.map(\.key).joined(separator: " and "))",
                           allowed: kind.severityAllowed)
            return nil
        }
        guard given.count == 1 else { return nil }
        return values.first ?? nil
    }

    /// One severity value, checked against its range; `kind` decides what `grade` means.
    private func severity(_ entry: Entry, kind: StenosisKind?) -> StenosisSeverity? {
        let node = entry.value
        let path = entry.path
        switch entry.key {
        case "canal_ap_mm": return checker.number(node, at: path, Vocabulary.canalAP).map { .canalAP($0) }
        case "dural_area_mm2":
            return checker.number(node, at: path, Vocabulary.duralArea).map { .duralArea($0) }
        case "recess_depth_mm":
            return checker.number(node, at: path, Vocabulary.recessDepth).map { .recessDepth($0) }
        case "foramen_height_mm":
            return checker.number(node, at: path, Vocabulary.foramenHeight).map { .foramenHeight($0) }
        case "encroachment_mm":
            return checker.number(node, at: path, Vocabulary.encroachment).map { .encroachment($0) }
        case "grade" where kind == .central:
            return checker.choice(node, at: path, Vocabulary.schizas).map { .schizas($0) }
        case "grade" where kind == .foraminal:
            return checker.integer(node, at: path, "grade", Vocabulary.leeGrades).map { .leeForaminal($0) }
        default:
            return nil
        }
    }
}
