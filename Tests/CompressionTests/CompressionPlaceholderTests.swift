import XCTest
@testable import Compression
final class CompressionPlaceholderTests: XCTestCase { func testModuleLinks() { XCTAssertTrue(true) } }
