import XCTest
import Diagram
@testable import CairoRender

/// Clipped groups and soft edges: drawn where the clip allows, and, in the vector formats, with the clip
/// path written once rather than once per child.
final class ClipTests: XCTestCase {
    let red = Color(red: 0xD0 / 255, green: 0x30 / 255, blue: 0x20 / 255)

    /// A disc of radius 60 at (120, 80) clipping twelve overlapping red bars that cover the page.
    func clippedBars() -> Scene {
        let bars: [Node] = (0..<12).map { i in
            .path(PathNode(id: "bar.\(i)", path: .rectangle(Rect(x: 0, y: Double(i) * 14, width: 240, height: 16)), fill: .color(red)))
        }
        return Scene(width: 240, height: 160, background: .white, nodes: [
            .group(GroupNode(id: "clipped", children: bars, clip: .circle(center: Point(x: 120, y: 80), radius: 60))),
        ])
    }

    func testClippedGroupPaintsInsideTheClipOnly() throws {
        let image = try CairoRenderer().rasterize(clippedBars())
        XCTAssertEqual(image[120, 80], RGBA8(red: 0xD0, green: 0x30, blue: 0x20), "centre of the clip")
        XCTAssertEqual(image[120, 25], RGBA8(red: 0xD0, green: 0x30, blue: 0x20), "just inside the top of the disc")
        XCTAssertEqual(image[10, 10], RGBA8(red: 255, green: 255, blue: 255), "outside the disc")
        XCTAssertEqual(image[120, 15], RGBA8(red: 255, green: 255, blue: 255), "just above the disc")
        XCTAssertEqual(image[185, 80], RGBA8(red: 255, green: 255, blue: 255), "just right of the disc")
    }

    func testSVGWritesTheClipPathOnceForManyChildren() throws {
        let svg = String(decoding: try CairoRenderer().data(for: clippedBars(), as: .svg), as: UTF8.self)
        // The disc is an arc, which Cairo writes as four curves; its lowest one, once rather than per bar.
        let discs = svg.components(separatedBy: "C 180 113.136719 153.136719 140 120 140").count - 1
        XCTAssertEqual(discs, 1, "the clip disc should be written once")
        XCTAssertLessThanOrEqual(svg.components(separatedBy: "<clipPath").count - 1, 1, "at most the group's box")
    }

    func testSoftEdgeFadesOutsideTheShapeOnly() throws {
        let box = Rect(x: 80, y: 40, width: 80, height: 80)
        let scene = Scene(width: 240, height: 160, background: .white, nodes: [
            .path(PathNode(id: "soft", path: .rectangle(box), fill: .color(red), softEdge: 12)),
        ])
        let image = try CairoRenderer().rasterize(scene)
        XCTAssertEqual(image[120, 80], RGBA8(red: 0xD0, green: 0x30, blue: 0x20), "inside: the fill, not darkened by the edge")
        XCTAssertEqual(image[82, 80], RGBA8(red: 0xD0, green: 0x30, blue: 0x20), "just inside the left side")
        let near = image[76, 80], far = image[70, 80]
        XCTAssertLessThan(near.green, 250, "the edge tints the page just outside")
        XCTAssertGreaterThan(far.green, near.green, "and fades with distance")
        XCTAssertEqual(image[40, 80], RGBA8(red: 255, green: 255, blue: 255), "beyond the edge")
    }
}
