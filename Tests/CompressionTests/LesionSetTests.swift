import Geometry
import Pathology
import Scenario
import TestSupport
import XCTest

/// The solids' lesion sets: the same members as the lists they replaced, ascending, −1 first; a scenario's every
/// lesion fits.
final class LesionSetTests: XCTestCase {
    func testMembersAscendingWithMinusOneFirst() {
        var g = SeededGenerator(seed: 5)
        for _ in 0..<500 {
            let list = (0..<Int.random(in: 0...12, using: &g)).map { _ in Int.random(in: -1..<LesionSet.capacity, using: &g) }
            let set = LesionSet(list)
            XCTAssertEqual(Array(set), Array(Set(list)).sorted())
            XCTAssertEqual(set.count, Set(list).count)
            XCTAssertEqual(set.isEmpty, list.isEmpty)
            XCTAssertEqual(set.first, list.min())
            for i in -2...LesionSet.capacity { XCTAssertEqual(set.contains(i), list.contains(i)) }
            let other = LesionSet([63, 64, 126])
            XCTAssertEqual(Array(set.union(other)), Array(Set(list + [63, 64, 126])).sorted())
        }
    }

    func testEveryLesionOfAScenarioFits() {
        XCTAssertLessThanOrEqual(ScenarioLoader.maximumLesions, LesionSet.capacity)
    }

    /// A solid's `lesions` list reads and writes its set.
    func testSolidListsReadTheSet() {
        var solid = Solid(Box(x: 0~1, y: 0~1, z: 0~1), .disc, level: .L4L5, lesions: [3, 1, 3])
        XCTAssertEqual(solid.lesions, [1, 3])
        solid.lesions = [-1]
        XCTAssertEqual(solid.lesionSet, LesionSet([-1]))
    }
}
