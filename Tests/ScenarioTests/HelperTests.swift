import XCTest
@testable import Scenario

/// The small pieces: edit distance, number syntax, UTF-8 checking, line and column counting.
final class HelperTests: XCTestCase {
    func testDamerauLevenshteinDistance() {
        XCTAssertEqual(Suggestions.distance("size_mm", "size_mm"), 0)
        XCTAssertEqual(Suggestions.distance("SIZE_MM", "size_mm"), 0, "case-insensitive")
        XCTAssertEqual(Suggestions.distance("sise_mm", "size_mm"), 1, "substitution")
        XCTAssertEqual(Suggestions.distance("szie_mm", "size_mm"), 1, "transposition")
        XCTAssertEqual(Suggestions.distance("sizemm", "size_mm"), 1, "insertion")
        XCTAssertEqual(Suggestions.distance("", "abc"), 3)
        XCTAssertEqual(Suggestions.distance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestions.distance("ca", "abc"), 3, "optimal string alignment edits a substring once")
    }

    func testNearestSuggestsOnlyCloseSpellings() {
        let keys = ["zone", "side", "morphology", "size_mm", "migration"]
        XCTAssertEqual(Suggestions.nearest(to: "morpholgy", among: keys), "morphology")
        XCTAssertEqual(Suggestions.nearest(to: "size", among: keys), "side", "distance 1 beats a prefix")
        XCTAssertEqual(Suggestions.nearest(to: "migr", among: keys), "migration", "prefix of at least 3")
        XCTAssertEqual(Suggestions.nearest(to: "Zone", among: keys), "zone")
        XCTAssertNil(Suggestions.nearest(to: "colour", among: keys))
        XCTAssertEqual(Suggestions.nearest(to: "flexed", among: ["neutral", "flexion", "extension"]), "flexion")
        XCTAssertNil(Suggestions.nearest(to: "foreign", among: ["foraminal"]), "a shared start of 3 is not enough")
        XCTAssertNil(Suggestions.nearest(to: "xy", among: keys))
        XCTAssertNil(Suggestions.nearest(to: "", among: keys))
        XCTAssertNil(Suggestions.nearest(to: String(repeating: "z", count: 65), among: keys))
    }

    func testNumberSyntax() {
        for text in ["0", "7", "-3", "+2", "7.", ".5", "7.25", "1e3", "1E-3", "2.5e+2", "010", "1e400"] {
            XCTAssertTrue(NumberSyntax.isDecimal(text), text)
        }
        for text in ["", ".", "-", "+.", "e3", "1e", "1e+", "0x10", "1_000", "1:30", ".inf", "nan", "7mm", " 7", "1.2.3", "１"] {
            XCTAssertFalse(NumberSyntax.isDecimal(text), text)
            XCTAssertNil(NumberSyntax.parse(text), text)
        }
        XCTAssertEqual(NumberSyntax.parse("1e400"), .infinity)
        XCTAssertEqual(NumberSyntax.parse("7."), 7)
        XCTAssertTrue(NumberSyntax.isInteger("-12"))
        XCTAssertFalse(NumberSyntax.isInteger("12.0"))
        XCTAssertFalse(NumberSyntax.isInteger("+"))
        XCTAssertEqual(NumberSyntax.leadingNumber("7mm"), "7")
        XCTAssertEqual(NumberSyntax.leadingNumber("7.5 mm"), "7.5")
        XCTAssertEqual(NumberSyntax.leadingNumber("30%"), "30")
        XCTAssertNil(NumberSyntax.leadingNumber("1.2.3"))
        XCTAssertNil(NumberSyntax.leadingNumber("7"))
        XCTAssertNil(NumberSyntax.leadingNumber("mm"))
    }

    func testBoundsDescriptions() {
        XCTAssertEqual(Bounds("size_mm", above: 0, upTo: 20).description, "0 < size_mm ≤ 20")
        XCTAssertEqual(Bounds("scale", 0.8...1.25).description, "0.8 ≤ scale ≤ 1.25")
        XCTAssertFalse(Bounds("x", 0...1).contains(.nan))
        XCTAssertFalse(Bounds("x", above: 0, upTo: 1).contains(0))
        XCTAssertTrue(Bounds("x", above: 0, upTo: 1).contains(1))
    }

    func testUTF8Check() {
        XCTAssertNil(UTF8Check.firstInvalidOffset(in: Array("aé€😀".utf8)))
        XCTAssertEqual(UTF8Check.firstInvalidOffset(in: [0x61, 0x80]), 1, "lone continuation byte")
        XCTAssertEqual(UTF8Check.firstInvalidOffset(in: [0xF4, 0x90, 0x80, 0x80]), 0, "above U+10FFFF")
        XCTAssertEqual(UTF8Check.firstInvalidOffset(in: [0xE0, 0x80, 0x80]), 0, "overlong")
        XCTAssertEqual(UTF8Check.firstInvalidOffset(in: [0x61, 0x62, 0xF0, 0x9F]), 2, "truncated at the end")
        XCTAssertEqual(UTF8Check.firstInvalidOffset(in: [0xFE]), 0)
    }

    func testLineAndColumnCountingMatchesLibyaml() {
        let source = SourceText("ab\r\ncd\re\u{85}f\u{2028}gé\nh")
        XCTAssertEqual(source.location(utf8Offset: 0).line, 1)
        XCTAssertTrue(source.location(utf8Offset: 4) == (2, 1))
        XCTAssertTrue(source.location(utf8Offset: 7) == (3, 1))
        XCTAssertEqual(source.line(5).map { String($0) }, "gé")
        XCTAssertTrue(source.location(characterOffset: 13) == (6, 1))
        XCTAssertNil(source.line(7))
        XCTAssertTrue(source.location(utf8Offset: 10_000) == (6, 2), "clamped to the end")
    }

    func testViewSuggestions() {
        XCTAssertEqual(ScenarioDecoder.suggestView(for: "sagital"), "sagittal")
        XCTAssertEqual(ScenarioDecoder.suggestView(for: "axial:L4L5"), "axial:L4-L5")
        XCTAssertEqual(ScenarioDecoder.suggestView(for: "foramen:L5-S1:rigth"), "foramen:L5-S1:right")
        XCTAssertNil(ScenarioDecoder.suggestView(for: "panorama"))
        XCTAssertNil(ScenarioDecoder.suggestView(for: "axial:L4-L5:left"))
    }
}
