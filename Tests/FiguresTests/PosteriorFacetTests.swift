import Anatomy
import Diagram
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures
import Foundation
import Pathology
import XCTest

/// Facet hypertrophy in the posterior view as what it is (issue 11): enlarged articular processes — opaque bone filled as
/// the bodies are, outlined as a lesion, drawn over the roots they press (which show dashed under them), their medial margin set with osteophytes reaching the model's front in the lateral recess,
/// lateral to the sac — not a translucent rounded box the disc shows through (an empty rectangle in print).
final class PosteriorFacetTests: XCTestCase {
    typealias S = SectionTestSupport

    private func paths(_ scene: Scene, structure: Structure) -> [PathNode] {
        scene.flattened().compactMap { entry in
            guard case .path(let p) = entry.node, p.metadata["structure"] == structure.rawValue else { return nil }
            return p
        }
    }

    /// The shapes of group `id` in the drawing (figure mm), with the group's opacity.
    private func group(_ id: String, in nodes: [SketchNode]) -> (opacity: Double, shapes: [SketchShape])? {
        for node in nodes {
            guard case .group(let gid, let children, let opacity) = node else { continue }
            if gid == id { return (opacity, children.compactMap { if case .shape(let s) = $0 { s } else { nil } }) }
            if let found = group(id, in: children) { return found }
        }
        return nil
    }

    /// Every teaching scenario: where the model has a hypertrophied facet, the posterior view draws each piece as opaque
    /// bone — the bodies' fill and outline, undashed, in an opaque group, in every theme — shaped as a process with
    /// osteophytes (many points, at least two spur tips on its medial margin with hollows between), its medial tips at
    /// the model's front (the box's medial edge: no measure of its own) and medial to the normal facet's edge for a
    /// recess or central stenosis (larger than the process of the same spine without the lesion), and lateral to the sac
    /// outline but for its spur tips (the model's front lies 0.6–0.9 mm inside the drawn sac in 15 and 22: the process
    /// is behind the sac's lateral margin). Where the model has none (01, a normal spine, among them) none is drawn and the key names none.
    func testHypertrophiedFacetsAreOpaqueBoneLateralToTheSac() throws {
        var checked = 0
        for file in try S.scenarioFiles() {
            let prefix = String(file.prefix(2))
            let (scenario, result) = try S.load(prefix)
            let solids = result.spine.solids.filter { $0.structure == .facetHypertrophy && SacProfile.isLesion($0) }
            for theme in Theme.allCases {
                let context = S.context(scenario, result, theme: theme)
                let scene = S.scene(PosteriorPanel(), context)
                let facets = paths(scene, structure: .facetHypertrophy)
                let key = (scene.node(withID: "posterior.key.text").flatMap { if case .text(let t) = $0 { t.string } else { nil } }) ?? ""
                guard !solids.isEmpty else {
                    XCTAssertTrue(facets.isEmpty, "\(prefix) \(theme): a hypertrophied facet drawn without one in the model")
                    XCTAssertFalse(key.contains("facet"), "\(prefix) \(theme): the key names facets not drawn: \(key)")
                    continue
                }
                XCTAssertEqual(facets.count, solids.count, "\(prefix) \(theme): one process per piece of the model")
                XCTAssertTrue(key.contains("Enlarged facets drawn as bone"), "\(prefix) \(theme): key \(key)")
                let body = try XCTUnwrap(S.path(scene, "posterior.body.L4"))
                for facet in facets {
                    XCTAssertEqual(S.fillColor(facet), S.fillColor(body), "\(prefix) \(theme) \(facet.id): not the bodies' bone fill")
                    XCTAssertEqual(S.fillColor(facet), context.palette.bone, "\(prefix) \(theme) \(facet.id)")
                    // Outlined as a lesion, heavier than the body it overlaps and in another colour (but print's near-black
                    // ink), so where the two overlap the process's edge is its own.
                    let stroke = try XCTUnwrap(facet.stroke, "\(prefix) \(facet.id): no outline")
                    XCTAssertEqual(stroke.color, context.palette.lesionOutline, "\(prefix) \(theme) \(facet.id): not outlined as a lesion")
                    if theme != .print { XCTAssertNotEqual(stroke.color, body.stroke?.color, "\(prefix) \(theme) \(facet.id)") }
                    XCTAssertGreaterThan(stroke.width, 1.2 * (body.stroke?.width ?? 0), "\(prefix) \(theme) \(facet.id): no heavier than the body's")
                    XCTAssertTrue(stroke.dash.isEmpty, "\(prefix) \(theme) \(facet.id): dashed")
                    XCTAssertEqual(facet.opacity, 1, "\(prefix) \(theme) \(facet.id): translucent")
                    // A casing of the page's colour under the outline.
                    let casing = try XCTUnwrap(S.path(scene, "\(facet.id).casing"), "\(prefix) \(theme) \(facet.id): no casing")
                    XCTAssertEqual(casing.stroke?.color, context.palette.background)
                    XCTAssertGreaterThan(casing.stroke?.width ?? 0, stroke.width)
                }
                // Drawn over the roots (dorsolateral to the sleeves, seen from behind), each root under one traced dashed
                // over it.
                let order = scene.flattened().compactMap { entry -> String? in
                    if case .path(let p) = entry.node { return p.id }
                    return nil
                }
                let lastRoot = try XCTUnwrap(order.lastIndex { $0.hasPrefix("posterior.root.") }, prefix)
                for facet in facets {
                    XCTAssertGreaterThan(order.firstIndex(of: facet.id) ?? -1, lastRoot, "\(prefix) \(theme) \(facet.id): under the roots")
                }
                let hidden = order.filter { $0.hasPrefix("posterior.hidden.root.") }
                XCTAssertFalse(hidden.isEmpty, "\(prefix) \(theme): no root traced under the enlarged facet")
                for id in hidden {
                    XCTAssertGreaterThan(order.firstIndex(of: id) ?? -1, order.lastIndex { $0.hasPrefix("posterior.lesion.") } ?? .max,
                                         "\(prefix) \(theme) \(id): under the facet")
                    XCTAssertFalse(S.path(scene, id)?.stroke?.dash.isEmpty ?? true, "\(prefix) \(theme) \(id): not dashed")
                }
                XCTAssertTrue(key.contains("Dashed root"), "\(prefix) \(theme): the key does not say what the dashed root is")
            }
            // In figure mm (u = −x, v = z): opaque group, the model's front, lateral to the sac, spurs.
            let drawing = PosteriorDrawing(result: result, style: SagittalStyle(S.context(scenario, result)))
            let bone = try XCTUnwrap(group("posterior.lesions.facets", in: drawing.layers()), prefix)
            XCTAssertEqual(bone.opacity, 1, prefix)
            let shapes = bone.shapes.filter { $0.metadata["structure"] == Structure.facetHypertrophy.rawValue }
            XCTAssertEqual(shapes.count, solids.count, prefix)
            for (shape, solid) in zip(shapes, solids) {
                checked += 1
                XCTAssertEqual(shape.opacity, 1, "\(prefix) \(shape.id)")
                let b = solid.box, inner = min(abs(b.min.x), abs(b.max.x)), outer = max(abs(b.min.x), abs(b.max.x))
                let xs = shape.points.map { abs($0.u) }
                XCTAssertGreaterThan(shape.points.count, 40, "\(prefix) \(shape.id): a box, not a process with spurs")
                XCTAssertEqual(xs.min() ?? 0, inner, accuracy: 0.01, "\(prefix) \(shape.id): the tips are not at the model's front")
                XCTAssertEqual(xs.max() ?? 0, outer, accuracy: 0.01, "\(prefix) \(shape.id): not the model's lateral edge")
                let anatomy = result.spine[solid.level].anatomy
                if inner < anatomy.pedicleWallX {
                    XCTAssertLessThan(inner, anatomy.facetEdgeX, "\(prefix) \(shape.id): no larger than the normal process")
                }
                // Spur tips: the medial margin touches the front at two places or more, with hollows between.
                let margin = Array(shape.points.prefix(shape.points.count / 2))
                let half = margin.map { abs($0.u) }
                let tips = half.indices.dropFirst().dropLast().filter { (i: Int) -> Bool in
                    let x: Double = half[i]
                    return x < inner + 0.05 && x <= half[i - 1] && x <= half[i + 1]
                }
                XCTAssertGreaterThanOrEqual(tips.count, 2, "\(prefix) \(shape.id): no osteophytes on its medial margin")
                guard let first = tips.first, let last = tips.last else { continue }
                // Lateral to the sac: the process lies behind the sac's lateral margin, so only its spurs may cross the
                // drawn outline, by no more than the model's front lies inside it; the hollows between them, the whole
                // lateral side and most of the margin lie lateral to the outline (a tenth of a millimetre for sampling).
                let hollows = (first..<last).filter { (i: Int) -> Bool in
                    let x: Double = half[i]
                    return i > 0 && x >= half[i - 1] && x >= half[i + 1] && x > inner + 0.5
                }
                XCTAssertGreaterThanOrEqual(hollows.count, tips.count - 1, "\(prefix) \(shape.id): no hollows between the spurs")
                for i in hollows {
                    XCTAssertGreaterThan(half[i], drawing.sacHalfWidth(margin[i].v) - 0.1, "\(prefix) \(shape.id): a hollow inside the sac at z \(margin[i].v)")
                }
                let lateral = shape.points.suffix(shape.points.count - margin.count)
                XCTAssertTrue(lateral.allSatisfy { abs($0.u) > drawing.sacHalfWidth($0.v) + 1 }, "\(prefix) \(shape.id): its lateral side in the sac")
                // The share of its area inside the sac, summed strip by strip up the margin (margin and side share heights).
                var inside = 0.0, total = 0.0
                for i in margin.indices.dropFirst() {
                    let dz = margin[i].v - margin[i - 1].v, x = abs(margin[i].u), side = abs(lateral[lateral.endIndex - 1 - i].u)
                    inside += max(0, min(side, drawing.sacHalfWidth(margin[i].v)) - x) * dz
                    total += (side - x) * dz
                }
                XCTAssertLessThan(inside / total, 0.1, "\(prefix) \(shape.id): \(inside) of \(total) mm² inside the sac")
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 3, "15 (one side) and 22 (both) have hypertrophied facets")
    }
}
