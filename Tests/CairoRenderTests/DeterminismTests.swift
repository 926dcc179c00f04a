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
