import XCTest
@testable import Anatomy

final class AnatomyTests: XCTestCase {
    func testLevelSpellingsAndAliases() {
        for text in ["L4-L5", "l4-5", "L4/5", "L4/L5", "L4–L5", " L4-L5 "] { XCTAssertEqual(DiscLevel(parsing: text), .L4L5, text) }
        XCTAssertEqual(DiscLevel(parsing: "L5-S1"), .L5S1)
        for text in ["L5-L6", "S1-S2", "L4", "", "L4-L6"] { XCTAssertNil(DiscLevel(parsing: text), text) }
        XCTAssertEqual(DiscLevel.L4L5.displayName, "L4\u{2013}L5")
        XCTAssertEqual(DiscLevel.allCases.map { $0.upper.name + $0.lower.name }, ["L1L2", "L2L3", "L3L4", "L4L5", "L5S1"])
    }

    func testEachRootLeavesBelowItsOwnPedicle() {
        XCTAssertEqual(Root.L4.exitLevel, .L4L5)
        XCTAssertEqual(Root.L5.exitLevel, .L5S1)
        XCTAssertNil(Root.S1.exitLevel)
        XCTAssertEqual(Root(name: "s1"), .S1)
    }

    func testDefaultsKeepTheReferenceRelationships() {
        // §A10: anterior disc higher than posterior; foramen tallest at L2–L4; width falls caudally.
        for level in DiscLevel.allCases {
            let s = Morphometry.segment(level)
            XCTAssertGreaterThan(s.anteriorDiscHeight, s.discHeight)
        }
        let heights = DiscLevel.allCases.map { Morphometry.segment($0).foramenHeight }
        XCTAssertEqual(heights.max(), Morphometry.segment(.L2L3).foramenHeight)
        let widths = DiscLevel.allCases.map { Morphometry.segment($0).foramenWidth }
        XCTAssertEqual(widths, widths.sorted(by: >))
        // The dural sac at L4–L5 lies within the control range of §A4 (151.7 ± 53.6 mm²).
        XCTAssertEqual(LevelAnatomy(level: .L4L5, options: AnatomyOptions()).sacArea, 151.7, accuracy: 53.6)
    }

    func testScaleAndOverrides() {
        let scaled = LevelAnatomy(level: .L4L5, options: AnatomyOptions(scale: 1.2))
        XCTAssertEqual(scaled.segment.canalAP, 1.2 * Morphometry.segment(.L4L5).canalAP, accuracy: 1e-9)
        let overridden = LevelAnatomy(level: .L4L5, options: AnatomyOptions(scale: 1.2, levels: [.L4L5: LevelOverrides(canalAP: 11)]))
        XCTAssertEqual(overridden.segment.canalAP, 11, "an override is used as given, not scaled")
    }

    func testStationsAreMirrorSymmetricAndRootsHaveRoom() {
        let spine = Spine()
        let left = spine.stations.filter { $0.side == .left }, right = spine.stations.filter { $0.side == .right }
        XCTAssertEqual(left.count, right.count)
        for (l, r) in zip(left, right) {
            XCTAssertEqual(l.root, r.root)
            XCTAssertEqual(l.position.x, -r.position.x, accuracy: 1e-12)
            XCTAssertEqual(l.position.y, r.position.y, accuracy: 1e-12)
        }
        // Every root L1–S2 is followed somewhere, and every exiting root has a ganglion in its foramen.
        XCTAssertEqual(Set(spine.stations.compactMap(\.root)), Set(Root.allCases))
        for root in [Root.L1, .L2, .L3, .L4, .L5] {
            XCTAssertTrue(spine.stations.contains { $0.root == root && $0.ganglion && $0.site == .foramen })
        }
    }

    func testExitingAndTraversingRootsAgreeWithTheRootsOwnLevels() {
        for level in DiscLevel.allCases {
            XCTAssertEqual(level.exitingRoot.exitLevel, level)
            XCTAssertEqual(level.traversingRoot.traversedLevel, level)
            XCTAssertEqual(level.exitingRoot.vertebra, level.upper, "numbered after the vertebra above")
        }
        XCTAssertEqual(DiscLevel.L4L5.exitingRoot, .L4)
        XCTAssertEqual(DiscLevel.L4L5.traversingRoot, .L5)
        XCTAssertEqual(DiscLevel.L5S1.traversingRoot, .S1)
        XCTAssertNil(Root.L1.traversedLevel)
        XCTAssertNil(Root.S1.exitLevel)
        XCTAssertNil(Root.S2.vertebra)
        XCTAssertEqual(Root.S1.vertebra, .S1)
    }
}
