import Anatomy
import CairoRender
import Clinical
import Diagram
import TestSupport
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

final class BodyChartGeometryTests: XCTestCase {
    func testEveryRegionHasAShapeOnBothSidesInSomeView() {
        for region in BodyRegion.allCases {
            let views = BodyView.allCases.filter { view in
                Side.allCases.allSatisfy { BodyChartGeometry.outline(of: region, side: $0, in: view) != nil }
            }
            XCTAssertFalse(views.isEmpty, "\(region.rawValue) has no shape on both sides")
        }
    }

    func testRegionsOfOneSideTileTheLegWithoutGapsOrOverlaps() {
        // Points strictly inside the leg between the crotch and the ankle must be in exactly one region.
        for (view, sheet) in [(BodyView.anterior, HalfFigures.anteriorSheet), (.posterior, HalfFigures.posteriorSheet)] {
            let shapes = BodyChartGeometry.shapes(view)
            var checked = 0
            // Fractions across the leg that keep clear of every divider.
            let ts = [0.05, 0.12, 0.19, 0.36, 0.45, 0.53, 0.61, 0.66, 0.80, 0.87, 0.94]
            for i in 0..<120 {
                let y = 4.05 + Double(i) * 0.0263
                for j in ts.indices {
                    let p = sheet.at(ts[j], y)
                    let holders = shapes.filter { shape in shape.parts.contains { $0.contains(p) } }.map(\.region)
                    XCTAssertEqual(holders.count, 1, "\(view) (\(p.x), \(p.y)) is in \(holders)")
                    checked += 1
                }
            }
            XCTAssertGreaterThan(checked, 1000)
        }
    }

    func testKeyPointsLieInTheirKeySensoryRegions() {
        for root in Root.allCases {
            for side in Side.allCases {
                let (view, point) = BodyChartGeometry.keyPoint(of: root, side: side)
                let parts = BodyChartGeometry.shape(root.keySensoryRegion, side, view) ?? []
                XCTAssertTrue(parts.contains { $0.contains(point) }, "\(root.name) \(side) key point is outside the \(root.keySensoryRegion.rawValue)")
            }
        }
    }

    func testTheSidesAreDrawnWhereThePatientHasThem() {
        XCTAssertGreaterThan(BodyChartGeometry.anchor(of: .lateralLeg, side: .left, in: .anterior)?.x ?? -1, 0)
        XCTAssertLessThan(BodyChartGeometry.anchor(of: .lateralLeg, side: .left, in: .posterior)?.x ?? 1, 0)
        XCTAssertLessThan(BodyChartGeometry.anchor(of: .sole, side: .left, in: .soles)?.x ?? 1, 0)
        // The lateral leg lies outside the medial leg on the same side.
        let lateral = BodyChartGeometry.anchor(of: .lateralLeg, side: .right, in: .anterior)?.x ?? 0
        let medial = BodyChartGeometry.anchor(of: .medialLeg, side: .right, in: .anterior)?.x ?? 0
        XCTAssertLessThan(lateral, medial)
    }

    func testTheFigureIsAboutSevenAndAHalfHeadsTall() {
        let box = BodyChartGeometry.bounds(.posterior)
        XCTAssertEqual(box.maxY, BodyChartGeometry.height, accuracy: 0.1)
        XCTAssertEqual(box.minY, 0, accuracy: 0.01)
        // Shoulders about two heads wide, crotch near half the height.
        XCTAssertEqual(HalfFigures.medialLeg.first?.0 ?? 0, BodyChartGeometry.height / 2, accuracy: 0.25)
    }
}

final class BodyChartPanelTests: XCTestCase {
    private func shaded(_ scene: Scene) -> [String] {
        scene.ids.filter { id in
            BodyView.allCases.contains { id.hasPrefix("body.\($0.rawValue).") } && PainKind.allCases.contains { id.hasSuffix("." + $0.rawValue) }
        }
    }

    func testLeftL5ShadesTheLeftLateralLegInBothViewsAndNotTheRight() throws {
        let scene = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context("02"))
        let ids = Set(shaded(scene))
        XCTAssertTrue(ids.contains("body.anterior.left.lateral-leg.radicular"))
        XCTAssertTrue(ids.contains("body.anterior.left.lateral-leg.numbness"))
        XCTAssertTrue(ids.contains("body.posterior.left.lateral-leg.radicular"))
        XCTAssertTrue(ids.contains("body.anterior.left.dorsum-foot.numbness"))
        XCTAssertFalse(ids.contains { $0.contains(".right.") }, "a left lesion shades the right: \(ids.filter { $0.contains(".right.") })")
        XCTAssertNotNil(scene.node(withID: "body.keypoint.L5.left.reduced"))
        XCTAssertNil(scene.node(withID: "body.keypoint.L5.right"))
    }

    func testTheAnteriorChartPutsThePatientsLeftOnTheViewersRight() throws {
        let scene = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context("02"))
        for region in ["lateral-leg", "medial-knee", "dorsum-foot", "groin"] {
            let left = try XCTUnwrap(scene.bounds(of: "body.anterior.left.\(region)"))
            let right = try XCTUnwrap(scene.bounds(of: "body.anterior.right.\(region)"))
            XCTAssertGreaterThan(left.midX, right.midX, "anterior \(region)")
        }
        for region in ["lateral-leg", "buttock", "heel"] {
            let left = try XCTUnwrap(scene.bounds(of: "body.posterior.left.\(region)"))
            let right = try XCTUnwrap(scene.bounds(of: "body.posterior.right.\(region)"))
            XCTAssertLessThan(left.midX, right.midX, "posterior \(region)")
        }
        // The marks say so: "L" under the viewer's right foot in front, under the viewer's left behind.
        let frontL = try XCTUnwrap(scene.bounds(of: "body.anterior.mark.left")), frontR = try XCTUnwrap(scene.bounds(of: "body.anterior.mark.right"))
        XCTAssertGreaterThan(frontL.midX, frontR.midX)
        let backL = try XCTUnwrap(scene.bounds(of: "body.posterior.mark.left")), backR = try XCTUnwrap(scene.bounds(of: "body.posterior.mark.right"))
        XCTAssertLessThan(backL.midX, backR.midX)
    }

    func testARightS1LesionShadesTheRightSoleAndHeel() throws {
        let scene = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context("03"))
        let ids = Set(shaded(scene))
        XCTAssertTrue(ids.contains("body.soles.right.sole.radicular"))
        XCTAssertTrue(ids.contains("body.posterior.right.heel.numbness"))
        XCTAssertFalse(ids.contains { $0.contains(".left.") })
    }

    func testTheNormalSpineShadesNothing() throws {
        let scene = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context("01"))
        XCTAssertEqual(shaded(scene), [])
        XCTAssertFalse(scene.ids.contains { $0.hasPrefix("body.keypoint.") })
        // The figure is still drawn, with every region outlined on both sides.
        XCTAssertNotNil(scene.node(withID: "body.anterior.right.lateral-leg"))
        XCTAssertNotNil(scene.node(withID: "body.posterior.left.posterior-knee"))
        XCTAssertEqual(scene.duplicateIDs(), [])
    }

    func testSomaticReferredPainHasASoftEdgeAndRadicularPainASharpOne() throws {
        let scene = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context("02"))
        guard case .path(let wash) = scene.node(withID: "body.posterior.left.low-back.somatic-referred") else {
            return XCTFail("no somatic wash on the low back")
        }
        XCTAssertGreaterThan(wash.softEdge ?? 0, 0)
        guard case .path(let radicular) = scene.node(withID: "body.anterior.left.lateral-leg.radicular") else {
            return XCTFail("no radicular fill")
        }
        XCTAssertNil(radicular.softEdge)
        guard case .path(let numbness) = scene.node(withID: "body.anterior.left.lateral-leg.numbness"),
              case .stipple = numbness.fill?.paint else {
            return XCTFail("numbness is not stippled")
        }
    }

    func testLabelModes() throws {
        let full = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context("02", labels: .full))
        let minimal = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context("02", labels: .minimal))
        let none = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context("02", labels: .none))
        XCTAssertNotNil(full.node(withID: "body.anterior.label.lateral-leg"))
        XCTAssertNotNil(full.node(withID: "body.anterior.label.keypoint.L5"))
        XCTAssertTrue(full.ids.contains { $0.contains(".label.knee.") }, "full names the knee regions")
        XCTAssertNotNil(minimal.node(withID: "body.anterior.label.lateral-leg"))
        XCTAssertFalse(minimal.ids.contains { $0.contains(".label.knee.") }, "minimal keeps only the affected regions")
        XCTAssertFalse(none.ids.contains { $0.contains(".label.") || $0.contains(".leader.") })
        for mark in ["body.anterior.mark.left", "body.anterior.mark.right", "body.posterior.mark.left", "body.posterior.mark.right"] {
            XCTAssertNotNil(none.node(withID: mark), "\(mark) must stay in every mode")
        }
        guard case .text(let subtitle) = none.node(withID: "body.subtitle") else { return XCTFail("no subtitle") }
        XCTAssertFalse(subtitle.string.contains("L5"), "a quiz figure must not name the root")
    }

    /// A knee region's leader stays on its own side of the figure's midline: it never reaches across the other leg
    /// (scenarios 02 and 07, every label mode that names knee regions).
    func testKneeRegionLeadersDoNotCrossTheOtherLeg() throws {
        for prefix in ["02", "07"] {
            let context = try FigureFixture.context(prefix, labels: .full)
            let scene = Scene(width: 2400, height: 1600, nodes: BodyChartPanel().nodes(in: FigureFixture.frame, context: context))
            var checked = 0
            for figure in ["anterior", "posterior"] {
                guard case .path(let outline)? = scene.node(withID: "body.\(figure).outline"), let mid = outline.path.bounds?.midX else {
                    return XCTFail("\(prefix) \(figure) outline")
                }
                for item in scene.flattened() {
                    guard case .path(let p) = item.node, p.id.hasPrefix("body.\(figure).leader.knee."), !p.id.hasSuffix(".dot"),
                          !p.id.hasSuffix(".casing") else { continue }
                    let points = p.path.polygons().flatMap { $0 }
                    guard let anchor = points.first else { continue }
                    checked += 1
                    XCTAssertTrue(points.allSatisfy { ($0.x - mid) * (anchor.x - mid) >= 0 }, "\(prefix) \(p.id) crosses the midline")
                }
            }
            XCTAssertGreaterThan(checked, 0, "\(prefix): knee regions are labelled")
        }
    }

    /// In full mode every knee region the pain map does not name is labelled on the affected knee: a crowded column
    /// shortens the knee labels to their roots rather than leaving one out (it left out the anterior and medial knee in
    /// 19 of 31 scenarios), then the key points' landmarks; 13 (pain in 16 regions of both legs, both columns full) left
    /// the lateral knee ("variable") out before they did. Today no scenario's column is that crowded. No knee leader reaches across the other leg.
    func testEveryKneeRegionIsLabelledOnItsOwnSide() throws {
        var shortened = 0
        var missing: [String] = []
        for file in try Fixtures.scenarioFiles() {
            let prefix = String(file.prefix(2))
            let context = try FigureFixture.context(prefix, labels: .full)
            let scene = Scene(width: 2400, height: 1600, nodes: BodyChartPanel().nodes(in: FigureFixture.frame, context: context))
            let named = Set(context.result.clinical.painMap.map(\.region))
            // A knee region of the complaint no root explains (27's medial knee) carries the complaint's label instead.
            let side = KneePanel().side(context)
            let said = Set(context.unexplainedComplaint.filter { $0.side == side }.map(\.region))
            for region in said where region.isKnee {
                XCTAssertNotNil(scene.node(withID: "body.anterior.label.complaint.\(side.rawValue).\(region.rawValue)"), "\(prefix) \(region)")
            }
            for region in KneeSupply.parts where !named.contains(region) && !said.contains(region) {
                let figure = region == .posteriorKnee ? "posterior" : "anterior"
                guard case .text(let label)? = scene.node(withID: "body.\(figure).label.knee.\(region.rawValue)") else {
                    missing.append("\(prefix) \(region.rawValue)"); continue
                }
                if !label.string.contains("·") && KneeSupply.cutaneousNerve(region) != nil { shortened += 1 }
                guard case .path(let outline)? = scene.node(withID: "body.\(figure).outline"), let mid = outline.path.bounds?.midX,
                      case .path(let leader)? = scene.node(withID: "body.\(figure).leader.knee.\(region.rawValue)") else {
                    XCTFail("\(prefix): \(region.rawValue) has no leader"); continue
                }
                let points = leader.path.polygons().flatMap { $0 }
                guard let anchor = points.first else { continue }
                XCTAssertTrue(points.allSatisfy { ($0.x - mid) * (anchor.x - mid) >= 0 }, "\(prefix) \(region.rawValue) crosses the midline")
            }
        }
        // Since label slots are as tall as each label (not as the column's tallest), every scenario's columns hold the
        // knee labels in full: none is shortened to its roots (some were before).
        XCTAssertEqual(shortened, 0, "knee labels shortened to their roots")
        XCTAssertEqual(missing, [])
    }

    func testLabelsStayInTheFrameAndDoNotOverlap() throws {
        let measurer = ApproximateTextMeasurer()
        for prefix in ["02", "13", "14"] {
            let scene = FigureFixture.scene(BodyChartPanel(), try FigureFixture.context(prefix, measurer: measurer))
            let labels = scene.flattened().compactMap { entry -> Rect? in
                guard case .text(let text) = entry.node, text.id.contains(".label.") else { return nil }
                return measurer.frame(of: text)
            }
            XCTAssertFalse(labels.isEmpty)
            for (i, a) in labels.enumerated() {
                XCTAssertTrue(FigureFixture.frame.contains(a, tolerance: 1), "\(prefix): label outside the frame")
                for b in labels[(i + 1)...] { XCTAssertFalse(a.intersects(b), "\(prefix): labels overlap") }
            }
        }
    }

    func testAltTextSaysWhereAndWhichSide() throws {
        let panel = BodyChartPanel()
        let l5 = panel.altText(try FigureFixture.context("02"))
        XCTAssertTrue(l5.contains("on the left over"))
        XCTAssertTrue(l5.contains("the lateral leg"))
        XCTAssertTrue(l5.contains("Numbness"))
        XCTAssertTrue(l5.contains("The knee is not in this pain map"))
        XCTAssertFalse(l5.contains("on the right"))
        let l3 = panel.altText(try FigureFixture.context("11"))
        XCTAssertTrue(l3.contains("The knee is involved: on the right, the anterior knee and the medial knee"), l3)
        XCTAssertTrue(panel.altText(try FigureFixture.context("01")).contains("Nothing is shaded"))
    }

    func testThePNGShadesTheLeftLateralLegAndNotTheRight() throws {
        let context = try FigureFixture.context("02", labels: .none, measurer: try CairoTextMeasurer())
        let panel = BodyChartPanel()
        let scene = FigureFixture.scene(panel, context)
        let pixels = try PNGDecoder.decode(try CairoRenderer().renderPNGData(scene))
        let left = try XCTUnwrap(panel.anchor(of: .lateralLeg, side: .left, in: .anterior, frame: FigureFixture.frame, context: context))
        let right = try XCTUnwrap(panel.anchor(of: .lateralLeg, side: .right, in: .anterior, frame: FigureFixture.frame, context: context))
        XCTAssertGreaterThan(left.x, right.x)
        XCTAssertEqual(left.y, right.y, accuracy: 1e-9)
        let skin = context.palette.skin
        func distance(_ p: Point) -> Double {
            let px = pixels[Int(p.x.rounded()), Int(p.y.rounded())]
            return abs(Double(px.red) - skin.red * 255) + abs(Double(px.green) - skin.green * 255) + abs(Double(px.blue) - skin.blue * 255)
        }
        XCTAssertGreaterThan(distance(left), 120, "the left lateral leg is not shaded")
        XCTAssertLessThan(distance(right), 6, "the right lateral leg is shaded")
    }

    /// In print, the radicular pain and the dermatome underlay both read where they overlap: the underlay's texture
    /// shows through the pain (grey levels vary inside the painted leg), and the pain darkens the leg well beyond the
    /// underlay alone (the same place on the unpainted leg).
    func testPrintShowsBothThePainAndTheUnderlayBeneathIt() throws {
        let context = try FigureFixture.context("02", theme: .print, labels: .minimal, measurer: try CairoTextMeasurer())
        let panel = BodyChartPanel()
        let pixels = try PNGDecoder.decode(try CairoRenderer().renderPNGData(FigureFixture.scene(panel, context)))
        func greys(around p: Point) -> [Double] {
            var out: [Double] = []
            for dx in -8...8 {
                for dy in -8...8 {
                    let px = pixels[Int(p.x.rounded()) + dx, Int(p.y.rounded()) + dy]
                    out.append((Double(px.red) + Double(px.green) + Double(px.blue)) / 3)
                }
            }
            return out
        }
        let left = try XCTUnwrap(panel.anchor(of: .lateralThigh, side: .left, in: .anterior, frame: FigureFixture.frame, context: context))
        let right = try XCTUnwrap(panel.anchor(of: .lateralThigh, side: .right, in: .anterior, frame: FigureFixture.frame, context: context))
        // Below the anchors, clear of the label's dot.
        let painted = greys(around: Point(x: left.x, y: left.y + 30)), plain = greys(around: Point(x: right.x, y: right.y + 30))
        let mean = { (v: [Double]) in v.reduce(0, +) / Double(v.count) }
        print("print body chart, lateral thigh: painted \(mean(painted)) (range \((painted.max() ?? 0) - (painted.min() ?? 0))), plain \(mean(plain))")
        XCTAssertGreaterThan((painted.max() ?? 0) - (painted.min() ?? 0), 40, "the underlay's texture is hidden under the pain")
        // The pain is a translucent wash in print, whatever its intensity, so the underlay is never covered.
        for t in [0.0, 0.5, 1.0] {
            guard case .solid(let c) = context.palette.pain(.radicular, intensity: t) else { return XCTFail("radicular paint") }
            XCTAssertLessThanOrEqual(c.alpha, 0.75)
        }
        XCTAssertGreaterThan(mean(plain) - mean(painted), 40, "the pain does not stand out from the underlay")
    }

    func testNoWordsCollideInLargeOrSmallFrames() throws {
        // 07, 11, 27: the knee-region labels and the underlay's legend row too.
        for prefix in ["02", "07", "11", "13", "14", "27"] {
            let context = try FigureFixture.context(prefix)
            for frame in [FigureFixture.frame, Rect(x: 20, y: 20, width: 1150, height: 770)] {
                let scene = Scene(width: 2400, height: 1600, nodes: BodyChartPanel().nodes(in: frame, context: context))
                XCTAssertEqual(scene.overlappingTexts(), [], "\(prefix) in \(frame.width)×\(frame.height)")
                for (id, box) in scene.textFrames() {
                    XCTAssertTrue(frame.contains(box, tolerance: 2), "\(prefix): \(id) leaves the \(frame.width)-point frame")
                }
            }
        }
    }

    /// In print every root has a pattern of its own (issue 11: L1, L3 and L5 shared one hatch at different greys on the
    /// underlay): the atlas fill and the faint underlay of each segment differ from every other segment's in pattern —
    /// kind, angle, crossing, density — not only in grey; and the print body chart draws each root's underlay with its own.
    func testEveryRootHasItsOwnPrintPattern() throws {
        let p = Palette(.print)
        for paint in [p.dermatome, { p.faintDermatome($0, unit: 4) }] {
            let keys = DermatomeSegment.all.map { TissueToneTests.texture(paint($0)) }
            XCTAssertFalse(keys.contains("plain"), "\(keys)")
            XCTAssertEqual(Set(keys).count, keys.count, "two roots share a pattern: \(keys)")
        }
        var seen: [String: Set<String>] = [:]
        for prefix in ["02", "11"] {
            let context = try FigureFixture.context(prefix, theme: .print)
            for entry in FigureFixture.scene(BodyChartPanel(), context).flattened() {
                guard case .path(let node) = entry.node, let root = node.metadata["root"], node.metadata["share"] != "fringe",
                      let fill = node.fill, TissueToneTests.texture(fill.paint) != "plain" else { continue }
                seen[root, default: []].insert(TissueToneTests.texture(fill.paint))
            }
        }
        XCTAssertGreaterThan(seen.count, 3, "the print body chart draws few roots' underlays: \(seen.keys.sorted())")
        let roots = seen.keys.sorted()
        for i in roots.indices {
            for j in roots.indices where j > i {
                XCTAssertTrue(seen[roots[i], default: []].isDisjoint(with: seen[roots[j], default: []]),
                              "\(roots[i]) and \(roots[j]) share a pattern: \(seen[roots[i], default: []])")
            }
        }
    }
}
