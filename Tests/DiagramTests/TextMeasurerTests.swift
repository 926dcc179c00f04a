import XCTest
@testable import Diagram

final class TextMeasurerTests: XCTestCase {
    let measurer = ApproximateTextMeasurer()
    let font = Font(size: 10)

    func testWrapKeepsLinesWithinTheWidth() {
        let text = "Hypertrophied ligamentum flavum narrowing the lateral recess"
        let lines = measurer.wrap(text, font: font, maxWidth: 120)
        XCTAssertGreaterThan(lines.count, 1)
        XCTAssertEqual(lines.joined(separator: " "), text)
        for line in lines { XCTAssertLessThanOrEqual(measurer.metrics(of: line, font: font).width, 120) }
    }

    func testLongWordOverflowsOnItsOwnLine() {
        XCTAssertEqual(measurer.wrap("a spondylolisthesis b", font: font, maxWidth: 20), ["a", "spondylolisthesis", "b"])
    }

    func testNewlinesAndEmptyStrings() {
        XCTAssertEqual(measurer.wrap("one\n\ntwo", font: font, maxWidth: nil), ["one", "", "two"])
        XCTAssertEqual(measurer.wrap("", font: font, maxWidth: 50), [""])
        XCTAssertEqual(measurer.block("", font: font).height, measurer.metrics(of: "", font: font).height)
    }

    func testFrameFollowsAnchorAndBaseline() {
        let block = measurer.block("L4–L5", font: font)
        let node = TextNode(id: "t", string: "L4–L5", position: Point(x: 100, y: 50), anchor: .end, baseline: .alphabetic, font: font)
        let frame = measurer.frame(of: node)
        XCTAssertEqual(frame.maxX, 100, accuracy: 1e-9)
        XCTAssertEqual(frame.minY, 50 - block.ascent, accuracy: 1e-9)
        var middle = node
        middle.anchor = .middle
        middle.baseline = .middle
        XCTAssertEqual(measurer.frame(of: middle).center.x, 100, accuracy: 1e-9)
        XCTAssertEqual(measurer.frame(of: middle).center.y, 50, accuracy: 1e-9)
    }

    func testBoldIsWider() {
        XCTAssertGreaterThan(measurer.metrics(of: "root", font: font.bold).width, measurer.metrics(of: "root", font: font).width)
    }
}
