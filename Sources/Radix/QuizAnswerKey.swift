import Anatomy
import Clinical
import Compression
import Pathology
import Report

/// The answers of a whole quiz: `answer-key.md` to read and `answer-key.json` for scripts, both from
/// each case's simulation (never from a table keyed on the lesion).
enum QuizAnswerKey {
    /// The roots a student should name: those hurt (grade ≥ 1), worst first, at most six.
    static func roots(_ r: SimulationResult) -> [RootFinding] { Array(r.hurtRoots.prefix(6)) }

    /// "left L5 — grade 3 compression, lateral recess at L4–L5".
    static func rootText(_ f: RootFinding) -> String {
        "\(f.side.rawValue) \(f.root.name) — grade \(f.grade.rawValue) \(f.grade.state), \(f.site.rawValue.replacingOccurrences(of: "-", with: " ")) at \(f.level.displayName)"
    }

    /// The side a lesion is on, in words; nil for lesions of the whole level (slips, degeneration, central).
    static func side(_ lesion: Lesion) -> String? {
        switch lesion.kind {
        case .herniation(let h): h.side?.rawValue
        case .stenosis(let s): s.kind == .central ? nil : s.laterality.rawValue
        case .spondylolisthesis, .degeneration: nil
        }
    }

    /// The finding that points to the root: the worst painful root's reduced key point, weak muscle,
    /// changed reflex and tension test, else where its pain runs; then what the pain pattern says.
    static func clue(_ r: SimulationResult) -> String {
        let c = r.clinical
        guard let f = r.hurtRoots.first(where: { $0.involvement.isPainful }) ?? r.hurtRoots.first else { return "" }
        let sides = r.hurtRoots.filter { $0.root == f.root && $0.involvement.isPainful }.map(\.side)
        var parts: [String] = []
        if let s = c.sensory.first(where: { $0.root == f.root && $0.side == f.side }) { parts.append("reduced sensation at the \(s.keyPoint)") }
        for m in c.motor where m.root == f.root && m.side == f.side { parts.append("weak \(m.action)") }
        if let reflex = f.root.reflex, let change = c.reflexes.first(where: { $0.side == f.side && $0.reflex == reflex.name }) {
            parts.append("\(reflex.plainName) \(change.change)")
        }
        for t in c.tests where t.side == f.side && f.root.tensionTests.contains(where: { $0.test.name == t.test }) {
            parts.append("\(t.test) \(t.expected)")
        }
        if parts.isEmpty {
            let regions = c.painMap.filter { $0.side == f.side && $0.kind == .radicular && $0.roots.contains(f.root) }.map(\.region.phrase)
            parts.append(regions.isEmpty ? "symptoms without a deficit" : "pain in the \(regions.joinedList) without a deficit")
        }
        var text = parts.joinedList + " point to \(f.root.name)"
        text += sides.count == 2 ? " on both sides." : " on the \(f.side.rawValue)."
        let mechanism = Mechanism.allCases.first { !c.aggravatedBy.isEmpty && $0.aggravatingFactors == c.aggravatedBy } ?? .none
        switch mechanism {
        case .stenotic: text += " Worse standing and walking, eased sitting or bending forward: a narrowed canal or foramen, not an acute disc."
        case .discogenic: text += " Worse sitting, bending and coughing: a disc pattern."
        case .foraminalDisc: text += " Worse leaning back and bending toward the painful side, eased bending forward: a disc in or beyond the foramen."
        case .none: break
        }
        if c.advice != nil { text += " A red flag: urgent assessment." }
        return text
    }

    /// One or two sentences of the simulation's explanation: the first lesion, then the worst root.
    static func why(_ r: SimulationResult) -> [String] {
        let sentences = r.explanation
        var out = sentences.prefix(1).map { $0 }
        if sentences.indices.contains(r.lesions.count) { out.append(sentences[r.lesions.count]) }
        return out
    }

    static func markdown(_ set: QuizSet, files: [Int: [String]]) -> String {
        var lines = [
            "# Radix quiz — answer key", "",
            "Seed \(set.seed) · \(set.cases.count) case\(set.cases.count == 1 ? "" : "s") · Radix \(RadixVersion.current) · "
                + "dermatomes after \(set.atlas.displayName). The same seed, count and Radix version give the same files, "
                + "byte for byte; another version of Radix may draw another set from the same seed.", "",
            "Teaching model — not for diagnosis.", "",
            "| case | lesion | roots hurt |", "|---|---|---|",
        ]
        for c in set.cases {
            let roots = roots(c.result).map { "\($0.side.rawValue) \($0.root.name) (\($0.grade.rawValue))" }.joined(separator: ", ")
            lines.append("| \(c.label) | \(c.result.lesions.map(\.summary).joined(separator: "; ")) | \(roots) |")
        }
        for c in set.cases {
            let r = c.result
            lines += ["", "## Case \(c.label)", ""]
            lines.append("- **Patient:** \(c.patient.phrase), \(QuizYAML.onsetWords(c.patient.onset)).")
            for l in r.lesions {
                let msu = l.msu.map { " (MSU \($0))" } ?? ""
                let side = side(l.lesion).map { $0 == "bilateral" ? ", both sides" : ", \($0) side" } ?? ""
                lines.append("- **Lesion:** \(l.summary)\(msu) — level \(l.lesion.level.displayName)\(side).")
            }
            lines.append("- **Roots hurt:** " + roots(r).map(rootText).joined(separator: "; ") + ".")
            lines.append("- **Key clue:** " + clue(r))
            lines.append("- **Why:** " + why(r).joined(separator: " "))
            lines.append("- **Files:** " + (files[c.number] ?? []).map { "`\($0)`" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ set: QuizSet, files: [Int: [String]]) -> String {
        let cases: [JSONValue] = set.cases.map { c in
            let r = c.result
            return .object([
                ("case", .int(c.number)),
                ("label", .string(c.label)),
                ("family", .string(c.family)),
                ("patient", .object([("sex", .string(c.patient.sex.rawValue)), ("age_band", .string(c.patient.ageBand)),
                                     ("onset", .string(QuizYAML.onsetWords(c.patient.onset)))])),
                ("posture", .string(r.input.posture.rawValue)),
                ("lesions", .array(r.lesions.map { l in
                    .object([("type", .string(l.lesion.kind.typeName)), ("level", .string(l.lesion.level.name)),
                             ("side", side(l.lesion).map(JSONValue.string) ?? .null), ("summary", .string(l.summary)),
                             ("msu", l.msu.map(JSONValue.string) ?? .null)])
                })),
                ("hurt_roots", .array(roots(r).map { f in
                    .object([("root", .string(f.root.name)), ("side", .string(f.side.rawValue)), ("grade", .int(f.grade.rawValue)),
                             ("state", .string(f.grade.state)), ("site", .string(f.site.rawValue)), ("level", .string(f.level.name))])
                })),
                ("red_flags", .array(r.redFlags.map { .string($0.kind.identifier) })),
                ("clue", .string(clue(r))),
                ("why", .array(why(r).map(JSONValue.string))),
                ("files", .array((files[c.number] ?? []).map(JSONValue.string))),
            ])
        }
        let top = JSONValue.object([
            ("format", .int(1)), ("radix_version", .string(RadixVersion.current)),
            // A string: JSON numbers lose whole numbers above 2^53 in most readers.
            ("seed", .string(String(set.seed))), ("count", .int(set.cases.count)), ("atlas", .string(set.atlas.rawValue)),
            ("cases", .array(cases)),
        ])
        return top.serialized() + "\n"
    }
}
