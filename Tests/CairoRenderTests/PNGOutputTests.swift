import XCTest
import Diagram
@testable import CairoRender

final class PNGOutputTests: XCTestCase {
    func testPNGHasSignatureAndSize() throws {
        let png = try CairoRenderer().renderPNGData(TestScenes.basic())
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let image = try PNGDecoder.decode(png)
        XCTAssertEqual(image.width, 240)
        XCTAssertEqual(image.height, 160)
        XCTAssertEqual(Array(png[12..<16]), Array("IHDR".utf8))
        XCTAssertEqual(png[25], 2, "an opaque figure is written as RGB")
    }

    func testScaleMultipliesThePixelSize() throws {
        let png = try CairoRenderer(options: RenderOptions(scale: 2)).renderPNGData(TestScenes.basic())
        let image = try PNGDecoder.decode(png)
        XCTAssertEqual(image.width, 480)
        XCTAssertEqual(image.height, 320)
        XCTAssertEqual(image[100, 100], RGBA8(red: 0xD0, green: 0x30, blue: 0x20))
    }

    func testFilledShapesAndBackgroundAreWhereTheSceneSays() throws {
        let image = try PNGDecoder.decode(try CairoRenderer().renderPNGData(TestScenes.basic()))
        XCTAssertEqual(image[50, 50], RGBA8(red: 0xD0, green: 0x30, blue: 0x20), "inside the red square")
        XCTAssertEqual(image[150, 50], RGBA8(red: 0x20, green: 0x50, blue: 0xC0), "inside the blue disc")
        XCTAssertEqual(image[5, 5], RGBA8(red: 0xFA, green: 0xF7, blue: 0xF0), "background")
        XCTAssertEqual(image[100, 50], RGBA8(red: 0xFA, green: 0xF7, blue: 0xF0), "between the shapes")
        XCTAssertEqual(image[150, 20], RGBA8(red: 0, green: 0, blue: 0), "on the disc's outline (y 19…21)")
    }

    func testHatchHasBothLineAndBackgroundPixels() throws {
        let image = try PNGDecoder.decode(try CairoRenderer().renderPNGData(TestScenes.basic()))
        var dark = 0, light = 0
        for y in 25..<75 {
            for x in 195..<225 {
                let p = image[x, y]
                if p.red < 80 { dark += 1 } else if p.red > 200 { light += 1 }
            }
        }
        XCTAssertGreaterThan(dark, 100)
        XCTAssertGreaterThan(light, 300)
    }

    func testHatchLinesAreUnbrokenAtFractionalSpacingAndScale() throws {
        // Horizontal lines 1.5 pt wide every 7.5 pt, the first centred at y = 3.75 pt: at 3 px per point
        // the line covers y 9…13.5 px, and tile edges fall every 22.5 px along it.
        let hatch = Hatch(color: .black, background: .white, spacing: 7.5, lineWidth: 1.5, angleDegrees: 0)
        let scene = Scene(width: 100, height: 20, nodes: [
            .path(PathNode(id: "h", path: .rectangle(Rect(x: 0, y: 0, width: 100, height: 20)), fill: Fill(.hatch(hatch)))),
        ])
        let image = try CairoRenderer(options: RenderOptions(scale: 3)).rasterize(scene)
        for x in 0..<image.width {
            XCTAssertEqual(image[x, 11], RGBA8(red: 0, green: 0, blue: 0), "x = \(x)")
            XCTAssertEqual(image[x, 17], RGBA8(red: 255, green: 255, blue: 255), "x = \(x)")
        }
    }

    func testTextPaintsInsideItsMeasuredBox() throws {
        let scene = TestScenes.basic()
        guard case .text(let label)? = scene.node(withID: "label") else { return XCTFail("no label") }
        let frame = try CairoTextMeasurer().frame(of: label)
        let image = try PNGDecoder.decode(try CairoRenderer().renderPNGData(scene))
        var inked = 0
        for y in Int(frame.minY)..<Int(frame.maxY.rounded(.up)) {
            for x in Int(frame.minX)..<Int(frame.maxX.rounded(.up)) where image[x, y].red < 100 { inked += 1 }
        }
        XCTAssertGreaterThan(inked, 40, "the label's letters are drawn")
        // Nothing just right of the measured box.
        for y in Int(frame.minY)..<Int(frame.maxY) {
            XCTAssertEqual(image[Int(frame.maxX) + 3, y], RGBA8(red: 0xFA, green: 0xF7, blue: 0xF0))
        }
    }

    func testTransparentBackgroundGivesRGBAWithStraightAlpha() throws {
        let png = try CairoRenderer().renderPNGData(TestScenes.basic(background: .clear))
        XCTAssertEqual(png[25], 6, "colour type RGBA")
        let image = try PNGDecoder.decode(png)
        XCTAssertEqual(image[5, 5].alpha, 0)
        XCTAssertEqual(image[50, 50], RGBA8(red: 0xD0, green: 0x30, blue: 0x20))
        let blob = image[180, 105]
        XCTAssertEqual(Int(blob.alpha), 128, accuracy: 2, "half-transparent fill")
        XCTAssertEqual(Int(blob.red), 0xD0, accuracy: 2, "un-premultiplied")
    }

    func testOurPNGDecodesToTheSamePixelsAsCairosWriter() throws {
        let renderer = CairoRenderer()
        for scene in [TestScenes.everything(), TestScenes.basic(background: .clear)] {
            let raster = try renderer.draw(scene)
            let reference = try PNGDecoder.decode(try raster.cairoPNGData())
            XCTAssertEqual(try PNGDecoder.decode(try raster.pngData()), raster.pixels())
            for filter in PNGCompression.Filter.allCases {
                for level in 0...3 {
                    let ours = try PNGDecoder.decode(try raster.pngData(compression: PNGCompression(level: level, filter: filter)))
                    XCTAssertEqual(ours, reference, "level \(level) filter \(filter)")
                }
            }
        }
    }

    func testCRCMatchesTheKnownValueForIEND() {
        let crc = Array("IEND".utf8).withUnsafeBytes { CRC32.update(0, $0) }
        XCTAssertEqual(crc, 0xAE42_6082)
        let split = Array("IE".utf8).withUnsafeBytes { first in
            Array("ND".utf8).withUnsafeBytes { CRC32.update(CRC32.update(0, first), $0) }
        }
        XCTAssertEqual(split, 0xAE42_6082, "CRC continues across calls")
    }

    func testLargeImagesSpanSeveralBandsAndChunks() throws {
        // Noise-like content so the stream exceeds one IDAT chunk.
        var nodes: [Node] = []
        var rng = UInt64(12345)
        for i in 0..<3000 {
            rng = rng &* 6364136223846793005 &+ 1442695040888963407
            let x = Double(rng >> 40 % 1200), y = Double((rng >> 20) % 900)
            nodes.append(.path(PathNode(id: "n\(i)", path: .circle(center: Point(x: x, y: y), radius: 3 + Double(rng % 7)), fill: .color(Color(hex: UInt32(truncatingIfNeeded: rng))))))
        }
        let scene = Scene(width: 1200, height: 900, nodes: nodes)
        let raster = try CairoRenderer().draw(scene)
        let png = try raster.pngData(compression: PNGCompression(level: 0, filter: .none))
        XCTAssertEqual(try PNGDecoder.decode(png), try PNGDecoder.decode(try raster.cairoPNGData()))
    }
}
