import Anatomy
@testable import Clinical
import XCTest

/// The comparison of the three maps, checked against §D1 of the clinical reference.
final class DermatomeComparisonTests: XCTestCase {
    func testEveryRowHasOneAnswerPerMapInOrderMatchingTheTables() {
        for row in DermatomeComparison.rows {
            XCTAssertEqual(row.answers.map(\.atlas), Atlas.allCases)
            for answer in row.answers {
                XCTAssertEqual(answer.roots, answer.roots.sorted(), "cranial first")
                for root in Root.allCases {
                    let inTable = DermatomeAtlas.areas(of: root, in: answer.atlas).weight(of: row.region) > 0
                    XCTAssertEqual(answer.roots.contains(root), inTable, "\(row.region) \(answer.atlas) \(root)")
                }
            }
        }
    }

    func testTheAnteriorKneeIsL4OnlyInKeeganGarrett() {
        // §D1: L4 crosses the patella in the Keegan-type map; confined below the knee in Foerster/Lee.
        let row = DermatomeComparison.row(.anteriorKnee)
        XCTAssertTrue(row.disagrees)
        XCTAssertTrue(row.contested.contains(.L4))
        XCTAssertEqual(row.dissenters, [.keeganGarrett])
        XCTAssertTrue(row.answer(.keeganGarrett).roots.contains(.L4))
        XCTAssertFalse(row.answer(.lee2008).roots.contains(.L4))
        XCTAssertFalse(row.answer(.foerster).roots.contains(.L4))
    }

    func testTheMapsAgreeOnTheMedialLegAndTheDorsumOfTheFoot() {
        // §D1: L4 medial leg and L5 dorsum of the foot in all three maps.
        for (region, root) in [(BodyRegion.medialLeg, Root.L4), (.dorsumFoot, .L5)] {
            let row = DermatomeComparison.row(region)
            XCTAssertFalse(row.disagrees, "\(region)")
            XCTAssertEqual(row.dissenters, [])
            XCTAssertEqual(row.contested, [])
            XCTAssertTrue(row.answers.allSatisfy { $0.roots.contains(root) })
        }
    }

    func testOnlyKeeganGarrettTakesL5ToTheKneeAndNoMapTakesL1OrL2There() {
        // §D1 knee column: L5 "band passes lateral knee in K&G only"; L1 and L2 "No".
        XCTAssertEqual(DermatomeComparison.atlases(whereKneeIsReachedBy: .L5), [.keeganGarrett])
        XCTAssertEqual(DermatomeComparison.atlases(whereKneeIsReachedBy: .L1), [])
        XCTAssertEqual(DermatomeComparison.atlases(whereKneeIsReachedBy: .L2), [])
        XCTAssertEqual(DermatomeComparison.atlases(whereKneeIsReachedBy: .L3), Atlas.allCases, "L3: medial knee in all maps")
    }

    func testDisagreementsAreExactlyTheRowsWhoseRootSetsDifferLargestFirst() {
        let list = DermatomeComparison.disagreements
        XCTAssertFalse(list.isEmpty)
        XCTAssertEqual(Set(list.map(\.region)), Set(DermatomeComparison.rows.filter(\.disagrees).map(\.region)))
        for row in list {
            XCTAssertGreaterThan(Set(row.answers.map { Set($0.roots) }).count, 1)
            XCTAssertFalse(row.contested.isEmpty)
            XCTAssertFalse(row.dissenters.isEmpty)
        }
        let sizes = list.map(\.contested.count)
        XCTAssertEqual(sizes, sizes.sorted(by: >), "largest disagreement first")
    }

    func testDissentersAreTheMinorityWhenTwoMapsAgree() {
        for row in DermatomeComparison.disagreements {
            let dissent = Set(row.dissenters)
            let rest = row.answers.filter { !dissent.contains($0.atlas) }
            if dissent.count < Atlas.allCases.count {
                XCTAssertEqual(Set(rest.map { Set($0.roots) }).count, 1, "\(row.region): the majority agree")
                for a in row.answers where dissent.contains(a.atlas) {
                    XCTAssertNotEqual(Set(a.roots), Set(rest[0].roots), "\(row.region): a dissenter differs")
                }
            } else {
                XCTAssertEqual(Set(row.answers.map { Set($0.roots) }).count, Atlas.allCases.count, "\(row.region): no two agree")
            }
        }
    }

    func testWeightOnlyDifferencesAreNotDisagreements() {
        for row in DermatomeComparison.rows where row.differsOnlyInWeight {
            XCTAssertFalse(row.disagrees)
            XCTAssertEqual(Set(row.answers.map { Set($0.roots) }).count, 1)
        }
    }

    func testEveryMapHasAMethodAndAShortName() {
        for atlas in Atlas.allCases {
            XCTAssertFalse(DermatomeAtlas.method(of: atlas).isEmpty)
            XCTAssertTrue(DermatomeAtlas.shortName(of: atlas).contains(String(atlas.displayName.suffix(4))), "the year")
        }
    }
}
