import Foundation
import XCTest
@testable import Scenario

/// The example of scenario-format.md §1, verbatim.
let specExample = """
radix: 1                       # format version; optional, must be 1 when given
title: "L4–L5 left subarticular extrusion"
description: >                 # optional; shown in reports and figure captions
  Classic sciatica: a paracentral disc extrusion catches the traversing root.
atlas: lee-2008                # optional: lee-2008 (default) | keegan-garrett | foerster
posture: neutral               # optional: neutral (default) | flexion | extension
anatomy:                       # optional
  scale: 1.0                   # 0.8 … 1.25, multiplies every default dimension
  levels:                      # optional per-level overrides of the default morphometry
    L4-L5:
      canal_ap_mm: 15
      interpedicular_mm: 24
      disc_height_mm: 11       # posterior disc height
      recess_depth_mm: 5
      foramen_height_mm: 20
      foramen_width_mm: 8
lesions:                       # list; may be empty (a normal spine)
  - type: herniation
    level: L4-L5
    zone: subarticular
    side: left
    morphology: extrusion
    size_mm: 7
render:                        # optional defaults for `radix render` (flags win)
  views: [sheet]
  formats: [png]

"""

/// Parses text that must be valid, failing the test with the diagnostics otherwise.
func parseValid(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> Scenario? {
    do {
        return try ScenarioLoader.parse(yaml, file: "test.yaml")
    } catch {
        XCTFail("expected a valid scenario, got:\n\(error)", file: file, line: line)
        return nil
    }
}

/// The diagnostics of text that must be invalid (empty, and a test failure, if it parses).
func problems(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
    do {
        _ = try ScenarioLoader.parse(yaml, file: "test.yaml")
        XCTFail("expected the scenario to be refused", file: file, line: line)
        return []
    } catch {
        XCTAssertEqual(error.exitCode, .invalidInput, file: file, line: line)
        XCTAssertFalse(error.diagnostics.isEmpty, file: file, line: line)
        return error.diagnostics
    }
}

/// The single lesion of a scenario whose lesions are given as YAML lines (indented by 4).
func lesionYAML(_ body: String) -> String {
    "title: t\nlesions:\n  - " + body.split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init).joined(separator: "\n    ") + "\n"
}

/// Asserts that exactly one problem was found, at the given place, and returns it.
@discardableResult
func assertOneProblem(_ yaml: String, line: Int, column: Int, path: String, message: String,
                      suggestion: String? = nil, file: StaticString = #filePath, testLine: UInt = #line) -> Diagnostic? {
    let found = problems(yaml, file: file, line: testLine)
    XCTAssertEqual(found.count, 1, "problems: \(found.map(\.summary))", file: file, line: testLine)
    guard let d = found.first else { return nil }
    XCTAssertEqual(d.line, line, "line of \(d.summary)", file: file, line: testLine)
    XCTAssertEqual(d.column, column, "column of \(d.summary)", file: file, line: testLine)
    XCTAssertEqual(d.path, path, file: file, line: testLine)
    XCTAssertTrue(d.message.contains(message), "'\(d.message)' should contain '\(message)'", file: file, line: testLine)
    XCTAssertEqual(d.suggestion, suggestion, "suggestion of \(d.summary)", file: file, line: testLine)
    return d
}

/// The `SweepError` `body` throws; nil (and a failure for any other error) when it throws none.
func sweepError(_ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line) -> SweepError? {
    do {
        _ = try body()
        return nil
    } catch let e as SweepError {
        return e
    } catch {
        XCTFail("unexpected \(error)", file: file, line: line)
        return nil
    }
}
