import XCTest
import Anatomy
import Clinical
import Compression
import Pathology
@testable import Report
import Scenario

/// The report side of items 5 and 6 of issue 9: the added JSON keys (old ones kept), the text
/// sections, and every scenario in Scenarios/ loading and reporting.
final class ClinicalReportTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func run(_ scenario: Scenario) -> SimulationResult {
        Simulator.run(SimulationInput(anatomy: scenario.anatomy, posture: scenario.posture, atlas: scenario.atlas, lesions: scenario.lesions))
    }

    func json(_ scenario: Scenario) throws -> [String: Any] {
        let text = ReportJSON.render([(run(scenario), scenario)])
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func load(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(path: Self.packageRoot.appendingPathComponent("Scenarios/\(name)").path)
    }

    func testEveryScenarioLoadsAndReportsWithTheOldAndTheNewKeys() throws {
        let dir = Self.packageRoot.appendingPathComponent("Scenarios")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 28)
        for file in files {
            let scenario = try load(file)
            let r = run(scenario)
            let text = ReportText.render(r, scenario: scenario)
            XCTAssertFalse(text.contains(" 0 mm²"), "\(file): an area printed as 0 mm²")
            let object = try json(scenario)
            for key in ["format", "roots", "cauda_equina", "segments", "pain_map", "knee", "deficits", "tests", "red_flags",
                        "aggravated_by", "eased_by", "lesions", "explanation",
                        "knee_mimics", "complaint", "tests_usually_negative", "advice", "intermittent", "clinical_notes"] {
                XCTAssertNotNil(object[key], "\(file): \(key)")
            }
            let knee = try XCTUnwrap(object["knee"] as? [String: Any])
            XCTAssertEqual(Set(knee.keys), ["left", "right"], "\(file): the old knee shape")
            let tests = try XCTUnwrap(object["tests"] as? [[String: Any]])
            XCTAssertTrue(tests.allSatisfy { ["positive", "possibly positive"].contains($0["expected"] as? String ?? "") }, file)
            if !r.redFlags.isEmpty {
                XCTAssertEqual((object["eased_by"] as? [Any])?.count, 0, "\(file): no posture advice with a red flag")
                XCTAssertEqual((object["aggravated_by"] as? [Any])?.count, 0, file)
                XCTAssertNotNil(object["advice"] as? String, file)
                XCTAssertTrue(text.contains("urgent assessment"), file)
            } else {
                XCTAssertTrue(object["advice"] is NSNull, file)
            }
        }
    }

    func testTheCaudaEquinaScenarioListsTheS3ToS5Findings() throws {
        let scenario = try load("07-l4-l5-massive-central-sequestration.yaml")
        let cauda = try XCTUnwrap(try json(scenario)["cauda_equina"] as? [String: Any])
        XCTAssertEqual(cauda["roots"] as? [String], ["S3", "S4", "S5"])
        XCTAssertNotNil(cauda["min_dural_area_mm2"] as? NSNumber, "the JSON keeps the number")
        let signs = try XCTUnwrap(cauda["signs"] as? [[String: String]]).compactMap { $0["sign"] }
        for sign in ["saddle anaesthesia", "bladder", "bowel", "anal tone"] { XCTAssertTrue(signs.contains(sign), sign) }
        let text = ReportText.render(run(scenario), scenario: scenario)
        XCTAssertTrue(text.contains("cauda equina (S3–S5):"))
        XCTAssertTrue(text.contains("retention with overflow"))
        // Saddle numbness is the S3–S5 bundle's, not somatic referral from the disc or facet: each perineum line of the pain
        // map names S3–S5, and "disc/facet" stays with somatic referred pain.
        let painMap = text.split(separator: "\n").filter { $0.hasPrefix("  left ") || $0.hasPrefix("  right ") }
        let perineum = painMap.filter { $0.contains("perineum") }
        XCTAssertEqual(perineum.count, 2, "\(painMap)")
        for line in perineum { XCTAssertTrue(line.hasSuffix("(S3–S5)"), String(line)) }
        for line in painMap where line.contains("disc/facet") { XCTAssertTrue(line.contains("somatic-referred"), String(line)) }
    }

    func testHipOsteoarthritisScenarioFlagsTheHipAndNoRoot() throws {
        let scenario = try load("27-hip-osteoarthritis-knee-pain.yaml")
        XCTAssertFalse(scenario.complaint.isEmpty)
        let r = run(scenario)
        XCTAssertTrue(r.hurtRoots.isEmpty)
        let object = try json(scenario)
        let complaint = try XCTUnwrap(object["complaint"] as? [[String: Any]])
        XCTAssertTrue(complaint.allSatisfy { ($0["explained_by"] as? [Any])?.isEmpty ?? false })
        let mimics = try XCTUnwrap(object["knee_mimics"] as? [[String: Any]])
        XCTAssertEqual(mimics.count, KneeDifferential.all.count)
        for mimic in mimics {
            for key in ["cause", "regions", "history", "tells_apart", "matches", "matched", "source"] { XCTAssertNotNil(mimic[key], key) }
        }
        let hip = try XCTUnwrap(mimics.first { ($0["cause"] as? String)?.hasPrefix("hip") ?? false })
        XCTAssertEqual(hip["matches"] as? Bool, true)
        XCTAssertTrue((hip["tells_apart"] as? String)?.contains("internal rotation") ?? false)
        let text = ReportText.render(r, scenario: scenario)
        XCTAssertTrue(text.contains("No root explains"))
        XCTAssertTrue(text.contains("hip pathology referring to the knee"))
    }

    func testIncidentalProtrusionHurtsNothing() throws {
        let scenario = try load("28-incidental-l4-l5-protrusion.yaml")
        let r = run(scenario)
        if r.hurtRoots.isEmpty {
            XCTAssertTrue(r.clinical.isEmpty, "no root touched, contained: no pain at all")
            let mimics = try XCTUnwrap(try json(scenario)["knee_mimics"] as? [[String: Any]])
            XCTAssertFalse(mimics.contains { $0["matches"] as? Bool == true })
        }
    }

    func testUncommonLevelSaysHowCommonInTextAndJSON() throws {
        let scenario = try load("08-l3-l4-subarticular-l4-knee.yaml")
        let lesions = try XCTUnwrap(try json(scenario)["lesions"] as? [[String: Any]])
        let share = try XCTUnwrap(lesions.first?["level_share"] as? [[String: Any]])
        XCTAssertEqual(share.first?["group"] as? String, "L3-L4")
        XCTAssertEqual(share.first?["min_percent"] as? Int, 2)
        XCTAssertEqual(share.first?["max_percent"] as? Int, 5)
        XCTAssertTrue(ReportText.render(run(scenario), scenario: scenario).contains("about 2–5 % of lumbar disc herniations"))
        let common = try XCTUnwrap(try json(load("02-l4-l5-left-subarticular-extrusion.yaml"))["lesions"] as? [[String: Any]])
        XCTAssertNil(common.first?["level_share"], "no base rate printed for a common level")
    }

    func testMotorEntriesMarkTheKeyMuscle() throws {
        let scenario = Scenario(title: "t", lesions: [Lesion(level: .L4L5, kind: .herniation(Herniation(zone: .subarticular, side: .left, morphology: .extrusion, sizeMillimetres: 9)))])
        let motor = try XCTUnwrap((try json(scenario)["deficits"] as? [String: Any])?["motor"] as? [[String: Any]])
        for entry in motor { XCTAssertNotNil(entry["key_muscle"] as? Bool) }
        if !motor.isEmpty { XCTAssertEqual(motor.first?["key_muscle"] as? Bool, true) }
    }

    func testChronicStenosisReportsTheSLRAsUsuallyNegativeInItsOwnKey() throws {
        let scenario = Scenario(title: "t", lesions: [Lesion(level: .L4L5, kind: .stenosis(Stenosis(kind: .central, severity: .duralArea(40))))])
        let object = try json(scenario)
        let negative = try XCTUnwrap(object["tests_usually_negative"] as? [[String: Any]])
        XCTAssertFalse(negative.isEmpty)
        XCTAssertTrue(negative.allSatisfy { $0["test"] as? String == "straight-leg raise" })
        XCTAssertEqual(object["intermittent"] as? Bool, true)
        XCTAssertFalse((object["clinical_notes"] as? [String] ?? []).isEmpty)
    }
}
