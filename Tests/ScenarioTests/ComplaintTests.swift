import XCTest
import Clinical
@testable import Scenario

/// The optional `complaint:` list: what the patient says hurts, validated like every other key.
final class ComplaintTests: XCTestCase {
    func testAComplaintIsReadWithBilateralEntriesSplitAndRepeatsDropped() {
        let yaml = """
        title: t
        complaint:
          - region: medial-knee
            side: right
          - {region: Groin, side: bilateral}
          - {region: medial-knee, side: right}
        """
        let scenario = parseValid(yaml)
        XCTAssertEqual(scenario?.complaint, [
            Complaint(region: .medialKnee, side: .right),
            Complaint(region: .groin, side: .left),
            Complaint(region: .groin, side: .right),
        ])
        XCTAssertEqual(scenario?.mirrored.complaint.first, Complaint(region: .medialKnee, side: .left))
    }

    func testNoComplaintAndAnEmptyComplaintAreTheSame() {
        XCTAssertEqual(parseValid("title: t\n")?.complaint, [])
        XCTAssertEqual(parseValid("title: t\ncomplaint:\n")?.complaint, [])
    }

    func testAnUnknownRegionIsLocatedWithTheNearestSpelling() {
        let d = assertOneProblem("title: t\ncomplaint:\n  - {region: medial-kne, side: right}\n", line: 3, column: 14,
                                 path: "complaint[0].region", message: "'medial-kne' is not a body region", suggestion: "medial-knee")
        XCTAssertTrue(d?.allowed?.contains("posterior-knee") ?? false)
    }

    func testMissingSideUnknownKeyAndWrongShapeAreLocated() {
        assertOneProblem("title: t\ncomplaint:\n  - region: groin\n", line: 3, column: 5, path: "complaint[0]",
                         message: "missing required key 'side'")
        assertOneProblem("title: t\ncomplaint:\n  - {region: groin, side: left, sid: left}\n", line: 3, column: 33,
                         path: "complaint[0].sid", message: "unknown key 'sid' in a complaint", suggestion: "side")
        let found = problems("title: t\ncomplaint: {region: groin, side: left}\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.message.contains("start each entry with '- '") ?? false, found.first?.summary ?? "")
        XCTAssertEqual(found.first?.line, 2)
    }

    func testAMisspeltComplaintKeyIsSuggested() {
        let found = problems("title: t\ncomplain:\n  - {region: groin, side: left}\n")
        XCTAssertEqual(found.first?.suggestion, "complaint")
    }
}
