import Diagram
import Foundation
import SceneSVG
import TestSupport
import XCTest

final class EditableSVGWriterTests: XCTestCase {
    let measurer = ApproximateTextMeasurer()

    /// A small figure with what the writer must keep: a moved panel group holding a root (circle, metadata),
    /// a hatched lesion, a soft-edged region, a wrapped label with a halo, a repeated id and an awkward one.
    func scene() -> Scene {
        let root = Node.path(PathNode(id: "axial.root.L5.left", path: .circle(center: Point(x: 40, y: 30), radius: 6),
                                      fill: .color(Color(hex: 0xE8A33D)), stroke: Stroke(color: .black, width: 1.5),
                                      metadata: ["root": "L5", "side": "left", "grade": "3"]))
        let lesion = Node.path(PathNode(id: "axial.lesion", path: .rectangle(Rect(x: 50, y: 20, width: 20, height: 10)),
                                        fill: Fill(.hatch(Hatch(color: .black, spacing: 6))), stroke: Stroke(color: .black)))
        let lesion2 = Node.path(PathNode(id: "axial.lesion", path: .rectangle(Rect(x: 80, y: 20, width: 20, height: 10)),
                                         fill: Fill(.hatch(Hatch(color: .black, spacing: 6)))))
        let region = Node.path(PathNode(id: "body.anterior.left.knee.somatic-referred", path: .rectangle(Rect(x: 10, y: 120, width: 30, height: 30)),
                                        fill: .color(Color(hex: 0xCC6666, alpha: 0.5)), softEdge: 4,
                                        metadata: ["region": "knee", "side": "left", "kind": "somatic-referred"]))
        let label = Node.text(TextNode(id: "axial.label.root", string: "left L5 <compressed> & flattened", position: Point(x: 100, y: 60),
                                       anchor: .middle, baseline: .top, font: Font(size: 10, weight: .bold), maxWidth: 70,
                                       halo: Halo(color: .white, width: 3)))
        let panel = Node.group(GroupNode(id: "panel", children: [root, lesion, lesion2, label],
                                         transform: .translation(x: 100, y: 50).concatenated(with: .scale(2))))
        let odd = Node.text(TextNode(id: "3 odd/id", string: "R", position: Point(x: 5, y: 190), font: Font(size: 8)))
        return Scene(width: 400, height: 200, nodes: [panel, region, odd], title: "Left L5 & friends",
                     description: "An axial section. The left L5 root is compressed.")
    }

    func svg(_ scene: Scene) -> (Data, SVGTree) {
        let data = Data(EditableSVGWriter(measurer: measurer).document(for: scene))
        guard let tree = SVGTree.parse(data) else {
            XCTFail("not well-formed XML: \(String(decoding: data, as: UTF8.self))")
            return (data, SVGTree())
        }
        return (data, tree)
    }

    func testTheSameSceneGivesTheSameBytes() {
        let a = EditableSVGWriter(measurer: measurer).document(for: scene())
        let b = EditableSVGWriter(measurer: measurer).document(for: scene())
        XCTAssertEqual(a, b)
        XCTAssertGreaterThan(a.count, 500)
    }

    func testRootKeepsItsModelValuesAndItsCentreOnThePage() throws {
        let (_, tree) = svg(scene())
        let root = try XCTUnwrap(tree.element(id: "axial.root.L5.left"))
        XCTAssertEqual(root.attributes["class"], "root")
        XCTAssertEqual(root.attributes["data-root"], "L5")
        XCTAssertEqual(root.attributes["data-side"], "left")
        XCTAssertEqual(root.attributes["data-grade"], "3")
        // The circle's centre and radius, carried to the page through the panel's transform, are the scene's.
        let points = SVGTree.endPoints(try XCTUnwrap(root.attributes["d"])).map(root.toPage.apply)
        let xs = points.map(\.x), ys = points.map(\.y)
        let centre = Point(x: (xs.min()! + xs.max()!) / 2, y: (ys.min()! + ys.max()!) / 2)
        let expected = Transform.translation(x: 100, y: 50).concatenated(with: .scale(2)).apply(Point(x: 40, y: 30))
        XCTAssertEqual(centre.x, expected.x, accuracy: 0.02)
        XCTAssertEqual(centre.y, expected.y, accuracy: 0.02)
        XCTAssertEqual((xs.max()! - xs.min()!) / 2, 12, accuracy: 0.02, "radius 6 at scale 2")
    }

    func testLabelsAreRealTextInTheMeasuredFontStackAnchoredAsLaidOut() throws {
        let (data, tree) = svg(scene())
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("font-family=\"'DejaVu Sans', Verdana, sans-serif\""), text)
        let label = try XCTUnwrap(tree.element(id: "axial.label.root"))
        XCTAssertEqual(label.name, "text")
        XCTAssertEqual(label.attributes["class"], "label")
        XCTAssertEqual(label.attributes["text-anchor"], "middle")
        XCTAssertEqual(label.attributes["font-weight"], "bold")
        XCTAssertEqual(label.attributes["paint-order"], "stroke", "the halo is painted under the letters")
        // Wrapped where the measurer wraps it, one tspan a line, the words intact (and escaped in the file).
        let lines = measurer.wrap("left L5 <compressed> & flattened", font: Font(size: 10, weight: .bold), maxWidth: 70)
        XCTAssertGreaterThan(lines.count, 1)
        let at = try XCTUnwrap(tree.elements.firstIndex { $0.attributes["id"] == "axial.label.root" })
        let spans = tree.elements[(at + 1)...].prefix { $0.name == "tspan" }.map { $0 }
        XCTAssertEqual(spans.map(\.text), lines)
        XCTAssertTrue(text.contains("&lt;compressed&gt;") && text.contains("&amp;"), text)
        // First baseline: the block's top (position.y, baseline .top) plus the font's ascent.
        let y = try XCTUnwrap(Double(spans[0].attributes["y"] ?? ""))
        XCTAssertEqual(y, 60 + measurer.metrics(of: "", font: Font(size: 10, weight: .bold)).ascent, accuracy: 0.01)
        let x = try XCTUnwrap(Double(spans[0].attributes["x"] ?? ""))
        XCTAssertEqual(x, 100, accuracy: 0.01, "a middle-anchored block is centred on its position")
    }

    func testTitleDescriptionAndClassesForEditorsAndScreenReaders() throws {
        let (data, tree) = svg(scene())
        let svg = try XCTUnwrap(tree.elements.first)
        XCTAssertEqual(svg.name, "svg")
        XCTAssertEqual(svg.attributes["role"], "img")
        XCTAssertEqual(svg.attributes["aria-labelledby"], "radix-title radix-desc")
        XCTAssertEqual(tree.element(id: "radix-title")?.text, "Left L5 & friends")
        XCTAssertEqual(tree.element(id: "radix-desc")?.text, "An axial section. The left L5 root is compressed.")
        XCTAssertEqual(tree.element(id: "panel")?.attributes["class"], "view")
        XCTAssertEqual(tree.element(id: "axial.lesion")?.attributes["class"], "structure")
        let region = try XCTUnwrap(tree.element(id: "body.anterior.left.knee.somatic-referred"))
        XCTAssertEqual(region.attributes["class"], "region")
        XCTAssertEqual(region.attributes["data-region"], "knee")
        XCTAssertEqual(region.attributes["data-kind"], "somatic-referred")
        // Ids stay unique and valid XML names.
        XCTAssertNotNil(tree.element(id: "axial.lesion-2"), "a repeated scene id gets a suffix")
        XCTAssertNotNil(tree.element(id: "n-3_odd_id"))
        let ids = tree.elements.compactMap { $0.attributes["id"] }
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids: \(ids)")
        // One hatch used twice is defined once.
        XCTAssertEqual(tree.elements.filter { $0.name == "pattern" }.count, 1)
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("patternTransform=\"rotate(45)\""))
    }

    func testEveryReferenceIsDefined() {
        let (data, tree) = svg(scene())
        let text = String(decoding: data, as: UTF8.self)
        let ids = Set(tree.elements.compactMap { $0.attributes["id"] })
        let pattern = try! NSRegularExpression(pattern: #"url\(#([^)]+)\)"#)
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        XCTAssertFalse(matches.isEmpty)
        for match in matches {
            let id = String(text[Range(match.range(at: 1), in: text)!])
            XCTAssertTrue(ids.contains(id), "url(#\(id)) is not defined")
        }
    }

    /// A whole circle cannot be one SVG arc: it is written as two half turns that end where they began.
    func testArcsBecomeHalfTurnsThatCloseTheCircle() {
        let node = Node.path(PathNode(id: "c", path: .circle(center: Point(x: 10, y: 10), radius: 5), fill: .color(.black)))
        let (_, tree) = svg(Scene(width: 20, height: 20, nodes: [node]))
        let d = tree.element(id: "c")?.attributes["d"] ?? ""
        XCTAssertEqual(d, "M15 10a5 5 0 0 1 -10 0a5 5 0 0 1 10 0z", d)
    }

    func testNumbersAreShortAndStable() {
        let node = Node.path(PathNode(id: "p", path: .polyline([Point(x: -0.001, y: 1.005), Point(x: 2.5, y: -3.14159), Point(x: 1e6, y: 0.1)]),
                                      stroke: Stroke(color: .black)))
        let (_, tree) = svg(Scene(width: 20, height: 20, nodes: [node]))
        // The first point absolute, the rest as steps from the point before as written: (0, 1) → (2.5, −3.14)
        // is a step of (2.5, −4.14), then to (1000000, 0.1).
        XCTAssertEqual(tree.element(id: "p")?.attributes["d"], "M0 1l2.5-4.14l999997.5 3.24")
    }

    /// Relative steps are taken between points as written (hundredths), so a long outline does not drift: every
    /// point read back is the scene's point to within half a hundredth, however many steps precede it; straight
    /// runs become `h`/`v`, small steps lose their leading zero.
    func testRelativeStepsAddUpToTheScenesPoints() {
        var points: [Point] = []
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        for i in 0..<2000 { points.append(Point(x: 1200 + 900 * next() - 450 + Double(i) * 0.001, y: 5000 * next() + 0.333)) }
        points.append(Point(x: points.last!.x + 7, y: points.last!.y))
        points.append(Point(x: points.last!.x, y: points.last!.y - 0.25))
        let node = Node.path(PathNode(id: "p", path: .polyline(points), stroke: Stroke(color: .black)))
        let (_, tree) = svg(Scene(width: 2400, height: 5000, nodes: [node]))
        let d = tree.element(id: "p")?.attributes["d"] ?? ""
        let read = SVGTree.endPoints(d)
        XCTAssertEqual(read.count, points.count)
        for (a, b) in zip(read, points) {
            XCTAssertEqual(a.x, b.x, accuracy: 0.005 + 1e-9)
            XCTAssertEqual(a.y, b.y, accuracy: 0.005 + 1e-9)
        }
        XCTAssertTrue(d.hasSuffix("h7v-.25"), String(d.suffix(20)))
        XCTAssertFalse(d.contains("L") || d.contains("C"), "no absolute command after the first move")
    }

    /// A region's outline drawn as a soft-edged fill and again as an outline stroke is written once, in `<defs>`
    /// without paint; each drawing is a `<use>` with its own id, data and paint. A short path stays inline.
    func testRepeatedPathDataIsWrittenOnceAndUsed() throws {
        var outline = Path.polyline((0..<12).map { k in
            Point(x: 50 + 20.37 * cos(Double(k) * .pi / 6), y: 50 + 17.11 * sin(Double(k) * .pi / 6))
        })
        outline.close()
        let nodes: [Node] = [
            .path(PathNode(id: "region.fill", path: outline, fill: .color(Color(red: 0.8, green: 0.1, blue: 0.3)), softEdge: 4,
                           metadata: ["region": "lateral-thigh"])),
            .path(PathNode(id: "region.outline", path: outline, stroke: Stroke(color: .black, width: 1.5))),
            .path(PathNode(id: "tick.a", path: .polyline([Point(x: 1, y: 1), Point(x: 2, y: 2)]), stroke: Stroke(color: .black))),
            .path(PathNode(id: "tick.b", path: .polyline([Point(x: 1, y: 1), Point(x: 2, y: 2)]), stroke: Stroke(color: .black))),
        ]
        let (data, tree) = svg(Scene(width: 100, height: 100, nodes: nodes))
        let text = String(decoding: data, as: UTF8.self)
        let shared = tree.elements.filter { ($0.attributes["id"] ?? "").contains("-shape-") }
        XCTAssertEqual(shared.count, 1, text)
        let d = try XCTUnwrap(shared.first?.attributes["d"])
        XCTAssertEqual(text.components(separatedBy: d).count - 1, 1, "the outline's data appears once")
        XCTAssertNil(shared.first?.attributes["fill"], "no paint on the shared path: each use paints it")
        XCTAssertNil(shared.first?.attributes["stroke"])
        let fill = try XCTUnwrap(tree.element(id: "region.fill"))
        XCTAssertEqual(fill.name, "g", "a soft-edged shape is a group")
        let outlineUse = try XCTUnwrap(tree.element(id: "region.outline"))
        XCTAssertEqual(outlineUse.name, "use")
        XCTAssertEqual(outlineUse.attributes["xlink:href"], "#" + (shared.first?.attributes["id"] ?? ""))
        XCTAssertEqual(outlineUse.attributes["fill"], "none")
        XCTAssertEqual(outlineUse.attributes["d"], d, "SVGTree reads a use as its path")
        // Fill, eight rings and the outline stroke: ten uses of one path.
        XCTAssertEqual(tree.elements.filter { $0.name == "use" }.count, 10)
        XCTAssertEqual(tree.element(id: "tick.a")?.name, "path", "a short path is written inline")
        XCTAssertEqual(tree.element(id: "tick.b")?.attributes["d"], "M1 1l1 1")
    }

    /// Two figures inlined in one page must not share `<defs>` ids: each document's ids begin with a prefix of
    /// its own, the same for the same scene.
    func testDefinitionIDsDifferBetweenFiguresAndRepeatForTheSame() {
        let a = scene()
        var b = scene()
        b.title = "Another figure"
        let pa = EditableSVGWriter.definitionPrefix(a), pb = EditableSVGWriter.definitionPrefix(b)
        XCTAssertNotEqual(pa, pb)
        XCTAssertEqual(pa, EditableSVGWriter.definitionPrefix(scene()))
        XCTAssertTrue(pa.hasPrefix("radix-") && pa.count == 13, pa)
        let text = String(decoding: EditableSVGWriter(measurer: measurer).document(for: a), as: UTF8.self)
        let ids = text.components(separatedBy: "url(#").dropFirst().map { String($0.prefix { $0 != ")" }) }
        XCTAssertFalse(ids.isEmpty)
        for id in ids { XCTAssertTrue(id.hasPrefix(pa), id) }
    }
}
