import Anatomy
import XCTest
@testable import Scenario

/// Sweep arguments found by fuzzing `radix sweep` that once gave values or suggestions the user never wrote.
final class SweepEdgeCaseTests: XCTestCase {
    func template() throws -> ScenarioTemplate { try ScenarioTemplate.parse(specExample, file: "t.yaml") }

    func error(_ body: () throws -> Any) -> SweepError? { sweepError(body) }

    /// `1e308...-1e308`: `to - from` overflows to -inf, which once made the steps `nan`, `-inf` — values
    /// that were then reported at the file's line as if the user had written them.
    func testARangeWiderThanADoubleStillStepsBetweenItsEnds() throws {
        let t = try template()
        let size = try t.parameter("lesions[0].size_mm")
        let values = try SweepRange.values("1e308...-1e308:3", for: size)
        XCTAssertEqual(values.map(\.text), ["1e+308", "0", "-1e+308"])
        XCTAssertTrue(values.allSatisfy { $0.position.isFinite })
        let wide = try SweepRange.values("-1.7e308...1.7e308:200", for: size)
        XCTAssertTrue(wide.allSatisfy { $0.position.isFinite && !$0.text.contains("nan") && !$0.text.contains("inf") },
                      wide.map(\.text).joined(separator: " "))
        // Each step is then refused for its own value, located in the file.
        do {
            _ = try t.scenario(setting: size, to: values[0].text)
            XCTFail("1e308 mm is out of range")
        } catch {
            XCTAssertTrue(error.diagnostics.first?.message.contains("1e+308 is out of range") ?? false, "\(error)")
        }
    }

    func testAListIndexWrittenAfterADotIsSuggestedInBrackets() throws {
        let e = error { try template().parameter("lesions.0.size_mm") }
        XCTAssertEqual(e?.suggestion, "lesions[0].size_mm", e?.description ?? "")
        XCTAssertTrue(e?.message.contains("in brackets") ?? false, e?.description ?? "")
    }

    func testASuggestionIsItselfAValidPath() throws {
        let t = try template()
        // Each part was corrected alone: 'anatomy.SCALE' would be refused in turn.
        XCTAssertEqual(error { try t.parameter("ANATOMY.SCALE") }?.suggestion, "anatomy.scale")
        XCTAssertEqual(error { try t.parameter("Lesions[0].Size_mm") }?.suggestion, "lesions[0].size_mm")
        for path in ["ANATOMY.SCALE", "Lesions[0].Size_mm", "lesions.0.size_mm", "lesions[0][0].size_mm", "anatomy.scal",
                     "postur", "lesion[0].siz_mm", "anatomy.levels.l9-s3.canal_ap"] {
            guard let suggestion = error({ try t.parameter(path) })?.suggestion else { continue }
            XCTAssertNoThrow(try t.parameter(suggestion), "'\(path)' suggests '\(suggestion)', which is not valid either")
        }
    }

    func testASecondIndexOnALesionIsNamedAsSuch() throws {
        let e = error { try template().parameter("lesions[0][0].size_mm") }
        XCTAssertTrue(e?.message.contains("is one lesion, not a list") ?? false, e?.description ?? "")
        XCTAssertEqual(e?.suggestion, "lesions[0].size_mm")
    }

    /// `--view` on the command line gets the reason and the nearest view, as a file's `render.views` does.
    func testAViewSpellingProblemSaysWhatIsWrongAndSuggests() {
        let level = ViewSpec.problem(with: "axial:L9-S3")
        XCTAssertTrue(level.contains("'L9-S3' is not a disc level"), level)
        XCTAssertTrue(level.contains("allowed: sheet, sagittal"), level)
        XCTAssertTrue(level.contains("did you mean 'axial:"), level)
        XCTAssertTrue(ViewSpec.problem(with: "foramen:L4-L5:middle").contains("'middle' is not a side"))
        XCTAssertTrue(ViewSpec.problem(with: "sagital").contains("did you mean 'sagittal'?"))
        XCTAssertTrue(ViewSpec.problem(with: "body:left").contains("takes no level or side"))
        XCTAssertTrue(ViewSpec.problem(with: "axial:L4-L5:left").contains("did you mean 'axial:L4-L5'?"))
        XCTAssertTrue(ViewSpec.problem(with: "foramen:L4-L5:left:x").contains("a level and a side at most"))
        XCTAssertTrue(ViewSpec.problem(with: "").contains("is not a view"))
    }
}
