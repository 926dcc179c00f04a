import Anatomy
import Diagram
import Scenario
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// The canal opened from behind (issue 11): each root exits under its own pedicle, the traversing root
/// crosses the disc above, the view is registered and named, and nothing leaves the page.
final class PosteriorPanelTests: XCTestCase {
    func testViewIsRegistered() {
        XCTAssertEqual(ViewSpec(parsing: "posterior"), .posterior)
        XCTAssertEqual(ViewSpec.posterior.description, "posterior")
        XCTAssertTrue(ViewSpec.names.contains("posterior"))
    }

    func testEachRootExitsUnderItsOwnPedicleAndTraversesTheDiscAbove() throws {
        let context = try SagittalFixture.context("02")
        let drawing = PosteriorDrawing(result: context.result, style: SagittalStyle(context))
        XCTAssertNil(drawing.pedicle(.S1), "S1 is the sacrum: no pedicles to cut")
        for root in [Root.L1, .L2, .L3, .L4, .L5] {
            guard let vertebra = Vertebra(rawValue: root.rawValue) else { return XCTFail("\(root)") }
            let pedicle = try XCTUnwrap(drawing.pedicle(vertebra), "\(vertebra.name) has pedicles")
            for side in Side.allCases {
                let course = drawing.course(root, side)
                guard let ganglion = course.first(where: { $0.place == .foramen }) else { XCTFail("\(root) \(side): no ganglion"); continue }
                // Under the pedicle: below its lower margin, within a pedicle's width of its centre.
                XCTAssertLessThan(ganglion.z, pedicle.bottom, "\(root) \(side) ganglion below its pedicle")
                XCTAssertGreaterThan(ganglion.z, pedicle.bottom - 15, "\(root) \(side) ganglion just below its pedicle")
                XCTAssertEqual(abs(ganglion.x), pedicle.x, accuracy: pedicle.width / 2, "\(root) \(side) ganglion under the pedicle")
                XCTAssertEqual(ganglion.level, root.exitLevel, "\(root) leaves through the foramen below its vertebra")
                if let above = DiscLevel(rawValue: root.rawValue - 1) {
                    // It crossed the disc above in the recess, lateral to the sac.
                    let disc = context.result.spine[above]
                    let crossing = course.first { $0.place == .lateralRecess && $0.level == above }
                    XCTAssertNotNil(crossing, "\(root) \(side) traverses \(above.name)")
                    if let c = crossing {
                        XCTAssertEqual(c.z, disc.baseZ + disc.discHeight / 2, accuracy: disc.discHeight, "\(root) beside the \(above.name) disc")
                        XCTAssertGreaterThan(abs(c.x), drawing.sacHalfWidth(c.z) - c.radius, "\(root) outside the sac")
                    }
                }
            }
        }
    }

    func testEveryNodeStaysOnThePageAndRootsCarryTheirIdentity() throws {
        for prefix in ["01", "02", "07", "09", "14", "21", "22", "24"] {
            let context = try SagittalFixture.context(prefix)
            let w = context.options.width, h = w
            let frame = Rect(x: 0, y: 0, width: w, height: h).insetBy(context.type.gap * 2)
            let scene = Scene(width: w, height: h, nodes: PosteriorPanel().nodes(in: frame, context: context))
            XCTAssertEqual(scene.duplicateIDs(), [], prefix)
            let measurer = ApproximateTextMeasurer()
            var roots = Set<String>()
            for (_, node) in scene.flattened() {
                if case .group = node { continue }
                if let b = node.bounds(measurer: measurer) { XCTAssertTrue(scene.pageBounds.contains(b, tolerance: 0.5), "\(prefix) \(node.id)") }
                if case .path(let p) = node, let root = p.metadata["root"], let side = p.metadata["side"] { roots.insert("\(root) \(side)") }
            }
            for root in ["L1", "L2", "L3", "L4", "L5", "S1"] {
                for side in ["left", "right"] { XCTAssertTrue(roots.contains("\(root) \(side)"), "\(prefix): \(root) \(side) drawn") }
            }
            // Labels do not overlap.
            let texts = SagittalFixture.texts(scene, prefix: "posterior.label.").map { measurer.frame(of: $0) }
            for i in texts.indices { for j in texts.indices where j > i { XCTAssertFalse(texts[i].intersects(texts[j]), "\(prefix) labels \(i) \(j)") } }
        }
    }
}

/// The posterior view's roots run smoothly (issue 11): along every root's outline, in every scenario, no corner between
/// edges longer than a printed point turns by 45° or more (its round caps turn by 22.5° a step).
final class PosteriorRootSmoothnessTests: XCTestCase {
    func testRootOutlinesHaveNoKinks() throws {
        var worst = 0.0
        for file in try SectionTestSupport.scenarioFiles() {
            let (scenario, result) = try SectionTestSupport.load(String(file.prefix(2)))
            let scene = SectionTestSupport.scene(PosteriorPanel(), SectionTestSupport.context(scenario, result))
            for item in scene.flattened() {
                guard case .path(let p) = item.node, p.id.hasPrefix("posterior.root."), p.id.split(separator: ".").count == 4 else { continue }
                for polygon in p.path.polygons() where polygon.count > 3 {
                    for i in polygon.indices {
                        let a = polygon[(i + polygon.count - 1) % polygon.count], b = polygon[i], c = polygon[(i + 1) % polygon.count]
                        let u = (b.x - a.x, b.y - a.y), v = (c.x - b.x, c.y - b.y)
                        let lu = (u.0 * u.0 + u.1 * u.1).squareRoot(), lv = (v.0 * v.0 + v.1 * v.1).squareRoot()
                        // Folds smaller than a printed point on the inside of a bend do not show.
                        guard lu > scene.width / 567, lv > scene.width / 567 else { continue }
                        let turn = acos(max(-1, min(1, (u.0 * v.0 + u.1 * v.1) / (lu * lv)))) * 180 / .pi
                        worst = max(worst, turn)
                        XCTAssertLessThan(turn, 45, "\(file) \(p.id): a corner of \(Int(turn))° at \(i) of \(polygon.count): \(a) \(b) \(c)")
                    }
                }
            }
        }
        print("sharpest corner of a posterior root outline: \(worst)°")
    }
}

/// The hurt roots pressed together in the sac are named each on its own root (issue 11: in 13 the L2–S1 roots' call-outs
/// stood on one another at the conus): every hurt root's anchor lies on its own drawn centre line, and on each side no two
/// roots' anchors are nearer than 2 mm (figure mm).
final class PosteriorBundleAnchorTests: XCTestCase {
    func testBundledRootsAreAnchoredApartOnTheirOwnRoots() throws {
        for prefix in ["13", "26"] {
            let context = try SagittalFixture.context(prefix)
            let drawing = PosteriorDrawing(result: context.result, style: SagittalStyle(context))
            let bundle = drawing.bundleAnchors()
            XCTAssertGreaterThanOrEqual(bundle.count, 4, "\(prefix): roots pressed together in the sac on both sides")
            let roots = drawing.labels(full: false, quiz: false).filter { $0.id.hasPrefix("root.") }
            for label in roots {
                let parts = label.id.split(separator: ".")
                guard parts.count == 3, let root = Root.allCases.first(where: { $0.name == parts[1] }),
                      let side = Side(rawValue: String(parts[2])) else { return XCTFail("\(prefix) \(label.id)") }
                let centre = PosteriorDrawing.centreLine(drawing.course(root, side).map { PosteriorPanel.plane($0.x, $0.z) })
                let off = centre.map { hypot($0.u - label.anchor.u, $0.v - label.anchor.v) }.min() ?? .infinity
                XCTAssertLessThan(off, 0.01, "\(prefix) \(label.id): anchored on its own root")
            }
            for side in ["left", "right"] {
                let anchors = roots.filter { $0.id.hasSuffix(".\(side)") }.map(\.anchor)
                for i in anchors.indices { for j in anchors.indices where j > i {
                    XCTAssertGreaterThan(hypot(anchors[i].u - anchors[j].u, anchors[i].v - anchors[j].v), 2, "\(prefix) \(side): two roots named at one place")
                } }
            }
        }
    }
}
