import XCTest
@testable import Scenario

/// A residual measure is built as asked or refused at its value with the range that can be built (issue 9
/// item 2). `lesionYAML` puts the lesion's first key on line 3, column 5, one key a line.
final class BuildableTests: XCTestCase {
    func testAForaminalHeightBelowWhatTheModelBuildsIsRefusedWithTheRange() {
        let d = assertOneProblem(lesionYAML("type: stenosis\nlevel: L4-L5\nkind: foraminal\ncause: osteophyte\nforamen_height_mm: 3.2"),
                                 line: 7, column: 24, path: "lesions[0].foramen_height_mm",
                                 message: "3.2 mm cannot be built at L4-L5 by a osteophyte foraminal stenosis", suggestion: "foramen_height_mm: 4.0")
        XCTAssertEqual(d?.allowed?.hasPrefix("4.0 mm … 20.0 mm"), true, d?.allowed ?? "")
    }

    func testAFlavumForaminalStenosisIsNotAskedForByHeight() {
        _ = assertOneProblem(lesionYAML("type: stenosis\nlevel: L5-S1\nkind: foraminal\ncause: ligamentum-flavum\nforamen_height_mm: 12"),
                         line: 7, column: 24, path: "lesions[0].foramen_height_mm",
                         message: "narrows the foramen from behind, front to back", suggestion: "grade: 2")
    }

    func testAResidualAtOrAboveTheLevelsOwnMeasureNarrowsNothingAndIsAccepted() {
        XCTAssertNotNil(parseValid(lesionYAML("type: stenosis\nlevel: L4-L5\nkind: lateral-recess\nrecess_depth_mm: 9")))
        XCTAssertNotNil(parseValid(lesionYAML("type: stenosis\nlevel: L5-S1\nkind: foraminal\nforamen_height_mm: 25")))
    }

    func testEveryBuildableResidualIsAccepted() {
        for (kind, key, values) in [("lateral-recess", "recess_depth_mm", [5.5, 4, 2.5, 1]), ("foraminal", "foramen_height_mm", [18, 15, 12, 9, 6]),
                                    ("central", "dural_area_mm2", [120, 90, 60, 40]), ("central", "canal_ap_mm", [13, 10, 7])] {
            for v in values {
                let yaml = "radix: 1\ntitle: t\nlesions:\n  - type: stenosis\n    level: L4-L5\n    kind: \(kind)\n    \(key): \(v)\n"
                XCTAssertNotNil(parseValid(yaml), "\(key) \(v)")
            }
        }
    }

    /// The messages' numbers now come from the reports' formatter (Numerals); they must read as the
    /// hand-written formatter they replace did, for every value a message can show.
    func testMessageNumbersReadAsBeforeTheSharedFormatter() {
        func former(_ v: Double, _ unit: String) -> String {
            guard v.isFinite, abs(v) < 1e9 else { return "\(v) \(unit)" }
            if unit == "mm²" { return "\(Int(v.rounded())) \(unit)" }
            let tenths = Int((v * 10).rounded())
            return "\(tenths < 0 ? "-" : "")\(abs(tenths) / 10).\(abs(tenths) % 10) \(unit)"
        }
        var values: [Double] = [0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.25, -1.25, 2.5, -2.5, 0.5, -0.5, 99.95, 1e9 - 1, 1e9, -1e9, 1e20,
                                .infinity, -.infinity, .nan, 123_456_789.96]
        var x = 0.0
        while x < 300 { values += [x, -x]; x += 0.013 }
        for v in values {
            for unit in ["mm", "mm²", "%"] {
                XCTAssertEqual(ScenarioDecoder.format(v, unit), former(v, unit), "\(v) \(unit)")
            }
        }
    }
}
