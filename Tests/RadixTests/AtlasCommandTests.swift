import Anatomy
import Foundation
import Radix
import XCTest

/// `radix atlas`, in process (``AtlasWriter``) and as the built binary.
final class AtlasCommandTests: XCTestCase {
    var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("radix-atlas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func radix(_ args: [String]) throws -> CommandLineTests.Output {
        try CommandLineTests.run(args)
    }

    func testAllWritesEveryMapAndTheComparisonWithAltTextAndNothingElse() throws {
        let out = dir.appendingPathComponent("figures").path
        let paths = try AtlasWriter().write(AtlasRequest(selection: .all, formats: [.png, .svg], outputDirectory: out, width: 800))
        let names = ["atlas-lee-2008", "atlas-keegan-garrett", "atlas-foerster", "atlas-comparison"]
        XCTAssertEqual(paths.map { ($0 as NSString).lastPathComponent }, names.flatMap { [$0 + ".png", $0 + ".svg", $0 + ".txt"] })
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out).sorted(), paths.map { ($0 as NSString).lastPathComponent }.sorted(),
                       "no temporary file is left behind")
        for path in paths where path.hasSuffix(".png") {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            XCTAssertEqual(Array(data.prefix(4)), [0x89, 0x50, 0x4E, 0x47], path)
        }
        let alt = try String(contentsOfFile: out + "/atlas-comparison.txt", encoding: .utf8)
        XCTAssertTrue(alt.contains("anterior knee") && alt.hasSuffix("not for diagnosis.\n"), alt)
    }

    func testOneMapDrawsOnlyItsFigure() throws {
        let paths = try AtlasWriter().write(AtlasRequest(selection: .one(.foerster), outputDirectory: dir.path, width: 800))
        XCTAssertEqual(paths.map { ($0 as NSString).lastPathComponent }, ["atlas-foerster.png", "atlas-foerster.txt"])
    }

    func testTheSameRequestWritesTheSameBytes() throws {
        let a = dir.appendingPathComponent("a").path, b = dir.appendingPathComponent("b").path
        let request = { (out: String) in AtlasRequest(selection: .all, formats: [.png, .svg], outputDirectory: out, width: 700, theme: .print) }
        let first = try AtlasWriter().write(request(a)), second = try AtlasWriter().write(request(b))
        for (x, y) in zip(first, second) {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: x)), try Data(contentsOf: URL(fileURLWithPath: y)), x)
        }
    }

    func testTheCommandLineWritesAndListsTheFiles() throws {
        let result = try radix(["atlas", "--atlas", "keegan-garrett", "--out", dir.path, "--width", "700", "--theme", "colorblind", "--labels", "minimal"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout.split(separator: "\n").map { ($0 as NSString).lastPathComponent },
                       ["atlas-keegan-garrett.png", "atlas-keegan-garrett.txt"])
    }

    func testAnUnknownAtlasIsRefusedWithTheAllowedNames() throws {
        let result = try radix(["atlas", "--atlas", "netter", "--out", dir.path])
        XCTAssertNotEqual(result.status, 0)
        XCTAssertNotEqual(result.status, 1, "bad input is not an I/O failure")
        for name in Atlas.allCases.map(\.rawValue) + ["all"] { XCTAssertTrue(result.stderr.contains("'\(name)'"), result.stderr) }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.path), [], "nothing is written")
        let width = try radix(["atlas", "--width", "20", "--out", dir.path])
        XCTAssertNotEqual(width.status, 0)
        XCTAssertTrue(width.stderr.contains("--width"), width.stderr)
    }

    func testAnUnwritableOutputDirectoryExitsOneWithAMessage() throws {
        let file = dir.appendingPathComponent("not-a-directory")
        try Data("x".utf8).write(to: file)
        let result = try radix(["atlas", "--atlas", "lee-2008", "--out", file.appendingPathComponent("figures").path])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("radix:") && result.stderr.contains("not-a-directory"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }
}
