import Anatomy
import Clinical
import Compression
import Pathology
import RadixModel
import Scenario

/// One case of a quiz: the scenario as a file and as a checked value, its simulation, its patient.
public struct QuizCase: Sendable {
    /// 1-based.
    public var number: Int
    /// The number as printed, zero-padded to the set's width: "007".
    public var label: String
    /// `herniation`, `stenosis`, `spondylolisthesis` or `degeneration`.
    public var family: String
    public var patient: QuizPatient
    /// The scenario file's text (format 1), as written to `quiz-NNN.yaml`.
    public var yaml: String
    /// `yaml` as `ScenarioLoader` read it.
    public var scenario: Scenario
    public var result: SimulationResult

    /// The file stem of every file of the case: "quiz-007".
    public var stem: String { "quiz-\(label)" }
}

/// A whole quiz: `count` cases drawn from one seed.
public struct QuizSet: Sendable {
    public var seed: UInt64
    public var atlas: Atlas
    public var cases: [QuizCase]
}

public enum QuizError: Error, CustomStringConvertible, Equatable {
    /// A count outside `QuizGenerator.countRange`.
    case count(Int)
    /// No distinct, answerable case was found in `attempts` draws (never seen; bounded so it cannot hang).
    case exhausted(caseNumber: Int, attempts: Int)
    /// A drawn scenario did not load back as drawn: a bug in the generator.
    case unreadableDraft(caseNumber: Int, detail: String)

    public var description: String {
        switch self {
        case .count(let n):
            "--count must be between \(QuizGenerator.countRange.lowerBound) and \(QuizGenerator.countRange.upperBound) (got \(n)); e.g. --count 12"
        case .exhausted(let n, let attempts):
            "case \(n): no new case with a hurt root in \(attempts) draws; try another --seed"
        case .unreadableDraft(let n, let detail):
            "case \(n): the drawn scenario does not load back (a bug in radix quiz): \(detail)"
        }
    }

    /// `invalidInput` (2) for a bad count, else `failure` (1).
    public var exitCode: ExitStatus {
        if case .count = self { return .invalidInput }
        return .failure
    }
}

/// Draws quiz sets: seeded, reproducible, clinically plausible (`QuizCaseMix`), each case a valid
/// scenario that makes a good question.
///
/// The set depends on the seed, the count's digit width (in labels only), the atlas and the Radix
/// version: a later version may draw differently (a new case mix, a changed model). Case k of a set
/// does not depend on the cases after it, so a smaller count gives a prefix of a larger one.
public enum QuizGenerator {
    public static let countRange = 1...1000
    /// Draws tried per case before giving up. About one draw in five is redrawn (no root hurt, or a
    /// repeat), so 200 is never reached in practice; it bounds the work so the generator cannot hang.
    public static let attemptsPerCase = 200

    public static func generate(count: Int, seed: UInt64, atlas: Atlas = .lee2008) throws(QuizError) -> QuizSet {
        guard countRange.contains(count) else { throw .count(count) }
        let width = max(3, String(count).count)
        var seen = Set<DraftKey>()
        var cases: [QuizCase] = []
        for number in 1...count {
            var g = QuizRandom(seed: seed, stream: UInt64(number))
            var found: QuizCase?
            for _ in 0..<attemptsPerCase {
                let draft = QuizCaseMix.draw(&g)
                let key = DraftKey(lesions: draft.lesions, posture: draft.posture)
                guard !seen.contains(key) else { continue }
                let candidate = try makeCase(draft, number: number, width: width, seed: seed, atlas: atlas)
                guard isGoodQuestion(candidate.result) else { continue }
                seen.insert(key)
                found = candidate
                break
            }
            guard let found else { throw .exhausted(caseNumber: number, attempts: attemptsPerCase) }
            cases.append(found)
        }
        return QuizSet(seed: seed, atlas: atlas, cases: cases)
    }

    /// A case worth asking about: a root pushed aside or compressed (Pfirrmann ≥ 2) or radicular pain,
    /// and something on the body chart to read (radicular pain or numbness, not only referred ache).
    public static func isGoodQuestion(_ r: SimulationResult) -> Bool {
        let hurt = r.roots.contains { $0.grade >= .deviation }
        let radicular = r.clinical.painMap.contains { $0.kind == .radicular }
        let felt = r.clinical.painMap.contains { $0.kind != .somaticReferred }
        return (hurt || radicular) && felt
    }

    /// Writes the draft as YAML, loads it back through `ScenarioLoader` (so the file students get is
    /// checked like any other) and simulates it.
    static func makeCase(_ draft: QuizDraft, number: Int, width: Int, seed: UInt64, atlas: Atlas) throws(QuizError) -> QuizCase {
        let digits = String(number)
        let label = String(repeating: "0", count: max(0, width - digits.count)) + digits
        let yaml = QuizYAML.scenario(draft, label: label, seed: seed, atlas: atlas)
        let scenario: Scenario
        do {
            scenario = try ScenarioLoader.parse(yaml, file: "quiz-\(label).yaml")
        } catch {
            throw .unreadableDraft(caseNumber: number, detail: error.description)
        }
        guard scenario.lesions == draft.lesions, scenario.posture == draft.posture else {
            throw .unreadableDraft(caseNumber: number, detail: "the lesions read back differ from those drawn")
        }
        return QuizCase(number: number, label: label, family: draft.family, patient: draft.patient, yaml: yaml,
                        scenario: scenario, result: Pipeline.simulate(scenario))
    }

    /// What makes two cases the same question: the same lesions in the same posture.
    struct DraftKey: Hashable {
        var lesions: [Lesion]
        var posture: Posture
    }
}
