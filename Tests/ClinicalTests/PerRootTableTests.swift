import Anatomy
@testable import Clinical
import XCTest

/// The per-root knowledge: complete, well-formed, and saying what §D1–§D3 say.
final class PerRootTableTests: XCTestCase {
    func testEveryRootHasADermatomeInEveryAtlasWithValidWeights() {
        for atlas in Atlas.allCases {
            for root in Root.allCases {
                let areas = DermatomeAtlas.areas(of: root, in: atlas)
                XCTAssertFalse(areas.isEmpty, "\(root.name) \(atlas.rawValue)")
                XCTAssertTrue(areas.contains { $0.weight == DermatomeArea.core }, "\(root.name) \(atlas.rawValue) has no core")
                XCTAssertEqual(Set(areas.regions).count, areas.count, "\(root.name) \(atlas.rawValue) repeats a region")
                for area in areas {
                    XCTAssertTrue(area.weight == DermatomeArea.core || area.weight == DermatomeArea.fringe, "\(area)")
                }
                XCTAssertFalse(areas.regions.contains(.perineum), "perineum belongs to S3–S5, not \(root.name)")
                XCTAssertFalse(root.dermatomeSummary(atlas: atlas).isEmpty)
            }
        }
    }

    func testEveryRootHasAPainDistributionWithValidWeights() {
        for root in Root.allCases {
            let areas = RadicularPainDistribution.areas(of: root)
            XCTAssertFalse(areas.isEmpty, root.name)
            XCTAssertEqual(Set(areas.regions).count, areas.count, root.name)
            XCTAssertTrue(areas.allSatisfy { $0.weight > 0 && $0.weight <= 1 }, root.name)
        }
    }

    func testRadicularTerritoryIsTheUnionOfPainAndDermatome() {
        for atlas in Atlas.allCases {
            for root in Root.allCases {
                let territory = RadicularPainDistribution.radicularTerritory(of: root, atlas: atlas)
                let expected = Set(RadicularPainDistribution.areas(of: root).regions)
                    .union(DermatomeAtlas.areas(of: root, in: atlas).regions)
                XCTAssertEqual(Set(territory.regions), expected, "\(root.name) \(atlas.rawValue)")
                XCTAssertEqual(territory.regions, territory.regions.sorted(), "sorted in vocabulary order")
                for area in territory {
                    XCTAssertEqual(area.weight, max(RadicularPainDistribution.areas(of: root).weight(of: area.region),
                                                    DermatomeAtlas.areas(of: root, in: atlas).weight(of: area.region)))
                }
            }
        }
    }

    func testL5PainStartsInTheButtockButItsNumbnessDoesNot() {
        // §D1 Harrison: pain differs from sensory loss.
        XCTAssertEqual(RadicularPainDistribution.areas(of: .L5).weight(of: .buttock), DermatomeArea.core)
        for atlas in Atlas.allCases {
            XCTAssertEqual(DermatomeAtlas.areas(of: .L5, in: atlas).weight(of: .buttock), 0, atlas.rawValue)
            XCTAssertEqual(DermatomeAtlas.areas(of: .L5, in: atlas).weight(of: .lateralLeg), DermatomeArea.core, atlas.rawValue)
            XCTAssertGreaterThan(DermatomeAtlas.areas(of: .L5, in: atlas).weight(of: .dorsumFoot), 0, atlas.rawValue)
            XCTAssertGreaterThan(DermatomeAtlas.areas(of: .L5, in: atlas).weight(of: .greatToe), 0, atlas.rawValue)
        }
    }

    func testTheClassicTerritoriesOfTheBrief() {
        for atlas in Atlas.allCases {
            XCTAssertEqual(DermatomeAtlas.areas(of: .L1, in: atlas).weight(of: .groin), DermatomeArea.core, atlas.rawValue)
            XCTAssertEqual(DermatomeAtlas.areas(of: .L2, in: atlas).weight(of: .anteriorThigh), DermatomeArea.core, atlas.rawValue)
            for region: BodyRegion in [.lateralFoot, .heel, .sole] {
                XCTAssertEqual(DermatomeAtlas.areas(of: .S1, in: atlas).weight(of: region), DermatomeArea.core, "\(atlas) \(region)")
            }
            XCTAssertGreaterThan(DermatomeAtlas.areas(of: .S1, in: atlas).weight(of: .posteriorLeg), 0, atlas.rawValue)
        }
        XCTAssertEqual(DermatomeAtlas.caudaEquina.regions, [.perineum])
    }

    func testKeegansL4RunsFromPatellaToGreatToeWhileFoersterAndLeeStayOnTheMedialLeg() {
        let kg = DermatomeAtlas.areas(of: .L4, in: .keeganGarrett)
        XCTAssertEqual(kg.weight(of: .anteriorKnee), DermatomeArea.core)
        XCTAssertEqual(kg.weight(of: .greatToe), DermatomeArea.core)
        for atlas: Atlas in [.foerster, .lee2008] {
            let areas = DermatomeAtlas.areas(of: .L4, in: atlas)
            XCTAssertEqual(areas.weight(of: .anteriorKnee), 0, atlas.rawValue)
            XCTAssertEqual(areas.weight(of: .greatToe), 0, atlas.rawValue)
            XCTAssertEqual(areas.weight(of: .medialLeg), DermatomeArea.core, atlas.rawValue)
            XCTAssertEqual(areas.weight(of: .medialAnkle), DermatomeArea.core, atlas.rawValue)
        }
    }

    func testEveryRootHasAKeyPointInsideItsDermatomeInEveryAtlas() {
        for root in Root.allCases {
            XCTAssertFalse(root.keySensoryPoint.isEmpty, root.name)
            for atlas in Atlas.allCases {
                XCTAssertGreaterThan(DermatomeAtlas.areas(of: root, in: atlas).weight(of: root.keySensoryRegion), 0,
                                     "\(root.name) key point outside its \(atlas.rawValue) dermatome")
            }
        }
        XCTAssertEqual(Set(Root.allCases.map(\.keySensoryPoint)).count, Root.allCases.count, "key points are distinct")
        XCTAssertEqual(Root.L3.keySensoryRegion, .medialKnee)
        XCTAssertEqual(Root.S2.keySensoryRegion, .posteriorKnee)
        XCTAssertEqual(Root.L5.keySensoryPoint, "dorsum of the foot at the third metatarsophalangeal joint")
        XCTAssertTrue(Root.L4.keySensoryPoint.contains("medial malleolus"))
        XCTAssertTrue(Root.S1.keySensoryPoint.contains("heel"))
    }

    func testEveryRootHasAKeyMuscle() {
        for root in Root.allCases {
            let myotome = Myotome.of(root)
            XCTAssertEqual(myotome.root, root)
            XCTAssertFalse(myotome.keyMuscle.action.isEmpty, root.name)
            XCTAssertFalse(myotome.keyMuscle.muscle.isEmpty, root.name)
        }
        XCTAssertEqual(Myotome.of(.L5).keyMuscle, MuscleTest(action: "great toe extension", muscle: "extensor hallucis longus"))
        XCTAssertEqual(Myotome.of(.L4).keyMuscle.muscle, "tibialis anterior")
        XCTAssertEqual(Myotome.of(.L3).keyMuscle.muscle, "quadriceps")
        XCTAssertEqual(Root.allCases.filter { Myotome.of($0).isISNCSCIKeyMuscle }, [.L2, .L3, .L4, .L5, .S1])
    }

    func testReflexesFollowD3() {
        XCTAssertEqual(Root.allCases.map(\.reflex), [nil, nil, .patellar, .patellar, .medialHamstring, .achilles, nil])
        XCTAssertEqual(Reflex.patellar.plainName, "knee jerk")
        XCTAssertEqual(Reflex.achilles.name, "Achilles")
        XCTAssertEqual(Reflex.allCases.sorted(), [.patellar, .medialHamstring, .achilles])
    }

    func testTensionTestsFollowD3() {
        func tests(_ root: Root) -> [String] { root.tensionTests.map { "\($0.test.name): \($0.expected.rawValue)" } }
        XCTAssertEqual(tests(.L1), ["femoral nerve stretch: possibly positive"])
        for root: Root in [.L2, .L3] { XCTAssertEqual(tests(root), ["femoral nerve stretch: positive"]) }
        XCTAssertEqual(tests(.L4), ["femoral nerve stretch: positive", "straight-leg raise: possibly positive"])
        for root: Root in [.L5, .S1, .S2] { XCTAssertEqual(tests(root), ["straight-leg raise: positive"]) }
    }

    func testEveryRegionOfTheVocabularyIsReachable() {
        var reached = Set(DermatomeAtlas.caudaEquina.regions)
        reached.formUnion(SomaticSource(level: .L4L5, laterality: .left, intensity: 1).referredPain.map(\.region))
        for atlas in Atlas.allCases {
            for root in Root.allCases {
                reached.formUnion(RadicularPainDistribution.radicularTerritory(of: root, atlas: atlas).regions)
            }
        }
        XCTAssertEqual(reached, Set(BodyRegion.allCases), "unreached: \(Set(BodyRegion.allCases).subtracting(reached))")
    }

    func testEveryAtlasReachesEveryLimbRegionButTheBlanksItLeaves() {
        // Lee 2008 leaves variable areas blank: no root owns the lateral knee there. Every other atlas
        // reaches every region except the perineum (S3–S5) through L1–S2.
        for atlas in Atlas.allCases {
            var reached = Set<BodyRegion>()
            for root in Root.allCases {
                reached.formUnion(RadicularPainDistribution.radicularTerritory(of: root, atlas: atlas).regions)
            }
            let missing = Set(BodyRegion.allCases).subtracting(reached).subtracting([.lowBack, .perineum])
            XCTAssertEqual(missing, atlas == .lee2008 ? [.lateralKnee] : [], atlas.rawValue)
        }
    }

    func testSummariesMentionTheKneeExactlyWhenTheDermatomeReachesIt() {
        for atlas in Atlas.allCases {
            for root in Root.allCases {
                let reaches = DermatomeAtlas.areas(of: root, in: atlas).contains { $0.region.isKnee }
                XCTAssertEqual(root.dermatomeSummary(atlas: atlas).contains("knee"), reaches, "\(root.name) \(atlas.rawValue)")
            }
        }
        XCTAssertEqual(Root.L3.dermatomeSummary(atlas: .lee2008), "the medial knee and the front of the lower thigh")
    }

    func testPhrases() {
        XCTAssertEqual(BodyRegion.lateralLeg.phrase, "lateral leg")
        XCTAssertEqual(BodyRegion.posteriorKnee.plainPhrase, "the back of the knee")
        XCTAssertEqual(Set(BodyRegion.allCases.map(\.phrase)).count, BodyRegion.allCases.count)
        XCTAssertEqual(Set(BodyRegion.allCases.map(\.plainPhrase)).count, BodyRegion.allCases.count)
        XCTAssertTrue(BodyRegion.allCases.allSatisfy { $0.plainPhrase.hasPrefix("the ") })
        XCTAssertEqual([BodyRegion.greatToe, .lateralLeg, .dorsumFoot, .lateralLeg].phraseList,
                       "the lateral leg, the dorsum of the foot and the great toe")
        XCTAssertEqual([BodyRegion.heel].phraseList, "the heel")
        XCTAssertEqual([BodyRegion]().phraseList, "")
    }
}
