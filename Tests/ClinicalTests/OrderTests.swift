import Anatomy
@testable import Clinical
import XCTest

/// The hand-written orders and hashes of the string-backed enums that key the pain map (they replace the
/// default hashing of the raw string, which cost every simulation time) must agree with the declarations.
final class OrderTests: XCTestCase {
    func testRegionOrderIsDeclarationOrder() {
        XCTAssertEqual(BodyRegion.allCases.map(\.order), Array(BodyRegion.allCases.indices))
        XCTAssertEqual(BodyRegion.allCases.sorted(), BodyRegion.allCases)
    }

    func testPainKindOrderIsDeclarationOrder() {
        XCTAssertEqual(PainKind.allCases.map(\.order), Array(PainKind.allCases.indices))
        XCTAssertEqual(PainKind.allCases.sorted(), PainKind.allCases)
    }

    func testHashingKeepsEveryCaseDistinct() {
        XCTAssertEqual(Set(BodyRegion.allCases).count, BodyRegion.allCases.count)
        XCTAssertEqual(Set(PainKind.allCases).count, PainKind.allCases.count)
        XCTAssertEqual(Set(Side.allCases).count, 2)
        var regions: [BodyRegion: Int] = [:]
        for (i, r) in BodyRegion.allCases.enumerated() { regions[r] = i }
        for (i, r) in BodyRegion.allCases.enumerated() { XCTAssertEqual(regions[r], i) }
        XCTAssertEqual([Side.left: 1, .right: 2][.right], 2)
    }
}
