import Foundation
import XCTest
@testable import Scenario

/// Malformed and hostile input: each case must come back as a located error (and come back at all).
final class RobustnessTests: XCTestCase {
    func testEmptyFilesAndCommentsOnly() {
        for text in ["", "\n\n", "   \n", "# only a comment\n# and another\n", "---\n", "---\n...\n"] {
            let found = problems(text)
            XCTAssertEqual(found.map(\.summary),
                           ["test.yaml:1:1: error: the file has no scenario in it; a scenario needs at least a title"],
                           text.debugDescription)
        }
    }

    func testScalarOrListAtTheTop() {
        assertOneProblem("42\n", line: 1, column: 1, path: "",
                         message: "expected a mapping of scenario keys (title, lesions, …) at the top of the file, found the number 42")
        assertOneProblem("just words\n", line: 1, column: 1, path: "", message: "found 'just words'")
        assertOneProblem("- title: t\n", line: 1, column: 1, path: "", message: "found a list")
        assertOneProblem("null\n", line: 1, column: 1, path: "", message: "the file has no scenario in it")
    }

    func testInvalidUTF8IsLocated() throws {
        var data = Data("title: t\nposture: fl".utf8)
        data.append(contentsOf: [0xFF, 0x65])
        let d = try XCTUnwrap(dataProblems(data).first)
        XCTAssertEqual(d.summary, "test.yaml:2:12: error: the file is not UTF-8 text (byte 0xFF at offset 20)")
        XCTAssertEqual(d.sourceLine, "posture: fl")
        // Overlong encodings and lone surrogates are not UTF-8 either.
        XCTAssertEqual(dataProblems(Data([0x61, 0xC0, 0xAF])).first?.column, 2)
        XCTAssertEqual(dataProblems(Data([0xED, 0xA0, 0x80])).first?.column, 1)
        XCTAssertEqual(dataProblems(Data([0x61, 0xE2, 0x82])).first?.column, 2, "truncated sequence")
        let utf16 = try XCTUnwrap(dataProblems(Data([0xFF, 0xFE, 0x74, 0x00])).first)
        XCTAssertTrue(utf16.message.hasSuffix("it looks like UTF-16: save it as UTF-8"), utf16.message)
    }

    func testBinaryJunkNeverCrashes() {
        var generator = SplitMix(seed: 42)
        for length in [1, 2, 7, 64, 513, 4096, 20_000] {
            for _ in 0..<8 {
                let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
                XCTAssertFalse(dataProblems(Data(bytes)).isEmpty)
            }
        }
        // Junk that is valid UTF-8 but full of control characters and YAML punctuation.
        let alphabet = Array("\u{0}\u{1}\u{7}\t\n\r :-?[]{},&*!|>'\"%@`#a1é\u{85}\u{2028}")
        for length in [3, 50, 800, 10_000] {
            for _ in 0..<8 {
                let text = String((0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
                _ = try? ScenarioLoader.parse(text, file: "junk.yaml")
            }
        }
        XCTAssertTrue(problems("title: t\u{0}\n").first?.message.contains("control character") ?? false)
    }

    func testTabsAreExplained() {
        assertOneProblem("title: t\n\tposture: flexion\n", line: 2, column: 1, path: "",
                         message: "tabs are not allowed for indentation; use spaces")
        XCTAssertEqual(parseValid("title:\tt\t# tabs between tokens are fine\n")?.title, "t")
    }

    func testSyntaxErrorsAreLocated() {
        assertOneProblem("title: [a, b\n", line: 2, column: 1, path: "", message: "YAML syntax error: did not find expected ',' or ']'")
        assertOneProblem("title: t\n  posture: flexion\n", line: 2, column: 10, path: "", message: "YAML syntax error")
        assertOneProblem("title: \"open\n", line: 2, column: 1, path: "", message: "YAML syntax error")
    }

    func testTextBeyondTheSizeLimitIsRefusedUnread() throws {
        let big = "title: t\n" + String(repeating: "# padding\n", count: ScenarioLoader.maximumFileSize / 10 + 1)
        let d = try XCTUnwrap(problems(big).first)
        XCTAssertEqual(d.line, 1)
        XCTAssertEqual(d.column, 1)
        XCTAssertTrue(d.message.contains("a scenario file may be at most 1048576 bytes (1 MiB)"), d.message)
        // Just under the limit is read.
        let fits = "title: t\n" + String(repeating: "#\n", count: (ScenarioLoader.maximumFileSize - 20) / 2)
        XCTAssertEqual(parseValid(fits)?.title, "t")
    }

    func testDeepNestingIsRefused() {
        let depth = 100_000
        let cases = [
            "title: " + String(repeating: "[", count: depth),
            "title: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
            "title: " + String(repeating: "{a: ", count: depth) + "x" + String(repeating: "}", count: depth),
            String(repeating: "- ", count: depth) + "x",
            "title: " + String(repeating: "[a: ", count: depth) + String(repeating: "]", count: depth),
        ]
        for text in cases {
            let found = problems(text)
            XCTAssertEqual(found.count, 1)
            XCTAssertTrue(found.first?.message.contains("nested too deeply") ?? false, found.first?.summary ?? "")
        }
    }

    /// Nesting that libyaml still accepts (just under its limit of 1000) is composed recursively by Yams;
    /// the loader's own big-stack thread keeps that safe even when called from a thread with a tiny stack.
    func testLegalDeepNestingFromASmallStackThread() {
        let depth = 990
        let text = "title: t\nextra: " + String(repeating: "[a: ", count: depth) + String(repeating: "]", count: depth)
        let result = ResultHolder()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do { _ = try ScenarioLoader.parse(text, file: "deep.yaml") } catch let error as ScenarioError { result.diagnostics = error.diagnostics } catch {}
            done.signal()
        }
        thread.stackSize = 128 << 10
        thread.start()
        done.wait()
        XCTAssertEqual(result.diagnostics.map(\.message), ["unknown key 'extra' in a scenario"])
    }

    func testBillionLaughsIsRefusedByTheAliasLimit() throws {
        var yaml = "title: t\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            yaml += "lol\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: 9).joined(separator: ", ") + "]\n"
        }
        yaml += "? *l9\n: boom\n"
        let d = try XCTUnwrap(problems(yaml).first)
        XCTAssertEqual(d.line, 6, "the 33rd alias is on the fourth lol line")
        XCTAssertTrue(d.message.hasPrefix("more than 32 YAML aliases"), d.message)
    }

    /// The worst an alias structure within the limit can do: 30 aliases in fanout-3 levels, hashed as a key.
    func testAliasesWithinTheLimitStayCheap() {
        var yaml = "title: t\nx0: &a0 [x, x, x]\n"
        for i in 1...10 {
            yaml += "x\(i): &a\(i) [*a\(i - 1), *a\(i - 1), *a\(i - 1)]\n"
        }
        yaml += "? *a10\n: v\n? [*a10]\n: w\n"
        let found = problems(yaml)
        XCTAssertEqual(found.count, 13, found.map(\.summary).joined(separator: "\n"))
    }

    func testUndefinedAliasAndUnsupportedTags() {
        assertOneProblem("title: *nowhere\n", line: 1, column: 8, path: "",
                         message: "this alias (*name) refers to no anchor (&name) defined before it")
        assertOneProblem("title: !!binary aGVsbG8=\n", line: 1, column: 8, path: "title",
                         message: "expected a title (text), found a value tagged !!binary")
        assertOneProblem("title: t\nposture: !custom flexion\n", line: 2, column: 10, path: "posture",
                         message: "found a value tagged !custom")
        assertOneProblem("title: t\nlesions: !!set {a, b}\n", line: 2, column: 10, path: "lesions",
                         message: "expected a list of lesions, found a mapping")
        XCTAssertEqual(parseValid("title: !!str 2024\n")?.title, "2024")
    }

    func testSeveralDocumentsAreRefused() {
        assertOneProblem("title: a\n---\ntitle: b\n", line: 2, column: 1, path: "",
                         message: "a scenario file holds one YAML document, but a second one starts here")
    }

    /// Random edits of the spec example with YAML punctuation: every mutant either loads or is refused
    /// with diagnostics located inside the text.
    func testMutatedFilesEndInAScenarioOrLocatedErrors() {
        var generator = SplitMix(seed: 7)
        let pieces = ["\n", " ", "- ", ": ", "[", "]", "{", "}", ",", "&a ", "*a", "!!binary ", "!x ", "? ", "|", ">",
                      "'", "\"", "#", "\t", "---\n", "%TAG ! tag:x,2000:\n", "1e400", ".nan", "é", "\u{85}", "\r", "~",
                      "<<: ", "9999999999999999999999", "1:2:3:4:5:6:7:8:9:10:11:12:13"]
        let base = Array(specExample.unicodeScalars)
        var outcomes = (valid: 0, invalid: 0)
        for _ in 0..<400 {
            var scalars = base
            for _ in 0..<(1 + generator.next() % 4) {
                let position = Int(generator.next() % UInt64(scalars.count))
                let piece = pieces[Int(generator.next() % UInt64(pieces.count))].unicodeScalars
                if generator.next() % 2 == 0 {
                    scalars.insert(contentsOf: piece, at: position)
                } else {
                    scalars.replaceSubrange(position..<min(scalars.count, position + 3), with: piece)
                }
            }
            let text = String(String.UnicodeScalarView(scalars))
            do {
                _ = try ScenarioLoader.parse(text, file: "mutant.yaml")
                outcomes.valid += 1
            } catch {
                outcomes.invalid += 1
                let lines = text.split(omittingEmptySubsequences: false) { SourceText.isBreak($0.unicodeScalars.first!) }
                for d in error.diagnostics {
                    XCTAssertTrue((1...lines.count + 1).contains(d.line), "\(d.summary)\n\(text)")
                    XCTAssertTrue(d.description.hasPrefix(d.summary))
                }
            }
        }
        XCTAssertGreaterThan(outcomes.valid, 0)
        XCTAssertGreaterThan(outcomes.invalid, 0)
    }

    private func dataProblems(_ data: Data) -> [Diagnostic] {
        do {
            _ = try ScenarioLoader.parse(data, file: "test.yaml")
            XCTFail("expected an error")
            return []
        } catch {
            XCTAssertEqual(error.exitCode, .invalidInput)
            return error.diagnostics
        }
    }
}

/// A small deterministic random generator (SplitMix64) so that junk input is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

final class ResultHolder: @unchecked Sendable {
    var diagnostics: [Diagnostic] = []
}
