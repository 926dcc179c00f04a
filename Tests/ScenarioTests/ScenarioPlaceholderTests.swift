import XCTest
@testable import Scenario
final class ScenarioPlaceholderTests: XCTestCase { func testModuleLinks() { XCTAssertTrue(true) } }
