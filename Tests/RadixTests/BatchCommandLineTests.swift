import Foundation
import XCTest

/// `radix batch` as a user runs it (not a terminal: one line per scenario).
final class BatchCommandLineTests: XCTestCase {
    typealias Output = CommandLineTests.Output

    func radix(_ args: [String]) throws -> Output {
        try CommandLineTests.run(args)
    }

    func testBatchReportsTheBrokenFileRendersTheRestAndIsIncremental() throws {
        let fixture = try BatchFixture()
        defer { fixture.remove() }
        let args = ["batch", fixture.input, "--out", fixture.output, "--width", "800", "--view", "sheet", "--format", "png"]
        let first = try radix(args)
        XCTAssertEqual(first.status, 2, first.stderr)
        let lines = first.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 4, first.stdout)
        XCTAssertEqual(lines.filter { $0.contains("] rendered ") }.count, 3, first.stdout)
        XCTAssertTrue(first.stdout.contains("FAILED    \(fixture.input)/broken.yaml:2:10: error: posture"), first.stdout)
        XCTAssertTrue(first.stderr.contains("did you mean 'flexion'?"), first.stderr)
        XCTAssertTrue(first.stderr.contains("4 scenarios — 3 rendered, 0 unchanged, 1 failed"), first.stderr)
        XCTAssertTrue(first.stderr.contains("Failures:\n  \(fixture.input)/broken.yaml:2:10: error: posture"), first.stderr)

        let second = try radix(args)
        XCTAssertEqual(second.status, 2)
        XCTAssertEqual(second.stdout.components(separatedBy: "] unchanged ").count - 1, 3, second.stdout)
        XCTAssertTrue(second.stderr.contains("0 rendered, 3 unchanged, 1 failed"), second.stderr)

        try FileManager.default.removeItem(atPath: fixture.input + "/broken.yaml")
        let forced = try radix(args + ["--force", "--jobs", "1"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(forced.stderr.contains("3 rendered, 0 unchanged, 0 failed"), forced.stderr)
    }

    func testShardsOnTheCommandLine() throws {
        let fixture = try BatchFixture(count: 5, broken: false)
        defer { fixture.remove() }
        let base = ["batch", fixture.input, "--out", fixture.output, "--width", "800", "--view", "sheet", "--format", "png"]
        let a = try radix(base + ["--shard", "1/2"]), b = try radix(base + ["--shard", "2/2"])
        XCTAssertEqual(a.status, 0, a.stderr)
        XCTAssertEqual(b.status, 0, b.stderr)
        func files(_ o: Output) -> Set<String> {
            Set(o.stdout.split(separator: "\n").compactMap { $0.split(separator: " ").first { $0.hasSuffix(".yaml") }.map(String.init) })
        }
        XCTAssertEqual(files(a).count, 3)
        XCTAssertEqual(files(b).count, 2)
        XCTAssertTrue(files(a).isDisjoint(with: files(b)))
        let bad = try radix(base + ["--shard", "3/2"])
        XCTAssertNotEqual(bad.status, 0)
        XCTAssertTrue(bad.stderr.contains("--shard"), bad.stderr)
    }

    func testAnInterruptLeavesNoPartialFileAndTheNextRunFinishes() throws {
        let fixture = try BatchFixture(count: 5, broken: false)
        defer { fixture.remove() }
        // More work, so that the interrupt arrives mid-batch: 5 scenarios × 4 copies.
        for copy in 1...3 {
            for name in BatchFixture.names {
                try FileManager.default.copyItem(atPath: fixture.input + "/\(name).yaml", toPath: fixture.input + "/c\(copy)-\(name).yaml")
            }
        }
        let args = ["batch", fixture.input, "--out", fixture.output, "--width", "800", "--view", "sheet", "--format", "png", "--jobs", "1"]
        let p = Process()
        p.executableURL = CommandLineTests.binary
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        // Wait for the first scenario to be done, then interrupt.
        let first = out.fileHandleForReading.availableData
        XCTAssertFalse(first.isEmpty)
        p.interrupt()
        _ = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.output)
        XCTAssertEqual(names.filter { $0.contains(".tmp-") }, [], "no partial file")
        let interrupted = p.terminationStatus
        let done = names.filter { $0.hasSuffix(".png") && !$0.hasSuffix(".thumb.png") }.count
        if interrupted == 130 {
            XCTAssertLessThan(done, 20)
        } else {
            XCTAssertEqual(interrupted, 0, "finished before the interrupt arrived")
        }
        let rest = try radix(args)
        XCTAssertEqual(rest.status, 0, rest.stderr)
        XCTAssertTrue(rest.stderr.contains("\(20 - done) rendered, \(done) unchanged"), rest.stderr)
        let after = try FileManager.default.contentsOfDirectory(atPath: fixture.output)
        XCTAssertEqual(after.filter { $0.hasSuffix(".png") && !$0.hasSuffix(".thumb.png") }.count, 20)
        XCTAssertEqual(after.filter { $0.hasSuffix(".thumb.png") }.count, 20)
    }
}
