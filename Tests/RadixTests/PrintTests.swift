import CairoRender
import Diagram
import Figures
import Foundation
import Radix
import Scenario
import TestSupport
import XCTest

/// Figures as they leave Radix for handouts and slides (issue 12): the editable SVG, the sheet printed on
/// A4 or Letter pages, and axial sections in the radiological orientation.
final class PrintTests: XCTestCase {
    func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("radix-print-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    /// Runs a tool found on the PATH (rsvg-convert, pdfinfo; `make test` installs them); its standard output.
    func tool(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw FixtureError("\(name) \(arguments.joined(separator: " ")) failed with status \(process.terminationStatus) "
                               + "(scripts/install-deps.sh test installs librsvg2-bin and poppler-utils)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    // MARK: Editable SVG

    /// Every drawn root is in the SVG under its id with its model values, centred where the scene draws it.
    func testEditableSVGRootsCarryTheirGradeAndSitWhereTheSceneDrawsThem() throws {
        let (scenario, result) = try Fixtures.simulated("02")
        let writer = try FigureWriter()
        for view in [ViewSpec.sheet, .axial(nil), .foramen(nil, nil), .sagittal] {
            let scene = writer.scene(for: view, result: result, scenario: scenario, request: RenderRequest(views: [view], formats: [.svg]))
            let tree = try XCTUnwrap(SVGTree.parse(writer.editableSVG(for: scene)), "\(view): not well-formed")
            let duplicates = Set(scene.duplicateIDs())
            var roots = 0
            for case (_, .path(let node)) in scene.flattened() where node.metadata["root"] != nil && !duplicates.contains(node.id) {
                roots += 1
                let element = try XCTUnwrap(tree.element(id: node.id), "\(view): \(node.id) missing")
                XCTAssertEqual(element.attributes["class"], "root", node.id)
                XCTAssertEqual(element.attributes["data-root"], node.metadata["root"], node.id)
                XCTAssertEqual(element.attributes["data-side"], node.metadata["side"], node.id)
                XCTAssertEqual(element.attributes["data-grade"], node.metadata["grade"], node.id)
                if let bounds = node.path.bounds, node.path.commands.contains(where: { if case .cubic = $0 { true } else { false } }),
                   node.path.commands.count == 6 {  // an ellipse: four quarter Béziers
                    let centre = try XCTUnwrap(tree.centre(of: element))
                    XCTAssertEqual(centre.x, bounds.midX, accuracy: 0.02, node.id)
                    XCTAssertEqual(centre.y, bounds.midY, accuracy: 0.02, node.id)
                }
            }
            XCTAssertGreaterThan(roots, 0, "\(view) draws roots")
        }
        // The model's answer is in the file: the left L5 is compressed (grade 3) in scenario 02.
        let axial = writer.scene(for: .axial(nil), result: result, scenario: scenario, request: RenderRequest(views: [], formats: [.svg]))
        let tree = try XCTUnwrap(SVGTree.parse(writer.editableSVG(for: axial)))
        XCTAssertEqual(tree.element(id: "axial.root.L5.left")?.attributes["data-grade"], String(try XCTUnwrap(result.finding(.L5, .left)).grade.rawValue))
        XCTAssertEqual(tree.element(id: "axial.root.L5.left")?.attributes["data-grade"], "3")
        XCTAssertEqual(tree.element(id: "axial.root.L5.right")?.attributes["data-grade"], "0")
    }

    /// A quiz figure's SVG must not give the answer away: its roots are marked as roots, with their side and one opaque token
    /// per root, but carry no grade and no root or level name (the roots an axial section cuts tell its level).
    func testEditableSVGOfAQuizFigureHasNoGrades() throws {
        let (scenario, result) = try Fixtures.simulated("02")
        let writer = try FigureWriter()
        let scene = writer.scene(for: .sheet, result: result, scenario: scenario, request: RenderRequest(views: [.sheet], formats: [.svg], labels: .none))
        let text = String(decoding: writer.editableSVG(for: scene), as: UTF8.self)
        let tree = try XCTUnwrap(SVGTree.parse(Data(text.utf8)))
        XCTAssertFalse(tree.elements.filter { $0.attributes["class"] == "root" }.isEmpty)
        XCTAssertFalse(text.contains("data-grade") || text.contains("data-state") || text.contains("compression"), "a quiz SVG names a grade")
        XCTAssertNil(tree.element(id: "axial.root.L5.left"))
        let name = try NSRegularExpression(pattern: "(?<![A-Za-z0-9])(T12|L[1-5]|S[1-5])(?![A-Za-z0-9])")
        for element in tree.elements {
            for key in ["id", "data-root", "data-vertebra", "data-level"] {
                guard let value = element.attributes[key] else { continue }
                XCTAssertNil(name.firstMatch(in: value, range: NSRange(value.startIndex..., in: value)), "\(key)=\(value) names a root or level")
            }
        }
        // Both pieces of a root share its token: the left and right axial roots of one name are one root.
        let axial = tree.elements.filter { ($0.attributes["id"] ?? "").hasPrefix("axial.root.") && $0.attributes["class"] == "root" }
        let left = Set(axial.filter { $0.attributes["data-side"] == "left" }.compactMap { $0.attributes["data-root"] })
        let right = Set(axial.filter { $0.attributes["data-side"] == "right" }.compactMap { $0.attributes["data-root"] })
        XCTAssertFalse(left.isEmpty)
        XCTAssertEqual(left, right)
    }

    /// Every label is real text with its words (lines joined), and the pain map's regions carry what they show.
    func testEditableSVGSheetHasEveryLabelAsTextAndThePainMapAsData() throws {
        let (scenario, result) = try Fixtures.simulated("02")
        let writer = try FigureWriter()
        let scene = writer.scene(for: .sheet, result: result, scenario: scenario, request: RenderRequest(views: [.sheet], formats: [.svg]))
        let tree = try XCTUnwrap(SVGTree.parse(writer.editableSVG(for: scene)))
        let duplicates = Set(scene.duplicateIDs())
        func words(_ s: String) -> String { s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ") }
        var labels = 0
        for case (_, .text(let node)) in scene.flattened() where !node.string.isEmpty && node.opacity > 0 && !duplicates.contains(node.id) {
            labels += 1
            XCTAssertEqual(tree.words(of: node.id).map(words), words(node.string), node.id)
        }
        XCTAssertGreaterThan(labels, 40)
        XCTAssertTrue(tree.elements.contains { $0.name == "text" && $0.text.contains("left L5") })
        let regions = tree.elements.filter { $0.attributes["class"] == "region" }
        XCTAssertFalse(regions.isEmpty)
        for region in regions {
            XCTAssertNotNil(region.attributes["data-region"])
            XCTAssertTrue(["radicular", "numbness", "somatic-referred"].contains(region.attributes["data-kind"] ?? ""), "\(region.attributes)")
        }
        XCTAssertTrue(regions.contains { $0.attributes["data-region"] == "great-toe" && $0.attributes["data-side"] == "left" },
                      "L5 reaches the great toe: \(regions.compactMap { $0.attributes["data-region"] })")
        // The panels are views.
        XCTAssertEqual(tree.element(id: "sheet.lead")?.attributes["class"], "view")
    }

    /// `--svg-text editable` through the writer: byte-identical run to run, with the title and the alt text.
    func testEditableSVGFileIsByteIdenticalWithTitleAndDescription() throws {
        let s = try Fixtures.scenario("02-l4-l5-left-subarticular-extrusion.yaml")
        let a = try temporaryDirectory(), b = try temporaryDirectory()
        let request = { (dir: String) in RenderRequest(views: [.sheet], formats: [.svg], outputDirectory: dir, width: 1200, svgText: .editable) }
        let first = try FigureWriter().write(s, result: Pipeline.simulate(s), request: request(a))
        let second = try FigureWriter().write(s, result: Pipeline.simulate(s), request: request(b))
        let x = try Data(contentsOf: URL(fileURLWithPath: first[0])), y = try Data(contentsOf: URL(fileURLWithPath: second[0]))
        XCTAssertEqual(x, y)
        let tree = try XCTUnwrap(SVGTree.parse(x))
        XCTAssertEqual(tree.element(id: "radix-title")?.text, s.title)
        let alt = try String(contentsOfFile: first[1], encoding: .utf8)
        XCTAssertEqual(tree.element(id: "radix-desc")?.text, alt.trimmingCharacters(in: .newlines))
        // Cairo's SVG draws letters as glyph outlines (`<use xlink:href="#glyph…">`); the editable one uses only
        // shared shapes (`radix-XXXXXX-shape-N`).
        let text = String(decoding: x, as: UTF8.self)
        XCTAssertFalse(text.contains("#glyph"), "no glyph outlines")
        let uses = text.components(separatedBy: "<use ").dropFirst().map { String($0.prefix { $0 != ">" }) }
        XCTAssertFalse(uses.isEmpty, "the pain regions' outlines are drawn several times each: shared")
        for use in uses { XCTAssertTrue(use.contains("xlink:href=\"#radix-") && use.contains("-shape-"), use) }
        // Cairo's SVG (the default) gets the same title and description.
        let outline = try FigureWriter().write(s, result: Pipeline.simulate(s), request: RenderRequest(views: [.sheet], formats: [.svg], outputDirectory: a, width: 1200))
        let cairo = try XCTUnwrap(SVGTree.parse(try Data(contentsOf: URL(fileURLWithPath: outline[0]))))
        XCTAssertEqual(cairo.element(id: "radix-title")?.text, s.title)
        XCTAssertEqual(cairo.element(id: "radix-desc")?.text, alt.trimmingCharacters(in: .newlines))
        XCTAssertEqual(cairo.elements.first?.attributes["aria-labelledby"], "radix-title radix-desc")
    }

    /// Drawn by librsvg, the editable SVG of every view is the PNG within anti-aliasing: fewer than 2 % of the
    /// pixels differ by more than a quarter of the range in any channel.
    func testEditableSVGLooksLikeThePNGInLibrsvg() throws {
        let (scenario, result) = try Fixtures.simulated("11")
        let writer = try FigureWriter()
        let dir = try temporaryDirectory()
        for view in [ViewSpec.axial(nil), .body, .knee] {
            let request = RenderRequest(views: [view], formats: [.png], width: 1200)
            let scene = writer.scene(for: view, result: result, scenario: scenario, request: request)
            let png = try PNGDecoder.decode(try CairoRenderer().renderPNGData(scene))
            let svgPath = (dir as NSString).appendingPathComponent("\(view).svg"), drawn = svgPath + ".png"
            try writer.editableSVG(for: scene).write(to: URL(fileURLWithPath: svgPath))
            _ = try tool("rsvg-convert", ["-w", String(png.width), "-h", String(png.height), "-b", "white", "-o", drawn, svgPath])
            let svg = try PNGDecoder.decode(try Data(contentsOf: URL(fileURLWithPath: drawn)))
            XCTAssertEqual(svg.width, png.width)
            XCTAssertEqual(svg.height, png.height)
            var differing = 0
            for i in stride(from: 0, to: min(png.bytes.count, svg.bytes.count), by: 4)
            where (0..<3).contains(where: { abs(Int(png.bytes[i + $0]) - Int(svg.bytes[i + $0])) > 64 }) {
                differing += 1
            }
            let share = Double(differing) / Double(png.width * png.height)
            XCTAssertLessThan(share, 0.02, "\(view): \(differing) pixels differ")
        }
    }

    // MARK: Paper

    /// Every teaching sheet on A4 and Letter: whole panels, every one on exactly one page, type at 8 pt or more
    /// as printed, everything inside the margins, numbered pages and a running head after the first.
    func testHandoutPagesKeepPanelsWholeAndTypeReadable() throws {
        let writer = try FigureWriter()
        let measurer = try CairoTextMeasurer()
        for file in try Fixtures.scenarioFiles() {
            let scenario = try Fixtures.scenario(file)
            let result = Pipeline.simulate(scenario)
            let sheet = writer.scene(for: .sheet, result: result, scenario: scenario, request: RenderRequest(views: [.sheet], formats: [.pdf]))
            for paper in Paper.allCases {
                let pages = Handout.pages(of: sheet, paper: paper, measurer: measurer)
                XCTAssertFalse(pages.isEmpty)
                XCTAssertLessThanOrEqual(pages.count, 4, "\(file) \(paper)")
                var placed: [String] = []
                for (index, page) in pages.enumerated() {
                    XCTAssertEqual(page.width, paper.size.width, accuracy: 0.01)
                    XCTAssertEqual(page.height, paper.size.height, accuracy: 0.01)
                    guard case .group(let content)? = page.nodes.first else { return XCTFail("\(file): no content group") }
                    placed += content.children.map(\.id)
                    let scale = content.transform?.a ?? 1
                    for case (_, .text(let text)) in Scene(width: 1, height: 1, nodes: content.children).flattened() {
                        XCTAssertGreaterThanOrEqual(text.font.size * scale, 8, "\(file) \(paper) page \(index + 1): '\(text.string)' prints at \(text.font.size * scale) pt")
                    }
                    let box = try XCTUnwrap(Node.group(content).bounds(measurer: measurer))
                    XCTAssertGreaterThanOrEqual(box.minY, Handout.margin - 0.5, "\(file) page \(index + 1)")
                    XCTAssertLessThanOrEqual(box.maxY, page.height - Handout.margin - Handout.furnitureSize * 2, "\(file) page \(index + 1)")
                    XCTAssertGreaterThanOrEqual(box.minX, Handout.margin - 1, "\(file)")
                    XCTAssertLessThanOrEqual(box.maxX, page.width - Handout.margin + 1, "\(file)")
                    let texts = page.nodes.compactMap { node -> String? in if case .text(let t) = node { t.string } else { nil } }
                    XCTAssertTrue(texts.contains("Page \(index + 1) of \(pages.count)"), "\(texts)")
                    XCTAssertEqual(texts.contains { $0.hasSuffix("(continued)") }, index > 0)
                }
                XCTAssertEqual(placed, sheet.nodes.map(\.id), "\(file) \(paper): every panel once, in order")
                XCTAssertEqual(pages.first.map { page in
                    guard case .group(let g)? = page.nodes.first else { return false }
                    return g.children.contains { $0.id == "page.title" }
                }, true, "the title opens the first page")
            }
        }
    }

    /// The sheet's PDF is A4 pages unless Letter is asked for; the title is in the document.
    func testSheetPDFIsPagesOfThePaper() throws {
        let s = try Fixtures.scenario("07-l4-l5-massive-central-sequestration.yaml")
        let dir = try temporaryDirectory()
        for (paper, size) in [(Paper.a4, "595.276 x 841.89"), (.letter, "612 x 792")] {
            let out = (dir as NSString).appendingPathComponent(paper.rawValue)
            let files = try FigureWriter().write(s, result: Pipeline.simulate(s),
                                                 request: RenderRequest(views: [.sheet, .axial(nil)], formats: [.pdf], outputDirectory: out, paper: paper))
            let info = try tool("pdfinfo", [files[0]])
            XCTAssertTrue(info.contains("Page size:       \(size) pts"), info)
            let pages = Int(info.split(separator: "\n").first { $0.hasPrefix("Pages:") }?.split(separator: " ").last ?? "") ?? 0
            XCTAssertGreaterThanOrEqual(pages, 2, info)
            XCTAssertTrue(info.contains("Title:           \(s.title)"), info)
            // A single view stays one figure-sized page, to place in a document.
            let single = try tool("pdfinfo", [files[2]])
            XCTAssertTrue(single.contains("Pages:           1"), single)
            XCTAssertFalse(single.contains(size), single)
        }
    }

    /// With --paper the sheet's PNGs are the pages: numbered files, each as wide as asked, with the page's aspect.
    func testPagedPNGsHaveThePagesAspect() throws {
        let s = try Fixtures.scenario("02-l4-l5-left-subarticular-extrusion.yaml")
        let dir = try temporaryDirectory()
        let files = try FigureWriter().write(s, result: Pipeline.simulate(s), request: RenderRequest(
            views: [.sheet], formats: [.png], outputDirectory: dir, width: 1200, paper: .letter, pagedImages: true))
        let names = files.map { ($0 as NSString).lastPathComponent }
        XCTAssertEqual(names.first, "02-l4-l5-left-subarticular-extrusion.sheet.page-1.png")
        XCTAssertEqual(names.last, "02-l4-l5-left-subarticular-extrusion.sheet.txt")
        XCTAssertGreaterThanOrEqual(names.count, 3)
        for file in files.dropLast() {
            let pixels = try PNGDecoder.decode(try Data(contentsOf: URL(fileURLWithPath: file)))
            XCTAssertEqual(pixels.width, 1200)
            XCTAssertEqual(Double(pixels.height) / Double(pixels.width), 792.0 / 612.0, accuracy: 0.002, file)
        }
    }

    /// An exam is printed: `radix quiz --format pdf` puts each question and answer sheet on pages of the paper.
    func testQuizPDFsArePagesOfThePaper() throws {
        let dir = try temporaryDirectory()
        let result = try CommandLineTests.run(["quiz", "--count", "1", "--seed", "7", "--format", "pdf", "--paper", "letter", "--out", "q"],
                                              in: URL(fileURLWithPath: dir))
        XCTAssertEqual(result.status, 0, result.stderr)
        for kind in ["question", "answer"] {
            let info = try tool("pdfinfo", [(dir as NSString).appendingPathComponent("q/quiz-001.\(kind).pdf")])
            XCTAssertTrue(info.contains("Page size:       612 x 792 pts"), info)
        }
        let answer = try tool("pdfinfo", [(dir as NSString).appendingPathComponent("q/quiz-001.answer.pdf")])
        XCTAssertFalse(answer.contains("Pages:           1\n"), "the answer sheet is a whole teaching sheet: \(answer)")
    }

    // MARK: Orientation

    /// Radiological: seen from below, the patient's left on the viewer's right; the compass and the words follow.
    func testRadiologicalAxialPutsThePatientsLeftOnTheRight() throws {
        let (scenario, result) = try Fixtures.simulated("02")
        let writer = try FigureWriter()
        func centreX(_ scene: Scene, _ id: String) throws -> Double {
            guard case .path(let node)? = scene.node(withID: id) else { throw FixtureError("\(id) missing") }
            return try XCTUnwrap(node.path.bounds).midX
        }
        func text(_ scene: Scene, _ id: String) -> String? {
            if case .text(let t)? = scene.node(withID: id) { return t.string }
            return nil
        }
        for view in [ViewSpec.axial(nil), .sheet] {
            let anatomical = writer.scene(for: view, result: result, scenario: scenario, request: RenderRequest(views: [view], formats: [.png]))
            let radiological = writer.scene(for: view, result: result, scenario: scenario,
                                            request: RenderRequest(views: [view], formats: [.png], orientation: .radiological))
            XCTAssertLessThan(try centreX(anatomical, "axial.root.L5.left"), try centreX(anatomical, "axial.root.L5.right"), "\(view)")
            XCTAssertGreaterThan(try centreX(radiological, "axial.root.L5.left"), try centreX(radiological, "axial.root.L5.right"), "\(view)")
            XCTAssertEqual(text(anatomical, "axial.orient.left"), "L")
            XCTAssertEqual(text(radiological, "axial.orient.left"), "R")
            XCTAssertEqual(text(radiological, "axial.orient.right"), "L")
            XCTAssertTrue(radiological.flattened().contains { if case .text(let t) = $0.node { t.string.contains("viewed from below") } else { false } }, "\(view)")
        }
        let options = { (o: AxialOrientation) -> FigureContext in
            var figure = FigureOptions()
            figure.axialOrientation = o
            return FigureContext(result: result, scenario: scenario, options: figure)
        }
        XCTAssertTrue(ViewCatalog.altText(for: .axial(nil), context: options(.radiological)).contains("viewed from below"))
        XCTAssertTrue(ViewCatalog.altText(for: .sheet, context: options(.radiological)).contains("the patient's left is on the viewer's right"))
        XCTAssertFalse(ViewCatalog.altText(for: .sheet, context: options(.anatomical)).contains("viewed from below"))
        XCTAssertTrue(ViewCatalog.altText(for: .axial(nil), context: options(.anatomical)).contains("viewed from above"))
    }

    /// `radix batch`: the new options change a figure's key only when they are not the default, so figures
    /// drawn before them are not redrawn; radiological changes every figure's key, editable only the SVGs'.
    func testBatchKeysChangeOnlyWithNonDefaultOptions() {
        let plain = BatchOptions()
        XCTAssertEqual(BatchOptions(svgText: .outline, orientation: .anatomical).fingerprint, plain.fingerprint)
        XCTAssertFalse(plain.fingerprint.contains("orientation") || plain.fingerprint.contains("svg-text"))
        let radiological = BatchOptions(orientation: .radiological)
        XCTAssertNotEqual(radiological.figureFingerprint(view: .axial(nil), format: "png"), plain.figureFingerprint(view: .axial(nil), format: "png"))
        let editable = BatchOptions(svgText: .editable)
        XCTAssertNotEqual(editable.figureFingerprint(view: .sheet, format: "svg"), plain.figureFingerprint(view: .sheet, format: "svg"))
        XCTAssertEqual(editable.figureFingerprint(view: .sheet, format: "png"), plain.figureFingerprint(view: .sheet, format: "png"))
        XCTAssertEqual(editable.request(for: Scenario(title: "t")).svgText, .editable)
        XCTAssertEqual(radiological.request(for: Scenario(title: "t")).orientation, .radiological)
    }

    // MARK: Command line

    func testNewOptionsSayWhatIsWrongAndSuggest() throws {
        let dir = try temporaryDirectory()
        let scenario = (dir as NSString).appendingPathComponent("s.yaml")
        try Data("title: t\nlesions:\n  - {type: herniation, level: L4-L5, zone: central, size_mm: 4}\n".utf8).write(to: URL(fileURLWithPath: scenario))
        for (option, value, message) in [("--paper", "leter", "'leter' is not a paper size; allowed: a4, letter; did you mean 'letter'?"),
                                         ("--orientation", "radiologic", "did you mean 'radiological'?"),
                                         ("--svg-text", "editible", "did you mean 'editable'?")] {
            let result = try CommandLineTests.run(["render", "s.yaml", option, value, "--out", "out"], in: URL(fileURLWithPath: dir))
            XCTAssertEqual(result.status, 2, result.stderr)
            XCTAssertTrue(result.stderr.contains(message), result.stderr)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: (dir as NSString).appendingPathComponent("out")))
        let ok = try CommandLineTests.run(["render", "s.yaml", "--paper", "Letter", "--orientation", "radiological", "--svg-text", "editable",
                                           "--format", "svg", "--format", "pdf", "--view", "sheet", "--out", "out"], in: URL(fileURLWithPath: dir))
        XCTAssertEqual(ok.status, 0, ok.stderr)
        XCTAssertTrue(ok.stdout.contains("s.sheet.pdf"), ok.stdout)
        XCTAssertTrue(ok.stdout.contains("s.sheet.svg") || ok.stdout.contains("s.sheet.page-1.svg"), ok.stdout)
        // A sweep's axial multiples, its caption and its alt text follow --orientation; --svg-text gives real text.
        let sweep = try CommandLineTests.run(["sweep", "s.yaml", "--vary", "lesions[0].size_mm=2...6:2", "--view", "axial", "--format", "svg",
                                              "--svg-text", "editable", "--orientation", "radiological", "--out", "sw"], in: URL(fileURLWithPath: dir))
        XCTAssertEqual(sweep.status, 0, sweep.stderr)
        let base = (dir as NSString).appendingPathComponent("sw/s.sweep-lesions-0-size_mm")
        let svg = try String(contentsOfFile: base + ".svg", encoding: .utf8), alt = try String(contentsOfFile: base + ".txt", encoding: .utf8)
        XCTAssertTrue(svg.contains("class=\"label\"") && svg.contains("viewed from below"), "editable, radiological")
        XCTAssertFalse(svg.contains("viewed from above"), "the caption follows the orientation")
        XCTAssertTrue(alt.contains("viewed from below"), alt)
    }
}
