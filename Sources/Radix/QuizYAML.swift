import Anatomy
import Compression
import Pathology
import Report

/// Writes a quiz case as a scenario file (format 1), so students can run and render it like any other;
/// the generator reads the text back through `ScenarioLoader`, which checks it.
enum QuizYAML {
    /// The whole file: a comment saying where it comes from, then the scenario.
    /// - Parameters:
    ///   - label: the case's number as printed, "007".
    ///   - seed: the set's seed, for the comment.
    static func scenario(_ draft: QuizDraft, label: String, seed: UInt64, atlas: Atlas) -> String {
        var lines = [
            "# Radix quiz case \(label): seed \(seed), drawn by `radix quiz` (Radix \(RadixVersion.current); another",
            "# version of Radix may draw another set from the same seed).",
            "# The question sheet quiz-\(label).question.* shows only the history and the examination; this file",
            "# is the answer. Patient: \(draft.patient.phrase), \(onsetWords(draft.patient.onset)).",
            "radix: 1",
            "title: \(quoted(title(draft, label: label)))",
            "description: \(quoted(description(draft)))",
            "atlas: \(atlas.rawValue)",
            "posture: \(draft.posture.rawValue)",
            "lesions:",
        ]
        for lesion in draft.lesions { lines += self.lesion(lesion) }
        lines += ["render:", "  views: [sheet]", "  formats: [png]"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// "Case 007: 7 mm left subarticular extrusion at L4–L5", "Case 011: disc degeneration (Pfirrmann V)
    /// with right foraminal stenosis (osteophyte) at L4–L5" — the answer sheet's title; the level is named
    /// once when every lesion is at one level, else each lesion names its own.
    static func title(_ draft: QuizDraft, label: String) -> String {
        let levels = Set(draft.lesions.map(\.level))
        let oneLevel = levels.count == 1
        let parts = draft.lesions.map { short($0) + (oneLevel ? "" : " at \($0.level.displayName)") }
        let tail = oneLevel ? (draft.lesions.first.map { " at " + $0.level.displayName } ?? "") : ""
        return "Case \(label): " + parts.joined(separator: " with ") + tail
    }

    /// A lesion in a few words, without its level: "7 mm left subarticular extrusion", "central stenosis
    /// (ligamentum flavum)", "degenerative spondylolisthesis, 18 % (Meyerding I)".
    static func short(_ lesion: Lesion) -> String {
        switch lesion.kind {
        case .herniation:
            // Describe.lesion ends its first clause with " at LEVEL"; drop it, keep any migration.
            return Describe.lesion(lesion).replacingOccurrences(of: " at \(lesion.level.displayName)", with: "")
        case .stenosis(let s):
            let side = s.kind == .central ? "" : "\(s.laterality.rawValue) "
            return "\(side)\(s.kind.rawValue.replacingOccurrences(of: "-", with: " ")) stenosis (\(s.cause.rawValue.replacingOccurrences(of: "-", with: " ")))"
        case .spondylolisthesis(let s):
            let name = s.direction == .posterior ? "retrolisthesis" : "spondylolisthesis"
            return "\(s.kind.rawValue) \(name), \(number(s.severity.percent)) % (Meyerding \(MeyerdingGrade(slipPercent: s.severity.percent).name))"
        case .degeneration(let d):
            switch d.severity {
            case .pfirrmann(let g): return "disc degeneration (Pfirrmann \(["I", "II", "III", "IV", "V"][max(1, min(5, g)) - 1]))"
            case .heightLossPercent(let p): return "disc degeneration (\(number(p)) % height loss)"
            }
        }
    }

    /// One sentence for the answer sheet's caption: the patient and the lesions.
    static func description(_ draft: QuizDraft) -> String {
        let patient = draft.patient.phrase
        let lesions = draft.lesions.map { Describe.lesion($0) }
        return patient.prefix(1).uppercased() + patient.dropFirst() + ", " + onsetWords(draft.patient.onset)
            + ": " + lesions.joined(separator: "; ") + "."
    }

    /// "symptoms for 7 months" / "symptoms since 2 weeks ago".
    static func onsetWords(_ onset: QuizPatient.Onset) -> String {
        switch onset {
        case .days(let weeks): "symptoms for \(weeks) week\(weeks == 1 ? "" : "s")"
        case .months(let months): "symptoms for \(months) months"
        }
    }

    /// The lines of one list item under `lesions:`.
    static func lesion(_ lesion: Lesion) -> [String] {
        var lines = ["  - type: \(lesion.kind.typeName)"]
        if let id = lesion.id { lines.append("    id: \(id)") }  // the case mix uses plain lower-case words
        lines.append("    level: \(lesion.level.name)")
        switch lesion.kind {
        case .herniation(let h):
            lines.append("    zone: \(h.zone.rawValue)")
            if let side = h.side { lines.append("    side: \(side.rawValue)") }
            lines.append("    morphology: \(h.morphology.rawValue)")
            lines.append("    size_mm: \(number(h.sizeMillimetres))")
            if let m = h.migration {
                lines.append("    migration: {direction: \(m.direction.rawValue), mm: \(number(m.millimetres))}")
            }
        case .stenosis(let s):
            lines.append("    kind: \(s.kind.rawValue)")
            if s.kind != .central { lines.append("    side: \(s.laterality.rawValue)") }
            lines.append("    cause: \(s.cause.rawValue)")
            lines.append("    " + severity(s.severity))
        case .spondylolisthesis(let s):
            lines.append("    kind: \(s.kind.rawValue)")
            switch s.severity {
            case .percent(let p): lines.append("    slip_percent: \(number(p))")
            case .meyerding(let grade): lines.append("    grade: \(grade.name)")
            }
            lines.append("    direction: \(s.direction.rawValue)")
        case .degeneration(let d):
            switch d.severity {
            case .pfirrmann(let grade): lines.append("    pfirrmann: \(grade)")
            case .heightLossPercent(let p): lines.append("    height_loss_percent: \(number(p))")
            }
        }
        return lines
    }

    static func severity(_ s: StenosisSeverity) -> String {
        switch s {
        case .canalAP(let v): "canal_ap_mm: \(number(v))"
        case .duralArea(let v): "dural_area_mm2: \(number(v))"
        case .schizas(let g): "grade: \(g.rawValue)"
        case .recessDepth(let v): "recess_depth_mm: \(number(v))"
        case .foramenHeight(let v): "foramen_height_mm: \(number(v))"
        case .leeForaminal(let g): "grade: \(g)"
        case .encroachment(let v): "encroachment_mm: \(number(v))"
        }
    }

    /// A value of the quiz's grids (whole or half numbers) as YAML writes it back exactly: "7", "7.5".
    static func number(_ v: Double) -> String {
        let tenths = Int((v * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// A double-quoted YAML string.
    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
