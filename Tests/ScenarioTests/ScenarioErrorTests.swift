import XCTest
@testable import Scenario

/// Errors of the scenario header, anatomy and render sections: located, with paths and suggestions.
final class ScenarioErrorTests: XCTestCase {
    func testUnknownTopLevelKeySuggestsTheNearest() {
        let found = problems("titel: x\nposture: flexion\n")
        XCTAssertEqual(found.map(\.summary), [
            "test.yaml:1:1: error: missing required key 'title' (a one-line name for the scenario)",
            "test.yaml:1:1: error: titel: unknown key 'titel' in a scenario",
        ])
        XCTAssertEqual(found.last?.suggestion, "title")
        XCTAssertEqual(found.last?.allowed, "radix, title, description, atlas, posture, anatomy, lesions, complaint, render")
    }

    func testKeysAreCaseSensitiveButSuggestTheRightCase() {
        let found = problems("title: t\nPosture: flexion\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.suggestion, "posture")
        XCTAssertEqual(found.first?.line, 2)
    }

    func testUnknownValuesSuggestTheNearestSpelling() {
        assertOneProblem("title: t\natlas: lee2008\n", line: 2, column: 8, path: "atlas",
                         message: "'lee2008' is not a dermatome atlas", suggestion: "lee-2008")
        assertOneProblem("title: t\nposture: flex\n", line: 2, column: 10, path: "posture",
                         message: "'flex' is not a posture", suggestion: "flexion")
        let far = assertOneProblem("title: t\nposture: supine\n", line: 2, column: 10, path: "posture",
                                   message: "'supine' is not a posture", suggestion: nil)
        XCTAssertEqual(far?.allowed, "neutral, flexion, extension")
    }

    func testFormatVersion() {
        assertOneProblem("radix: 2\ntitle: t\n", line: 1, column: 8, path: "radix",
                         message: "format 2 is not supported; this Radix reads format 1")
        assertOneProblem("radix: \"1\"\ntitle: t\n", line: 1, column: 8, path: "radix",
                         message: "expected a number", suggestion: "1")
        assertOneProblem("radix: 1e400\ntitle: t\n", line: 1, column: 8, path: "radix", message: "1e400 is out of range")
    }

    func testTitleMustBeNonEmptyText() {
        assertOneProblem("title: ''\n", line: 1, column: 8, path: "title", message: "the title is empty")
        assertOneProblem("title:\n", line: 1, column: 7, path: "title", message: "found nothing (an empty value)")
        assertOneProblem("title: {a: 1}\n", line: 1, column: 8, path: "title", message: "expected a title (text), found a mapping")
        assertOneProblem("description: [a]\ntitle: t\n", line: 1, column: 14, path: "description",
                         message: "expected text, found a list")
        assertOneProblem("lesions: []\n", line: 1, column: 1, path: "", message: "missing required key 'title'")
    }

    func testWrongShapes() {
        assertOneProblem("title: t\nanatomy: [1]\n", line: 2, column: 10, path: "anatomy",
                         message: "expected a mapping with scale and/or levels, found a list")
        assertOneProblem("title: t\nlesions: {type: herniation}\n", line: 2, column: 10, path: "lesions",
                         message: "expected a list of lesions, found a mapping (start each lesion with '- ')")
        assertOneProblem("title: t\nlesions:\n  - herniation\n", line: 3, column: 5, path: "lesions[0]",
                         message: "expected a lesion (a mapping with type, level, …), found 'herniation'")
        assertOneProblem("title: t\nrender: png\n", line: 2, column: 9, path: "render",
                         message: "expected a mapping with views and/or formats, found 'png'")
    }

    func testScaleAndOverrides() {
        assertOneProblem("title: t\nanatomy:\n  scale: 1.3\n", line: 3, column: 10, path: "anatomy.scale",
                         message: "1.3 is out of range (0.8 ≤ scale ≤ 1.25)")
        assertOneProblem("title: t\nanatomy:\n  scale: yes\n", line: 3, column: 10, path: "anatomy.scale",
                         message: "expected a number (0.8 ≤ scale ≤ 1.25), found yes (a yes/no value)")
        let yaml = "title: t\nanatomy:\n  levels:\n    L4-L5:\n      canal_ap_mm: 35\n      canal_ap: 12\n"
        let found = problems(yaml)
        XCTAssertEqual(found.map(\.summary), [
            "test.yaml:5:20: error: anatomy.levels.L4-L5.canal_ap_mm: 35 is out of range (4 ≤ canal_ap_mm ≤ 30)",
            "test.yaml:6:7: error: anatomy.levels.L4-L5.canal_ap: unknown key 'canal_ap' in a level's measurements",
        ])
        XCTAssertEqual(found.last?.suggestion, "canal_ap_mm")
    }

    /// A side's own measurements: only the paired structures, each in its range, located in the file.
    func testSideOverrideProblems() {
        let yaml = "title: t\nanatomy:\n  levels:\n    L5-S1:\n      left:\n        canal_ap_mm: 12\n        ganglion_width_mm: 11\n"
        XCTAssertEqual(problems(yaml).map(\.summary), [
            "test.yaml:6:9: error: anatomy.levels.L5-S1.left.canal_ap_mm: unknown key 'canal_ap_mm' in one side's measurements (canal, interpedicular width and disc height belong to the level)",
            "test.yaml:7:28: error: anatomy.levels.L5-S1.left.ganglion_width_mm: 11 is out of range (2 ≤ ganglion_width_mm ≤ 10)",
        ])
        assertOneProblem("title: t\nanatomy:\n  levels:\n    L5-S1:\n      right: 4\n", line: 5, column: 14, path: "anatomy.levels.L5-S1.right",
                         message: "expected a mapping of this side's own measurements (recess_depth_mm, foramen_height_mm, foramen_width_mm, ganglion_width_mm), found the number 4")
    }

    func testUnknownAndRepeatedLevels() {
        assertOneProblem("title: t\nanatomy:\n  levels:\n    L4-L6: {canal_ap_mm: 12}\n", line: 4, column: 5,
                         path: "anatomy.levels", message: "'L4-L6' is not a disc level", suggestion: "L4-L5")
        assertOneProblem("title: t\nanatomy:\n  levels:\n    L4-L5: {}\n    l4/5: {}\n", line: 5, column: 5,
                         path: "anatomy.levels.l4/5", message: "L4-L5 is given twice (also as 'L4-L5' on line 4)")
    }

    func testRenderProblems() {
        assertOneProblem("title: t\nrender:\n  views: sheet\n", line: 3, column: 10, path: "render.views",
                         message: "expected a list of views such as [sheet], found 'sheet'", suggestion: "[sheet]")
        assertOneProblem("title: t\nrender:\n  views: [sagital]\n", line: 3, column: 11, path: "render.views[0]",
                         message: "'sagital' is not a view", suggestion: "sagittal")
        assertOneProblem("title: t\nrender:\n  views: [sheet, axial:L4-6]\n", line: 3, column: 18,
                         path: "render.views[1]", message: "'axial:L4-6' is not a view", suggestion: "axial:L4-L5")
        assertOneProblem("title: t\nrender:\n  views: [foramen:L5-S1:lefт]\n", line: 3, column: 11,
                         path: "render.views[0]", message: "is not a view", suggestion: "foramen:L5-S1:left")
        assertOneProblem("title: t\nrender:\n  views: []\n", line: 3, column: 10, path: "render.views",
                         message: "the list of views is empty")
        assertOneProblem("title: t\nrender:\n  views: [knee, knee]\n", line: 3, column: 17, path: "render.views[1]",
                         message: "view 'knee' is listed twice")
        assertOneProblem("title: t\nrender:\n  formats: [pnf]\n", line: 3, column: 13, path: "render.formats[0]",
                         message: "'pnf' is not a figure format", suggestion: "png")
        assertOneProblem("title: t\nrender:\n  format: [png]\n", line: 3, column: 3, path: "render.format",
                         message: "unknown key 'format' in render", suggestion: "formats")
    }

    func testDuplicateKeysPointAtTheRepeat() {
        assertOneProblem("title: t\nposture: flexion\ntitle: u\n", line: 3, column: 1, path: "title",
                         message: "duplicate key 'title' (first given on line 1)")
        assertOneProblem("title: t\nlesions:\n  - type: degeneration\n    level: L4-L5\n    pfirrmann: 2\n    level: L5-S1\n",
                         line: 6, column: 5, path: "lesions[0].level", message: "duplicate key 'level' (first given on line 4)")
        assertOneProblem("title: t\nanatomy: {scale: 1, scale: 1.1}\n", line: 2, column: 21, path: "anatomy.scale",
                         message: "duplicate key 'scale'")
        assertOneProblem("title: t\nrender: {views: [sheet], \"views\": [knee]}\n", line: 2, column: 26,
                         path: "render.views", message: "duplicate key 'views' (first given on line 2)")
        // Inside a value nobody checks, the path is unknown but the place is not.
        let unchecked = problems("title: t\nnotes: {a: 1, a: 2}\n")
        XCTAssertEqual(unchecked.map(\.summary), [
            "test.yaml:2:1: error: notes: unknown key 'notes' in a scenario",
            "test.yaml:2:15: error: duplicate key 'a' (first given on line 2)",
        ])
        // Same text, different YAML types: Yams sees two keys, the format sees one.
        let typed = problems("title: t\n1: a\n\"1\": b\n")
        XCTAssertEqual(typed.map(\.summary), [
            "test.yaml:2:1: error: 1: unknown key '1' in a scenario",
            "test.yaml:3:1: error: 1: duplicate key '1' (first given on line 2)",
        ])
    }

    func testRepeatedKeysDoNotHideOtherProblems() {
        let yaml = """
        title: t
        lesions:
          - type: herniation
            level: L4-L5
            zone: central
            size_mm: 30
            zone: central
            size_mm: 3
            zone: foraminal
        posture: sideways
        """
        XCTAssertEqual(problems(yaml).map(\.summary), [
            "test.yaml:6:14: error: lesions[0].size_mm: 30 is out of range (0 < size_mm ≤ 20)",
            "test.yaml:7:5: error: lesions[0].zone: duplicate key 'zone' (first given on line 5)",
            "test.yaml:8:5: error: lesions[0].size_mm: duplicate key 'size_mm' (first given on line 6)",
            "test.yaml:9:5: error: lesions[0].zone: duplicate key 'zone' (first given on line 5)",
            "test.yaml:10:10: error: posture: 'sideways' is not a posture",
        ])
    }

    func testRepeatedKeyThatCannotBeFoundStopsAtTheFirst() {
        // The repeat sits at another column; Yams's own position (the first occurrence) is all there is.
        assertOneProblem("title: t\nrender: {views: [sheet],\n      views: [knee]}\n", line: 2, column: 10, path: "",
                         message: "duplicate key 'views': a key may appear only once in a mapping")
        var yaml = "title: t\n"
        for i in 0...YAMLStage.maximumRepeatedKeys { yaml += "k\(i): 1\nk\(i): 2\n" }
        let found = problems(yaml)
        XCTAssertEqual(found.filter { $0.message.hasPrefix("duplicate key") }.count, YAMLStage.maximumRepeatedKeys + 1)
        XCTAssertEqual(found.filter { $0.message.hasSuffix("a key may appear only once in a mapping") }.count, 1,
                       "after \(YAMLStage.maximumRepeatedKeys) repeats the loader stops at the next")
    }

    func testComplexAndMergeKeysAreRefused() {
        assertOneProblem("title: t\n? [a, b]\n: c\n", line: 2, column: 3, path: "",
                         message: "a key must be a plain name, found a list")
        let merged = problems("title: t\nbase: &b {posture: flexion}\n<<: *b\n")
        XCTAssertEqual(merged.map(\.summary), [
            "test.yaml:2:1: error: base: unknown key 'base' in a scenario",
            "test.yaml:3:1: error: <<: unknown key '<<' in a scenario",
        ])
    }
}
