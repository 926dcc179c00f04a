import XCTest
@testable import Clinical
final class ClinicalPlaceholderTests: XCTestCase { func testModuleLinks() { XCTAssertTrue(true) } }
