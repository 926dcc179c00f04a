import Anatomy
@testable import Clinical
import XCTest

/// Item 6 of issue 9: the knee's local causes and the hip, checked against a pain map and a complaint.
final class KneeMimicTests: XCTestCase {
    func cause(_ prefix: String) -> KneeDifferential? { KneeDifferential.all.first { $0.condition.hasPrefix(prefix) } }

    func testTheMimicsThatMatterMostAreListed() {
        for prefix in ["hip", "patellofemoral", "meniscal", "knee osteoarthritis", "pes anserine", "common fibular", "Baker's cyst"] {
            XCTAssertNotNil(cause(prefix), prefix)
        }
    }

    func testKneeOsteoarthritisUsesTheACRClinicalCriteriaNotRangeOfMotion() {
        let oa = cause("knee osteoarthritis")!.distinguishingSign
        for word in ["knee pain and 3 of", "over 50", "stiffness under 30 min", "crepitus", "bony tenderness", "bony enlargement", "no palpable warmth", "ACR"] {
            XCTAssertTrue(oa.contains(word), word)
        }
        XCTAssertFalse(oa.contains("range of motion"))
    }

    func testHipAndFibularSignsTellThemApartFromTheRoots() {
        let hip = cause("hip")!
        XCTAssertTrue(hip.distinguishingSign.contains("internal rotation") && hip.distinguishingSign.contains("groin"))
        XCTAssertTrue(hip.regions.contains(.groin))
        let fibular = cause("common fibular")!
        XCTAssertTrue(fibular.distinguishingSign.contains("inversion") && fibular.distinguishingSign.contains("hip abduction"))
        XCTAssertTrue(fibular.distinguishingSign.contains("spared"))
        XCTAssertTrue(cause("Baker's cyst")!.regions.contains(.posteriorKnee))
    }

    func testNothingMatchesAnEmptyPainMap() {
        let mimics = KneeMimic.check(painMap: [])
        XCTAssertEqual(mimics.map(\.cause), KneeDifferential.all)
        XCTAssertFalse(mimics.contains(where: \.matches))
    }

    func testAComplaintAloneMakesTheHipMatch() {
        let complaint = [Complaint(region: .groin, side: .right), Complaint(region: .medialKnee, side: .right)]
        let mimics = KneeMimic.check(painMap: [], complaint: complaint)
        let hip = mimics.first { $0.cause.condition.hasPrefix("hip") }!
        XCTAssertTrue(hip.matches)
        XCTAssertEqual(hip.matched, complaint)
        XCTAssertFalse(mimics.first { $0.cause.condition.hasPrefix("patellofemoral") }!.matches, "anterior knee only")
        XCTAssertTrue(mimics.first { $0.cause.condition.hasPrefix("pes anserine") }!.matches)
    }

    func testAnL5PainMapMatchesFibularNeuropathyButSomaticPainNeverMatches() {
        let l5 = picture([RootInvolvement(root: .L5, side: .left, grade: .compression)])
        XCTAssertTrue(KneeMimic.check(painMap: l5.painMap).first { $0.cause.condition.hasPrefix("common fibular") }!.matches)
        let somatic = [PainEntry(region: .posteriorKnee, side: .left, roots: [], kind: .somaticReferred, intensity: 1)]
        XCTAssertFalse(KneeMimic.check(painMap: somatic).contains(where: \.matches))
    }

    func testAComplaintIsExplainedOnlyByRootsThatHurtThere() {
        let l3 = picture([RootInvolvement(root: .L3, side: .right, grade: .compression)])
        XCTAssertEqual(Complaint(region: .medialKnee, side: .right).explainingRoots(in: l3.painMap), [.L3])
        XCTAssertEqual(Complaint(region: .medialKnee, side: .left).explainingRoots(in: l3.painMap), [])
        XCTAssertEqual(Complaint(region: .groin, side: .right).explainingRoots(in: []), [])
    }
}
