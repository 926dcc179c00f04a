import XCTest
import Diagram
@testable import CairoRender

/// Thumbnails are the drawn pixels scaled down, not a second drawing.
final class ThumbnailTests: XCTestCase {
    /// A 1000 × 600 page: black on the left half, white on the right, with a red bar 2 px high across it.
    func page() -> Scene {
        let black = Color(red: 0, green: 0, blue: 0)
        let red = Color(red: 1, green: 0, blue: 0)
        return Scene(width: 1000, height: 600, background: Color(red: 1, green: 1, blue: 1), nodes: [
            .path(PathNode(id: "left", path: .rectangle(Rect(x: 0, y: 0, width: 500, height: 600)), fill: .color(black))),
            .path(PathNode(id: "bar", path: .rectangle(Rect(x: 0, y: 299, width: 1000, height: 2)), fill: .color(red))),
        ])
    }

    func testAThumbnailKeepsTheProportionsAndAveragesWhatItShrinks() throws {
        let raster = try CairoRenderer().draw(page())
        let small = try raster.thumbnail(width: 100)
        XCTAssertEqual(small.width, 100)
        XCTAssertEqual(small.height, 60)
        let p = small.pixels()
        XCTAssertLessThan(Int(p[20, 10].red), 10, "the black half stays black")
        XCTAssertGreaterThan(Int(p[80, 10].green), 245, "the white half stays white")
        // The 2 px bar is a fifth of a 10 px thumbnail row: averaged into a faint red line, not dropped
        // (a sampling filter that skips pixels would miss it) and not kept at full strength.
        let bar = p[80, 30]
        XCTAssertEqual(Int(bar.red), 255, accuracy: 3)
        XCTAssertLessThan(Int(bar.green), 240, "the bar is averaged in: \(bar)")
        XCTAssertGreaterThan(Int(bar.green), 120, "the bar is averaged, not kept whole: \(bar)")
    }

    func testAThumbnailNoWiderThanItsFigureIsAFullSizeCopy() throws {
        let raster = try CairoRenderer().draw(page())
        let same = try raster.thumbnail(width: 4000)
        XCTAssertEqual(same.width, 1000)
        XCTAssertEqual(same.height, 600)
        XCTAssertEqual(same.pixels().bytes, raster.pixels().bytes)
    }
}
