import Compression
import Diagram
import Foundation
import Radix
import Scenario
import TestSupport
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// Loads teaching scenarios and draws the sagittal panel alone on a 4:3 page, as the figure would.
enum SagittalFixture {
    static let scenarios = Fixtures.scenarioDirectory

    /// The scenario numbered `prefix` ("02" → 02-l4-l5-left-subarticular-extrusion.yaml); a missing or
    /// renamed file fails the test.
    static func scenario(_ prefix: String) throws -> Scenario { try Fixtures.scenario(prefix) }

    /// Every scenario file's prefix, sorted.
    static func allPrefixes() throws -> [String] {
        try Fixtures.scenarioFiles().map { String($0.prefix(2)) }
    }

    static func context(_ prefix: String, theme: Theme = .color, labels: LabelMode = .full,
                        measurer: any TextMeasurer = ApproximateTextMeasurer()) throws -> FigureContext {
        let scenario = try scenario(prefix)
        return FigureContext(result: Pipeline.simulate(scenario), scenario: scenario,
                             options: FigureOptions(theme: theme, labels: labels, measurer: measurer))
    }

    /// The panel on a page `options.width` wide and three quarters as high, inside the usual margins.
    static func scene(_ context: FigureContext) -> Scene {
        let w = context.options.width, h = (w * 0.75).rounded()
        let frame = Rect(x: 0, y: 0, width: w, height: h).insetBy(context.type.gap * 2)
        return Scene(width: w, height: h, nodes: SagittalPanel().nodes(in: frame, context: context))
    }

    /// Made once per test process (``SceneCache``): several classes check the same sagittal of every scenario.
    static func scene(_ prefix: String, theme: Theme = .color, labels: LabelMode = .full) throws -> (Scene, FigureContext) {
        try SceneCache.shared.memo("sagittal fixture \(prefix) \(theme) \(labels)") {
            let context = try context(prefix, theme: theme, labels: labels)
            return (scene(context), context)
        }
    }

    /// The path node with this id, or a test failure.
    static func path(_ scene: Scene, _ id: String, file: StaticString = #filePath, line: UInt = #line) -> PathNode? {
        guard case .path(let node)? = scene.node(withID: id) else {
            XCTFail("no path node \(id)", file: file, line: line)
            return nil
        }
        return node
    }

    /// The text nodes whose ids start with `prefix`.
    static func texts(_ scene: Scene, prefix: String) -> [TextNode] {
        scene.flattened().compactMap { entry in
            if case .text(let t) = entry.node, t.id.hasPrefix(prefix) { return t }
            return nil
        }
    }
}
