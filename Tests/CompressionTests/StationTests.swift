import TestSupport
import XCTest
import Anatomy
import Clinical
import Compression
import Pathology

/// Every place a root is touched is reported, the worst one is the root's grade and site (issue 9 item 4).
final class StationTests: XCTestCase {
    func testDoubleCrushListsBothPlaces() {
        // Scenario 24's lesions: an L4–L5 recess stenosis and an L5–S1 foraminal osteophyte, both left.
        let r = Make.run([Make.stenosis(.L4L5, .lateralRecess, side: .left, .recessDepth(2.5)),
                          Make.stenosis(.L5S1, .foraminal, side: .left, .foramenHeight(13.5))])
        let l5 = r.finding(.L5, .left)!
        let places = Set(l5.stations.map { "\($0.level.name) \($0.site.rawValue)" })
        XCTAssertTrue(places.isSuperset(of: ["L4-L5 lateral-recess", "L5-S1 foramen"]), "\(places)")
        XCTAssertTrue(places.allSatisfy { $0.hasPrefix("L4-L5") || $0 == "L5-S1 foramen" }, "the recess stenosis reaches down behind the L5 body, nothing else: \(places)")
        XCTAssertTrue(l5.stations.allSatisfy { $0.grade >= .deviation })
        XCTAssertEqual(l5.stations.first?.level, .L4L5, "cranial first")
    }

    func testTheRootsGradeIsItsWorstStation() {
        var g = SeededGenerator(seed: 11)
        for trial in 0..<400 {
            let lesions = (0..<Int.random(in: 1...3, using: &g)).map { _ in LesionGenerator.lesion(&g) }
            let r = Make.run(lesions)
            for f in r.roots {
                if f.grade == .normal { XCTAssertTrue(f.stations.isEmpty, "trial \(trial)"); continue }
                XCTAssertEqual(f.stations.map(\.grade).max(), f.grade, "trial \(trial) \(f.root.name) \(f.side)")
                XCTAssertTrue(f.stations.contains { $0.site == f.station && $0.level == f.level && $0.grade == f.grade }, "trial \(trial)")
                XCTAssertEqual(f.station.site, f.site)
                XCTAssertEqual(Set(f.stations.map { "\($0.level.name) \($0.site.rawValue)" }).count, f.stations.count, "one entry per place")
            }
        }
    }

    func testCranialFragmentIsAtTheExitingRootsAxilla() {
        let r = Make.run([Make.herniation(.L4L5, .subarticular, .right, .extrusion, size: 7, migration: Migration(direction: .cranial, millimetres: 8))])
        let l4 = r.finding(.L4, .right)!
        XCTAssertGreaterThanOrEqual(l4.grade, .deviation, r.hurtSummary)
        XCTAssertEqual(l4.station, .axilla, "not 'lateral recess': the exiting root leaves the sac above the disc")
    }

    /// The traversing root's place in the sac lies above its disc (it crosses the disc in its recess), so the words
    /// say "above the … disc": an axial section through that disc draws the root in its recess, and a label reading
    /// "compressed in the sac at L1–L2" beside it would contradict the drawing (scenario 13).
    func testTheTraversingRootIsInTheSacOnlyAboveItsDisc() {
        let spine = Spine()
        for level in DiscLevel.allCases {
            let root = level.traversingRoot
            let inSac = spine.stations.filter { $0.root == root && $0.level == level && $0.intrathecal }
            XCTAssertFalse(inSac.isEmpty, "\(level)")
            XCTAssertTrue(inSac.allSatisfy { $0.position.z > spine[level].segment.discHeight }, "\(level): above the disc")
            XCTAssertEqual(StationSite.inSac.phrase(root, at: level), "in the dural sac above the \(level.displayName) disc")
            if let later = Root(rawValue: root.rawValue + 1) {
                XCTAssertTrue(spine.stations.contains { $0.root == later && $0.level == level && $0.intrathecal && $0.position.z < spine[level].segment.discHeight },
                              "\(later.name) is still in the sac at the \(level.displayName) disc")
                XCTAssertEqual(StationSite.inSac.phrase(later, at: level), "in the dural sac at \(level.displayName)")
            }
            XCTAssertEqual(StationSite.lateralRecess.phrase(root, at: level), "in the lateral recess at \(level.displayName)")
        }
    }

    func testMirroredLesionsGiveMirroredStations() {
        var g = SeededGenerator(seed: 12)
        for trial in 0..<300 {
            let lesions = (0..<Int.random(in: 1...2, using: &g)).map { _ in LesionGenerator.lesion(&g) }
            let a = Make.run(lesions), b = Make.run(lesions.map(\.mirrored))
            for f in a.roots {
                let m = b.finding(f.root, f.side.mirrored)!
                XCTAssertEqual(f.stations.map(\.site), m.stations.map(\.site), "trial \(trial)")
                XCTAssertEqual(f.stations.map(\.grade), m.stations.map(\.grade), "trial \(trial)")
            }
        }
    }
}
