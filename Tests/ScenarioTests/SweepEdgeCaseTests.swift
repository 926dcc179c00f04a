import Anatomy
import XCTest
@testable import Scenario

/// Sweep arguments found by fuzzing `radix sweep` that once gave values or suggestions the user never wrote.
final class SweepEdgeCaseTests: XCTestCase {
    func template() throws -> ScenarioTemplate { try ScenarioTemplate.parse(specExample, file: "t.yaml") }

    func error(_ body: () throws -> Any) -> SweepError? {
        do {
            _ = try body()
            return nil
        } catch let e as SweepError {
            return e
        } catch {
            XCTFail("unexpected \(error)")
            return nil
        }
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
