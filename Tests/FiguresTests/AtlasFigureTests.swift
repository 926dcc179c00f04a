import Anatomy
import CairoRender
import Clinical
import Diagram
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import XCTest

/// The atlas figures (`radix atlas`): names, key points, layout, pixels, determinism, words.
final class AtlasFigureTests: XCTestCase {
    func options(_ labels: LabelMode = .full, theme: Theme = .color, width: Double = 2400,
                 measurer: any TextMeasurer = ApproximateTextMeasurer()) -> FigureOptions {
        FigureOptions(width: width, theme: theme, labels: labels, measurer: measurer)
    }

    /// Text nodes of the scene: id → string.
    func texts(_ scene: Scene) -> [(id: String, string: String)] {
        scene.flattened().compactMap { entry in
            guard case .text(let t) = entry.node else { return nil }
            return (t.id, t.string)
        }
    }

    func testEverySegmentIsNamedOnItsBandInEachFigureThatShowsIt() {
        for atlas in Atlas.allCases {
            let o = options()
            let scene = DermatomeAtlasFigure.scene(atlas, options: o)
            let layout = AtlasFigureLayout(atlas: atlas, options: o)
            let names = texts(scene).filter { $0.id.contains(".name.") || $0.id.contains(".label.") }
            for figure in layout.figures {
                let shown = Set(figure.drawing.bands().filter { $0.side == DermatomeAtlasFigure.namedSide }.map(\.segment))
                XCTAssertFalse(shown.isEmpty)
                for segment in shown {
                    let named = names.contains { $0.id.hasPrefix("atlas.\(figure.name).") && $0.string == segment.name }
                    XCTAssertTrue(named, "\(atlas) \(figure.name): \(segment.name) is not named")
                }
            }
            let everywhere = Set(names.map(\.string))
            for segment in DermatomeSegment.all { XCTAssertTrue(everywhere.contains(segment.name), "\(atlas): \(segment.name)") }
        }
    }

    func testEveryKeyPointIsMarkedAndLabelledWithItsRoot() {
        for labels in [LabelMode.full, .minimal, .none] {
            let scene = DermatomeAtlasFigure.scene(.lee2008, options: options(labels))
            let strings = texts(scene)
            for root in Root.allCases {
                XCTAssertNotNil(scene.node(withID: "atlas.keypoint.\(root.name)"), "\(labels): \(root.name) key point dot")
                let label = strings.first { $0.id.hasSuffix(".label.keypoint.\(root.name)") }
                if labels == .none {
                    XCTAssertNil(label)
                } else {
                    XCTAssertEqual(label?.string.hasPrefix("\(root.name) key point"), true, "\(labels): \(root.name)")
                }
            }
            if labels == .full {
                XCTAssertTrue(strings.contains { $0.string.contains("medial malleolus") })
            }
        }
    }

    func testNoneModeHidesTheNamesButKeepsLegendTitleAndCaption() {
        let scene = DermatomeAtlasFigure.scene(.foerster, options: options(.none))
        let strings = texts(scene)
        XCTAssertFalse(strings.contains { $0.id.contains(".name.") || $0.id.contains(".label.") })
        XCTAssertNotNil(scene.node(withID: "page.title"))
        XCTAssertNotNil(scene.node(withID: "page.caption"))
        XCTAssertNotNil(scene.node(withID: "legend.segment.L4.label"))
        XCTAssertNotNil(scene.node(withID: "atlas.anterior.mark.left"), "R/L stay in every mode")
    }

    func testWordsDoNotCollideOrLeaveThePageAtAnyWidth() {
        for width in [800.0, 2400] {
            for atlas in Atlas.allCases {
                let scene = DermatomeAtlasFigure.scene(atlas, options: options(width: width))
                XCTAssertEqual(scene.overlappingTexts(), [], "\(atlas) at \(width)")
                for (id, box) in scene.textFrames() {
                    XCTAssertTrue(scene.pageBounds.insetBy(width * 0.02).contains(box, tolerance: 1), "\(atlas): \(id) leaves the page")
                }
                XCTAssertEqual(scene.duplicateIDs(), [])
            }
            let comparison = DermatomeComparisonFigure.scene(options: options(width: width))
            XCTAssertEqual(comparison.overlappingTexts(), [], "comparison at \(width)")
            for (id, box) in comparison.textFrames() {
                XCTAssertTrue(comparison.pageBounds.insetBy(width * 0.02).contains(box, tolerance: 1), "comparison: \(id) leaves the page")
            }
            XCTAssertEqual(comparison.duplicateIDs(), [])
        }
    }

    /// The straight pieces of every leader line in `scene`.
    func leaderSegments(_ scene: Scene) -> [(Point, Point)] {
        scene.flattened().flatMap { entry -> [(Point, Point)] in
            guard case .path(let p) = entry.node, p.id.contains(".leader."), !p.id.hasSuffix(".casing"), !p.id.hasSuffix(".dot") else { return [] }
            let pts = p.path.commands.compactMap { c -> Point? in
                switch c {
                case .move(let q), .line(let q): q
                default: nil
                }
            }
            return Array(zip(pts, pts.dropFirst()))
        }
    }

    func testNoLeaderCrossesANameWrittenInsideABand() {
        let measurer = ApproximateTextMeasurer()
        for scene in Atlas.allCases.map({ DermatomeAtlasFigure.scene($0, options: options()) }) + [DermatomeComparisonFigure.scene(options: options())] {
            let leaders = leaderSegments(scene)
            XCTAssertFalse(leaders.isEmpty)
            for entry in scene.flattened() {
                guard case .text(let t) = entry.node, t.id.contains(".name.") else { continue }
                let box = measurer.frame(of: t).insetBy(1)
                XCTAssertFalse(leaders.contains { Polygon.segment($0.0, $0.1, crosses: box) }, "a leader crosses \(t.id)")
            }
        }
    }

    func testTheL4ColourCoversTheAnteriorKneeExactlyInTheMapsWhereL4Does() throws {
        let measurer = try CairoTextMeasurer()
        for atlas in Atlas.allCases {
            let o = options(.none, width: 1200, measurer: measurer)
            let pixels = try CairoRenderer().rasterize(DermatomeAtlasFigure.scene(atlas, options: o))
            let mapping = AtlasFigureLayout(atlas: atlas, options: o).figure(for: .anterior).drawing.mapping
            let outline = try XCTUnwrap(BodyChartGeometry.shape(.anteriorKnee, .right, .anterior)?.first)
            let l4 = o.palette.dermatomeColor(.root(.L4))
            var inside = 0, matching = 0
            for i in 0..<30 {
                for j in 0..<30 {
                    let b = try XCTUnwrap(outline.path().bounds)
                    let p = Point(x: b.minX + (Double(i) + 0.5) / 30 * b.width, y: b.minY + (Double(j) + 0.5) / 30 * b.height)
                    guard outline.contains(p) else { continue }
                    inside += 1
                    let q = mapping.point(p), px = pixels[Int(q.x), Int(q.y)]
                    let d = abs(Double(px.red) - l4.red * 255) + abs(Double(px.green) - l4.green * 255) + abs(Double(px.blue) - l4.blue * 255)
                    if d < 30 { matching += 1 }
                }
            }
            XCTAssertGreaterThan(inside, 200)
            let share = Double(matching) / Double(inside)
            let weight = DermatomeAtlas.areas(of: .L4, in: atlas).weight(of: .anteriorKnee)
            if weight >= DermatomeArea.core {
                XCTAssertGreaterThan(share, 0.8, "\(atlas): L4 covers the anterior knee but its colour does not")
            } else if weight == 0 {
                XCTAssertLessThan(share, 0.01, "\(atlas): L4's colour is on an anterior knee it does not reach")
            }
        }
    }

    func testTheComparisonOutlinesExactlyTheDissentingCells() throws {
        let o = options(width: 1200, measurer: try CairoTextMeasurer())
        let scene = DermatomeComparisonFigure.scene(options: o)
        for row in ComparisonTable.rowsShown {
            XCTAssertNotNil(scene.node(withID: "table.row.\(row.region.rawValue)"))
            for atlas in Atlas.allCases {
                let outlined = scene.node(withID: "table.cell.\(row.region.rawValue).\(atlas.rawValue).differs") != nil
                XCTAssertEqual(outlined, row.dissenters.contains(atlas), "\(row.region) \(atlas)")
            }
        }
        for region in DermatomeComparison.kneeAndShin { XCTAssertNotNil(scene.node(withID: "table.row.\(region.rawValue)")) }
        // The L4 knee disagreement shows on the page: the dissenting cell's outline is drawn in its colour.
        let row = DermatomeComparison.row(.anteriorKnee)
        let dissenter = try XCTUnwrap(row.dissenters.first)
        let node = try XCTUnwrap(scene.node(withID: "table.cell.anterior-knee.\(dissenter.rawValue).differs"))
        let box = try XCTUnwrap(node.bounds(measurer: ApproximateTextMeasurer()))
        let pixels = try CairoRenderer().rasterize(scene)
        // The bounds include half the stroke: its middle lies that far inside.
        let px = pixels[Int(box.midX), Int(box.minY + o.type.line * 1.5)], c = o.palette.disagreement
        let d = abs(Double(px.red) - c.red * 255) + abs(Double(px.green) - c.green * 255) + abs(Double(px.blue) - c.blue * 255)
        XCTAssertLessThan(d, 40, "the outline of the dissenting cell is not drawn (\(px))")
    }

    func testTheFiguresAreDeterministic() throws {
        let renderer = CairoRenderer(), measurer = try CairoTextMeasurer()
        let o = options(width: 800, measurer: measurer)
        let a = DermatomeAtlasFigure.scene(.keeganGarrett, options: o), b = DermatomeAtlasFigure.scene(.keeganGarrett, options: o)
        XCTAssertEqual(a, b)
        XCTAssertEqual(try renderer.renderPNGData(a), try renderer.renderPNGData(b))
        XCTAssertEqual(DermatomeComparisonFigure.scene(options: o), DermatomeComparisonFigure.scene(options: o))
        XCTAssertEqual(DermatomeComparisonFigure.altText(), DermatomeComparisonFigure.altText())
    }

    func testThePrintAndColourBlindPalettesKeepEverySegmentApart() {
        for theme in Theme.allCases {
            let palette = Palette(theme)
            let paints = DermatomeSegment.all.map(palette.dermatome)
            XCTAssertEqual(Set(paints).count, paints.count, "\(theme): two segments share a fill")
        }
        // In print, neighbours differ in texture or clearly in grey.
        let print = Palette(.print)
        for (a, b) in zip(DermatomeSegment.all, DermatomeSegment.all.dropFirst()) {
            let pa = print.dermatome(a), pb = print.dermatome(b)
            let sameKind: Bool = switch (pa, pb) {
            case (.solid, .solid): true
            default: false
            }
            if sameKind {
                XCTAssertGreaterThan(abs(print.dermatomeColor(a).red - print.dermatomeColor(b).red), 0.12, "\(a.name)/\(b.name)")
            }
        }
    }

    func testAltTextSaysWhatTheFigureShows() {
        for atlas in Atlas.allCases {
            let text = DermatomeAtlasFigure.altText(atlas)
            for root in Root.allCases { XCTAssertTrue(text.contains("\(root.name) covers"), "\(atlas): \(root.name)") }
            XCTAssertTrue(text.contains(atlas.citation))
            XCTAssertTrue(text.contains("medial malleolus"))
            XCTAssertTrue(text.hasSuffix("Teaching model — not for diagnosis."))
            XCTAssertTrue(DermatomeAtlasFigure.captionText(atlas).contains(atlas.citation))
        }
        let comparison = DermatomeComparisonFigure.altText()
        let caption = DermatomeComparisonFigure.captionText()
        for region in DermatomeComparison.kneeAndShin {
            XCTAssertTrue(comparison.contains(DermatomeComparisonFigure.regionName(region)), "\(region)")
        }
        for atlas in Atlas.allCases { XCTAssertTrue(caption.contains(atlas.citation)) }
        // The L4 sentence follows the data: the map where L4 covers the anterior knee is named with it.
        let covering = Atlas.allCases.filter { DermatomeAtlas.areas(of: .L4, in: $0).weight(of: .anteriorKnee) >= DermatomeArea.core }
        for atlas in covering {
            XCTAssertTrue(caption.contains("L4 covers the anterior knee in \(DermatomeAtlas.shortName(of: atlas))"), caption)
        }
        XCTAssertTrue(caption.hasSuffix("Teaching model — not for diagnosis."))
    }
}
