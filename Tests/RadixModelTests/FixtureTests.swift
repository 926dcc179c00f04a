import Foundation
import RadixModel
import TestSupport
import XCTest

/// Fixture loading fails loudly: a renamed or missing teaching scenario is an error, never a skip.
final class FixtureTests: XCTestCase {
    func testANumberOrAFileNameFindsTheOneScenario() throws {
        let byNumber = try Fixtures.scenarioPath("02")
        XCTAssertEqual((byNumber as NSString).lastPathComponent, "02-l4-l5-left-subarticular-extrusion.yaml")
        XCTAssertEqual(try Fixtures.scenarioPath("02-l4-l5-left-subarticular-extrusion"), byNumber)
        XCTAssertEqual(try Fixtures.scenarioPath("02-l4-l5-left-subarticular-extrusion.yaml"), byNumber)
        XCTAssertEqual(try Fixtures.scenario("02").lesions.count, 1)
    }

    func testAMissingScenarioThrowsAndNamesWhatIsThere() {
        XCTAssertThrowsError(try Fixtures.scenario("99-renamed-away")) { error in
            let message = String(describing: error)
            XCTAssertTrue(error is FixtureError, "\(type(of: error))")
            XCTAssertTrue(message.contains("no teaching scenario is named '99-renamed-away'"), message)
            XCTAssertTrue(message.contains("01-normal-spine.yaml"), message)
        }
    }

    func testAPartOfANumberMatchesNothing() {
        // "0" starts ten file names but is no scenario's number: a bare prefix must not pick the first of them.
        XCTAssertThrowsError(try Fixtures.scenarioPath("0"))
        XCTAssertThrowsError(try Fixtures.scenarioPath(""))
    }

    func testEveryTeachingScenarioLoadsThroughTheFixtures() throws {
        let files = try Fixtures.scenarioFiles()
        XCTAssertGreaterThanOrEqual(files.count, 26)
        for file in files {
            XCTAssertNoThrow(try Fixtures.scenario(file), file)
        }
    }
}
