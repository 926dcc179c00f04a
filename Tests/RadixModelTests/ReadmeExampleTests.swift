import Foundation
import RadixModel
import TestSupport
import XCTest

/// The README's "Use from Swift" example is this test's code: it is compiled and run here, and the README's
/// code block must be the same text, so the example cannot rot.
final class ReadmeExampleTests: XCTestCase {
    func testTheReadmeExampleRunsAndFindsTheCompressedRoots() throws {
        // The example names its file relative to the package root, as a reader in a clone would.
        let previous = FileManager.default.currentDirectoryPath
        XCTAssertTrue(FileManager.default.changeCurrentDirectoryPath(Fixtures.packageRoot.path))
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }

        // README: begin
        // Load and check a scenario file (a ScenarioError gives every problem with its line and column) …
        let scenario = try ScenarioLoader.load(path: "Scenarios/02-l4-l5-left-subarticular-extrusion.yaml")
        let result = scenario.simulate()  // SimulationResult: roots, segments, pain map, findings, explanation
        for root in result.hurtRoots {
            print(root.side.rawValue, root.root.name, root.grade.state, "at", root.level.name)  // left L5 compression at L4-L5
        }
        let report = ReportText.render(result, scenario: scenario)  // what `radix run` prints
        let json = ReportJSON.render([(result, scenario)])         // what `radix run --json` prints

        // … or build one in code: millimetres, as in the file format.
        let foraminal = Scenario(title: "Right L5–S1 foraminal protrusion", lesions: [
            Lesion(level: .L5S1, kind: .herniation(Herniation(zone: .foraminal, side: .right, sizeMillimetres: 6))),
        ])
        let exiting = foraminal.simulate().hurtRoots.map { "\($0.side.rawValue) \($0.root.name)" }  // ["right L5"]
        // README: end

        let hurt = result.hurtRoots.map { "\($0.side.rawValue) \($0.root.name) \($0.grade.state) \($0.level.name)" }
        XCTAssertTrue(hurt.contains("left L5 compression L4-L5"), "hurt roots: \(hurt)")
        XCTAssertTrue(report.contains("L5"), report)
        XCTAssertTrue(json.contains("\"format\": 1") && json.contains("\"root\": \"L5\""), String(json.prefix(400)))
        XCTAssertEqual(exiting, ["right L5"])
    }

    /// The code block under "## Use from Swift" in README.md that starts with `import RadixModel` is that line,
    /// a blank line, and the lines between the markers above, unindented.
    func testTheReadmeShowsExactlyTheTestedExample() throws {
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        let lines = source.components(separatedBy: "\n")
        let begin = try XCTUnwrap(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "// README: begin" })
        let end = try XCTUnwrap(lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "// README: end" })
        let body = lines[(begin + 1)..<end].map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : $0 }
        let tested = (["import RadixModel", ""] + body).joined(separator: "\n")

        let readme = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try XCTUnwrap(readme.range(of: "\n## Use from Swift\n"), "README.md has no '## Use from Swift' section")
        let rest = readme[section.upperBound...]
        let open = try XCTUnwrap(rest.range(of: "```swift\nimport RadixModel\n"), "no ```swift block starting with the import in the section")
        let close = try XCTUnwrap(rest[open.upperBound...].range(of: "\n```"), "the ```swift block is not closed")
        XCTAssertEqual("import RadixModel\n" + String(rest[open.upperBound..<close.lowerBound]), tested)
    }
}
