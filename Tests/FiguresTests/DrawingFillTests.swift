import CairoRender
import Diagram
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import Scenario
import XCTest

/// Large anatomy (issue 11: "in every slot the drawing fills most of the width"): the width of each section view's
/// anatomy ÷ the width of the slot it is drawn in, for every scenario, standalone and on the sheet, at the default page
/// width and at 1000 points.
final class DrawingFillTests: XCTestCase {
    typealias S = SectionTestSupport

    /// The group holding each view's anatomy.
    static let groups = ["sagittal": "sagittal.drawing", "posterior": "posterior.drawing", "axial": "axial.section", "foramen": "foramen.section"]

    /// The fill fractions of one scenario at page width `width`: "<view>" standalone and "sheet <view>" on the sheet.
    static func fractions(_ prefix: String, width: Double, measurer: any TextMeasurer) throws -> [(view: String, fill: Double)] {
        let (scenario, result) = try S.load(prefix)
        var context = S.context(scenario, result)
        context.options.width = width
        context.options.measurer = measurer
        var out: [(view: String, fill: Double)] = []
        let margin = width * 0.025, t = context.type
        for (name, view) in [("sagittal", ViewSpec.sagittal), ("posterior", .posterior), ("axial", .axial(nil)), ("foramen", .foramen(nil, nil))] {
            let scene = ViewCatalog.scene(for: view, context: context)
            out.append((name, SheetLayoutTests.anatomyWidth(scene.nodes, group: groups[name] ?? "") / (width - 2 * margin)))
        }
        let sheet = ViewCatalog.scene(for: .sheet, context: context)
        // The stacked column starts at its sections' titles; the lead column ends a gutter before it.
        guard case .text(let title)? = sheet.node(withID: "axial.title") else { throw XCTSkip("no axial title") }
        let stacked = width - margin - title.position.x, lead = title.position.x - 3 * t.gap - margin
        for (name, slot) in [("sagittal", lead), ("axial", stacked), ("foramen", stacked)] {
            out.append(("sheet \(name)", SheetLayoutTests.anatomyWidth(sheet.nodes, group: groups[name] ?? "") / slot))
        }
        return out
    }

    func testEverySectionFillsMostOfItsSlot() throws {
        let measurer = try CairoTextMeasurer()
        var all: [String: [Double]] = [:]
        var lows: [String] = []
        for file in try S.scenarioFiles() {
            let prefix = String(file.prefix(2))
            for width in [2400.0, 1000] {
                for (view, fill) in try Self.fractions(prefix, width: width, measurer: measurer) {
                    all[view, default: []].append(fill)
                    if fill < Self.floor[view, default: 0] { lows.append(String(format: "%@ %@ at %.0f: %.2f", prefix, view, width, fill)) }
                }
            }
        }
        for view in all.keys.sorted() {
            let v = (all[view] ?? []).sorted()
            print(String(format: "fill %@: min %.2f, median %.2f, max %.2f (%d)", view, v.first ?? 0, v[v.count / 2], v.last ?? 0, v.count))
        }
        XCTAssertEqual(lows, [], "drawings that fill less of their slot than the floor")
    }

    /// The least share of its slot's width each view's anatomy fills: more than half ("most of the width"), with a margin
    /// under what the views reach (before → after, min/median over 31 scenarios at 2400 and 1000 points: sagittal
    /// 0.27/0.28 → 0.61/0.61, posterior 0.32/0.32 → 0.53/0.53, axial 0.40/0.49 → 0.59/0.59, foramen 0.53/0.57 → 0.58/0.60;
    /// on the sheet sagittal 0.62/0.63 → 0.70/0.75, axial 0.54/0.74 and foramen 0.54/0.65 as before). The posterior view
    /// is a straight column about a third as wide as it is tall: a single page is at most 1.6 times as tall as wide
    /// (``FigurePage/maxSingleAspect``), which limits it. The sheet's sections share one scale that must let the sections
    /// fit the first printed page (``SheetLayoutTests``).
    static let floor: [String: Double] = [
        "sagittal": 0.58, "posterior": 0.5, "axial": 0.55, "foramen": 0.55,
        "sheet sagittal": 0.65, "sheet axial": 0.5, "sheet foramen": 0.5,
    ]
}
