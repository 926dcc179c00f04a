@testable import FigureStyle
import XCTest

/// The alt text names each hurt root's worst place as the findings do (the station, not the report's coarser site).
final class AltTextPlaceTests: XCTestCase {
    typealias S = SectionTestSupport

    func testAnExitingRootCaughtAtItsAxillaIsNotSaidToBeInItsLevelsRecess() throws {
        // 06: a fragment migrated up behind L4 catches the L4 root where it leaves the sac; the L4–L5 recess holds L5.
        let (_, result) = try S.load("06")
        let text = AltText.rootsSentence(result)
        XCTAssertTrue(text.contains("right L4 root is compressed at its axilla above the L4–L5 disc"), text)
        XCTAssertFalse(text.contains("L4 root is compressed in the lateral recess"), text)
        XCTAssertTrue(text.contains("right L5 root is compressed in the lateral recess at L4–L5"), text)
    }

    func testAFarLateralRootIsBeyondTheForamen() throws {
        let (_, result) = try S.load("09")
        let text = AltText.rootsSentence(result)
        XCTAssertTrue(text.contains("L4 root is compressed beyond the foramen at L4–L5"), text)
        XCTAssertFalse(text.contains("in the extraforaminal"), text)
    }
}
