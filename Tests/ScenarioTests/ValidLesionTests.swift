import Anatomy
import Pathology
import XCTest
@testable import Scenario

/// Every lesion type in its valid forms: defaults, aliases and each way to give a severity.
final class ValidLesionTests: XCTestCase {
    private func kind(_ body: String, file: StaticString = #filePath, line: UInt = #line) -> LesionKind? {
        parseValid(lesionYAML(body), file: file, line: line)?.lesions.first?.kind
    }

    func testHerniationDefaultsAndValues() {
        XCTAssertEqual(kind("type: herniation\nlevel: L4-L5\nzone: foraminal\nside: right\nsize_mm: 4"),
                       .herniation(Herniation(zone: .foraminal, side: .right, morphology: .protrusion, sizeMillimetres: 4)))
        XCTAssertEqual(kind("type: herniation\nlevel: L4-L5\nzone: central\nsize_mm: 20"),
                       .herniation(Herniation(zone: .central, side: nil, sizeMillimetres: 20)))
        XCTAssertEqual(kind("type: herniation\nlevel: L4-L5\nzone: central\nmorphology: bulge\nsize_mm: 5"),
                       .herniation(Herniation(zone: .central, side: nil, morphology: .bulge, sizeMillimetres: 5)))
        for morphology in HerniationMorphology.allCases {
            let body = "type: herniation\nlevel: L4-L5\nzone: central\nmorphology: \(morphology.rawValue)\nsize_mm: 2"
            guard case .herniation(let h)? = kind(body) else { return XCTFail(morphology.rawValue) }
            XCTAssertEqual(h.morphology, morphology)
        }
    }

    func testHerniationZoneAliases() {
        let expected: [(String, HerniationZone)] = [
            ("central", .central), ("subarticular", .subarticular), ("foraminal", .foraminal),
            ("extraforaminal", .extraforaminal), ("paracentral", .subarticular), ("posterolateral", .subarticular),
            ("far-lateral", .extraforaminal), ("Far-Lateral", .extraforaminal), ("PARACENTRAL", .subarticular),
        ]
        for (text, zone) in expected {
            let side = zone == .central ? "" : "\nside: Left"
            guard case .herniation(let h)? = kind("type: herniation\nlevel: L5-S1\nzone: \(text)\(side)\nsize_mm: 3")
            else { XCTFail(text); continue }
            XCTAssertEqual(h.zone, zone, text)
            XCTAssertEqual(h.side, zone == .central ? nil : .left, text)
        }
    }

    func testMigrationForUncontainedMaterial() {
        let body = "type: herniation\nlevel: L4-L5\nzone: subarticular\nside: left\nmorphology: sequestration\n"
            + "size_mm: 9\nmigration: {direction: caudal, mm: 15}\nid: frag_1"
        XCTAssertEqual(parseValid(lesionYAML(body))?.lesions,
                       [Lesion(id: "frag_1", level: .L4L5, kind: .herniation(Herniation(
                           zone: .subarticular, side: .left, morphology: .sequestration, sizeMillimetres: 9,
                           migration: Migration(direction: .caudal, millimetres: 15))))])
        let cranial = "type: herniation\nlevel: L4-L5\nzone: central\nmorphology: extrusion\nsize_mm: 6\n"
            + "migration:\n  direction: cranial\n  mm: 0"
        guard case .herniation(let h)? = kind(cranial) else { return XCTFail("cranial") }
        XCTAssertEqual(h.migration, Migration(direction: .cranial, millimetres: 0))
    }

    func testStenosisDefaultsByKind() {
        XCTAssertEqual(kind("type: stenosis\nlevel: L4-L5\nkind: central\ncanal_ap_mm: 8"),
                       .stenosis(Stenosis(kind: .central, laterality: .bilateral, cause: .ligamentumFlavum,
                                          severity: .canalAP(8))))
        XCTAssertEqual(kind("type: stenosis\nlevel: L4-L5\nkind: lateral-recess\nrecess_depth_mm: 0"),
                       .stenosis(Stenosis(kind: .lateralRecess, laterality: .bilateral, cause: .facetHypertrophy,
                                          severity: .recessDepth(0))))
        XCTAssertEqual(kind("type: stenosis\nlevel: L5-S1\nkind: foraminal\nside: left\nforamen_height_mm: 12"),
                       .stenosis(Stenosis(kind: .foraminal, laterality: .left, cause: .osteophyte,
                                          severity: .foramenHeight(12))))
        for cause in StenosisCause.allCases {
            let body = "type: stenosis\nlevel: L4-L5\nkind: foraminal\ncause: \(cause.rawValue)\nencroachment_mm: 2"
            guard case .stenosis(let s)? = kind(body) else { XCTFail(cause.rawValue); continue }
            XCTAssertEqual(s.cause, cause)
        }
    }

    func testEveryStenosisSeverity() {
        let cases: [(String, String, StenosisSeverity)] = [
            ("central", "canal_ap_mm: 2", .canalAP(2)), ("central", "canal_ap_mm: 25", .canalAP(25)),
            ("central", "dural_area_mm2: 75", .duralArea(75)), ("central", "grade: C", .schizas(.C)),
            ("central", "grade: d", .schizas(.D)), ("central", "encroachment_mm: 20", .encroachment(20)),
            ("lateral-recess", "recess_depth_mm: 12", .recessDepth(12)),
            ("lateral-recess", "encroachment_mm: 0.5", .encroachment(0.5)),
            ("foraminal", "foramen_height_mm: 4.5", .foramenHeight(4.5)), ("foraminal", "grade: 0", .leeForaminal(0)),
            ("foraminal", "grade: 3", .leeForaminal(3)), ("foraminal", "encroachment_mm: 4", .encroachment(4)),
        ]
        for (stenosisKind, severity, expected) in cases {
            guard case .stenosis(let s)? = kind("type: stenosis\nlevel: L4-L5\nkind: \(stenosisKind)\n\(severity)")
            else { XCTFail(severity); continue }
            XCTAssertEqual(s.severity, expected, "\(stenosisKind) \(severity)")
        }
    }

    func testSpondylolisthesisSeverities() {
        XCTAssertEqual(kind("type: spondylolisthesis\nlevel: L5-S1\nkind: isthmic\nslip_percent: 150"),
                       .spondylolisthesis(Spondylolisthesis(kind: .isthmic, severity: .percent(150), direction: .anterior)))
        XCTAssertEqual(kind("type: spondylolisthesis\nlevel: L3-L4\nkind: degenerative\ngrade: I\ndirection: posterior"),
                       .spondylolisthesis(Spondylolisthesis(kind: .degenerative, severity: .meyerding(.I),
                                                            direction: .posterior)))
        for grade in MeyerdingGrade.allCases {
            for spelling in [grade.name, grade.name.lowercased(), String(grade.rawValue)] {
                let body = "type: spondylolisthesis\nlevel: L4-L5\nkind: degenerative\ngrade: \(spelling)"
                guard case .spondylolisthesis(let s)? = kind(body) else { XCTFail(spelling); continue }
                XCTAssertEqual(s.severity, .meyerding(grade), spelling)
            }
        }
    }

    func testDegenerationSeverities() {
        for grade in 1...5 {
            XCTAssertEqual(kind("type: degeneration\nlevel: L5-S1\npfirrmann: \(grade)"),
                           .degeneration(Degeneration(severity: .pfirrmann(grade))))
        }
        XCTAssertEqual(kind("type: degeneration\nlevel: L5-S1\npfirrmann: !!int 4"),
                       .degeneration(Degeneration(severity: .pfirrmann(4))))
        XCTAssertEqual(kind("type: degeneration\nlevel: L5-S1\nheight_loss_percent: 80"),
                       .degeneration(Degeneration(severity: .heightLossPercent(80))))
        XCTAssertEqual(kind("type: degeneration\nlevel: L5-S1\nheight_loss_percent: 0"),
                       .degeneration(Degeneration(severity: .heightLossPercent(0))))
    }

    func testSeveralLesionsKeepTheirOrderAndIDs() throws {
        let yaml = """
        title: two levels
        lesions:
          - {type: herniation, level: L4-L5, zone: subarticular, side: left, size_mm: 6, id: upper-disc}
          - {type: herniation, level: L5-S1, zone: paracentral, side: left, size_mm: 5, id: LOWER_2}
          - {type: degeneration, level: L5-S1, pfirrmann: 4}
        """
        let lesions = try XCTUnwrap(parseValid(yaml)?.lesions)
        XCTAssertEqual(lesions.map(\.id), ["upper-disc", "LOWER_2", nil])
        XCTAssertEqual(lesions.map(\.level), [.L4L5, .L5S1, .L5S1])
    }
}
