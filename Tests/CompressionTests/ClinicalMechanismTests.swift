import Anatomy
import Clinical
@testable import Compression
import Pathology
import XCTest

/// Items 5 and 6 of issue 9 on the simulation side. Rules are tested on constructed root findings
/// (independent of the geometry's thresholds); whole simulations use only clear-cut inputs.
final class ClinicalMechanismTests: XCTestCase {
    func finding(_ root: Root, _ side: Side = .left, grade: RootGrade = .compression, site: RootSite = .lateralRecess,
                 deformation: Double = 40, lesions: [Int] = [0], crowded: Bool = false) -> RootFinding {
        RootFinding(root: root, side: side, grade: grade, site: site, level: .L4L5, clearance: -1,
                    deformationPercent: deformation, inflamed: false, lesions: lesions, crowded: crowded)
    }

    // MARK: Mechanism by zone and cause

    func testTheMechanismFollowsTheZoneOfTheHerniationAndTheCause() {
        let roots = [finding(.L5)]
        XCTAssertEqual(Simulator.mechanism(roots, lesions: [Make.herniation(.L4L5, .central, nil, size: 6)]), .discogenic)
        XCTAssertEqual(Simulator.mechanism(roots, lesions: [Make.herniation(.L4L5, .subarticular, .left, size: 6)]), .discogenic)
        XCTAssertEqual(Simulator.mechanism(roots, lesions: [Make.herniation(.L4L5, .foraminal, .left, size: 6)]), .foraminalDisc)
        XCTAssertEqual(Simulator.mechanism(roots, lesions: [Make.herniation(.L4L5, .extraforaminal, .left, size: 6)]), .foraminalDisc)
        XCTAssertEqual(Simulator.mechanism(roots, lesions: [Make.stenosis(.L4L5, .central, .duralArea(40))]), .stenotic)
        XCTAssertEqual(Simulator.mechanism(roots, lesions: [Make.stenosis(.L4L5, .foraminal, side: .left, .foramenHeight(10))]), .stenotic)
        XCTAssertEqual(Simulator.mechanism(roots, lesions: [Make.slip(.L4L5, .degenerative, percent: 20)]), .stenotic)
        XCTAssertEqual(Simulator.mechanism([finding(.L5, lesions: [0, 1])],
                                           lesions: [Make.stenosis(.L4L5, .central, .duralArea(40)), Make.herniation(.L4L5, .central, nil, size: 6)]),
                       .discogenic, "a herniation wins over the slow lesion it shares a root with")
        XCTAssertEqual(Simulator.mechanism([finding(.L5, grade: .normal, lesions: [])], lesions: []), .none)
    }

    func testAFarLateralDiscIsNeverEasedByExtension() {
        let r = Make.run([Make.herniation(.L4L5, .extraforaminal, .right, .extrusion, size: 8)])
        XCTAssertFalse(r.clinical.aggravatedBy.isEmpty, r.hurtSummary)
        XCTAssertTrue(r.clinical.aggravatedBy.contains { $0.contains("extension") })
        XCTAssertFalse(r.clinical.easedBy.contains { $0.contains("extension") }, "\(r.clinical.easedBy)")
    }

    // MARK: Slow compression, crushed roots

    func testSlowLesionsMakeAChronicInvolvementOneGradeLowerHoweverFlat() {
        let stenosis = [Make.stenosis(.L4L5, .central, .duralArea(40))]
        for deformation in [10.0, 49, 85] {
            let i = Simulator.clinicalInvolvement(finding(.L5, deformation: deformation), lesions: stenosis)
            XCTAssertTrue(i.chronic)
            XCTAssertEqual(i.grade, .deviation, "\(deformation) %")
        }
        let disc = [Make.herniation(.L4L5, .subarticular, .left, .extrusion, size: 7)]
        let acute = Simulator.clinicalInvolvement(finding(.L5, deformation: 40), lesions: disc)
        XCTAssertFalse(acute.chronic)
        XCTAssertEqual(acute.grade, .compression)
        XCTAssertFalse(acute.crushed)
    }

    func testOnlyACrushedRootOrACaudaEquinaSyndromeLosesItsReflex() {
        let disc = [Make.herniation(.L4L5, .central, nil, .sequestration, size: 15)]
        let full = RootRoom.maximumDeformation * 100
        XCTAssertTrue(Simulator.clinicalInvolvement(finding(.L5, deformation: full), lesions: disc).crushed)
        XCTAssertFalse(Simulator.clinicalInvolvement(finding(.L5, deformation: full / 2), lesions: disc).crushed)
        XCTAssertTrue(Simulator.clinicalInvolvement(finding(.S1, site: .centralCanal, deformation: 10, crowded: true), lesions: disc,
                                                    caudaEquinaSyndrome: true).crushed)
        XCTAssertFalse(Simulator.clinicalInvolvement(finding(.S1, grade: .deviation, deformation: 0), lesions: disc,
                                                     caudaEquinaSyndrome: true).crushed)
    }

    func testSevereCentralStenosisGivesNoPositiveSLRAndNoFixedDeficit() {
        let r = Make.run([Make.stenosis(.L4L5, .central, cause: .ligamentumFlavum, .duralArea(40))])
        XCTAssertFalse(r.hurtRoots.isEmpty)
        XCTAssertFalse(r.clinical.tests.contains { $0.test == "straight-leg raise" && $0.expected != "usually negative" }, "\(r.clinical.tests)")
        XCTAssertTrue(r.clinical.tests.contains { $0.expected == "usually negative" })
        XCTAssertEqual(r.clinical.motor, [])
        XCTAssertEqual(r.clinical.reflexes, [])
        XCTAssertEqual(r.clinical.sensory, [])
        XCTAssertTrue(r.clinical.intermittent)
        XCTAssertEqual(r.clinical.notes, [ClinicalPicture.chronicNote])
        XCTAssertEqual(r.clinical.sacralSigns, [], "slow crowding is claudication, not a cauda equina syndrome")
    }

    // MARK: Cauda equina and red flags

    func testAMassiveCentralSequestrationGivesTheSacralFindingsAndNoPostureAdvice() {
        let r = Make.run([Make.herniation(.L4L5, .central, nil, .sequestration, size: 15)])
        XCTAssertTrue(r.redFlags.contains { $0.kind == .caudaEquinaSyndrome }, "\(r.redFlags.map(\.kind))")
        XCTAssertEqual(r.clinical.sacralSigns, SacralSign.caudaEquina)
        XCTAssertEqual(r.clinical.aggravatedBy, [])
        XCTAssertEqual(r.clinical.easedBy, [])
        XCTAssertEqual(r.clinical.advice, ClinicalPicture.urgentAdvice)
        XCTAssertFalse(r.explanation.contains { $0.hasPrefix("Worse with") })
        XCTAssertFalse(r.explanation.joined().contains(" 0 mm²"), "an area is never written 0 mm²")
        XCTAssertTrue(r.clinical.painMap.contains { $0.region == .perineum && $0.kind == .numbness })
    }

    func testWithoutARedFlagThereIsNoUrgentAdvice() {
        let r = Make.run([Make.herniation(.L4L5, .subarticular, .left, .extrusion, size: 8)])
        if r.redFlags.isEmpty {
            XCTAssertNil(r.clinical.advice)
            XCTAssertEqual(r.clinical.sacralSigns, [])
        }
    }

    func testAreasBelowOneSquareMillimetreAreNotWrittenAsZero() {
        XCTAssertEqual(Describe.mm2(0), "< 1 mm²")
        XCTAssertEqual(Describe.mm2(0.3), "< 1 mm²")
        XCTAssertEqual(Describe.mm2(0.6), "1 mm²")
        XCTAssertEqual(Describe.mm2(142.2), "142 mm²")
    }

    // MARK: Somatic pain from a herniation touching nothing (§G8)

    func testAContainedHerniationTouchingNoRootIsNoPainSource() {
        let protrusion = [Make.herniation(.L4L5, .subarticular, .left, .protrusion, size: 2)]
        XCTAssertEqual(Simulator.somaticSources(protrusion, roots: [finding(.L5, grade: .normal, lesions: [])]), [])
        XCTAssertEqual(Simulator.somaticSources(protrusion, roots: [finding(.L5, grade: .contact, lesions: [0])]).count, 1)
        let extrusion = [Make.herniation(.L4L5, .subarticular, .left, .extrusion, size: 2)]
        XCTAssertEqual(Simulator.somaticSources(extrusion, roots: []).count, 1, "uncontained nucleus can hurt by itself (§E2)")
    }

    // MARK: Level share (§C6)

    func testUncommonLevelsAndFarLateralHerniationsSayHowCommonTheyAre() {
        let l34 = LevelShare.of(Make.herniation(.L3L4, .subarticular, .right, size: 5))
        XCTAssertEqual(l34.map(\.group), ["L3-L4"])
        XCTAssertEqual(l34.first.map { [$0.minPercent, $0.maxPercent] }, [2, 5])
        XCTAssertTrue(l34.first?.sentence.contains("§C6") ?? false)
        for level in [DiscLevel.L1L2, .L2L3] {
            XCTAssertEqual(LevelShare.of(Make.herniation(level, .central, nil, size: 5)).map { [$0.minPercent, $0.maxPercent] }, [[1, 2]])
        }
        XCTAssertEqual(LevelShare.of(Make.herniation(.L4L5, .extraforaminal, .right, size: 5)).map { [$0.minPercent, $0.maxPercent] }, [[7, 12]])
        XCTAssertEqual(LevelShare.of(Make.herniation(.L3L4, .extraforaminal, .right, size: 5)).map(\.group), ["L3-L4", "far-lateral"])
        XCTAssertEqual(LevelShare.of(Make.herniation(.L4L5, .subarticular, .left, size: 5)), [])
        XCTAssertEqual(LevelShare.of(Make.herniation(.L5S1, .foraminal, .left, size: 5)), [])
        XCTAssertEqual(LevelShare.of(Make.herniation(.L3L4, .central, nil, .bulge, size: 2)), [], "a bulge is not a herniation")
        XCTAssertEqual(LevelShare.of(Make.stenosis(.L3L4, .central, .duralArea(60))), [])
        let r = Make.run([Make.herniation(.L3L4, .subarticular, .right, .extrusion, size: 7)])
        XCTAssertEqual(r.lesions.first?.levelShare.map(\.group), ["L3-L4"])
    }
}
