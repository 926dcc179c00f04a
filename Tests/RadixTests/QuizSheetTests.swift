import Anatomy
import Diagram
import Figures
import Foundation
@testable import Radix
import TestSupport
import XCTest

/// The quiz's sheets and files: questions that do not give the answer away, answers that do, and
/// files that are the same byte for byte from the same seed.
final class QuizSheetTests: XCTestCase {
    /// Words that name the answer: a root or level (L1 … S5, also inside "L4–L5"), a lesion, a site or a grade.
    static let forbidden = try! NSRegularExpression(pattern: [
        #"\b[LST]1?[0-9]\b"#, "herniat", "protru", "extru", "sequest", "bulg", "stenos", "stenotic", "listhesis", "slip",
        "degenera", "osteophyt", "cyst", "flavum", "facet", "foram", "recess", "subarticular", "paracentral", "far.lateral",
        "disc", "pfirrmann", "meyerding", "schizas", "msu", "compression", "deviation", "grade", "cauda", "conus", "pars",
    ].joined(separator: "|"), options: [.caseInsensitive])

    static func leaks(_ text: String) -> [String] {
        let range = NSRange(text.startIndex..., in: text)
        return forbidden.matches(in: text, range: range).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    /// Every string a scene shows: its text nodes and its title.
    static func texts(_ scene: Scene) -> [String] {
        scene.flattened().compactMap { item -> String? in
            if case .text(let t) = item.node { return t.string }
            return nil
        } + [scene.title ?? ""]
    }

    func testTheScanCatchesRootsLevelsAndLesions() {
        XCTAssertEqual(Self.leaks("left L5 at L4–L5"), ["L5", "L4", "L5"])
        XCTAssertEqual(Self.leaks("an S1 extrusion; a synovial cyst; Foraminal narrowing").count, 4)
        XCTAssertEqual(Self.leaks("A woman in her 40s: reduced sensation at the medial malleolus; knee jerk absent; R L"), [])
    }

    func testQuestionSheetsNameNoRootLevelOrLesionButAnswerSheetsDo() throws {
        let writer = try QuizWriter()
        for atlas in Atlas.allCases {
            let set = try QuizGenerator.generate(count: atlas == .lee2008 ? 120 : 30, seed: 4242, atlas: atlas)
            for c in set.cases {
                let request = QuizRequest(outputDirectory: "unused", width: 1200)
                let question = writer.question(c, request: request)
                let texts = Self.texts(question.scene) + [question.altText]
                for text in texts {
                    XCTAssertEqual(Self.leaks(text), [], "\(c.stem) (\(atlas)) question gives away: \(text)")
                }
                // The examination is there, in the words of the simulation's findings.
                let all = texts.joined(separator: "\n")
                for s in c.result.clinical.sensory { XCTAssertTrue(all.contains(s.keyPoint), "\(c.stem): \(s.keyPoint) missing") }
                for m in c.result.clinical.motor { XCTAssertTrue(all.contains(m.action), "\(c.stem): \(m.action) missing") }
                XCTAssertTrue(all.contains(QuizQuestion.question))
                XCTAssertTrue(all.contains("Case \(c.label)"))
                // The answer sheet names the worst root: the scan is not blind (a few cases suffice).
                guard c.number <= 10 else { continue }
                let answer = writer.answer(c, request: request)
                let worst = try XCTUnwrap(c.result.hurtRoots.first)
                XCTAssertTrue(Self.texts(answer.scene).contains { $0.contains(worst.root.name) }, "\(c.stem): answer lacks \(worst.root.name)")
                XCTAssertTrue(answer.altText.contains(worst.root.name))
            }
        }
    }

    func testTheVignetteTellsWhatAggravatesAndEases() throws {
        let set = try QuizGenerator.generate(count: 40, seed: 8)
        for c in set.cases {
            let v = QuizQuestion.vignette(c)
            XCTAssertTrue(v.hasPrefix(c.patient.sex == .woman ? "A woman in her \(c.patient.decade * 10)s" : "A man in his \(c.patient.decade * 10)s"), v)
            for factor in c.result.clinical.aggravatedBy + c.result.clinical.easedBy { XCTAssertTrue(v.contains(factor), "\(v) lacks \(factor)") }
            if c.result.input.posture == .extension { XCTAssertTrue(v.contains("leaning back")) }
        }
        XCTAssertTrue(set.cases.contains { QuizQuestion.vignette($0).contains("worse with sitting") })
        XCTAssertTrue(set.cases.contains { QuizQuestion.vignette($0).contains("worse with standing") })
    }

    func testTheSameSeedWritesByteIdenticalFiles() throws {
        let a = try temporaryDirectory("quiz"), b = try temporaryDirectory("quiz")
        let request = { (dir: String) in QuizRequest(outputDirectory: dir, formats: [.png, .svg], width: 800, theme: .print) }
        let first = try QuizWriter().write(try QuizGenerator.generate(count: 3, seed: 99), request: request(a))
        let second = try QuizWriter().write(try QuizGenerator.generate(count: 3, seed: 99), request: request(b))
        let names = first.map { ($0 as NSString).lastPathComponent }
        XCTAssertEqual(names.prefix(7), ["quiz-001.yaml", "quiz-001.question.png", "quiz-001.question.svg", "quiz-001.question.txt",
                                         "quiz-001.answer.png", "quiz-001.answer.svg", "quiz-001.answer.txt"])
        XCTAssertEqual(names.suffix(2), ["answer-key.md", "answer-key.json"])
        XCTAssertEqual(names.count, 3 * 7 + 2)
        XCTAssertEqual(names, second.map { ($0 as NSString).lastPathComponent })
        for (x, y) in zip(first, second) {
            let dx = try Data(contentsOf: URL(fileURLWithPath: x)), dy = try Data(contentsOf: URL(fileURLWithPath: y))
            XCTAssertGreaterThan(dx.count, 50, x)
            XCTAssertEqual(dx, dy, "\((x as NSString).lastPathComponent) differs between runs")
        }
        let png = try Data(contentsOf: URL(fileURLWithPath: first[1]))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        // The key is readable JSON with one entry per case, each naming its hurt roots and files.
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: first.last ?? ""))) as? [String: Any])
        XCTAssertEqual(json["seed"] as? String, "99")
        let cases = try XCTUnwrap(json["cases"] as? [[String: Any]])
        XCTAssertEqual(cases.count, 3)
        for c in cases {
            XCTAssertFalse((c["hurt_roots"] as? [Any] ?? []).isEmpty)
            XCTAssertEqual((c["files"] as? [String])?.count, 7)
            XCTAssertFalse((c["clue"] as? String ?? "").isEmpty)
        }
        let markdown = try String(contentsOfFile: first[first.count - 2], encoding: .utf8)
        XCTAssertTrue(markdown.contains("## Case 003"))
        XCTAssertTrue(markdown.contains("**Key clue:**"))
    }

    func testAnUnwritableDirectoryIsAnErrorNotACrash() throws {
        let dir = try temporaryDirectory("quiz")
        let file = (dir as NSString).appendingPathComponent("a-file")
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let set = try QuizGenerator.generate(count: 1, seed: 1)
        XCTAssertThrowsError(try QuizWriter().write(set, request: QuizRequest(outputDirectory: file + "/quiz", width: 800)))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), ["a-file"], "nothing half-written")
    }
}
