import XCTest
@testable import Scenario

/// How problems are printed, ordered and counted.
final class DiagnosticFormatTests: XCTestCase {
    func testDescriptionLikeACompiler() {
        let yaml = lesionYAML("type: herniation\nlevel: L4-L5\nzone: central\nsize_mm: 42")
        let found = problems(yaml)
        XCTAssertEqual(found.first?.description, """
            test.yaml:6:14: error: lesions[0].size_mm: 42 is out of range (0 < size_mm ≤ 20)
                size_mm: 42
                         ^
            """)
    }

    func testAllowedAndSuggestionLines() {
        let found = problems("title: t\nposture: flex\n")
        XCTAssertEqual(found.first?.description, """
            test.yaml:2:10: error: posture: 'flex' is not a posture
            posture: flex
                     ^
              allowed: neutral, flexion, extension
              did you mean 'flexion'?
            """)
    }

    func testCaretKeepsTabsSoItLinesUp() {
        let found = problems("title:\t[a]\n")
        XCTAssertEqual(found.first?.column, 8)
        XCTAssertEqual(found.first?.description.split(separator: "\n").last, "      \t^")
    }

    func testLongLinesAreCutAroundTheColumn() throws {
        let padding = String(repeating: "x", count: 5000)
        let found = problems("title: t\nposture: [\(padding), flex]\n")
        let d = try XCTUnwrap(found.first)
        XCTAssertEqual(d.column, 10)
        let line = try XCTUnwrap(d.sourceLine)
        XCTAssertLessThanOrEqual(line.count, SourceText.excerptWidth + 2)
        XCTAssertTrue(line.hasSuffix("…"))
        // An error far along the line: the window moves there and the caret still points at the value.
        let far = problems("title: t\nrender: {views: [\(padding)]}\n")
        let e = try XCTUnwrap(far.first)
        XCTAssertEqual(e.column, 18)
        let excerpt = SourceText("a: [" + padding + ", zz]").excerpt(line: 1, column: 5007)
        let (text, caret) = try XCTUnwrap(excerpt)
        XCTAssertTrue(text.hasPrefix("…"))
        XCTAssertEqual(String(Array(text.unicodeScalars)[caret]), "z")
    }

    func testColumnsCountUnicodeScalarsAndLineBreaksAsLibyamlDoes() {
        let found = problems("title: t\r\nrender: {views: [é😀, sagital]}\r\n")
        XCTAssertEqual(found.map { "\($0.line):\($0.column)" }, ["2:18", "2:22"])
        XCTAssertEqual(found.last?.sourceLine, "render: {views: [é😀, sagital]}")
        XCTAssertEqual(found.last?.description.split(separator: "\n")[2], "                     ^")
        let nel = problems("title: t\u{85}posture: flex\n")
        XCTAssertEqual(nel.map { "\($0.line):\($0.column)" }, ["2:10"])
    }

    func testControlCharactersAreNotEchoed() throws {
        let found = problems("title: t\n\"\\e[31mred\\u202E\": 1\n")
        let d = try XCTUnwrap(found.first)
        XCTAssertFalse(d.description.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
        XCTAssertTrue(d.message.contains("unknown key '\u{FFFD}[31mred\u{FFFD}'"), d.message)
        let long = String(repeating: "k", count: 200_000)
        let longKey = problems("title: t\n? \(long)\n: 1\n")
        XCTAssertLessThan(longKey.first?.message.count ?? .max, 100)
        XCTAssertNil(longKey.first?.suggestion)
    }

    func testEveryProblemIsReportedInLineOrder() {
        let yaml = """
        title: ""
        atlas: lee
        lesions:
          - type: herniation
            level: L4-L6
            zone: subarticular
            size_mm: 42
            migration: {direction: up, mm: 3}
          - type: stenosis
            level: L5-S1
            kind: central
            canal_ap_mm: 30
            grade: Z
        render: {views: [sheet], formats: [gif]}
        colour: red
        """
        let found = problems(yaml)
        XCTAssertEqual(found.map { "\($0.line):\($0.column) \($0.path)" }, [
            "1:8 title",
            "2:8 atlas",
            "4:5 lesions[0]",                    // side missing
            "5:12 lesions[0].level",
            "7:14 lesions[0].size_mm",
            "8:5 lesions[0].migration",           // not an extrusion
            "8:28 lesions[0].migration.direction",
            "12:18 lesions[1].canal_ap_mm",
            "13:5 lesions[1].grade",              // two severities
            "13:12 lesions[1].grade",             // and not a Schizas grade
            "14:36 render.formats[0]",
            "15:1 colour",
        ])
        let error = ScenarioError.invalid(file: "test.yaml", diagnostics: found)
        XCTAssertEqual(error.exitCode, .invalidInput)
        XCTAssertEqual(error.description.components(separatedBy: ": error: ").count, found.count + 1)
    }

    func testTooManyProblemsEndsWithANote() {
        let yaml = "title: t\n" + (0..<300).map { "unknown\($0): 1\n" }.joined()
        let found = problems(yaml)
        XCTAssertEqual(found.count, ScenarioLoader.maximumDiagnostics + 1)
        XCTAssertEqual(found.last?.message, "too many problems; only the first 100 are shown")
        XCTAssertEqual(found.first?.line, 2)
    }

    func testUnreadableErrorFormat() {
        let error = ScenarioError.unreadable(path: "x.yaml", reason: "No such file or directory")
        XCTAssertEqual(error.exitCode, .failure)
        XCTAssertEqual(error.description, "x.yaml: error: cannot read the file: No such file or directory")
        XCTAssertEqual(error.diagnostics, [])
    }
}
