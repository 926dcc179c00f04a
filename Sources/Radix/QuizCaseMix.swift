import Anatomy
import Pathology

/// Who the patient of a quiz case is: enough for a vignette, nothing the simulation reads.
public struct QuizPatient: Sendable, Hashable {
    public enum Sex: String, Sendable, Hashable { case woman, man }
    /// How the symptoms began: over days (a herniation) or over months (stenosis, slip, degeneration).
    public enum Onset: Sendable, Hashable {
        case days(weeksAgo: Int)
        case months(Int)
    }

    public var sex: Sex
    /// The decade of life: 20 for "in her 20s", 2 … 8.
    public var decade: Int
    public var onset: Onset

    /// "a woman in her 60s".
    public var phrase: String {
        "a \(sex.rawValue) in \(sex == .woman ? "her" : "his") \(decade * 10)s"
    }

    /// "in their 60s" for the answer key: the age band alone.
    public var ageBand: String { "\(decade * 10)s" }
}

/// One drawn case before the simulation has judged it: lesions, posture and patient.
struct QuizDraft: Sendable, Hashable {
    /// `herniation`, `stenosis`, `spondylolisthesis` or `degeneration`: the family of the main lesion.
    var family: String
    var lesions: [Lesion]
    var posture: Posture
    var patient: QuizPatient
}

/// The clinical case mix of `radix quiz`: which lesions a quiz draws, how often, how large.
///
/// Numbers cited with a section come from the clinical reference; the rest are our judgment, marked
/// "judgment", chosen to stay inside the published ranges and to give questions that can be answered
/// from the examination. Weights are integers (relative frequencies), sizes lie on a 0.5 mm grid.
enum QuizCaseMix {
    /// The family of the next case. Judgment: disc herniation is the commonest cause of radicular
    /// pain in a teaching clinic; stenosis, slips and degeneration share the rest, older patients.
    static func draw(_ g: inout QuizRandom) -> QuizDraft {
        switch g.weighted([(0, 55), (1, 22), (2, 12), (3, 11)]) {
        case 0: herniation(&g)
        case 1: stenosis(&g)
        case 2: slip(&g)
        default: degeneration(&g)
        }
    }

    // MARK: Herniation

    static func herniation(_ g: inout QuizRandom) -> QuizDraft {
        // §C6: far-lateral (foraminal + extraforaminal) herniations are 7–12 % of all → 12 here;
        // central 10 (judgment); the rest paracentral/subarticular, the commonest (§B7: 2-B, 2-AB).
        let zone = g.weighted([(HerniationZone.subarticular, 78), (.central, 10), (.foraminal, 6), (.extraforaminal, 6)])
        let level: DiscLevel
        if zone == .foraminal || zone == .extraforaminal {
            // §C6 far-lateral: L4–5 52 %, L3–4 25 %, L5–S1 17 %, L2–3 5.4 %, L1–2 0.3 %.
            level = g.weighted([(.L4L5, 52), (.L3L4, 25), (.L5S1, 17), (.L2L3, 5), (.L1L2, 1)])
        } else {
            // §C6: L4–5 + L5–S1 ≈ 95 % (≈ 50 % and 47 %); upper lumbar < 5 %, L3–4 70–83 % of those,
            // L1–2 + L2–3 ≈ 1–2 % → per 200: 98, 92, 7, 2, 1.
            level = g.weighted([(.L4L5, 98), (.L5S1, 92), (.L3L4, 7), (.L2L3, 2), (.L1L2, 1)])
        }
        // Judgment: protrusions and extrusions are the usual surgical and clinical lesions (§B7, §B8);
        // sequestration less often. Bulges are left out: alone they rarely hurt a root (§G8).
        let morphology = g.weighted([(HerniationMorphology.protrusion, 45), (.extrusion, 42), (.sequestration, 13)])
        let lateral = zone == .foraminal || zone == .extraforaminal
        // Sizes (mm beyond the disc margin), judgment within format 1 (≤ 20): the canal is about
        // 15–18 mm deep (§A4), the foramen 6–8 mm wide (§A6), so lateral lesions are drawn smaller and
        // central ones, which meet the roots only once they fill the sac, a little larger.
        let grow: Double = zone == .central ? 1 : 0
        var size: Double = switch (morphology, lateral) {
        case (.protrusion, false): g.grid((3 + grow)...(7 + grow), step: 0.5)
        case (.extrusion, false): g.grid((5 + grow)...(10 + grow), step: 0.5)
        case (_, false): g.grid((6 + grow)...(11 + grow), step: 0.5)
        case (.protrusion, true): g.grid(3...6, step: 0.5)
        case (.extrusion, true): g.grid(4...8, step: 0.5)
        case (_, true): g.grid(5...8, step: 0.5)
        }
        // §D4: cauda equina syndrome in 1–6 % of herniations, usually a massive central L4–5 or L5–S1
        // lesion: one central herniation in ten is massive (≈ 1 % of herniations).
        if zone == .central && morphology != .protrusion && g.chance(0.1) { size = g.grid(12...16, step: 0.5) }
        var migration: Migration?
        // §B9: inferior (caudal) migration is the commonest pattern; the shares are judgment.
        if morphology.isUncontained && !lateral && g.chance(morphology == .sequestration ? 0.6 : 0.3) {
            migration = Migration(direction: g.weighted([(MigrationDirection.caudal, 7), (.cranial, 3)]), millimetres: g.grid(3...8, step: 0.5))
        }
        let side: Side? = zone == .central ? nil : g.side()
        var lesions = [Lesion(id: morphology.rawValue, level: level,
                              kind: .herniation(Herniation(zone: zone, side: side, morphology: morphology,
                                                           sizeMillimetres: size, migration: migration)))]
        // Judgment: a herniated disc is often a degenerated one too (Pfirrmann III–IV, §B5).
        if g.chance(0.12) {
            lesions.append(Lesion(id: "disc", level: level, kind: .degeneration(Degeneration(severity: .pfirrmann(3 + g.below(2))))))
        }
        // §C6: upper-level herniations are more common over 55; judgment: the lower ones peak in the 30s–40s.
        let decade = level <= .L3L4 ? g.weighted([(5, 3), (6, 4), (7, 3)]) : g.weighted([(2, 2), (3, 3), (4, 3), (5, 2)])
        let patient = QuizPatient(sex: g.coin() ? .woman : .man, decade: decade, onset: .days(weeksAgo: 1 + g.below(6)))
        return QuizDraft(family: "herniation", lesions: lesions, posture: .neutral, patient: patient)
    }
}
