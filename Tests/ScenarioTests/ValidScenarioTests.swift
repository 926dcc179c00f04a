import Anatomy
import Pathology
import XCTest
@testable import Scenario

/// Files that follow the format: the values they produce, every default and every alias.
final class ValidScenarioTests: XCTestCase {
    func testSpecExampleParsesToItsValues() throws {
        let scenario = try XCTUnwrap(parseValid(specExample))
        XCTAssertEqual(scenario.title, "L4–L5 left subarticular extrusion")
        XCTAssertEqual(scenario.description,
                       "Classic sciatica: a paracentral disc extrusion catches the traversing root.")
        XCTAssertEqual(scenario.atlas, .lee2008)
        XCTAssertEqual(scenario.posture, .neutral)
        XCTAssertEqual(scenario.anatomy.scale, 1.0)
        XCTAssertEqual(scenario.anatomy.levels, [
            .L4L5: LevelOverrides(canalAP: 15, interpedicular: 24, discHeight: 11, recessDepth: 5,
                                  foramenHeight: 20, foramenWidth: 8),
        ])
        XCTAssertEqual(scenario.lesions, [
            Lesion(level: .L4L5, kind: .herniation(Herniation(zone: .subarticular, side: .left,
                                                              morphology: .extrusion, sizeMillimetres: 7))),
        ])
        XCTAssertEqual(scenario.render, RenderDefaults(views: [.sheet], formats: [.png]))
        XCTAssertEqual(scenario.file, "test.yaml")
    }

    func testTitleAloneTakesEveryDefault() throws {
        let scenario = try XCTUnwrap(parseValid("title: Normal spine\n"))
        XCTAssertEqual(scenario, Scenario(title: "Normal spine", file: "test.yaml"))
        XCTAssertNil(scenario.description)
        XCTAssertEqual(scenario.atlas, .lee2008)
        XCTAssertEqual(scenario.posture, .neutral)
        XCTAssertEqual(scenario.anatomy, AnatomyOptions(scale: 1, levels: [:]))
        XCTAssertEqual(scenario.lesions, [])
        XCTAssertEqual(scenario.render.views, [.sheet])
        XCTAssertEqual(scenario.render.formats, [.png])
    }

    func testEmptyOptionalSectionsMeanTheirDefaults() throws {
        let yaml = "title: t\ndescription:\nanatomy:\nlesions:\nrender:\n"
        let scenario = try XCTUnwrap(parseValid(yaml))
        XCTAssertEqual(scenario, Scenario(title: "t", file: "test.yaml"))
        let withEmptyLists = try XCTUnwrap(parseValid("title: t\nlesions: []\nanatomy: {levels: {L4-L5: {}}}\n"))
        XCTAssertEqual(withEmptyLists.lesions, [])
        XCTAssertEqual(withEmptyLists.anatomy.levels, [.L4L5: LevelOverrides()])
    }

    func testHeaderValues() throws {
        let yaml = "radix: 1.0\ntitle: '  padded  '\ndescription: |\n  two\n  lines\n\natlas: Foerster\nposture: extension\n"
        let scenario = try XCTUnwrap(parseValid(yaml))
        XCTAssertEqual(scenario.title, "padded")
        XCTAssertEqual(scenario.description, "two\nlines")
        XCTAssertEqual(scenario.atlas, .foerster)
        XCTAssertEqual(scenario.posture, .extension)
        for atlas in Atlas.allCases {
            XCTAssertEqual(parseValid("title: t\natlas: \(atlas.rawValue)\n")?.atlas, atlas)
        }
        for posture in Posture.allCases {
            XCTAssertEqual(parseValid("title: t\nposture: \(posture.rawValue)\n")?.posture, posture)
        }
        XCTAssertEqual(parseValid("title: 2024\n")?.title, "2024", "a plain number is text where text is expected")
    }

    func testDiscLevelSpellings() {
        let spellings: [(String, DiscLevel)] = [
            ("L4-L5", .L4L5), ("L4-5", .L4L5), ("L4/5", .L4L5), ("L4/L5", .L4L5), ("l4-l5", .L4L5),
            ("L4\u{2013}L5", .L4L5), ("L5-S1", .L5S1), ("L5/S1", .L5S1), ("l1-2", .L1L2), ("L3/4", .L3L4), ("L2-L3", .L2L3),
        ]
        for (text, level) in spellings {
            let yaml = lesionYAML("type: degeneration\nlevel: \(text)\npfirrmann: 3")
            XCTAssertEqual(parseValid(yaml)?.lesions.first?.level, level, text)
            let anatomy = parseValid("title: t\nanatomy:\n  levels:\n    \(text): {canal_ap_mm: 12}\n")?.anatomy
            XCTAssertEqual(anatomy?.levels[level]?.canalAP, 12, text)
        }
    }

    func testScaleAndOverrideRangesAreInclusive() throws {
        XCTAssertEqual(parseValid("title: t\nanatomy: {scale: 0.8}\n")?.anatomy.scale, 0.8)
        XCTAssertEqual(parseValid("title: t\nanatomy: {scale: 1.25}\n")?.anatomy.scale, 1.25)
        for (key, range) in LevelOverrides.allowedRanges {
            for value in [range.lowerBound, range.upperBound] {
                let yaml = "title: t\nanatomy:\n  levels:\n    L3-L4:\n      \(key): \(value)\n"
                XCTAssertNotNil(parseValid(yaml), "\(key): \(value)")
            }
        }
    }

    /// A level's ganglion width and a side's own paired measurements (docs/scenario-format.md §1).
    func testGanglionAndSideOverrides() throws {
        let yaml = """
        title: t
        anatomy:
          levels:
            L5-S1:
              recess_depth_mm: 5
              ganglion_width_mm: 7
              left: {recess_depth_mm: 3.5, foramen_height_mm: 13, ganglion_width_mm: 7.5}
              right: {foramen_width_mm: 6}
        """
        let o = try XCTUnwrap(parseValid(yaml)?.anatomy.levels[.L5S1])
        XCTAssertEqual(o.recessDepth, 5)
        XCTAssertEqual(o.ganglionWidth, 7)
        XCTAssertEqual(o.left, SideOverrides(recessDepth: 3.5, foramenHeight: 13, ganglionWidth: 7.5))
        XCTAssertEqual(o.right, SideOverrides(foramenWidth: 6))
        for key in LevelOverrides.sideKeys {
            let range = try XCTUnwrap(LevelOverrides.allowedRanges.first { $0.key == key }?.range)
            XCTAssertNotNil(parseValid("title: t\nanatomy:\n  levels:\n    L3-L4:\n      right: {\(key): \(range.upperBound)}\n"), key)
        }
    }

    func testRenderViewsAndFormats() throws {
        let yaml = """
        title: t
        render:
          views: [sheet, sagittal, axial, axial:L4-5, foramen, foramen:L5-S1, foramen:L5/S1:left, body, knee]
          formats: [png, SVG, pdf]
        """
        let render = try XCTUnwrap(parseValid(yaml)?.render)
        XCTAssertEqual(render.views, [.sheet, .sagittal, .axial(nil), .axial(.L4L5), .foramen(nil, nil),
                                      .foramen(.L5S1, nil), .foramen(.L5S1, .left), .body, .knee])
        XCTAssertEqual(render.formats, [.png, .svg, .pdf])
        let onlyFormats = try XCTUnwrap(parseValid("title: t\nrender:\n  formats: [svg]\n")?.render)
        XCTAssertEqual(onlyFormats, RenderDefaults(views: [.sheet], formats: [.svg]))
    }

    func testLeadingDocumentMarkerCommentsBOMAndCRLF() throws {
        XCTAssertEqual(parseValid("---\n# c\ntitle: t # trailing\n...\n")?.title, "t")
        XCTAssertEqual(parseValid("\u{FEFF}title: t\r\nposture: flexion\r\n")?.posture, .flexion)
    }

    func testNumberSpellings() throws {
        let cases: [(String, Double)] = [("7", 7), ("7.", 7), ("7.5", 7.5), (".5", 0.5), ("+2", 2), ("1e1", 10),
                                         ("2.5E-1", 0.25), ("010", 10), ("!!float \"7\"", 7)]
        for (text, value) in cases {
            let yaml = lesionYAML("type: herniation\nlevel: L4-L5\nzone: central\nsize_mm: \(text)")
            guard case .herniation(let h)? = parseValid(yaml)?.lesions.first?.kind else {
                XCTFail(text)
                continue
            }
            XCTAssertEqual(h.sizeMillimetres, value, text)
        }
    }

    func testAnchorsAndAliasesAreResolved() throws {
        let yaml = """
        title: t
        anatomy:
          levels:
            L4-L5: &narrow {canal_ap_mm: 12, recess_depth_mm: 3}
            L5-S1: *narrow
        lesions:
          - &bulge {type: herniation, level: L4-L5, zone: central, morphology: bulge, size_mm: 3}
          - *bulge
        """
        let scenario = try XCTUnwrap(parseValid(yaml))
        XCTAssertEqual(scenario.anatomy.levels[.L5S1], LevelOverrides(canalAP: 12, recessDepth: 3))
        XCTAssertEqual(scenario.lesions.count, 2)
        XCTAssertEqual(scenario.lesions[0], scenario.lesions[1])
    }
}
