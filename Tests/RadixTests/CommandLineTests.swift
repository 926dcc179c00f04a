import Foundation
import TestSupport
import XCTest

/// Runs the built `radix` binary as a user would.
final class CommandLineTests: XCTestCase {
    static let packageRoot = Fixtures.packageRoot

    /// The `radix` executable next to the test bundle.
    static var binary: URL {
        var dir = Bundle(for: CommandLineTests.self).bundleURL
        if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("radix")
    }

    typealias Output = ProcessOutput

    /// Runs `radix args` (or `executable args`) in `directory` (the package root unless given) and waits
    /// for it: the one runner of every command-line test.
    static func run(_ args: [String], in directory: URL = packageRoot, executable: URL = binary) throws -> Output {
        try ProcessOutput.run(executable, args, in: directory)
    }

    func radix(_ args: [String]) throws -> Output { try Self.run(args) }

    var scenarioFiles: [String] {
        let dir = Self.packageRoot.appendingPathComponent("Scenarios")
        return ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted().map { "Scenarios/" + $0 }
    }

    func testEveryScenarioReportsEveryKeyOfTheSpec() throws {
        XCTAssertGreaterThanOrEqual(scenarioFiles.count, 16)
        let result = try radix(["run", "--json"] + scenarioFiles)
        XCTAssertEqual(result.status, 0, result.stderr)
        let reports = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(reports.count, scenarioFiles.count)
        let top = ["format", "radix_version", "scenario", "atlas", "posture", "roots", "cauda_equina", "segments", "pain_map",
                   "knee", "deficits", "tests", "red_flags", "explanation"]
        for (report, file) in zip(reports, scenarioFiles) {
            for key in top { XCTAssertNotNil(report[key], "\(file): missing \(key)") }
            XCTAssertEqual(report["format"] as? Int, 1)
            let scenario = try XCTUnwrap(report["scenario"] as? [String: Any])
            XCTAssertEqual(scenario["file"] as? String, file)
            XCTAssertNotNil(scenario["title"] as? String)
            let roots = try XCTUnwrap(report["roots"] as? [[String: Any]])
            XCTAssertEqual(roots.count, 14, "every root L1–S2 on both sides")
            for root in roots {
                for key in ["root", "side", "grade", "state", "site", "level", "clearance_mm", "deformation_percent", "inflamed", "lesions"] {
                    XCTAssertNotNil(root[key], "\(file): root missing \(key)")
                }
            }
            let cauda = try XCTUnwrap(report["cauda_equina"] as? [String: Any])
            for key in ["compressed", "min_dural_area_mm2", "level"] { XCTAssertNotNil(cauda[key]) }
            let segments = try XCTUnwrap(report["segments"] as? [[String: Any]])
            XCTAssertEqual(segments.map { $0["level"] as? String }, ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"])
            for s in segments {
                for key in ["canal_ap_mm", "dural_area_mm2", "schizas", "recess_depth_mm", "foramen_height_mm", "lee_foraminal", "meyerding"] {
                    XCTAssertTrue(s.keys.contains(key), "\(file): segment missing \(key)")
                }
            }
            let knee = try XCTUnwrap(report["knee"] as? [String: Any])
            XCTAssertNotNil(knee["left"]); XCTAssertNotNil(knee["right"])
            let deficits = try XCTUnwrap(report["deficits"] as? [String: Any])
            for key in ["sensory", "motor", "reflexes"] { XCTAssertNotNil(deficits[key]) }
            for entry in (report["pain_map"] as? [[String: Any]]) ?? [] {
                for key in ["region", "side", "roots", "kind", "intensity"] { XCTAssertNotNil(entry[key]) }
            }
        }
    }

    func testTheNormalSpineIsQuietAndTheClassicCaseHurtsLeftL5() throws {
        let normal = try radix(["run", "--json", "Scenarios/01-normal-spine.yaml"])
        let n = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(normal.stdout.utf8)) as? [String: Any])
        XCTAssertTrue(((n["roots"] as? [[String: Any]]) ?? []).allSatisfy { ($0["grade"] as? Int) == 0 })
        XCTAssertEqual((n["pain_map"] as? [Any])?.count, 0)
        let classic = try radix(["run", "--json", "Scenarios/02-l4-l5-left-subarticular-extrusion.yaml"])
        let c = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(classic.stdout.utf8)) as? [String: Any])
        let hurt = ((c["roots"] as? [[String: Any]]) ?? []).filter { ($0["grade"] as? Int ?? 0) >= 2 }
        XCTAssertEqual(hurt.map { "\($0["side"] ?? "") \($0["root"] ?? "")" }, ["left L5"])
        XCTAssertEqual(hurt.first?["site"] as? String, "lateral-recess")
    }

    func testTextReportAndOverrides() throws {
        let text = try radix(["run", "Scenarios/09-l4-l5-far-lateral-l4-knee.yaml", "--atlas", "keegan-garrett", "--posture", "extension"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.contains("Keegan & Garrett"), text.stdout)
        XCTAssertTrue(text.stdout.contains("Posture: extension"))
        XCTAssertTrue(text.stdout.contains("right L4"))
        XCTAssertTrue(text.stdout.contains("Teaching model — not for diagnosis."))
        let bad = try radix(["run", "--atlas", "netter", "Scenarios/01-normal-spine.yaml"])
        XCTAssertNotEqual(bad.status, 0)
    }

    func testInvalidFileIsRefusedWithLocatedErrorsAndExitTwo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("radix-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("broken.yaml")
        try "title: broken\nposture: flexed\nlesions:\n  - type: herniation\n    level: L4-L5\n    zone: subarticular\n    side: left\n    sise_mm: 4\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try radix(["run", "--json", file.path, "Scenarios/01-normal-spine.yaml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "", "nothing is computed or printed when a file is invalid")
        XCTAssertTrue(result.stderr.contains("broken.yaml:2:10: error: posture"), result.stderr)
        XCTAssertTrue(result.stderr.contains("did you mean 'flexion'?"))
        XCTAssertTrue(result.stderr.contains("did you mean 'size_mm'?"))
        XCTAssertTrue(result.stderr.contains(":8:5:"), result.stderr)
        let validate = try radix(["validate", file.path])
        XCTAssertEqual(validate.status, 2)
    }

    func testUnreadableFileExitsOneAndValidFilesValidate() throws {
        let missing = try radix(["validate", "Scenarios/does-not-exist.yaml"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("does-not-exist.yaml"))
        let ok = try radix(["validate"] + scenarioFiles)
        XCTAssertEqual(ok.status, 0, ok.stderr)
    }

    func testHelpAndVersion() throws {
        let version = try radix(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.contains("0.1.0"))
        let help = try radix(["--help"])
        XCTAssertTrue(help.stdout.contains("run") && help.stdout.contains("validate"))
        XCTAssertTrue(help.stdout.contains("not for diagnosis"))
    }

    /// A bad option is invalid input like a bad file: exit 2, with ArgumentParser's message and a hint.
    func testBadOptionsExitTwoWithAMessage() throws {
        let file = scenarioFiles[0]
        for args in [["run", "--atlas", "netter", file], ["render", file, "--theme", "sepia"], ["render", file, "--width", "10"],
                     ["run", "--no-such-flag", file], ["frobnicate"], ["quiz", "--count", "3"]] {
            let result = try radix(args)
            XCTAssertEqual(result.status, 2, "\(args)")
            XCTAssertFalse(result.stderr.isEmpty, "\(args): no message")
        }
        XCTAssertTrue(try radix(["run", "--atlas", "netter", file]).stderr.contains("lee-2008"), "the allowed values are listed")
        XCTAssertEqual(try radix(["render", "--help"]).status, 0)
    }
}
