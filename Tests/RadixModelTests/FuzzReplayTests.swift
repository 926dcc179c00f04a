import Foundation
import TestSupport
import XCTest

/// The fuzz target built normally replays inputs (`radix-fuzz FILE…`): every teaching scenario and inputs
/// of the kinds the fuzzer mutates towards go through load → check → simulate → report → scene without a
/// trap, each reported "ok".
final class FuzzReplayTests: XCTestCase {
    /// The `radix-fuzz` executable next to the test bundle.
    static var binary: URL {
        var dir = Bundle(for: FuzzReplayTests.self).bundleURL
        if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("radix-fuzz")
    }

    /// Inputs at the edges of the loader: empty, not UTF-8, unclosed, aliases, extreme and non-finite
    /// numbers, every view at once, and a scenario stacking every lesion type on one level.
    static let edgeInputs: [String: Data] = [
        "empty": Data(),
        "not-utf8": Data([0xFF, 0xFE, 0x00, 0x74, 0x69, 0x74, 0x6C, 0x65]),
        "unclosed": Data("title: t\nlesions: [\n".utf8),
        "alias-loop": Data("title: &a t\nlesions: *a\nanatomy: &b {scale: *b}\n".utf8),
        "huge-numbers": Data("title: t\nanatomy: {scale: 1e308}\nlesions:\n  - {type: herniation, level: L4-L5, zone: central, size_mm: -1e308}\n".utf8),
        "nan": Data("title: t\nlesions:\n  - {type: stenosis, level: L4-L5, kind: central, canal_ap_mm: .nan}\n".utf8),
        "every-view": Data("""
            title: t
            lesions:
              - {type: herniation, level: L5-S1, zone: foraminal, side: left, size_mm: 20}
            render:
              views: [sheet, sagittal, axial, "axial:L1-L2", foramen, "foramen:L1-L2:right", body, knee]
            """.utf8),
    ]

    func testTheReplayRunsEveryScenarioAndEdgeInputWithoutATrap() throws {
        let dir = try temporaryDirectory("fuzz-replay")
        var files = try Fixtures.scenarioFiles().map { Fixtures.scenarioDirectory.appendingPathComponent($0).path }
        for (name, data) in Self.edgeInputs.sorted(by: { $0.key < $1.key }) {
            let path = dir + "/" + name
            try data.write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let output = try ProcessOutput.run(Self.binary, files)
        XCTAssertEqual(output.status, 0, output.stderr)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, files.count, output.stdout)
        for (line, file) in zip(lines, files) {
            XCTAssertTrue(line.hasPrefix(file + ": ok ("), line)
        }
    }

    func testTheReplayWithoutFilesExplainsItself() throws {
        let output = try ProcessOutput.run(Self.binary, [])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("usage: radix-fuzz FILE"), output.stderr)
    }
}
