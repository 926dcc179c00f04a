import XCTest
@testable import Geometry
final class GeometryPlaceholderTests: XCTestCase { func testModuleLinks() { XCTAssertTrue(true) } }
