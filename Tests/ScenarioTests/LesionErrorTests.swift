import XCTest
@testable import Scenario

/// Errors inside lesions. `lesionYAML` puts the lesion's first key on line 3, column 5, and each further
/// key on the next line at column 5.
final class LesionErrorTests: XCTestCase {
    func testTypeAndLevel() {
        assertOneProblem(lesionYAML("level: L4-L5\npfirrmann: 2"), line: 3, column: 5, path: "lesions[0]",
                         message: "missing required key 'type'")
        assertOneProblem(lesionYAML("type: hernia\nlevel: L4-L5"), line: 3, column: 11, path: "lesions[0].type",
                         message: "'hernia' is not a lesion type", suggestion: "herniation")
        assertOneProblem(lesionYAML("type: degeneration\npfirrmann: 2"), line: 3, column: 5, path: "lesions[0]",
                         message: "missing required key 'level'")
        assertOneProblem(lesionYAML("type: degeneration\nlevel: L4L5\npfirrmann: 2"), line: 4, column: 12,
                         path: "lesions[0].level", message: "'L4L5' is not a disc level", suggestion: "L4-L5")
        assertOneProblem(lesionYAML("type: degeneration\nlevel: 4\npfirrmann: 2"), line: 4, column: 12,
                         path: "lesions[0].level", message: "'4' is not a disc level")
    }

    func testUnknownKeysDependOnTheType() {
        let found = problems(lesionYAML("type: degeneration\nlevel: L4-L5\npfirrman: 2"))
        XCTAssertEqual(found.first?.summary,
                       "test.yaml:3:5: error: lesions[0]: missing degeneration severity: give one of pfirrmann, height_loss_percent")
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.last?.path, "lesions[0].pfirrman")
        XCTAssertEqual(found.last?.message, "unknown key 'pfirrman' in a degeneration")
        XCTAssertEqual(found.last?.suggestion, "pfirrmann")
        // A herniation's key on a stenosis is unknown there.
        let zone = problems(lesionYAML("type: stenosis\nlevel: L4-L5\nkind: central\ncanal_ap_mm: 9\nzone: central"))
        XCTAssertEqual(zone.map(\.summary), ["test.yaml:7:5: error: lesions[0].zone: unknown key 'zone' in a stenosis"])
        // Without a type, only keys no lesion takes are unknown.
        let untyped = problems(lesionYAML("level: L4-L5\nsize_mm: 3\nsizemm: 4"))
        XCTAssertEqual(untyped.map(\.message), ["missing required key 'type'", "unknown key 'sizemm' in a lesion"])
        XCTAssertEqual(untyped.last?.suggestion, "size_mm")
    }

    func testIDs() {
        // Labels may contain spaces (the spec asks only for a short label).
        XCTAssertEqual(try ScenarioLoader.parse(lesionYAML("type: degeneration\nlevel: L4-L5\npfirrmann: 2\nid: upper disc"), file: "t.yaml").lesions.first?.id, "upper disc")
        assertOneProblem(lesionYAML("type: degeneration\nlevel: L4-L5\npfirrmann: 2\nid: abcdefghijklmnopqrstuvwxyz"), line: 6,
                         column: 9, path: "lesions[0].id", message: "use 1 to 24 printable characters on one line",
                         suggestion: "abcdefghijklmnopqrstuvwx")
        let yaml = "title: t\nlesions:\n  - {type: degeneration, level: L4-L5, pfirrmann: 2, id: a}\n"
            + "  - {type: degeneration, level: L5-S1, pfirrmann: 2, id: a}\n"
        assertOneProblem(yaml, line: 4, column: 58, path: "lesions[1].id", message: "id 'a' is already used by lesions[0].id")
    }

    func testHerniationRules() {
        let base = "type: herniation\nlevel: L4-L5\n"
        assertOneProblem(lesionYAML(base + "zone: central\nside: left\nsize_mm: 3"), line: 6, column: 5,
                         path: "lesions[0].side", message: "side is not allowed with a central herniation")
        assertOneProblem(lesionYAML(base + "zone: subarticular\nsize_mm: 3"), line: 3, column: 5, path: "lesions[0]",
                         message: "missing required key 'side' (left or right, for a subarticular herniation)")
        assertOneProblem(lesionYAML(base + "zone: foraminal\nside: bilateral\nsize_mm: 3"), line: 6, column: 11,
                         path: "lesions[0].side", message: "a herniation lies on one side")
        assertOneProblem(lesionYAML(base + "zone: foraminal\nside: lft\nsize_mm: 3"), line: 6, column: 11,
                         path: "lesions[0].side", message: "'lft' is not a side for a herniation", suggestion: "left")
        assertOneProblem(lesionYAML(base + "zone: paracentrl\nside: left\nsize_mm: 3"), line: 5, column: 11,
                         path: "lesions[0].zone", message: "'paracentrl' is not a herniation zone", suggestion: "paracentral")
        assertOneProblem(lesionYAML(base + "zone: central"), line: 3, column: 5, path: "lesions[0]",
                         message: "missing required key 'size_mm'")
        assertOneProblem(lesionYAML(base + "zone: central\nmorphology: extruded\nsize_mm: 3"), line: 6, column: 17,
                         path: "lesions[0].morphology", message: "'extruded' is not a disc morphology", suggestion: "extrusion")
    }

    func testHerniationSize() {
        let base = "type: herniation\nlevel: L4-L5\nzone: central\n"
        let d = assertOneProblem(lesionYAML(base + "size_mm: 42"), line: 6, column: 14, path: "lesions[0].size_mm",
                                 message: "42 is out of range (0 < size_mm ≤ 20)")
        XCTAssertEqual(d?.message, "42 is out of range (0 < size_mm ≤ 20)")
        assertOneProblem(lesionYAML(base + "size_mm: 0"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "0 is out of range (0 < size_mm ≤ 20)")
        assertOneProblem(lesionYAML(base + "size_mm: 20.5"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "20.5 is out of range")
        assertOneProblem(lesionYAML(base + "morphology: bulge\nsize_mm: 6"), line: 7, column: 14, path: "lesions[0].size_mm",
                         message: "6 is out of range for a bulge (0 < size_mm ≤ 5)")
    }

    func testNumbersOfTheWrongType() {
        let base = "type: herniation\nlevel: L4-L5\nzone: central\n"
        assertOneProblem(lesionYAML(base + "size_mm: 7mm"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "found '7mm' (write the number alone, without a unit)", suggestion: "7")
        assertOneProblem(lesionYAML(base + "size_mm: 7.5 mm"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "without a unit", suggestion: "7.5")
        assertOneProblem(lesionYAML(base + "size_mm: \"7\""), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "expected a number (0 < size_mm ≤ 20), found the text \"7\"", suggestion: "7")
        assertOneProblem(lesionYAML(base + "size_mm: yes"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "found yes (a yes/no value)")
        assertOneProblem(lesionYAML(base + "size_mm: [7]"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "expected a number (0 < size_mm ≤ 20), found a list")
        assertOneProblem(lesionYAML(base + "size_mm:"), line: 6, column: 13, path: "lesions[0].size_mm",
                         message: "found nothing (an empty value)")
        assertOneProblem(lesionYAML(base + "size_mm: .inf"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: ".inf is not a finite number")
        assertOneProblem(lesionYAML(base + "size_mm: .NaN"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: ".NaN is not a finite number")
        assertOneProblem(lesionYAML(base + "size_mm: 0x7"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "in decimal notation, found '0x7'")
        assertOneProblem(lesionYAML(base + "size_mm: 1e400"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "1e400 is out of range (0 < size_mm ≤ 20)")
        assertOneProblem(lesionYAML(base + "size_mm: 1e-400"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "1e-400 is out of range (0 < size_mm ≤ 20)")
        assertOneProblem(lesionYAML(base + "size_mm: !!str 7"), line: 6, column: 14, path: "lesions[0].size_mm",
                         message: "found the text \"7\"", suggestion: "7")
    }

    func testMigration() {
        let base = "type: herniation\nlevel: L4-L5\nzone: central\nsize_mm: 5\n"
        assertOneProblem(lesionYAML(base + "migration: {direction: caudal, mm: 3}"), line: 7, column: 5,
                         path: "lesions[0].migration",
                         message: "migration is only allowed for an extrusion or a sequestration, not a protrusion (the default morphology)")
        assertOneProblem(lesionYAML(base + "morphology: bulge\nmigration: {direction: caudal, mm: 3}"), line: 8, column: 5,
                         path: "lesions[0].migration", message: "not a bulge")
        let extrusion = base + "morphology: extrusion\n"
        assertOneProblem(lesionYAML(extrusion + "migration: {direction: down, mm: 3}"), line: 8, column: 28,
                         path: "lesions[0].migration.direction", message: "'down' is not a migration direction")
        assertOneProblem(lesionYAML(extrusion + "migration: {direction: caudal, mm: 16}"), line: 8, column: 40,
                         path: "lesions[0].migration.mm", message: "16 is out of range (0 ≤ mm ≤ 15)")
        assertOneProblem(lesionYAML(extrusion + "migration: {direction: caudal}"), line: 8, column: 16,
                         path: "lesions[0].migration", message: "missing required key 'mm'")
        assertOneProblem(lesionYAML(extrusion + "migration: {direction: caudal, mm: 2, distance: 3}"), line: 8, column: 43,
                         path: "lesions[0].migration.distance", message: "unknown key 'distance' in a migration")
        assertOneProblem(lesionYAML(extrusion + "migration: caudal"), line: 8, column: 16, path: "lesions[0].migration",
                         message: "expected a mapping {direction: cranial|caudal, mm: 0…15}, found 'caudal'")
    }

    func testStenosisRules() {
        let base = "type: stenosis\nlevel: L4-L5\n"
        let wrongKind = assertOneProblem(lesionYAML(base + "kind: central\nrecess_depth_mm: 3"), line: 6, column: 5,
                                         path: "lesions[0].recess_depth_mm",
                                         message: "recess_depth_mm is not a severity of central stenosis")
        XCTAssertEqual(wrongKind?.allowed,
                       "one of canal_ap_mm (2…25), dural_area_mm2 (10…300), grade (Schizas A…D), encroachment_mm (0 < x ≤ 20)")
        assertOneProblem(lesionYAML(base + "kind: lateral-recess\nforamen_height_mm: 9"), line: 6, column: 5,
                         path: "lesions[0].foramen_height_mm", message: "is not a severity of lateral-recess stenosis")
        assertOneProblem(lesionYAML(base + "kind: foraminal"), line: 3, column: 5, path: "lesions[0]",
                         message: "missing severity of the foraminal stenosis")
        assertOneProblem(lesionYAML(base + "kind: central\ncanal_ap_mm: 8\ngrade: B"), line: 7, column: 5,
                         path: "lesions[0].grade", message: "give exactly one severity, not canal_ap_mm and grade")
        assertOneProblem(lesionYAML(base + "kind: central\nside: left\ncanal_ap_mm: 8"), line: 6, column: 5,
                         path: "lesions[0].side", message: "side is not allowed with central stenosis")
        assertOneProblem(lesionYAML(base + "kind: central\ngrade: 2"), line: 6, column: 12, path: "lesions[0].grade",
                         message: "'2' is not a Schizas grade")
        assertOneProblem(lesionYAML(base + "kind: foraminal\ngrade: B"), line: 6, column: 12, path: "lesions[0].grade",
                         message: "expected a whole number (0 ≤ grade ≤ 3), found 'B'")
        assertOneProblem(lesionYAML(base + "kind: foraminal\ngrade: 1.5"), line: 6, column: 12, path: "lesions[0].grade",
                         message: "expected a whole number (0 ≤ grade ≤ 3), found 1.5")
        assertOneProblem(lesionYAML(base + "kind: foraminal\ngrade: 4"), line: 6, column: 12, path: "lesions[0].grade",
                         message: "4 is out of range (0 ≤ grade ≤ 3)")
        assertOneProblem(lesionYAML(base + "kind: central\ncanal_ap_mm: 1"), line: 6, column: 18,
                         path: "lesions[0].canal_ap_mm", message: "1 is out of range (2 ≤ canal_ap_mm ≤ 25)")
        assertOneProblem(lesionYAML(base + "kind: central\ndural_area_mm2: 301"), line: 6, column: 21,
                         path: "lesions[0].dural_area_mm2", message: "301 is out of range (10 ≤ dural_area_mm2 ≤ 300)")
        assertOneProblem(lesionYAML(base + "kind: central\nencroachment_mm: 0"), line: 6, column: 22,
                         path: "lesions[0].encroachment_mm", message: "0 is out of range (0 < encroachment_mm ≤ 20)")
        assertOneProblem(lesionYAML(base + "kind: lateral_recess\nrecess_depth_mm: 3"), line: 5, column: 11,
                         path: "lesions[0].kind", message: "'lateral_recess' is not a stenosis kind", suggestion: "lateral-recess")
        assertOneProblem(lesionYAML(base + "kind: foraminal\ncause: cyst\nencroachment_mm: 2"), line: 6, column: 12,
                         path: "lesions[0].cause", message: "'cyst' is not a stenosis cause")
    }

    func testSpondylolisthesisRules() {
        let base = "type: spondylolisthesis\nlevel: L5-S1\n"
        assertOneProblem(lesionYAML(base + "kind: isthmic"), line: 3, column: 5, path: "lesions[0]",
                         message: "missing slip severity: give one of slip_percent, grade")
        assertOneProblem(lesionYAML(base + "kind: isthmic\nslip_percent: 20\ngrade: I"), line: 7, column: 5,
                         path: "lesions[0].grade", message: "give exactly one slip severity, not slip_percent and grade")
        assertOneProblem(lesionYAML(base + "kind: isthmic\ngrade: VI"), line: 6, column: 12, path: "lesions[0].grade",
                         message: "'VI' is not a Meyerding grade", suggestion: "V")
        assertOneProblem(lesionYAML(base + "kind: isthmic\ngrade: 6"), line: 6, column: 12, path: "lesions[0].grade",
                         message: "6 is out of range (1 ≤ grade ≤ 5)")
        assertOneProblem(lesionYAML(base + "kind: isthmic\nslip_percent: 151"), line: 6, column: 19,
                         path: "lesions[0].slip_percent", message: "151 is out of range (0 ≤ slip_percent ≤ 150)")
        assertOneProblem(lesionYAML(base + "kind: lytic\nslip_percent: 10"), line: 5, column: 11,
                         path: "lesions[0].kind", message: "'lytic' is not a spondylolisthesis kind")
        assertOneProblem(lesionYAML(base + "kind: isthmic\nslip_percent: 10\ndirection: forward"), line: 7, column: 16,
                         path: "lesions[0].direction", message: "'forward' is not a slip direction")
    }

    func testDegenerationRules() {
        let base = "type: degeneration\nlevel: L5-S1\n"
        assertOneProblem(lesionYAML(base + "pfirrmann: 3\nheight_loss_percent: 10"), line: 6, column: 5,
                         path: "lesions[0].height_loss_percent",
                         message: "give exactly one degeneration severity, not pfirrmann and height_loss_percent")
        assertOneProblem(lesionYAML(base + "pfirrmann: 3.5"), line: 5, column: 16, path: "lesions[0].pfirrmann",
                         message: "expected a whole number (1 ≤ pfirrmann ≤ 5), found 3.5")
        assertOneProblem(lesionYAML(base + "pfirrmann: 3.0"), line: 5, column: 16, path: "lesions[0].pfirrmann",
                         message: "expected a whole number")
        assertOneProblem(lesionYAML(base + "pfirrmann: 99999999999999999999999"), line: 5, column: 16,
                         path: "lesions[0].pfirrmann", message: "99999999999999999999999 is out of range (1 ≤ pfirrmann ≤ 5)")
        assertOneProblem(lesionYAML(base + "pfirrmann: -9223372036854775809"), line: 5, column: 16,
                         path: "lesions[0].pfirrmann", message: "is out of range")
        assertOneProblem(lesionYAML(base + "height_loss_percent: 81"), line: 5, column: 26,
                         path: "lesions[0].height_loss_percent", message: "81 is out of range (0 ≤ height_loss_percent ≤ 80)")
    }

    func testTooManyLesions() {
        let lesion = "  - {type: degeneration, level: L4-L5, pfirrmann: 2}\n"
        let yaml = "title: t\nlesions:\n" + String(repeating: lesion, count: ScenarioLoader.maximumLesions + 5)
        assertOneProblem(yaml, line: 3 + ScenarioLoader.maximumLesions, column: 5,
                         path: "lesions[\(ScenarioLoader.maximumLesions)]", message: "too many lesions")
        XCTAssertEqual(parseValid("title: t\nlesions:\n" + String(repeating: lesion, count: ScenarioLoader.maximumLesions))?
            .lesions.count, ScenarioLoader.maximumLesions)
    }
}
