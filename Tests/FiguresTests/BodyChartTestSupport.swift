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

/// Loading the teaching scenarios and drawing a panel into a scene, for the body-chart and knee tests.
enum FigureFixture {
    /// The repository's Scenarios directory.
    static let scenarios = Fixtures.scenarioDirectory

    /// The scenario numbered `prefix` ("02"); a missing or renamed file fails the test.
    static func scenario(_ prefix: String) throws -> Scenario { try Fixtures.scenario(prefix) }

    /// A context for scenario `prefix`, simulated, with the approximate text measurer unless given.
    static func context(_ prefix: String, theme: Theme = .color, labels: LabelMode = .full,
                        measurer: (any TextMeasurer)? = nil) throws -> FigureContext {
        let scenario = try scenario(prefix)
        let options = FigureOptions(theme: theme, labels: labels, measurer: measurer ?? ApproximateTextMeasurer())
        return FigureContext(result: Pipeline.simulate(scenario), scenario: scenario, options: options)
    }

    /// The standard test page: 2400 × 1600 with 50-point margins.
    static let frame = Rect(x: 50, y: 50, width: 2300, height: 1500)

    static func scene(_ panel: some Panel, _ context: FigureContext) -> Scene {
        Scene(width: 2400, height: 1600, nodes: panel.nodes(in: frame, context: context))
    }
}

extension Scene {
    /// Every node id, depth first.
    var ids: [String] { flattened().map(\.node.id) }

    /// The page bounds of the node with `id`, measured approximately.
    func bounds(of id: String) -> Rect? {
        node(withID: id)?.bounds(measurer: ApproximateTextMeasurer())
    }
}

extension Scene {
    /// The frames of every text node (approximate measurer), with their ids.
    func textFrames() -> [(id: String, frame: Rect)] {
        let measurer = ApproximateTextMeasurer()
        return flattened().compactMap { entry in
            guard case .text(let text) = entry.node else { return nil }
            return (text.id, measurer.frame(of: text))
        }
    }

    /// Pairs of text nodes whose frames overlap by more than `slack` points each way.
    func overlappingTexts(slack: Double = 1) -> [String] {
        let frames = textFrames()
        var out: [String] = []
        for (i, a) in frames.enumerated() {
            for b in frames[(i + 1)...] where a.frame.insetBy(slack).intersects(b.frame.insetBy(slack)) {
                out.append("\(a.id) × \(b.id)")
            }
        }
        return out
    }
}
