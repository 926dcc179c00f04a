import XCTest
@testable import Scenario

/// Title and description escapes found by fuzzing: `"\e[31m"`, `"\a"` and `"\0"` were accepted and the text
/// report printed them to the terminal as is.
final class PrintableTextTests: XCTestCase {
    func testATitleWithAControlCharacterIsRefusedAtItsPlace() {
        let d = assertOneProblem("title: \"red \\e[31malert\\a\"\nlesions: []\n", line: 1, column: 8, path: "title",
                                 message: "the title holds a control character (U+001B)", suggestion: "red [31malert")
        XCTAssertEqual(d?.allowed, "one line of printable text")
        assertOneProblem("title: \"a\\0b\"\nlesions: []\n", line: 1, column: 8, path: "title",
                         message: "control character (U+0000)", suggestion: "a b")
    }

    func testATitleIsOneLine() {
        // Accepted before, so kept working: its line breaks and tabs become single spaces.
        XCTAssertEqual(parseValid("title: \"first\\nsecond\\tthird\"\nlesions: []\n")?.title, "first second third")
        XCTAssertEqual(parseValid("title: |\n  first\n  second\nlesions: []\n")?.title, "first second")
        assertOneProblem("title: \"a\\u2028b\"\nlesions: []\n", line: 1, column: 8, path: "title",
                         message: "the title holds a line separator (U+2028)", suggestion: "a b")
    }

    func testADescriptionMayHoldLineBreaksAndTabsButNoOtherControls() {
        let ok = parseValid("title: t\ndescription: |\n  one\n  \ttwo\nlesions: []\n")
        XCTAssertEqual(ok?.description, "one\n\ttwo")
        assertOneProblem("title: t\ndescription: \"clear \\e[2J screen\"\nlesions: []\n", line: 2, column: 14,
                         path: "description", message: "the description holds a control character (U+001B)",
                         suggestion: "clear [2J screen")
    }

    func testOrdinaryUnicodeStaysValid() {
        XCTAssertEqual(parseValid("title: \"L4–L5 ⟂ café 😀 مرحبا\"\nlesions: []\n")?.title, "L4–L5 ⟂ café 😀 مرحبا")
        XCTAssertEqual(parseValid("title: >\n  folded\n  title\nlesions: []\n")?.title, "folded title")
    }
}
