import Anatomy
import Compression
import Diagram
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Radix
import Scenario
import XCTest

/// The progression figure of `radix sweep`, laid out with the approximate measurer (no Cairo).
final class ProgressionFigureTests: XCTestCase {
    static let subarticular = """
    title: L4-L5 left subarticular extrusion
    description: A disc extrusion in the left lateral recess.
    lesions:
      - {type: herniation, level: L4-L5, zone: subarticular, side: left, morphology: extrusion, size_mm: 7}

    """
    static let foraminal = """
    title: L5-S1 left foraminal stenosis
    lesions:
      - {type: stenosis, level: L5-S1, kind: foraminal, side: left, foramen_height_mm: 12}

    """

    func input(_ text: String, _ path: String, _ range: String, view: ViewSpec? = nil) throws -> ProgressionInput {
        let template = try ScenarioTemplate.parse(text, file: "t.yaml")
        let parameter = try template.parameter(path)
        let steps = try SweepRange.values(range, for: parameter).map { value in
            let scenario = try template.scenario(setting: parameter, to: value.text)
            return SweepStep(value: value, scenario: scenario, result: Pipeline.simulate(scenario))
        }
        return ProgressionInput(parameter: parameter, steps: steps, view: view)
    }

    func testTheViewFollowsTheRootThatChanges() throws {
        XCTAssertEqual(try input(Self.subarticular, "lesions[0].size_mm", "1...10:10").view, .axial(.L4L5))
        XCTAssertEqual(try input(Self.foraminal, "lesions[0].foramen_height_mm", "20...10:6").view, .foramen(.L5S1, .left))
        let forced = try input(Self.subarticular, "lesions[0].size_mm", "1...10:4", view: .sheet)
        XCTAssertEqual(forced.view, .sheet, "frames may be sheets")
        XCTAssertEqual(forced.multiplesView, .axial(.L4L5), "the small multiples never repeat the sheet")
    }

    func testSmallMultiplesAreSpreadEvenlyFromFirstToLast() throws {
        for (n, expected) in [(2, [0, 1]), (3, [0, 1, 2]), (4, [0, 1, 2, 3]), (5, [0, 2, 4]), (10, [0, 3, 6, 9]), (13, [0, 4, 8, 12])] {
            let i = try input(Self.subarticular, "lesions[0].size_mm", "1...10:\(n)")
            XCTAssertEqual(i.multipleIndices, expected, "\(n) steps")
        }
    }

    func testThePageKeepsItsWordsApartAndOnThePage() throws {
        for theme in Theme.allCases {
            let i = try input(Self.subarticular, "lesions[0].size_mm", "1...10:10")
            let scene = ProgressionFigure.scene(i, options: FigureOptions(width: 2400, theme: theme))
            let page = scene.pageBounds
            for (id, frame) in scene.textFrames() {
                XCTAssertTrue(page.contains(frame), "\(theme): \(id) leaves the page: \(frame)")
            }
            // The plot's own words (ticks, margin labels, strip names, titles) never overlap.
            let plot = scene.textFrames().filter { $0.id.hasPrefix("plot.") }
            XCTAssertGreaterThan(plot.count, 10)
            for (n, a) in plot.enumerated() {
                for b in plot[(n + 1)...] where a.frame.insetBy(1).intersects(b.frame.insetBy(1)) {
                    XCTFail("\(theme): \(a.id) overlaps \(b.id)")
                }
            }
            XCTAssertEqual(i.multipleIndices.map { scene.node(withID: "multiple.\($0 + 1)") != nil }, [true, true, true, true])
            XCTAssertNotNil(scene.node(withID: "plot.clearance.threshold.0"), "contact threshold drawn")
            XCTAssertNotNil(scene.node(withID: "plot.flattening.threshold.0"), "compression threshold drawn")
        }
    }

    /// A slip moves the bones out of the window; each multiple fitted on its own would zoom out as the slip
    /// grows, and the learner would see the drawing shrink rather than the vertebra move.
    func testEveryMultipleIsDrawnAtOneScale() throws {
        let slip = """
        title: L5-S1 isthmic slip
        lesions:
          - {type: spondylolisthesis, level: L5-S1, kind: isthmic, grade: I}

        """
        for view in [ViewSpec.axial(.L5S1), .foramen(.L5S1, .left)] {
            let i = try input(slip, "lesions[0].grade", "I...IV", view: view)
            let scene = ProgressionFigure.scene(i, options: FigureOptions(width: 2400))
            let bars = scene.flattened().compactMap { entry -> Double? in
                guard case .path(let p) = entry.node, p.id.hasSuffix(".scalebar") else { return nil }
                return p.path.bounds?.width
            }
            XCTAssertEqual(bars.count, 4, "\(view): one scale bar per multiple")
            let widest = bars.max() ?? 0, narrowest = bars.min() ?? 0
            XCTAssertGreaterThan(narrowest, 0)
            XCTAssertEqual(widest, narrowest, accuracy: 0.01, "\(view): the multiples' 10 mm bars differ: \(bars)")
            // Each panel alone would have chosen its own scale: the test means something only if they differ.
            let c = FigureOptions(width: 2400)
            let own = i.steps.map { step in
                ViewCatalog.panel(for: view, context: FigureContext(result: step.result, scenario: step.scenario, options: c))
                    .drawingScale(in: Rect(x: 0, y: 0, width: 1100, height: 825),
                                  context: FigureContext(result: step.result, scenario: step.scenario, options: c)) ?? 0
            }
            XCTAssertGreaterThan((own.max() ?? 0) - (own.min() ?? 0), 0.01, "\(view): the steps would differ on their own: \(own)")
            // The frames of an animation share one scale too.
            let options = ProgressionFigure.frameOptions(i, options: c)
            let frameBars = i.steps.indices.compactMap { step -> Double? in
                ProgressionFigure.frame(i, step: step, options: options).flattened().compactMap { entry -> Double? in
                    guard case .path(let p) = entry.node, p.id.hasSuffix(".scalebar") else { return nil }
                    return p.path.bounds?.width
                }.first
            }
            XCTAssertEqual(frameBars.count, 4, "\(view): one scale bar per frame")
            XCTAssertEqual((frameBars.max() ?? 0) - (frameBars.min() ?? 1), 0, accuracy: 0.01, "\(view): frames differ: \(frameBars)")
        }
    }

    /// Body charts as small multiples: at the page's aspect a half-width cell left each figure about 100 px
    /// high; the cells of tall views are now tall enough for a figure a third of the page wide.
    func testBodyChartMultiplesAreLargeEnoughToRead() throws {
        let i = try input(Self.subarticular, "lesions[0].size_mm", "1...10:4", view: .body)
        let scene = ProgressionFigure.scene(i, options: FigureOptions(width: 2400))
        let skins = scene.flattened().compactMap { entry -> Double? in
            guard case .path(let p) = entry.node, p.id.hasSuffix(".anterior.skin") || p.id.hasSuffix(".posterior.skin") else { return nil }
            return p.path.bounds?.height
        }
        XCTAssertEqual(skins.count, 8, "front and back in each of four multiples")
        XCTAssertGreaterThan(skins.min() ?? 0, 600, "a body figure is \(skins.min() ?? 0) px high on a 2400 px page")
    }

    func testEachMultipleIsTitledByItsValue() throws {
        let i = try input(Self.foraminal, "lesions[0].foramen_height_mm", "20...8:7")
        let scene = ProgressionFigure.scene(i, options: FigureOptions(width: 2400))
        let texts = scene.flattened().compactMap { entry -> String? in
            guard case .text(let t) = entry.node else { return nil }
            return t.string
        }
        for label in ["20 mm", "16 mm", "12 mm", "8 mm"] { XCTAssertTrue(texts.contains(label), "missing title \(label)") }
        XCTAssertTrue(texts.contains { $0.hasPrefix("As the residual foraminal height of the foraminal stenosis at L5–S1") })
    }

    func testTheCaptionAndAltTextSayWhereEachGradeIsReached() throws {
        let i = try input(Self.foraminal, "lesions[0].foramen_height_mm", "20...8:13")
        let alt = ProgressionFigure.altText(i)
        let track = try XCTUnwrap(i.changing.first)
        XCTAssertEqual(track.name, "left L5")
        let compression = try XCTUnwrap(track.firstStep(reaching: .compression))
        XCTAssertTrue(alt.contains("compression at \(i.label(compression))"), alt)
        XCTAssertTrue(ProgressionFigure.captionText(i).contains("Teaching model"))
        XCTAssertTrue(alt.hasSuffix("Teaching model \u{2014} not for diagnosis."))
    }

    func testAStepThatChangesNothingSaysSo() throws {
        let normal = "title: normal\nlesions: []\n"
        let i = try input(normal, "anatomy.scale", "1...1.01:2")
        XCTAssertTrue(i.changing.isEmpty)
        let scene = ProgressionFigure.scene(i, options: FigureOptions(width: 1200))
        XCTAssertNotNil(scene.node(withID: "plot.none"))
        XCTAssertTrue(ProgressionFigure.altText(i).contains("No root's grade or room changes"))
    }

    func testAxisTicksAreNiceNumbers() {
        XCTAssertEqual(PlotScale.ticks(from: 1, to: 12, count: 8), [2, 4, 6, 8, 10, 12])
        XCTAssertEqual(PlotScale.ticks(from: 20, to: 8, count: 8), [8, 10, 12, 14, 16, 18, 20], "a decreasing sweep has the same ticks")
        XCTAssertEqual(PlotScale.ticks(from: -5.1, to: 2.4, count: 6), [-4, -2, 0, 2])
        XCTAssertEqual(PlotScale.ticks(from: 0, to: 1, count: 4), [0, 0.25, 0.5, 0.75, 1])
        let (low, high) = PlotScale.niceBounds(-5.1, 2.4, count: 6)
        XCTAssertEqual(low, -6)
        XCTAssertEqual(high, 4)
        XCTAssertEqual(PlotScale.label(-0.5), "\u{2212}0.5")
        let scale = PlotScale(domain: (20, 8), range: (0, 120))
        XCTAssertEqual(scale.position(20), 0)
        XCTAssertEqual(scale.position(8), 120)
        XCTAssertEqual(scale.position(14), 60)
    }
}
