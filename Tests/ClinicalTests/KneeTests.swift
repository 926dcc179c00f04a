import Anatomy
@testable import Clinical
import XCTest

/// §D1 knee column, §D5, §F, §G7: which roots reach the knee, and what else hurts there.
final class KneeTests: XCTestCase {
    func testL4KneeDependsOnTheMap() {
        // K&G: across the anterior knee (patella); Foerster/Lee: only just below the medial knee.
        XCTAssertTrue(KneeSupply.cutaneous(.anteriorKnee, atlas: .keeganGarrett).contains(.L4))
        XCTAssertTrue(KneeSupply.radicular(.anteriorKnee, atlas: .keeganGarrett).contains(.L4))
        for atlas: Atlas in [.foerster, .lee2008] {
            XCTAssertFalse(KneeSupply.cutaneous(.anteriorKnee, atlas: atlas).contains(.L4), atlas.rawValue)
            XCTAssertFalse(KneeSupply.radicular(.anteriorKnee, atlas: atlas).contains(.L4), atlas.rawValue)
            XCTAssertTrue(KneeSupply.cutaneous(.medialKnee, atlas: atlas).contains(.L4), atlas.rawValue)
        }
        let compressed = [RootInvolvement(root: .L4, side: .left, grade: .compression, deformationPercent: 30)]
        XCTAssertEqual(picture(compressed, atlas: .keeganGarrett).knee(.left), [.anteriorKnee, .medialKnee])
        XCTAssertEqual(picture(compressed, atlas: .foerster).knee(.left), [.medialKnee])
        XCTAssertEqual(picture(compressed, atlas: .lee2008).knee(.left), [.medialKnee])
        XCTAssertNil(entry(picture(compressed, atlas: .foerster), .anteriorKnee, .left, .numbness))
        XCTAssertNotNil(entry(picture(compressed, atlas: .keeganGarrett), .anteriorKnee, .left, .numbness))
    }

    func testL3ReachesTheMedialKneeInEveryAtlas() {
        for atlas in Atlas.allCases {
            XCTAssertTrue(KneeSupply.cutaneous(.medialKnee, atlas: atlas).contains(.L3), atlas.rawValue)
            XCTAssertEqual(DermatomeAtlas.areas(of: .L3, in: atlas).weight(of: .medialKnee), DermatomeArea.core, atlas.rawValue)
            let p = picture([RootInvolvement(root: .L3, side: .right, grade: .deviation)], atlas: atlas)
            XCTAssertTrue(p.knee(.right).contains(.medialKnee), atlas.rawValue)
            XCTAssertEqual(p.knee(.left), [], atlas.rawValue)
        }
        // Anterior knee "in most": Foerster and Lee by skin, every atlas by pain.
        XCTAssertEqual(Atlas.allCases.filter { KneeSupply.cutaneous(.anteriorKnee, atlas: $0).contains(.L3) }, [.lee2008, .foerster])
        XCTAssertTrue(Atlas.allCases.allSatisfy { KneeSupply.radicular(.anteriorKnee, atlas: $0).contains(.L3) })
    }

    func testS2ReachesThePosteriorKneeInEveryAtlas() {
        for atlas in Atlas.allCases {
            XCTAssertTrue(KneeSupply.cutaneous(.posteriorKnee, atlas: atlas).contains(.S2), atlas.rawValue)
            let p = picture([RootInvolvement(root: .S2, side: .left, grade: .compression)], atlas: atlas)
            XCTAssertEqual(p.knee(.left), [.posteriorKnee], atlas.rawValue)
        }
    }

    func testL5NeverReachesTheKneeInLeeOrFoersterButPassesTheLateralKneeInKeegan() {
        for atlas: Atlas in [.lee2008, .foerster] {
            XCTAssertFalse(RadicularPainDistribution.radicularTerritory(of: .L5, atlas: atlas).contains { $0.region.isKnee }, atlas.rawValue)
            for grade in RootGrade.allCases {
                for deformation in deformationSamples {
                    let p = picture([RootInvolvement(root: .L5, side: .left, grade: grade, inflamed: true, deformationPercent: deformation)],
                                    atlas: atlas)
                    XCTAssertEqual(p.knee(.left), [], "\(atlas) \(grade)")
                }
            }
        }
        XCTAssertEqual(KneeSupply.cutaneous(.lateralKnee, atlas: .keeganGarrett), [.L5])
    }

    func testL1L2AndS1NeverReachTheKnee() {
        // §G7 knee flag: L1, L2, L5, S1 no (L5 aside from the K&G band).
        for atlas in Atlas.allCases {
            for part in KneeSupply.parts {
                let roots = Set(KneeSupply.radicular(part, atlas: atlas))
                XCTAssertTrue(roots.isDisjoint(with: [.L1, .L2, .S1]), "\(part) \(atlas): \(roots)")
            }
        }
    }

    func testKneeSupplyIsOnlyAboutTheKnee() {
        XCTAssertEqual(KneeSupply.parts, [.anteriorKnee, .medialKnee, .lateralKnee, .posteriorKnee])
        for atlas in Atlas.allCases {
            XCTAssertEqual(KneeSupply.cutaneous(.lateralLeg, atlas: atlas), [])
            XCTAssertEqual(KneeSupply.radicular(.greatToe, atlas: atlas), [])
            for part in KneeSupply.parts {
                XCTAssertTrue(Set(KneeSupply.cutaneous(part, atlas: atlas)).isSubset(of: KneeSupply.radicular(part, atlas: atlas)))
            }
        }
        XCTAssertEqual(KneeSupply.articular(.heel), [])
    }

    func testTheJointItselfSharesL2ToL4WithTheHip() {
        // §D5: femoral, obturator, saphenous anteriorly/medially; tibial, common peroneal behind and laterally.
        XCTAssertEqual(KneeSupply.articular(.anteriorKnee), [.L2, .L3, .L4])
        XCTAssertEqual(KneeSupply.articular(.medialKnee), [.L2, .L3, .L4])
        XCTAssertEqual(KneeSupply.articular(.posteriorKnee), [.L4, .L5, .S1, .S2])
        XCTAssertEqual(KneeSupply.articular(.lateralKnee), [.L4, .L5, .S1, .S2])
    }

    func testKneeDifferentialNamesTheLocalCausesWithOneSignEach() {
        let conditions = KneeDifferential.all.map(\.condition)
        for required in ["patellofemoral pain", "meniscal tear", "knee osteoarthritis", "hip pathology referring to the knee"] {
            XCTAssertTrue(conditions.contains(required), required)
        }
        XCTAssertTrue(conditions.contains { $0.hasPrefix("saphenous neuropathy") })
        XCTAssertEqual(Set(conditions).count, conditions.count)
        for row in KneeDifferential.all {
            XCTAssertFalse(row.keyHistory.isEmpty, row.condition)
            XCTAssertFalse(row.distinguishingSign.isEmpty, row.condition)
            XCTAssertTrue(row.citation.hasPrefix("§F [") || row.citation.hasPrefix("§D5 [") || row.citation.hasPrefix("[GK]"), row.condition)
            XCTAssertFalse(row.regions.isEmpty, row.condition)
        }
        let hip = KneeDifferential.all.first { $0.condition.hasPrefix("hip") }!
        XCTAssertTrue(hip.distinguishingSign.contains("internal rotation"))
        // Meralgia stops above the knee.
        let meralgia = KneeDifferential.all.first { $0.condition.hasPrefix("meralgia") }!
        XCTAssertFalse(meralgia.regions.contains { $0.isKnee })
    }
}
