import XCTest
import Diagram
@testable import CairoRender

final class CairoTextMeasurerTests: XCTestCase {
    func testMetricsScaleWithSizeAndBoldIsWider() throws {
        let measurer = try CairoTextMeasurer()
        let small = measurer.metrics(of: "Left L5 root", font: Font(size: 10))
        let large = measurer.metrics(of: "Left L5 root", font: Font(size: 20))
        XCTAssertEqual(large.width, 2 * small.width, accuracy: 0.5)
        XCTAssertEqual(small.ascent, 9.28, accuracy: 0.3, "DejaVu Sans ascent is 0.928 em")
        XCTAssertGreaterThan(measurer.metrics(of: "Left L5 root", font: Font(size: 10, weight: .bold)).width, small.width)
        XCTAssertEqual(measurer.metrics(of: "", font: Font(size: 10)).width, 0)
    }

    func testTheFontIsDejaVuSans() throws {
        // DejaVu Sans advances: "M" 1767/2048 em, bold "M" 2038/2048 em (another family would differ).
        let measurer = try CairoTextMeasurer()
        XCTAssertEqual(measurer.metrics(of: "MMMM", font: Font(size: 100)).width, 4 * 100 * 1767 / 2048, accuracy: 0.5)
        XCTAssertEqual(measurer.metrics(of: "MMMM", font: Font(size: 100, weight: .bold)).width, 4 * 100 * 2038 / 2048, accuracy: 0.5)
    }

    func testApproximationIsClose() throws {
        let measurer = try CairoTextMeasurer()
        let approximate = ApproximateTextMeasurer()
        for text in ["L4–L5 intervertebral disc", "ligamentum flavum", "Left L5 root (compressed, grade 3)"] {
            let exact = measurer.metrics(of: text, font: Font(size: 18)).width
            XCTAssertEqual(approximate.metrics(of: text, font: Font(size: 18)).width / exact, 1, accuracy: 0.12, text)
        }
    }

    func testWrapFollowsPango() throws {
        let measurer = try CairoTextMeasurer()
        let lines = measurer.wrap("posterolateral herniation compressing the traversing root", font: Font(size: 12), maxWidth: 120)
        XCTAssertGreaterThan(lines.count, 1)
        XCTAssertEqual(lines.joined(separator: " "), "posterolateral herniation compressing the traversing root")
        for line in lines { XCTAssertLessThanOrEqual(measurer.metrics(of: line, font: Font(size: 12)).width, 120.5) }
        XCTAssertEqual(measurer.wrap("a\nb", font: Font(size: 12), maxWidth: nil), ["a", "b"])
    }

    /// Lines break at spaces only, never after the dash of a level range or a code ("L4–" / "L5", "MSU 2-" / "B"):
    /// as `TextMeasurer.wrap` promises. Pango alone breaks after a hyphen or an en dash.
    func testLinesBreakAtSpacesNotAfterADash() throws {
        let measurer = try CairoTextMeasurer()
        let font = Font(size: 20)
        for width in stride(from: 120.0, through: 320, by: 10) {
            for text in ["A: axial section, L4–L5", "7 mm extrusion (MSU 2-B), medial"] {
                let lines = measurer.wrap(text, font: font, maxWidth: width)
                XCTAssertEqual(lines.joined(separator: " "), text, "\(width): \(lines)")
                for line in lines {
                    XCTAssertFalse(line.hasSuffix("–") || line.hasSuffix("-"), "\(width): \(lines)")
                    XCTAssertFalse(line.contains("\u{2060}"), "no joiner leaks into the lines")
                }
            }
        }
        // What is measured is what is drawn: the joiner adds no width.
        XCTAssertEqual(measurer.block("L4–L5", font: font, maxWidth: 400).width, measurer.metrics(of: "L4–L5", font: font).width, accuracy: 0.01)
    }
}
