import Foundation
import Radix
import TestSupport
import XCTest

/// Whole sets or nothing: `radix quiz`, `sweep`, `render` and `atlas` write into a staging directory and
/// move the set into place at the end, so a failure or an interrupt leaves the earlier set, never half.
final class OutputSetTests: XCTestCase {
    /// Every regular file under `directory` (relative name → bytes), staging directories included, so that
    /// a leftover shows up as a difference.
    func contents(_ directory: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(atPath: directory))
        while let name = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = (directory as NSString).appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[name] = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        }
        return out
    }

    func leftovers(_ directory: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix(".radix-staging-") || $0.contains(".tmp-") }
    }

    /// Runs the built `radix` with files limited to `blocks` × 512 bytes (and SIGXFSZ ignored), so the first
    /// larger file fails to write with "File too large" — as a full disk fails, part-way through a set.
    func radixWithFileSizeLimit(_ blocks: Int, _ args: [String]) throws -> CommandLineTests.Output {
        try CommandLineTests.run(["-c", "trap '' XFSZ; ulimit -f \(blocks); exec \"$0\" \"$@\"", CommandLineTests.binary.path] + args,
                                 executable: URL(fileURLWithPath: "/bin/sh"))
    }

    // MARK: - A failure while the set is drawn

    func testAQuizThatFailsPartWayLeavesTheEarlierQuizAsItWas() throws {
        let dir = try temporaryDirectory("sets") + "/quiz"
        let old = try CommandLineTests.run(["quiz", "--count", "2", "--seed", "1", "--width", "600", "--out", dir])
        XCTAssertEqual(old.status, 0, old.stderr)
        let before = try contents(dir)
        XCTAssertEqual(before.count, 12)

        let failed = try radixWithFileSizeLimit(16, ["quiz", "--count", "3", "--seed", "2", "--width", "600", "--out", dir])
        XCTAssertEqual(failed.status, 1, failed.stderr)
        XCTAssertTrue(failed.stderr.contains("File too large"), failed.stderr)
        XCTAssertTrue(failed.stderr.contains("radix quiz: cannot write file \(dir)/quiz-001."), "names the final path: \(failed.stderr)")
        XCTAssertTrue(failed.stderr.hasSuffix("; nothing was changed in \(dir)\n"), failed.stderr)
        XCTAssertEqual(failed.stdout, "", "no path is listed when none was written")
        XCTAssertEqual(try contents(dir), before, "the earlier quiz, byte for byte, and nothing else")
        XCTAssertEqual(try leftovers(dir), [])
    }

    func testASweepAndAMultiViewRenderThatFailLeaveTheEarlierFiles() throws {
        let dir = try temporaryDirectory("sets")
        let scenario = try Fixtures.scenarioPath("02")
        let sweep = ["sweep", scenario, "--vary", "lesions[0].size_mm=2...8:3", "--frames", "--width", "600", "--out", dir]
        let render = ["render", scenario, "--view", "sheet", "--view", "axial", "--format", "png", "--format", "svg", "--width", "600", "--out", dir]
        for command in [sweep, render] {
            let old = try CommandLineTests.run(command)
            XCTAssertEqual(old.status, 0, old.stderr)
            let before = try contents(dir)
            let failed = try radixWithFileSizeLimit(16, command + ["--theme", "print"])
            XCTAssertEqual(failed.status, 1, "\(command[0]): \(failed.stderr)")
            XCTAssertTrue(failed.stderr.contains("File too large") && failed.stderr.contains("nothing was changed in \(dir)"), failed.stderr)
            XCTAssertEqual(try contents(dir), before, "\(command[0]) changed the earlier files")
            XCTAssertEqual(try leftovers(dir), [])
        }
    }

    // MARK: - A failure while the set is moved into place

    func testAFileThatCannotBeReplacedUndoesEveryMoveOfTheCommit() throws {
        let dir = try temporaryDirectory("sets")
        let writer = try QuizWriter()
        let request = QuizRequest(outputDirectory: dir, width: 600)
        try writer.write(try QuizGenerator.generate(count: 1, seed: 3), request: request)
        // The new set's last name (sorted) is a directory: every other file has been moved in when it fails.
        try FileManager.default.createDirectory(atPath: dir + "/quiz-002.yaml", withIntermediateDirectories: false)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: dir + "/quiz-002.yaml/notes"))
        let before = try contents(dir)

        XCTAssertThrowsError(try writer.write(try QuizGenerator.generate(count: 2, seed: 4), request: request)) { error in
            XCTAssertEqual((error as? OutputSetError)?.description,
                           "cannot replace \(dir)/quiz-002.yaml: it is a directory; nothing was changed in \(dir)")
        }
        XCTAssertEqual(try contents(dir), before, "every replaced file is back and no new one stays")
        XCTAssertEqual(try leftovers(dir), [])
    }

    func testACommitReplacesTheSetAndRemovesOnlyTheStaleFilesItIsTold() throws {
        let dir = try temporaryDirectory("sets")
        for (name, text) in [("a.txt", "old a"), ("b.txt", "old b"), ("stale-1.txt", "old"), ("keep.txt", "mine")] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: dir + "/" + name))
        }
        let set = try OutputSet(directory: dir)
        XCTAssertTrue(set.stagingDirectory.hasPrefix(dir + "/.radix-staging-"))
        try Data("new a".utf8).write(to: URL(fileURLWithPath: set.stagingPath("a.txt")))
        try Data("new c".utf8).write(to: URL(fileURLWithPath: set.stagingPath("c.txt")))
        XCTAssertEqual(try contents(dir)["a.txt"], Data("old a".utf8), "nothing moves before the commit")

        let paths = try set.commit(removing: { $0.hasPrefix("stale-") })
        XCTAssertEqual(paths, [dir + "/a.txt", dir + "/c.txt"])
        XCTAssertEqual(try contents(dir), ["a.txt": Data("new a".utf8), "b.txt": Data("old b".utf8),
                                           "c.txt": Data("new c".utf8), "keep.txt": Data("mine".utf8)])
    }

    // MARK: - Interrupts

    func testACancelledSetChangesNothingAndRemovesItsStaging() throws {
        let dir = try temporaryDirectory("sets")
        try Data("old".utf8).write(to: URL(fileURLWithPath: dir + "/a.txt"))
        let cancellation = BatchCancellation()
        let set = try OutputSet(directory: dir, cancellation: cancellation)
        try set.staging { try Data("new".utf8).write(to: URL(fileURLWithPath: set.stagingPath("a.txt"))) }
        cancellation.cancel()
        XCTAssertThrowsError(try set.commit()) { error in
            let setError = error as? OutputSetError
            XCTAssertEqual(setError?.interrupted, true)
            XCTAssertEqual(setError?.exitCode, .interrupted)
            XCTAssertEqual(setError?.description, "interrupted; nothing was changed in \(dir)")
        }
        XCTAssertEqual(try contents(dir), ["a.txt": Data("old".utf8)])
    }

    func testSIGINTDuringAQuizLeavesTheEarlierQuizAndExits130() throws {
        let dir = try temporaryDirectory("sets") + "/quiz"
        let old = try CommandLineTests.run(["quiz", "--count", "1", "--seed", "5", "--width", "600", "--out", dir])
        XCTAssertEqual(old.status, 0, old.stderr)
        let before = try contents(dir)

        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["quiz", "--count", "40", "--seed", "6", "--width", "600", "--out", dir]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Interrupt once the set is being drawn: its staging directory holds a file.
        let deadline = Date().addingTimeInterval(60)
        var staged = false
        while !staged && Date() < deadline && process.isRunning {
            staged = try leftovers(dir).contains { name in
                !((try? FileManager.default.contentsOfDirectory(atPath: dir + "/" + name)) ?? []).isEmpty
            }
            if !staged { usleep(20_000) }
        }
        XCTAssertTrue(staged, "the quiz never started staging")
        process.interrupt()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 130, message)
        XCTAssertTrue(message.contains("radix quiz: interrupted; nothing was changed in \(dir)"), message)
        XCTAssertEqual(try contents(dir), before)
        XCTAssertEqual(try leftovers(dir), [])
    }

    // MARK: - What kill -9 leaves

    func testStagingDirectoriesOlderThanTenMinutesAreSweptAndYoungOnesKept() throws {
        let dir = try temporaryDirectory("sets")
        let stale = dir + "/.radix-staging-AAAAAA", young = dir + "/.radix-staging-BBBBBB"
        for path in [stale, young] {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            try Data("half a set".utf8).write(to: URL(fileURLWithPath: path + "/quiz-001.yaml"))
        }
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-601)], ofItemAtPath: stale)
        let set = try OutputSet(directory: dir)
        set.discard()
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale), "a kill -9 leftover is swept by the next set")
        XCTAssertTrue(FileManager.default.fileExists(atPath: young + "/quiz-001.yaml"), "a set being written now is left alone")
        XCTAssertFalse(FileManager.default.fileExists(atPath: set.stagingDirectory), "discard removes the set's own staging")

        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-601)], ofItemAtPath: young)
        XCTAssertEqual(BatchState(outputDirectory: dir).sweepStaleTemporaries(), 1, "a batch into the same folder sweeps them too")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir), [])
    }
}
