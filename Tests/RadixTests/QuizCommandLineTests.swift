import Foundation
import TestSupport
import XCTest

/// `radix quiz` run as a user runs it: files written and listed, clear errors with exit 2 for bad
/// options and 1 for a directory that cannot be written.
final class QuizCommandLineTests: XCTestCase {
    func radix(_ args: [String]) throws -> CommandLineTests.Output {
        try CommandLineTests.run(args)
    }

    func testAQuizIsWrittenListedAndItsScenariosValidate() throws {
        let dir = try temporaryDirectory("quiz-cli") + "/set"
        let result = try radix(["quiz", "--count", "2", "--seed", "2718", "--out", dir, "--width", "800", "--theme", "colorblind"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let listed = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(listed.count, 2 * 5 + 2)
        for path in listed { XCTAssertTrue(FileManager.default.fileExists(atPath: path), path) }
        XCTAssertEqual(listed.last, dir + "/answer-key.json")
        let validate = try radix(["validate", dir + "/quiz-001.yaml", dir + "/quiz-002.yaml"])
        XCTAssertEqual(validate.status, 0, validate.stderr)
        let run = try radix(["run", dir + "/quiz-001.yaml"])
        XCTAssertEqual(run.status, 0)
        XCTAssertTrue(run.stdout.contains("Case 001: "))
    }

    func testASmallerSetInTheSameFolderLeavesNoCaseOfTheOldOne() throws {
        let dir = try temporaryDirectory("quiz-cli") + "/set"
        let first = try radix(["quiz", "--count", "3", "--seed", "7", "--out", dir, "--width", "600", "--format", "png", "--format", "svg"])
        XCTAssertEqual(first.status, 0, first.stderr)
        let firstNames = try FileManager.default.contentsOfDirectory(atPath: dir)
        XCTAssertEqual(firstNames.filter { $0.hasSuffix(".answer.svg") }.count, 3)
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: dir + "/notes.txt"))
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: dir + "/quiz-notes.yaml"))
        let second = try radix(["quiz", "--count", "2", "--seed", "8", "--out", dir, "--width", "600", "--format", "png"])
        XCTAssertEqual(second.status, 0, second.stderr)
        let listed = Set(second.stdout.split(separator: "\n").map { (String($0) as NSString).lastPathComponent })
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: dir))
        // Exactly the second set's files, plus the files that were never the quiz's.
        XCTAssertEqual(present, listed.union(["notes.txt", "quiz-notes.yaml"]))
    }

    func testBadOptionsExitTwoWithWhatIsAllowed() throws {
        let dir = try temporaryDirectory("quiz-cli")
        for (args, words) in [(["--count", "0", "--seed", "1"], "--count must be a whole number from 1 to 1000"),
                              (["--count", "1001", "--seed", "1"], "--count must be"),
                              (["--count", "many", "--seed", "1"], "--count must be"),
                              (["--count", "3", "--seed", "-4"], "--seed must be a whole number from 0 to 18446744073709551615"),
                              (["--count", "3", "--seed", "1", "--width", "100"], "--width must be between 600 and 12000")] {
            let result = try radix(["quiz"] + args + ["--out", dir + "/never"])
            XCTAssertEqual(result.status, 2, "\(args): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(words), result.stderr)
            XCTAssertEqual(result.stdout, "")
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/never"), "nothing written for \(args)")
        }
        let missing = try radix(["quiz", "--count", "3"])
        XCTAssertNotEqual(missing.status, 0, "the seed is required")
        XCTAssertTrue(missing.stderr.contains("--seed"))
    }

    func testAnUnwritableOutputDirectoryExitsOne() throws {
        let dir = try temporaryDirectory("quiz-cli")
        let file = dir + "/plain-file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        let result = try radix(["quiz", "--count", "1", "--seed", "5", "--out", file + "/quiz", "--width", "800"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("radix quiz:") && result.stderr.contains(file), result.stderr)
    }
}
