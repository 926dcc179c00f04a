import Anatomy
import Clinical
import Compression
import FigureStyle
import Pathology

/// Words of the sagittal panel: root labels, lesion labels, alt text and caption.
enum SagittalText {
    /// Roots hurt in the same way at the same place, reported together.
    struct RootGroup {
        var findings: [RootFinding]
        var grade: RootGrade { findings.first?.grade ?? .normal }
        var crowded: Bool { findings.first?.crowded ?? false }
    }

    /// The hurt roots grouped by grade, place and mechanism, worst first (as `hurtRoots` orders them).
    static func groups(_ result: SimulationResult) -> [RootGroup] {
        var groups: [RootGroup] = []
        for finding in result.hurtRoots {
            if let i = groups.firstIndex(where: { g in
                guard let f = g.findings.first else { return false }
                return f.grade == finding.grade && f.crowded == finding.crowded && f.level == finding.level && f.site == finding.site
            }) {
                groups[i].findings.append(finding)
            } else {
                groups.append(RootGroup(findings: [finding]))
            }
        }
        return groups
    }

    /// "L5", "L5 and S1", "L5, S1 and S2", and runs of three or more consecutive roots as "L2 to S2".
    static func names(_ roots: [Root]) -> String {
        let sorted = Array(Set(roots)).sorted()
        var runs: [[Root]] = []
        for r in sorted {
            if let last = runs.last?.last, last.rawValue + 1 == r.rawValue { runs[runs.count - 1].append(r) } else { runs.append([r]) }
        }
        var parts: [String] = []
        for run in runs {
            if run.count >= 3, let a = run.first, let b = run.last { parts.append("\(a.name) to \(b.name)") } else { parts += run.map(\.name) }
        }
        return parts.joinedList
    }

    /// "left L5", "left and right L5 and S1", "left L5, right S1".
    static func roots(_ findings: [RootFinding]) -> String {
        let roots = Array(Set(findings.map(\.root))).sorted()
        if bothSides(findings) { return "left and right " + names(roots) }
        var parts: [String] = []
        for side in Side.allCases {
            let here = roots.filter { r in findings.contains { $0.root == r && $0.side == side } }
            if !here.isEmpty { parts.append("\(side.rawValue) " + names(here)) }
        }
        return parts.joined(separator: ", ")
    }

    /// True when every root of `findings` is hurt on both sides.
    static func bothSides(_ findings: [RootFinding]) -> Bool {
        Set(findings.map(\.root)).allSatisfy { r in Set(findings.filter { $0.root == r }.map(\.side)).count == 2 }
    }

    /// "Left L5 — compression (grade 3)". Kept short so that it fits the label column on one line; the
    /// alt text says when a whole crowded sac is the cause.
    static func label(_ group: RootGroup) -> String {
        let who = bothSides(group.findings) ? names(group.findings.map(\.root)) + ", both sides" : roots(group.findings)
        return sentenceCase("\(who) \u{2014} \(group.grade.state) (grade \(group.grade.rawValue))")
    }

    /// A lesion in a few words for its label, short enough for one line of the label column:
    /// "7 mm left subarticular extrusion, L4–L5", "Isthmic L5–S1 slip, 38 % (Meyerding II)".
    static func lesionLabel(_ lesion: Lesion) -> String {
        let level = lesion.level.displayName
        func mm(_ v: Double) -> String { Describe.number(v, decimals: v.rounded() == v ? 0 : 1) + " mm" }
        switch lesion.kind {
        case .herniation(let h):
            let side = h.side.map { "\($0.rawValue) " } ?? ""
            if let m = h.migration, m.millimetres > 0 {
                return "\(mm(h.sizeMillimetres)) \(side)\(h.morphology.rawValue) migrated \(mm(m.millimetres)) \(m.direction.rawValue)ly, \(level)"
            }
            return "\(mm(h.sizeMillimetres)) \(side)\(h.zone.rawValue) \(h.morphology.rawValue), \(level)"
        case .stenosis(let s):
            let side = s.laterality == .bilateral ? "" : "\(s.laterality.rawValue) "
            let kind: String = switch s.kind {
            case .central: "central stenosis"
            case .lateralRecess: "\(side)recess stenosis"
            case .foraminal: "\(side)foraminal stenosis"
            }
            let cause: String = switch s.cause {
            case .ligamentumFlavum: "thickened flavum"
            case .facetHypertrophy: "facet hypertrophy"
            case .osteophyte: "osteophytes"
            case .synovialCyst: "synovial cyst"
            case .discBulge: "disc bulge"
            }
            return "\(level) \(kind): \(cause)"
        case .spondylolisthesis(let s):
            let grade = MeyerdingGrade(slipPercent: s.severity.percent).name
            let amount = Describe.number(s.severity.percent, decimals: 0) + " %"
            if s.direction == .posterior { return "\(level) retrolisthesis, \(amount)" }
            return sentenceCase("\(s.kind.rawValue) \(level) slip, \(amount) (Meyerding \(grade))")
        case .degeneration(let d):
            switch d.severity {
            case .pfirrmann(let g): return "\(level) disc degeneration, Pfirrmann \(["I", "II", "III", "IV", "V"][max(1, min(5, g)) - 1])"
            case .heightLossPercent(let p): return "\(level) disc, \(Describe.number(p, decimals: 0)) % height lost"
            }
        }
    }

    /// "a" or "an" before a phrase, by its first sound (an 8 mm …, an 11 mm …, an isthmic …).
    static func article(_ phrase: String) -> String {
        let lower = phrase.lowercased()
        let vowel = lower.first.map { "aeiou8".contains($0) } ?? false
        let eleven = lower.hasPrefix("11 ") || lower.hasPrefix("11.") || lower.hasPrefix("18 ") || lower.hasPrefix("18.")
        return (vowel || eleven ? "an " : "a ") + phrase
    }

    /// Where a root is tightest, as a phrase: "in the lateral recess at L4–L5".
    static func site(_ f: RootFinding) -> String {
        let level = f.level.displayName
        switch f.site {
        case .centralCanal: return "in the central canal at \(level)"
        case .lateralRecess: return "in the lateral recess at \(level)"
        case .foramen: return "in the \(level) foramen"
        case .extraforaminal: return "beyond the \(level) foramen"
        }
    }

    /// The sentence with its first letter capitalised.
    static func sentenceCase(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }

    /// One or two sentences: the section, the lesions, the hurt roots.
    static func altText(_ result: SimulationResult) -> String {
        var text = "Mid-sagittal section of the lumbar spine from L1 to S1, seen from the left and drawn to scale in lordosis, "
            + "with the foramina and exiting roots projected onto it"
        let lesions = result.lesions.map(\.summary)
        text += lesions.isEmpty ? ", with no lesion." : ", showing " + lesions.map(article).joinedList + "."
        let groups = groups(result)
        if groups.isEmpty {
            text += " Every root is free."
        } else {
            let phrases = groups.map { g -> String in
                let verb = g.findings.count == 1 ? "is" : "are"
                let how: String = switch g.grade {
                case .contact: "touched"
                case .deviation: "displaced"
                default: "compressed"
                }
                let noun = g.findings.count == 1 ? "root" : "roots"
                var phrase = "\(roots(g.findings)) \(noun) \(verb) \(how) (grade \(g.grade.rawValue))"
                if let f = g.findings.first { phrase += " " + site(f) }
                if g.crowded { phrase += ", crowded in the sac" }
                return phrase
            }
            text += " The " + phrases.joinedList + "."
        }
        return text
    }

    /// The panel's caption: viewpoint, scale, the overlay convention and the colours.
    static func caption(quiz: Bool = false) -> String {
        "Mid-sagittal section of L1–S1 seen from the patient's left: anterior to the left, superior up, drawn to scale "
            + "(10 mm bar) from the simulated geometry and bent into a standing lordosis (segmental angles of the model, "
            + "sacral slope 40°). Pedicles, articular processes, the foramina and the exiting roots with their dorsal root "
            + "ganglia lie lateral to the section; they are projected onto it as a parasagittal overlay with dashed outlines, "
            + "left and right superimposed, the more hurt side drawn on top. Lesions are drawn to scale with a strong outline; "
            + "those lateral to the midline are projected onto the section too. Each root is coloured piece by piece by the report's "
            + "Pfirrmann grade at that place (in the sac, at its axilla, in the recess, in the foramen, beyond)"
            + (quiz ? ". " : " and named at its ganglion; A and F mark where the sheet's axial and foraminal sections are cut. ")
            + "S1's course in the sacrum is schematic and ungraded."
    }
}
