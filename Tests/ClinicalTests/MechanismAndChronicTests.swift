import Anatomy
@testable import Clinical
import XCTest

/// Item 5 of issue 9: provocation by mechanism, slow compression, reflexes reduced before absent, the
/// muscles tested per root, red flags without posture advice — each rule on constructed involvements.
final class MechanismAndChronicTests: XCTestCase {
    let l5 = RootInvolvement(root: .L5, side: .left, grade: .compression, site: .lateralRecess, level: .L4L5, deformationPercent: 40)

    // MARK: Provocation by zone and cause (§C3, §E3)

    func testCentralAndSubarticularDiscsAreWorseSittingFlexionAndValsalva() {
        let f = Mechanism.discogenic.aggravatingFactors
        XCTAssertTrue(f.contains { $0.hasPrefix("sitting") })
        XCTAssertTrue(f.contains { $0.contains("bending forward") })
        XCTAssertTrue(f.contains { $0.contains("coughing") && $0.contains("Valsalva") })
    }

    func testForaminalDiscsAreWorseInExtensionAndSideBendingNeverEasedByExtension() {
        let m = Mechanism.foraminalDisc
        XCTAssertTrue(m.aggravatingFactors.contains { $0.contains("extension") })
        XCTAssertTrue(m.aggravatingFactors.contains { $0.contains("sideways toward the painful side") })
        XCTAssertFalse(m.easingFactors.contains { $0.contains("extension") }, "\(m.easingFactors)")
        XCTAssertTrue(m.easingFactors.contains { $0.contains("flexion") })
    }

    func testStenosisIsWorseStandingWalkingExtensionAndEasedSittingFlexion() {
        let m = Mechanism.stenotic
        for word in ["standing", "walking", "extension"] { XCTAssertTrue(m.aggravatingFactors.contains { $0.contains(word) }, word) }
        XCTAssertTrue(m.easingFactors.contains { $0.contains("sitting") })
        XCTAssertTrue(m.easingFactors.contains { $0.contains("bending forward") })
        XCTAssertFalse(m.easingFactors.contains { $0.contains("extension") })
    }

    func testEveryMechanismThatHurtsGivesFactorsAndNoneGivesNothing() {
        for m in Mechanism.allCases {
            XCTAssertEqual(m.aggravatingFactors.isEmpty, m == .none, m.rawValue)
            XCTAssertEqual(m.easingFactors.isEmpty, m == .none, m.rawValue)
            XCTAssertTrue(Set(m.aggravatingFactors).isDisjoint(with: m.easingFactors), m.rawValue)
        }
    }

    // MARK: Slow compression (§C3; Suri 2010)

    func testChronicInvolvementGivesAUsuallyNegativeSLRNoFixedKeyPointAndANote() {
        var chronic = l5
        chronic.grade = .deviation
        chronic.chronic = true
        let p = picture([chronic, chronic.mirrored], mechanism: .stenotic)
        XCTAssertEqual(p.tests.map(\.expected), ["usually negative", "usually negative"])
        XCTAssertEqual(p.sensory, [], "the examination at rest is often normal")
        XCTAssertEqual(p.motor, [])
        XCTAssertEqual(p.reflexes, [])
        XCTAssertTrue(p.intermittent)
        XCTAssertEqual(p.notes, [ClinicalPicture.chronicNote])
        XCTAssertTrue(ClinicalPicture.chronicNote.contains("intermittent") || ClinicalPicture.chronicNote.contains("come and go"))
        XCTAssertFalse(p.painMap.filter { $0.kind == .radicular }.isEmpty, "it still hurts")
    }

    func testAnAcuteInvolvementKeepsAPositiveSLRAndIsNotIntermittent() {
        let p = picture([l5], mechanism: .discogenic)
        XCTAssertEqual(p.tests, [TensionTest(test: "straight-leg raise", side: .left, expected: "positive")])
        XCTAssertFalse(p.intermittent)
        XCTAssertEqual(p.notes, [])
    }

    func testAnAcuteRootBeatsAChronicOneOnTheSameSide() {
        var chronicS1 = RootInvolvement(root: .S1, side: .left, grade: .deviation, chronic: true)
        chronicS1.site = .centralCanal
        let p = picture([l5, chronicS1], mechanism: .discogenic)
        XCTAssertEqual(p.tests.first { $0.test == "straight-leg raise" }?.expected, "positive")
        XCTAssertFalse(p.intermittent, "not every painful root is chronic")
    }

    func testUsuallyNegativeIsTheWeakestExpectation() {
        XCTAssertLessThan(TestExpectation.usuallyNegative, .possiblyPositive)
        XCTAssertLessThan(TestExpectation.possiblyPositive, .positive)
        XCTAssertEqual(Root.L4.chronicTensionTests.map(\.expected), [.positive, .usuallyNegative], "femoral stretch kept")
    }

    // MARK: Reflexes reduced before absent (§E5, §D4)

    func testReflexIsReducedUnlessCrushed() {
        for deformation in deformationSamples {
            var i = l5
            i.deformationPercent = deformation
            XCTAssertEqual(ClinicalRules.reflexGrade(i), .diminished, "\(deformation) %")
            i.crushed = true
            XCTAssertEqual(ClinicalRules.reflexGrade(i), .absent)
            i.grade = .deviation
            XCTAssertNil(ClinicalRules.reflexGrade(i), "no reflex change below grade 3")
        }
        var s1 = RootInvolvement(root: .S1, side: .right, grade: .compression, deformationPercent: 100)
        XCTAssertEqual(picture([s1]).reflexes.map(\.change), ["diminished"])
        s1.crushed = true
        XCTAssertEqual(picture([s1]).reflexes.map(\.change), ["absent"])
    }

    // MARK: Muscles per root (§D3, §D5)

    func testL4ListsTibialisAnteriorAndQuadriceps() {
        let p = picture([RootInvolvement(root: .L4, side: .right, grade: .compression)])
        XCTAssertEqual(p.motor.map(\.muscle), ["tibialis anterior", "quadriceps"])
        XCTAssertEqual(p.motor.map(\.isKeyMuscle), [true, false])
    }

    func testL5ListsExtensorHallucisGluteusMediusAndTibialisPosterior() {
        let p = picture([l5])
        XCTAssertEqual(p.motor.first?.muscle, "extensor hallucis longus")
        XCTAssertEqual(Set(p.motor.map(\.muscle)), ["extensor hallucis longus", "gluteus medius", "tibialis posterior"])
        XCTAssertEqual(p.motor.filter(\.isKeyMuscle).count, 1)
        XCTAssertEqual(p.mirrored.mirrored, p)
    }

    // MARK: Red flags (§D4)

    func testARedFlagReplacesPostureAdviceWithUrgentAssessment() {
        let p = picture([l5, l5.mirrored], mechanism: .discogenic)
        XCTAssertFalse(p.easedBy.isEmpty)
        let flagged = p.withRedFlag(sacralSigns: SacralSign.caudaEquina)
        XCTAssertEqual(flagged.aggravatedBy, [])
        XCTAssertEqual(flagged.easedBy, [])
        XCTAssertEqual(flagged.advice, ClinicalPicture.urgentAdvice)
        XCTAssertTrue(flagged.advice?.contains("urgent assessment") ?? false)
        XCTAssertEqual(flagged.mirrored.advice, flagged.advice)
    }

    func testCaudaEquinaSignsCoverSaddleBladderBowelAndAnalTone() {
        XCTAssertEqual(SacralSign.roots, ["S3", "S4", "S5"])
        let signs = SacralSign.caudaEquina.map(\.sign)
        for sign in ["saddle anaesthesia", "bladder", "bowel", "anal tone"] { XCTAssertTrue(signs.contains(sign), sign) }
        let bladder = SacralSign.caudaEquina.first { $0.sign == "bladder" }!
        XCTAssertTrue(bladder.expected.contains("retention") && bladder.expected.contains("overflow"))
        XCTAssertTrue(SacralSign.conusMedullaris.contains { $0.expected.contains("early") })
    }
}
