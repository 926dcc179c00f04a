import XCTest
import Compression
@testable import Report

/// Number formatting of reports never traps: `Int(x)` of a Double past 9.2e18 is a crash in Swift. The
/// loader's ranges keep simulated values small today; these formatters must not rely on that.
final class HugeNumberTests: XCTestCase {
    func testJSONNumbersPastAnIntUseTheExponentForm() {
        XCTAssertEqual(JSONValue.format(1e20, decimals: 1), "1e+20")
        XCTAssertEqual(JSONValue.format(-1e300, decimals: 0), "-1e+300")
        XCTAssertEqual(JSONValue.format(1.7e308, decimals: 3), "1.7e+308")
        XCTAssertEqual(JSONValue.format(.nan, decimals: 1), "null")
        XCTAssertEqual(JSONValue.format(12.34, decimals: 1), "12.3", "ordinary numbers as before")
    }

    func testDescribedNumbersPastAnIntDoNotTrap() {
        XCTAssertEqual(Describe.number(1e20, decimals: 0), "1e+20")
        XCTAssertEqual(Describe.number(-1e300, decimals: 1), "-1e+300")
        XCTAssertEqual(Describe.mm(1.84), "1.8 mm", "ordinary numbers as before")
    }
}
