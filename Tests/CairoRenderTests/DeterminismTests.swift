import XCTest
import Diagram
@testable import CairoRender

final class DeterminismTests: XCTestCase {
    /// Renders the same scene with a fresh renderer and twice with another: all three must match.
    func assertDeterministic(_ format: OutputFormat, file: StaticString = #filePath, line: UInt = #line) throws {
        let first = try CairoRenderer().data(for: TestScenes.everything(), as: format)
        let renderer = CairoRenderer()
        let second = try renderer.data(for: TestScenes.everything(), as: format)
        let third = try renderer.data(for: TestScenes.everything(), as: format)
        XCTAssertEqual(first, second, "\(format) differs between renderers", file: file, line: line)
        XCTAssertEqual(second, third, "\(format) differs within one renderer", file: file, line: line)
        XCTAssertGreaterThan(first.count, 100, file: file, line: line)
    }

    func testPNGIsByteIdenticalRunToRun() throws { try assertDeterministic(.png) }
    func testSVGIsByteIdenticalRunToRun() throws { try assertDeterministic(.svg) }
    func testPDFIsByteIdenticalRunToRun() throws { try assertDeterministic(.pdf) }

    /// A renderer reuses its pixels from one PNG to the next: what an earlier, larger and opaque figure
    /// left there must not show through a later figure's translucent background, nor change its size.
    func testAReusedRendererDrawsAPNGAsAFreshOneDoes() throws {
        let translucent = TestScenes.basic(background: TestScenes.red.withAlpha(0.25))
        let big = Scene(width: 480, height: 320, background: TestScenes.blue, nodes: TestScenes.everything().nodes, title: "big")
        let renderer = CairoRenderer()
        _ = try renderer.data(for: big, as: .png)
        let reused = try renderer.data(for: translucent, as: .png)
        XCTAssertEqual(reused, try CairoRenderer().data(for: translucent, as: .png))
        let image = try PNGDecoder.decode(reused)
        XCTAssertEqual(image.width, 240)
        XCTAssertEqual(image.height, 160)
        // A larger figure after a smaller one gets a larger buffer.
        XCTAssertEqual(try renderer.data(for: big, as: .png), try CairoRenderer().data(for: big, as: .png))
    }

    func testPDFCarriesThePinnedCreationDate() throws {
        let pdf = try CairoRenderer(options: RenderOptions(pdfCreationDate: "2001-02-03T04:05:06Z")).data(for: TestScenes.basic(), as: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("%PDF-"))
        // Cairo 1.16 writes the date without PDF's "D:" prefix.
        XCTAssertTrue(text.contains("/CreationDate (20010203040506"), "pinned creation date")
        XCTAssertFalse(text.contains("/ModDate"))
    }

    func testSurfaceIDsAreRenumberedInOrder() {
        let svg = Array(##"<g id="surface7"><use xlink:href="#surface7"/><g id="surface3"/><use xlink:href="#surface3"/> surface9"##.utf8)
        let expected = ##"<g id="surface1"><use xlink:href="#surface1"/><g id="surface2"/><use xlink:href="#surface2"/> surface9"##
        XCTAssertEqual(String(decoding: SVGNormalizer.renumberSurfaceIDs(svg), as: UTF8.self), expected)
    }

    func testSVGIsAnSVGDocumentInUserUnits() throws {
        let svg = String(decoding: try CairoRenderer().data(for: TestScenes.basic(), as: .svg), as: UTF8.self)
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains("width=\"240\""), "user units: one unit per point")
    }
}
