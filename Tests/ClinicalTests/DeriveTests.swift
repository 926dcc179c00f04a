import Anatomy
@testable import Clinical
import XCTest

/// ClinicalPicture.derive: the §E5/§E2 severity rules, one case at a time.
final class DeriveTests: XCTestCase {
    func testNoInvolvementsAndNoSourcesGiveTheEmptyPicture() {
        for atlas in Atlas.allCases {
            for mechanism: Mechanism in [.discogenic, .stenotic, .none] {
                let p = picture([], atlas: atlas, mechanism: mechanism)
                XCTAssertEqual(p, .empty)
                XCTAssertTrue(p.isEmpty)
                XCTAssertEqual(p.knee, [.left: [], .right: []], "both sides present")
            }
        }
    }

    func testNormalRootsAndUninflamedContactAddNothing() {
        var quiet: [RootInvolvement] = []
        for root in Root.allCases {
            for side in Side.allCases {
                quiet.append(RootInvolvement(root: root, side: side, grade: .normal, inflamed: true, deformationPercent: 80))
                quiet.append(RootInvolvement(root: root, side: side, grade: .contact, inflamed: false))
            }
        }
        XCTAssertTrue(picture(quiet, mechanism: .discogenic).isEmpty)
    }

    func testInflamedContactHurtsWithoutDeficits() {
        let p = picture([RootInvolvement(root: .S1, side: .right, grade: .contact, inflamed: true)], mechanism: .discogenic)
        XCTAssertEqual(entry(p, .posteriorLeg, .right, .radicular)?.intensity ?? 0, ClinicalRules.contactInflamedPain, accuracy: 1e-12)
        XCTAssertEqual(entry(p, .heel, .right, .radicular)?.intensity ?? 0, ClinicalRules.contactInflamedPain, accuracy: 1e-12,
                       "heel is fringe of the pain distribution but core of the Lee dermatome: the larger weight wins")
        XCTAssertFalse(p.painMap.contains { $0.kind == .numbness })
        XCTAssertEqual(p.sensory, [])
        XCTAssertEqual(p.motor, [])
        XCTAssertEqual(p.reflexes, [])
        XCTAssertEqual(p.tests, [TensionTest(test: "straight-leg raise", side: .right, expected: "positive")])
        XCTAssertEqual(p.aggravatedBy, Mechanism.discogenic.aggravatingFactors)
    }

    func testDeviationGivesPainMildNumbnessAndAKeyPointButNoWeaknessOrReflexChange() {
        let p = picture([RootInvolvement(root: .L5, side: .left, grade: .deviation, deformationPercent: 10)])
        XCTAssertEqual(entry(p, .lateralLeg, .left, .radicular)?.intensity ?? 0, ClinicalRules.deviationPain, accuracy: 1e-12)
        XCTAssertEqual(entry(p, .buttock, .left, .radicular)?.intensity ?? 0, ClinicalRules.deviationPain, accuracy: 1e-12)
        XCTAssertEqual(entry(p, .lateralLeg, .left, .numbness)?.intensity ?? 0, ClinicalRules.mildNumbness, accuracy: 1e-12)
        XCTAssertNil(entry(p, .buttock, .left, .numbness), "numbness follows the dermatome, not the pain")
        XCTAssertEqual(p.sensory, [SensoryDeficit(root: .L5, side: .left, keyPoint: Root.L5.keySensoryPoint)])
        XCTAssertEqual(p.motor, [])
        XCTAssertEqual(p.reflexes, [])
    }

    func testCompressionOfL5GivesTheReportExampleOfTheFormat() {
        // scenario-format §2 example: L5 left compression.
        let p = picture([RootInvolvement(root: .L5, side: .left, grade: .compression, site: .lateralRecess, level: .L4L5,
                                         inflamed: true, deformationPercent: 31)])
        let lateralLeg = entry(p, .lateralLeg, .left, .radicular)
        XCTAssertEqual(lateralLeg?.roots, [.L5])
        XCTAssertEqual(lateralLeg?.intensity ?? 0, min(1, 0.8 + 0.2 * 31 / 50 + 0.1), accuracy: 1e-12)
        XCTAssertEqual(p.sensory, [SensoryDeficit(root: .L5, side: .left, keyPoint: "dorsum of the foot at the third metatarsophalangeal joint")])
        XCTAssertEqual(p.motor, [
            MotorDeficit(root: .L5, side: .left, action: "great toe extension", muscle: "extensor hallucis longus"),
            MotorDeficit(root: .L5, side: .left, action: "foot inversion", muscle: "tibialis posterior", isKeyMuscle: false),
            MotorDeficit(root: .L5, side: .left, action: "hip abduction", muscle: "gluteus medius", isKeyMuscle: false),
        ], "the key muscle first, then the other L5 muscles of §D3")
        XCTAssertEqual(p.reflexes, [ReflexChange(reflex: "medial hamstring", side: .left, change: "diminished")])
        XCTAssertEqual(p.tests, [TensionTest(test: "straight-leg raise", side: .left, expected: "positive")])
        XCTAssertEqual(p.knee, [.left: [], .right: []])
        XCTAssertTrue(p.painMap.allSatisfy { $0.side == .left })
    }

    func testCompressionPainAndNumbnessGrowWithDeformationAndSaturate() {
        func values(_ d: Double) -> (Double, Double) {
            let p = picture([RootInvolvement(root: .S1, side: .left, grade: .compression, deformationPercent: d)])
            return (entry(p, .sole, .left, .radicular)!.intensity, entry(p, .sole, .left, .numbness)!.intensity)
        }
        XCTAssertEqual(values(0).0, ClinicalRules.compressionPainMinimum, accuracy: 1e-12)
        XCTAssertEqual(values(0).1, ClinicalRules.markedNumbnessMinimum, accuracy: 1e-12)
        XCTAssertLessThan(values(10).0, values(40).0)
        XCTAssertLessThan(values(10).1, values(40).1)
        XCTAssertEqual(values(50).0, 1, accuracy: 1e-12)
        XCTAssertEqual(values(100).0, 1, accuracy: 1e-12)
        XCTAssertEqual(values(100).1, 1, accuracy: 1e-12)
        XCTAssertEqual(values(.nan).0, ClinicalRules.compressionPainMinimum, accuracy: 1e-12, "NaN deformation counts as none")
    }

    func testFringeRegionsHurtLessThanCore() {
        let p = picture([RootInvolvement(root: .L5, side: .right, grade: .compression, deformationPercent: 50)], atlas: .foerster)
        XCTAssertEqual(entry(p, .lateralLeg, .right, .radicular)?.intensity ?? 0, 1, accuracy: 1e-12)
        XCTAssertEqual(entry(p, .posteriorThigh, .right, .radicular)?.intensity ?? 0, 0.5, accuracy: 1e-12)
        XCTAssertEqual(entry(p, .anteriorLeg, .right, .numbness)?.intensity ?? 0, 0.5, accuracy: 1e-12)
    }

    func testReflexIsDiminishedAtCompressionAndAbsentOnlyWhenCrushed() {
        func reflexes(_ root: Root, _ grade: RootGrade, _ d: Double, crushed: Bool = false) -> [ReflexChange] {
            picture([RootInvolvement(root: root, side: .right, grade: grade, deformationPercent: d, crushed: crushed)]).reflexes
        }
        XCTAssertEqual(reflexes(.S1, .deviation, 60), [], "grade 2: a reflex may be reduced, but it is not expected")
        XCTAssertEqual(reflexes(.S1, .compression, 49.9), [ReflexChange(reflex: "Achilles", side: .right, change: "diminished")])
        XCTAssertEqual(reflexes(.S1, .compression, 80), [ReflexChange(reflex: "Achilles", side: .right, change: "diminished")],
                       "reduced before absent: flattening alone does not abolish a reflex (§E5)")
        XCTAssertEqual(reflexes(.S1, .compression, 80, crushed: true), [ReflexChange(reflex: "Achilles", side: .right, change: "absent")])
        XCTAssertEqual(reflexes(.L3, .compression, 0), [ReflexChange(reflex: "patellar", side: .right, change: "diminished")])
        XCTAssertEqual(reflexes(.L4, .compression, 0), [ReflexChange(reflex: "patellar", side: .right, change: "diminished")])
        for root: Root in [.L1, .L2, .S2] { XCTAssertEqual(reflexes(root, .compression, 100), [], root.name) }
    }

    func testL3AndL4ShareThePatellarReflexWhichTakesTheWorseChange() {
        let p = picture([
            RootInvolvement(root: .L3, side: .left, grade: .compression, deformationPercent: 10),
            RootInvolvement(root: .L4, side: .left, grade: .compression, deformationPercent: 70, crushed: true),
        ])
        XCTAssertEqual(p.reflexes, [ReflexChange(reflex: "patellar", side: .left, change: "absent")])
        XCTAssertEqual(p.motor.map(\.root), [.L3, .L4, .L4], "L4: tibialis anterior and quadriceps")
        XCTAssertEqual(p.tests, [
            TensionTest(test: "femoral nerve stretch", side: .left, expected: "positive"),
            TensionTest(test: "straight-leg raise", side: .left, expected: "possibly positive"),
        ])
    }

    func testTensionTestsTakeTheStrongestExpectationAndFollowD3() {
        let p = picture([
            RootInvolvement(root: .L4, side: .right, grade: .deviation),
            RootInvolvement(root: .L5, side: .right, grade: .deviation),
            RootInvolvement(root: .L1, side: .left, grade: .deviation),
            RootInvolvement(root: .L2, side: .left, grade: .contact, inflamed: false),
        ])
        XCTAssertEqual(p.tests, [
            TensionTest(test: "femoral nerve stretch", side: .left, expected: "possibly positive"),
            TensionTest(test: "femoral nerve stretch", side: .right, expected: "positive"),
            TensionTest(test: "straight-leg raise", side: .right, expected: "positive"),
        ])
    }

    func testSomaticPainStaysAboveTheKnee() {
        let mild = picture([], sources: [SomaticSource(level: .L4L5, laterality: .left, intensity: 0.5)])
        XCTAssertEqual(mild.painMap.map(\.region), [.lowBack, .buttock])
        XCTAssertEqual(mild.painMap.first?.intensity ?? 0, 0.5, accuracy: 1e-12)
        XCTAssertEqual(mild.painMap.last?.intensity ?? 0, 0.5 * ClinicalRules.somaticButtockFactor, accuracy: 1e-12)
        XCTAssertTrue(mild.painMap.allSatisfy { $0.kind == .somaticReferred && $0.roots.isEmpty && $0.side == .left })
        let intense = picture([], sources: [SomaticSource(level: .L5S1, laterality: .bilateral, intensity: 1)])
        XCTAssertEqual(intense.painMap.map(\.region), [.lowBack, .lowBack, .buttock, .buttock, .posteriorThigh, .posteriorThigh])
        XCTAssertEqual(intense.painMap.map(\.side), [.left, .right, .left, .right, .left, .right])
        XCTAssertEqual(intense.knee, [.left: [], .right: []])
        XCTAssertEqual(intense.sensory, [])
        XCTAssertEqual(intense.tests, [])
        XCTAssertTrue(picture([], sources: [SomaticSource(level: .L3L4, laterality: .right, intensity: 0)]).isEmpty)
        XCTAssertEqual(picture([], sources: [SomaticSource(level: .L3L4, laterality: .right, intensity: 7)]).painMap.first?.intensity, 1)
    }

    func testSomaticPainNeverReachesTheKneeEvenWhereRadicularPainDoes() {
        let p = picture([RootInvolvement(root: .S2, side: .left, grade: .deviation)], atlas: .lee2008,
                        sources: [SomaticSource(level: .L5S1, laterality: .bilateral, intensity: 1)])
        XCTAssertEqual(p.knee, [.left: [.posteriorKnee], .right: []])
        XCTAssertFalse(p.painMap.contains { $0.kind == .somaticReferred && $0.region.isKnee })
    }

    func testEntriesWithTheSameRegionSideAndKindMerge() {
        // L4 and L5 both reach the lateral thigh (pain fringe); L5 and S1 both the buttock (core).
        let p = picture([
            RootInvolvement(root: .S1, side: .left, grade: .deviation),
            RootInvolvement(root: .L5, side: .left, grade: .compression, deformationPercent: 50),
        ], sources: [SomaticSource(level: .L5S1, laterality: .left, intensity: 0.9)])
        let buttock = p.painMap.filter { $0.region == .buttock && $0.side == .left }
        XCTAssertEqual(buttock.map(\.kind), [.radicular, .somaticReferred], "kinds stay apart")
        XCTAssertEqual(buttock.first?.roots, [.L5, .S1], "roots cranial first")
        XCTAssertEqual(buttock.first?.intensity ?? 0, 1, accuracy: 1e-12, "the larger intensity, not the sum")
        let keys = p.painMap.map { "\($0.region.rawValue)/\($0.side)/\($0.kind)" }
        XCTAssertEqual(Set(keys).count, keys.count, "one entry per region, side and kind")
    }

    func testMergeClampsDropsZerosAndSorts() {
        let entries = [
            PainEntry(region: .heel, side: .right, roots: [.S1], kind: .numbness, intensity: 0.3),
            PainEntry(region: .heel, side: .left, roots: [.S1], kind: .radicular, intensity: 1.7),
            PainEntry(region: .lowBack, side: .right, roots: [], kind: .somaticReferred, intensity: 0.2),
            PainEntry(region: .heel, side: .left, roots: [.L5, .S1, .L5], kind: .radicular, intensity: 0.2),
            PainEntry(region: .groin, side: .left, roots: [.L1], kind: .radicular, intensity: 0),
            PainEntry(region: .heel, side: .left, roots: [.S1], kind: .numbness, intensity: .nan),
            PainEntry(region: .heel, side: .left, roots: [.S2], kind: .numbness, intensity: 0.4),
        ]
        let merged = PainEntry.merged(entries)
        XCTAssertEqual(merged, [
            PainEntry(region: .lowBack, side: .right, roots: [], kind: .somaticReferred, intensity: 0.2),
            PainEntry(region: .heel, side: .left, roots: [.L5, .S1], kind: .radicular, intensity: 1),
            PainEntry(region: .heel, side: .left, roots: [.S1, .S2], kind: .numbness, intensity: 0.4),
            PainEntry(region: .heel, side: .right, roots: [.S1], kind: .numbness, intensity: 0.3),
        ])
        XCTAssertEqual(PainEntry.merged(entries.reversed()), merged, "input order does not matter")
        XCTAssertEqual(PainEntry.merged(merged), merged, "merging is idempotent")
    }

    func testMechanismDecidesWhatAggravatesAndEases() {
        let hurting = [RootInvolvement(root: .L5, side: .left, grade: .deviation)]
        let disc = picture(hurting, mechanism: .discogenic)
        XCTAssertEqual(disc.aggravatedBy, ["sitting", "bending forward (flexion)", "coughing or sneezing (Valsalva)"])
        XCTAssertEqual(disc.easedBy, ["lying down", "standing or walking short distances", "extension (arching back)"])
        let stenosis = picture(hurting, mechanism: .stenotic)
        XCTAssertEqual(stenosis.aggravatedBy, ["standing", "walking (neurogenic claudication)", "leaning back (extension)"])
        XCTAssertEqual(stenosis.easedBy, ["sitting", "bending forward (the shopping-trolley sign)"])
        XCTAssertEqual(picture(hurting, mechanism: .none).aggravatedBy, [])
        XCTAssertEqual(picture(hurting, mechanism: .none).easedBy, [])
        XCTAssertTrue(Set(disc.aggravatedBy).isDisjoint(with: disc.easedBy))
        XCTAssertTrue(Set(stenosis.aggravatedBy).isDisjoint(with: stenosis.easedBy))
        // Sitting and bending forward swap sides between the two mechanisms.
        XCTAssertTrue(disc.aggravatedBy.contains("sitting") && stenosis.easedBy.contains("sitting"))
        // Nothing hurts → nothing to aggravate.
        XCTAssertEqual(picture([RootInvolvement(root: .L5, side: .left, grade: .contact)], mechanism: .stenotic).aggravatedBy, [])
        // Somatic pain alone is still pain.
        XCTAssertEqual(picture([], sources: [SomaticSource(level: .L4L5, laterality: .left, intensity: 0.3)],
                               mechanism: .discogenic).easedBy, Mechanism.discogenic.easingFactors)
    }

    func testDuplicateInvolvementsCollapse() {
        let one = RootInvolvement(root: .S1, side: .left, grade: .compression, level: .L5S1, deformationPercent: 20)
        var two = one
        two.level = .L4L5
        let p = picture([one, two])
        XCTAssertEqual(p, picture([one]))
        XCTAssertEqual(p.sensory.count, 1)
        XCTAssertEqual(p.motor.count, 1)
    }

    func testRedFlagKindsHaveDistinctIdentifiersThatReadBack() {
        let identifiers = RedFlag.Kind.allCases.map(\.identifier)
        XCTAssertEqual(Set(identifiers).count, identifiers.count)
        for kind in RedFlag.Kind.allCases {
            XCTAssertEqual(RedFlag.Kind(identifier: kind.identifier), kind)
            XCTAssertFalse(kind.phrase.contains("-"), kind.phrase)
        }
        XCTAssertNil(RedFlag.Kind(identifier: "cauda equina syndrome"))
        XCTAssertEqual(RedFlag.Kind.caudaEquinaSyndrome.phrase, "cauda equina syndrome")
    }

    func testSaddleNumbnessAndRedFlags() {
        let saddle = PainEntry.saddleNumbness(intensity: 0.8)
        XCTAssertEqual(saddle.map(\.region), [.perineum, .perineum])
        XCTAssertEqual(saddle.map(\.side), [.left, .right])
        XCTAssertTrue(saddle.allSatisfy { $0.kind == .numbness && $0.roots.isEmpty && $0.intensity == 0.8 })
        XCTAssertEqual(PainEntry.saddleNumbness(intensity: 0), [])

        let ces = RedFlag.caudaEquinaSyndrome(level: .L4L5)
        XCTAssertEqual(ces.kind, .caudaEquinaSyndrome)
        XCTAssertTrue(ces.why.contains("at L4-L5") && ces.why.contains("saddle"))
        XCTAssertEqual(RedFlag.conusMedullaris(level: .L1L2).kind, .conusMedullaris)

        let both = picture([RootInvolvement(root: .S1, side: .left, grade: .compression),
                            RootInvolvement(root: .S1, side: .right, grade: .compression)])
        XCTAssertEqual(RedFlag.bilateralMotorDeficit(both.motor)?.kind, .bilateralMotorDeficit)
        XCTAssertNil(RedFlag.bilateralMotorDeficit(Array(both.motor.prefix(1))))
    }
}
