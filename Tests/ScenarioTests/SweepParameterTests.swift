import Anatomy
import Pathology
import XCTest
@testable import Scenario

/// `radix sweep`'s reading of `--vary PATH=FROM...TO:STEPS` and its variants of a file.
final class SweepParameterTests: XCTestCase {
    let stenosisFile = """
    title: foraminal stenosis
    anatomy:
      levels:
        L5/S1: {disc_height_mm: 9}
    lesions:
      - type: stenosis
        level: L5-S1
        kind: foraminal
        side: left
        grade: 2
      - type: degeneration
        level: L5-S1
        pfirrmann: 3

    """

    func template(_ text: String = specExample) throws -> ScenarioTemplate {
        try ScenarioTemplate.parse(text, file: "t.yaml")
    }

    func error(_ body: () throws -> Any) -> SweepError? { sweepError(body) }

    // MARK: Paths

    func testPathsReadAsDiagnosticsWriteThem() throws {
        let path = try ParameterPath(parsing: " lesions[1].migration.mm ")
        XCTAssertEqual(path.components, [.key("lesions"), .index(1), .key("migration"), .key("mm")])
        XCTAssertEqual(path.description, "lesions[1].migration.mm")
        XCTAssertEqual(path.slug, "lesions-1-migration-mm")
        XCTAssertEqual(try ParameterPath(parsing: "anatomy.levels.L4/5.canal_ap_mm").slug, "anatomy-levels-L4-5-canal_ap_mm")
    }

    func testMalformedPathsAreRefusedWithTheExpectedForm() {
        for bad in ["", "lesions[", "lesions[x].size_mm", "lesions[-1].size_mm", "a..b", ".a", "a.", "size mm", "lesions[0]size_mm",
                    "lesions]0[", String(repeating: "a", count: 201), "lesions[99999999999999999999]"] {
            let e = error { try ParameterPath(parsing: bad) }
            XCTAssertNotNil(e, "'\(bad)' should be refused")
        }
        XCTAssertTrue(error { try ParameterPath(parsing: "lesions[x]") }?.message.contains("lists count from 0") ?? false)
    }

    func testATypoGetsTheNearestValidPath() throws {
        let t = try template()
        XCTAssertEqual(error { try t.parameter("lesions[0].siz_mm") }?.suggestion, "lesions[0].size_mm")
        XCTAssertEqual(error { try t.parameter("postur") }?.suggestion, "posture")
        XCTAssertEqual(error { try t.parameter("lesion[0].size_mm") }?.suggestion, "lesions[0].size_mm")
        XCTAssertEqual(error { try t.parameter("anatomy.levels.L4-L6.canal_ap_mm") }?.suggestion, "anatomy.levels.L4-L5.canal_ap_mm")
        XCTAssertEqual(error { try t.parameter("anatomy.levels.L4-L5.canal_ap") }?.suggestion, "anatomy.levels.L4-L5.canal_ap_mm")
        XCTAssertEqual(error { try t.parameter("anatomy.scal") }?.suggestion, "anatomy.scale")
    }

    func testABadIndexSaysHowManyLesionsThereAre() throws {
        let one = try template()
        XCTAssertTrue(error { try one.parameter("lesions[1].size_mm") }?.message.contains("the file has 1 lesion, lesions[0]") ?? false)
        let two = try template(stenosisFile)
        XCTAssertTrue(error { try two.parameter("lesions[5].pfirrmann") }?.message.contains("2 lesions, lesions[0] … lesions[1]") ?? false)
        XCTAssertEqual(error { try one.parameter("lesions.size_mm") }?.suggestion, "lesions[0].size_mm")
    }

    func testValuesThatAreNotSeveritiesAreRefused() throws {
        let t = try template(stenosisFile)
        XCTAssertNotNil(error { try t.parameter("lesions[0].side") })
        XCTAssertNotNil(error { try t.parameter("title") })
        XCTAssertNotNil(error { try t.parameter("atlas") })
        // A central stenosis's measure is not a foraminal one.
        let e = error { try t.parameter("lesions[0].canal_ap_mm") }
        XCTAssertTrue(e?.message.contains("not a severity of foraminal stenosis") ?? false, e?.description ?? "")
        XCTAssertNotNil(error { try t.parameter("lesions[1].pfirrmann.x") })
    }

    func testTheFilesOwnSpellingOfALevelIsKept() throws {
        let p = try template(stenosisFile).parameter("anatomy.levels.L5-S1.disc_height_mm")
        XCTAssertEqual(p.path.description, "anatomy.levels.L5/S1.disc_height_mm")
        XCTAssertEqual(p.original, "9")
        XCTAssertEqual(p.unit, "mm")
    }

    // MARK: Ranges

    func values(_ range: String, _ path: String, in text: String? = nil) throws -> [String] {
        let t = try template(text ?? specExample)
        return try SweepRange.values(range, for: t.parameter(path)).map(\.text)
    }

    func testDecimalRangesAreEvenlySpacedWithoutFloatingPointNoise() throws {
        XCTAssertEqual(try values("2...10:5", "lesions[0].size_mm"), ["2", "4", "6", "8", "10"])
        XCTAssertEqual(try values("10...2:3", "lesions[0].size_mm"), ["10", "6", "2"])
        XCTAssertEqual(try values("0.1...0.7:7", "anatomy.scale"), ["0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7"])
        XCTAssertEqual(try values("1\u{2026}2:3", "lesions[0].size_mm"), ["1", "1.5", "2"], "a typographic ellipsis is three dots")
    }

    func testRangeSyntaxErrorsShowTheExpectedForm() throws {
        let t = try template()
        let size = try t.parameter("lesions[0].size_mm")
        let twoDots = error { try SweepRange.values("2..10:5", for: size) }
        XCTAssertTrue(twoDots?.message.contains("three dots") ?? false)
        XCTAssertEqual(twoDots?.suggestion, "lesions[0].size_mm=2...10:5")
        XCTAssertEqual(error { try SweepRange.values("2...10", for: size) }?.suggestion, "lesions[0].size_mm=2...10:9")
        XCTAssertNotNil(error { try SweepRange.values("2...10:1", for: size) })
        XCTAssertNotNil(error { try SweepRange.values("2...10:201", for: size) })
        XCTAssertNotNil(error { try SweepRange.values("2...2:3", for: size) })
        XCTAssertNotNil(error { try SweepRange.values("a...10:3", for: size) })
        XCTAssertNotNil(error { try SweepRange.values("2...10...12:3", for: size) })
        XCTAssertNotNil(error { try SweepSpec(parsing: "lesions[0].size_mm") })
        XCTAssertEqual(try SweepSpec(parsing: "posture=flexion...extension").path, "posture")
    }

    func testWholeNumbersStepOnIntegers() throws {
        XCTAssertEqual(try values("1...5", "lesions[1].pfirrmann", in: stenosisFile), ["1", "2", "3", "4", "5"])
        XCTAssertEqual(try values("5...1:3", "lesions[1].pfirrmann", in: stenosisFile), ["5", "3", "1"])
        let e = try XCTUnwrap(error { try self.values("1...5:4", "lesions[1].pfirrmann", in: self.stenosisFile) })
        XCTAssertEqual(e.allowed, "STEPS 2, 3, 5 (or leave ':STEPS' out for every whole number)")
        XCTAssertNotNil(error { try self.values("1.5...5", "lesions[1].pfirrmann", in: self.stenosisFile) })
    }

    func testWordsStepThroughTheirOrder() throws {
        XCTAssertEqual(try values("flexion...extension", "posture"), ["flexion", "neutral", "extension"])
        XCTAssertEqual(try values("Extension...neutral:2", "posture"), ["extension", "neutral"])
        XCTAssertNotNil(error { try self.values("flexion...extension:5", "posture") })
        XCTAssertEqual(error { try self.values("flexed...extension", "posture") }?.suggestion, "flexion")
        let slip = "title: s\nlesions:\n  - {type: spondylolisthesis, level: L5-S1, kind: isthmic, grade: II}\n"
        XCTAssertEqual(try values("1...3", "lesions[0].grade", in: slip), ["I", "II", "III"], "Meyerding by number")
    }

    // MARK: Variants

    func testEveryVariantIsCheckedLikeAFile() throws {
        let t = try template()
        let size = try t.parameter("lesions[0].size_mm")
        let scenario = try t.scenario(setting: size, to: "12.5")
        guard case .herniation(let h) = scenario.lesions[0].kind else { return XCTFail("not a herniation") }
        XCTAssertEqual(h.sizeMillimetres, 12.5)
        XCTAssertEqual(scenario.file, "t.yaml")
        XCTAssertEqual(scenario.title, t.base.title)
        do {
            _ = try t.scenario(setting: size, to: "22")
            XCTFail("22 mm is beyond the format's range")
        } catch {
            let d = try XCTUnwrap(error.diagnostics.first)
            XCTAssertEqual(d.path, "lesions[0].size_mm")
            XCTAssertTrue(d.message.contains("22 is out of range"), d.message)
            XCTAssertEqual(d.line, 23, "located at the swept value in the file")
            XCTAssertEqual(d.sourceLine?.trimmingCharacters(in: .whitespaces), "size_mm: 22", "quoted as the variant reads")
        }
    }

    func testMissingMappingsAreCreated() throws {
        let text = "title: bare\nlesions:\n  - {type: herniation, level: L4-L5, zone: central, size_mm: 4}\n"
        let t = try template(text)
        let canal = try t.parameter("anatomy.levels.L4-L5.canal_ap_mm")
        XCTAssertNil(canal.original)
        XCTAssertEqual(try t.scenario(setting: canal, to: "11").anatomy.levels[.L4L5]?.canalAP, 11)
        XCTAssertEqual(try t.scenario(setting: t.parameter("posture"), to: "extension").posture, .extension)
        XCTAssertEqual(try t.scenario(setting: t.parameter("anatomy.scale"), to: "1.1").anatomy.scale, 1.1)
    }

    func testAnotherSeverityOfTheLesionGivesWay() throws {
        let t = try template(stenosisFile)
        let height = try t.parameter("lesions[0].foramen_height_mm")
        XCTAssertEqual(height.replaced, ["grade: 2"])
        let scenario = try t.scenario(setting: height, to: "12")
        guard case .stenosis(let s) = scenario.lesions[0].kind else { return XCTFail("not a stenosis") }
        XCTAssertEqual(s.severity, .foramenHeight(12))
        XCTAssertEqual(scenario.anatomy.levels[.L5S1]?.discHeight, 9, "the rest of the file is untouched")
    }
}
