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
}
