import Diagram
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import Scenario
import XCTest

/// The sagittal's level labels ("L3" beside its vertebra) are direct labels (issue 11, layout): on the sheet and in the
/// single view, with full and minimal labels, every scenario names each vertebra L1 … S1 in the left column beside it,
/// never as a numbered call-out.
final class LevelLabelTests: XCTestCase {
    typealias S = SectionTestSupport

    static let levels = ["L1", "L2", "L3", "L4", "L5", "S1"]

    func testLevelLabelsAreDirectLabelsBesideTheirVertebrae() throws {
        var checked = 0, problems: [String] = []
        for file in try S.scenarioFiles() {
            let (scenario, result) = try S.load(String(file.prefix(2)))
            for labels in [LabelMode.full, .minimal] {
                let context = S.context(scenario, result, labels: labels)
                for view: ViewSpec in [.sheet, .sagittal] {
                    let scene = ViewCatalog.scene(for: view, context: context)
                    let name = "\(file) \(view) \(labels)"
                    var texts: [String: TextNode] = [:], paths: [String: PathNode] = [:]
                    for item in scene.flattened() {
                        switch item.node {
                        case .text(let t): texts[t.id] = t
                        case .path(let p): paths[p.id] = p
                        default: break
                        }
                    }
                    for level in Self.levels {
                        checked += 1
                        if paths["sagittal.callout.level.\(level)"] != nil { problems.append("\(name): \(level) is a call-out") }
                        guard let label = texts["sagittal.label.level.\(level)"], label.string == level else {
                            problems.append("\(name): no direct label \(level)")
                            continue
                        }
                        // Beside its vertebra: the label's line within the height of the vertebra's drawn body (S1: the
                        // sacrum's), so that it does not read as the next one's.
                        let body = paths["sagittal.body.\(level)"] ?? (level == "S1" ? paths["sagittal.sacrum.lower"] : nil)
                        guard let box = body?.path.bounds else { problems.append("\(name): no body drawn for \(level)"); continue }
                        if label.position.y < box.minY || label.position.y > box.maxY {
                            problems.append("\(name): \(level) at y \(Int(label.position.y)) beside \(Int(box.minY))…\(Int(box.maxY))")
                        }
                    }
                }
            }
        }
        XCTAssertEqual(checked, try S.scenarioFiles().count * 4 * Self.levels.count, "every scenario's sheet and sagittal, full and minimal")
        XCTAssertEqual(problems, [])
    }
}
