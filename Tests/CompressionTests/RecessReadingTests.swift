import Compression
import XCTest

/// The lateral-recess reading lives in the model (§B3, Ciric 1980), so figures and reports name it without
/// thresholding a depth themselves.
final class RecessReadingTests: XCTestCase {
    func testCiricThresholds() {
        XCTAssertEqual(Grading.recessReading(depth: 0), .stenosis)
        XCTAssertEqual(Grading.recessReading(depth: 2.0), .stenosis)
        XCTAssertEqual(Grading.recessReading(depth: 2.05), .suggestsStenosis)
        XCTAssertEqual(Grading.recessReading(depth: 3.0), .suggestsStenosis)
        XCTAssertNil(Grading.recessReading(depth: 3.05))
        XCTAssertNil(Grading.recessReading(depth: 6.7))
    }

    /// A shallower recess never reads better than a deeper one.
    func testShallowerNeverReadsBetter() {
        func rank(_ r: RecessReading?) -> Int { r == .stenosis ? 2 : (r == .suggestsStenosis ? 1 : 0) }
        var previous = Int.max
        for step in 0...800 {
            let depth = Double(step) / 100
            let r = rank(Grading.recessReading(depth: depth))
            XCTAssertLessThanOrEqual(r, previous, "depth \(depth)")
            previous = r
        }
    }
}
