import XCTest
@testable import Radix
final class RadixPlaceholderTests: XCTestCase { func testModuleLinks() { XCTAssertTrue(true) } }
