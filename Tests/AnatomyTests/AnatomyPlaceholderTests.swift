import XCTest
@testable import Anatomy
final class AnatomyPlaceholderTests: XCTestCase { func testModuleLinks() { XCTAssertTrue(true) } }
