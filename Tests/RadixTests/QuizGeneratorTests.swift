import Anatomy
import Clinical
import Compression
import Pathology
@testable import Radix
import Scenario
import XCTest

/// The quiz generator: reproducible from its seed, every case a valid scenario with a hurt root, no
/// repeats, and a case mix that looks like a clinic's (clinical reference §C6, §B10).
final class QuizGeneratorTests: XCTestCase {
    func testTheGeneratorMatchesAnIndependentXoshiroImplementation() {
        // Reference values computed outside Swift (a Python transcription of SplitMix64 and xoshiro256**
        // by Blackman & Vigna): the set must not depend on the machine or the Swift version.
        var a = QuizRandom(seed: 0, stream: 0)
        XCTAssertEqual([a.next(), a.next(), a.next()], [0x99EC_5F36_CB75_F2B4, 0xBF6E_1F78_4956_452A, 0x1A5F_849D_4933_E6E0])
        var b = QuizRandom(seed: 42, stream: 7)
        XCTAssertEqual([b.next(), b.next(), b.next()], [0xAB0B_230F_7FC4_8E9A, 0x048B_0576_8622_55CA, 0x8F66_4D3D_A440_9262])
    }

    func testDrawsStayInTheirRangesAndFollowTheirWeights() {
        var g = QuizRandom(seed: 5, stream: 1)
        var counts = [0, 0, 0]
        for _ in 0..<30_000 {
            let v = g.grid(3...7, step: 0.5)
            XCTAssertTrue((3...7).contains(v) && (v * 2).rounded() == v * 2, "\(v) is off the 0.5 mm grid or out of range")
            XCTAssertTrue((0..<7).contains(g.below(7)))
            counts[g.weighted([(0, 1), (1, 2), (2, 7)])] += 1
        }
        XCTAssertEqual(Double(counts[0]) / 30_000, 0.1, accuracy: 0.01)
        XCTAssertEqual(Double(counts[1]) / 30_000, 0.2, accuracy: 0.012)
        XCTAssertEqual(Double(counts[2]) / 30_000, 0.7, accuracy: 0.012)
    }

    func testTheSameSeedGivesTheSameSetAndASmallerCountAPrefix() throws {
        let a = try QuizGenerator.generate(count: 25, seed: 2024)
        let b = try QuizGenerator.generate(count: 25, seed: 2024)
        XCTAssertEqual(a.cases.map(\.yaml), b.cases.map(\.yaml))
        XCTAssertEqual(QuizAnswerKey.json(a, files: [:]), QuizAnswerKey.json(b, files: [:]))
        XCTAssertEqual(QuizAnswerKey.markdown(a, files: [:]), QuizAnswerKey.markdown(b, files: [:]))
        let small = try QuizGenerator.generate(count: 8, seed: 2024)
        XCTAssertEqual(small.cases.map(\.yaml), Array(a.cases.prefix(8).map(\.yaml)))
    }

    func testDifferentSeedsGiveDifferentSets() throws {
        let a = try QuizGenerator.generate(count: 12, seed: 1).cases.map { $0.scenario.lesions }
        let b = try QuizGenerator.generate(count: 12, seed: 2).cases.map { $0.scenario.lesions }
        let c = try QuizGenerator.generate(count: 12, seed: UInt64.max).cases.map { $0.scenario.lesions }
        XCTAssertNotEqual(a, b)
        XCTAssertNotEqual(b, c)
        // Not merely reordered: most cases of one set appear nowhere in the other.
        XCTAssertGreaterThan(a.filter { !b.contains($0) }.count, 8)
    }

    func testEveryCaseIsAValidScenarioThatHurtsARootAndNoneRepeats() throws {
        let set = try QuizGenerator.generate(count: 300, seed: 77)
        var seen = Set<String>()
        for c in set.cases {
            // Read the file text again, independently of the generator.
            let loaded = try ScenarioLoader.parse(c.yaml, file: "\(c.stem).yaml")
            XCTAssertEqual(loaded.lesions, c.scenario.lesions, c.yaml)
            XCTAssertFalse(loaded.lesions.isEmpty)
            XCTAssertTrue(loaded.title.hasPrefix("Case \(c.label): "))
            let r = Pipeline.simulate(loaded)
            let hurt = r.roots.contains { $0.grade >= .deviation } || r.clinical.painMap.contains { $0.kind == .radicular }
            XCTAssertTrue(hurt, "\(c.stem) hurts no root: \(loaded.title)")
            XCTAssertTrue(r.clinical.painMap.contains { $0.kind != .somaticReferred }, "\(c.stem): nothing on the body chart")
            XCTAssertTrue(seen.insert("\(loaded.lesions) in \(loaded.posture)").inserted, "\(c.stem) repeats an earlier case")
        }
        XCTAssertEqual(set.cases.map(\.number), Array(1...300))
        XCTAssertEqual(set.cases.first?.label, "001")
    }

    func testLabelsWidenForAThousandCases() throws {
        var g = QuizRandom(seed: 3, stream: 1)
        let c = try QuizGenerator.makeCase(QuizCaseMix.draw(&g), number: 7, width: 4, seed: 1, atlas: .lee2008)
        XCTAssertEqual(c.stem, "quiz-0007")
        XCTAssertTrue(c.yaml.contains("title: \"Case 0007: "), c.yaml)
    }

    func testTheCaseMixLooksLikeAClinic() throws {
        let cases = try QuizGenerator.generate(count: 500, seed: 31337).cases
        let herniations = cases.compactMap { c -> (DiscLevel, Herniation)? in
            guard let l = c.scenario.lesions.first, case .herniation(let h) = l.kind else { return nil }
            return (l.level, h)
        }
        XCTAssertGreaterThan(herniations.count, 200, "herniation is the commonest family")
        // §C6: 90–98 % of symptomatic herniations at L4–5 and L5–S1; far-lateral ones spread higher.
        let lowest = herniations.filter { $0.0 >= .L4L5 }.count
        XCTAssertGreaterThan(Double(lowest) / Double(herniations.count), 0.8)
        XCTAssertLessThan(Double(lowest) / Double(herniations.count), 0.99, "upper lumbar herniations occur, rarely")
        // §C6: far-lateral (foraminal + extraforaminal) 7–12 % of herniations.
        let lateral = herniations.filter { $0.1.zone == .foraminal || $0.1.zone == .extraforaminal }.count
        XCTAssertTrue((0.04...0.2).contains(Double(lateral) / Double(herniations.count)), "\(lateral) far-lateral of \(herniations.count)")
        // Sides balanced.
        let left = herniations.filter { $0.1.side == .left }.count, sided = herniations.filter { $0.1.side != nil }.count
        XCTAssertEqual(Double(left) / Double(sided), 0.5, accuracy: 0.08)
        // Not every question is L5: the worst root varies.
        var worst: [Root: Int] = [:]
        for c in cases { if let f = c.result.hurtRoots.first { worst[f.root, default: 0] += 1 } }
        XCTAssertGreaterThanOrEqual(worst.count, 4, "\(worst)")
        XCTAssertLessThan(Double(worst.values.max() ?? 0) / Double(cases.count), 0.7, "\(worst)")
        XCTAssertGreaterThan(worst[.S1] ?? 0, 50)
        // Every family appears; stenosis and degenerative slips in older patients than herniations (§A4, §B10).
        let families = Dictionary(grouping: cases, by: \.family)
        XCTAssertEqual(Set(families.keys), ["herniation", "stenosis", "spondylolisthesis", "degeneration"])
        func meanDecade(_ f: String) -> Double {
            let c = families[f] ?? []
            return Double(c.map(\.patient.decade).reduce(0, +)) / Double(max(1, c.count))
        }
        XCTAssertGreaterThan(meanDecade("stenosis"), meanDecade("herniation") + 1.5)
        // §B10: degenerative slips mostly at L4–L5, isthmic ones mostly at L5–S1.
        let slips = cases.compactMap { c -> (DiscLevel, SpondylolisthesisKind)? in
            guard let l = c.scenario.lesions.first, case .spondylolisthesis(let s) = l.kind else { return nil }
            return (l.level, s.kind)
        }
        let isthmic = slips.filter { $0.1 == .isthmic }, degenerative = slips.filter { $0.1 == .degenerative }
        XCTAssertGreaterThan(isthmic.filter { $0.0 == .L5S1 }.count * 2, isthmic.count)
        XCTAssertGreaterThan(degenerative.filter { $0.0 == .L4L5 }.count * 2, degenerative.count)
    }

    func testCountsOutsideOneToAThousandAreRefused() throws {
        XCTAssertThrowsError(try QuizGenerator.generate(count: 0, seed: 1)) { XCTAssertEqual($0 as? QuizError, .count(0)) }
        XCTAssertThrowsError(try QuizGenerator.generate(count: 1001, seed: 1))
        XCTAssertEqual(try QuizGenerator.generate(count: 1, seed: 1).cases.count, 1)
        XCTAssertEqual(QuizError.count(0).exitCode, .invalidInput)
        func options(_ count: String, _ seed: String, width: Double = 2400) throws -> QuizOptions {
            try QuizOptions(count: count, seed: seed, out: "x", formats: [], width: width, theme: .color, atlas: .lee2008)
        }
        for bad in ["0", "-3", "1001", "ten", "", "1e3", "99999999999999999999999"] {
            XCTAssertThrowsError(try options(bad, "1"), "count '\(bad)'") { XCTAssertTrue("\($0)".contains("--count must be")) }
        }
        for bad in ["-1", "18446744073709551616", "0x10", "seed"] {
            XCTAssertThrowsError(try options("5", bad), "seed '\(bad)'") { XCTAssertTrue("\($0)".contains("--seed must be")) }
        }
        XCTAssertThrowsError(try options("5", "1", width: 10))
        XCTAssertEqual(try options("1000", "18446744073709551615").seed, UInt64.max)
        XCTAssertEqual(try options(" 12 ", "0").count, 12)
        XCTAssertEqual(try options("12", "0").request.formats, [.png], "png unless asked")
    }
}
