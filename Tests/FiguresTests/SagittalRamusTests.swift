import Anatomy
import Compression
import Pathology
import XCTest
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// Issue 11: the exiting roots in the sagittal leave their foramina forward and down (the L5 ramus over the sacral
/// ala), whatever the posture or slip, drawn as projected; a ganglion the model flattens is drawn flattened.
final class SagittalRamusTests: XCTestCase {
    func drawing(_ prefix: String) throws -> (SagittalDrawing, SimulationResult) {
        let context = try SagittalFixture.context(prefix)
        return (SagittalDrawing(result: context.result, style: SagittalStyle(context)), context.result)
    }

    /// In every scenario, each exiting root's drawn course (L1–L5, and S1 leaving the sacrum) ends in front of and below its ganglion in the
    /// figure (+u posterior, +v cranial), and its last stretch, from the extraforaminal station on, runs forward and
    /// down. The old course, taken "down" along the sacrum's sloping wall, ended L5's behind its ganglion or straight
    /// under it; S1's ran on down its canal.
    func testEveryExitingRootLeavesItsForamenForwardAndDown() throws {
        for prefix in try SagittalFixture.allPrefixes() {
            let (drawing, _) = try drawing(prefix)
            for course in drawing.courses where course.root != .S2 {
                guard let k = course.ganglion, let last = course.points.last, course.points.count >= k + 3 else {
                    XCTFail("\(prefix) \(course.root) \(course.side): no course beyond its ganglion"); continue
                }
                let g = drawing.map.point(course.points[k].y, course.points[k].z)
                let b = drawing.map.point(course.points[k + 1].y, course.points[k + 1].z)
                let end = drawing.map.point(last.y, last.z)
                let name = "\(prefix) \(course.root) \(course.side)"
                XCTAssertLessThan(end.u, g.u - 1, "\(name): the ramus ends in front of its ganglion")
                XCTAssertLessThan(end.v, g.v - 1, "\(name): the ramus ends below its ganglion")
                let run = end - b
                // Forward and down: at least 20° forward of straight down in the figure.
                XCTAssertLessThan(run.v, 0, "\(name): the ramus runs down")
                XCTAssertLessThan(run.u, -abs(run.v) * tan(20 * Double.pi / 180), "\(name): the ramus runs forward")
            }
        }
    }

    /// The course's end point is drawn where it is meant to be: the canal map's inverse round-trips it (the map is
    /// folded nowhere near the foramina, even over a slip's step).
    func testRamusEndRoundTripsThroughTheCanalMap() throws {
        for prefix in ["01", "21", "22", "23"] {
            let (drawing, _) = try drawing(prefix)
            for course in drawing.courses where course.root.rawValue <= Root.L5.rawValue {
                guard let k = course.ganglion, course.points.count >= k + 3 else { continue }
                let b = course.points[k + 1]
                let expected = drawing.map.point(b.y, b.z) + PlanePoint(-RootCourse.ramusForward, -RootCourse.ramusDown)
                guard let last = course.points.last else { continue }
                let drawn = drawing.map.point(last.y, last.z)
                XCTAssertEqual((drawn - expected).length, 0, accuracy: 0.01, "\(prefix) \(course.root) \(course.side)")
            }
        }
    }

    /// The root beyond its foramen is drawn as projected: its pieces carry no outline of their own (a solid one would
    /// cover the dashes), and the whole root's outline over them is dashed.
    func testBeyondTheForamenIsDrawnDashed() throws {
        let (scene, _) = try SagittalFixture.scene("21")
        var pieces = 0
        for entry in scene.flattened() {
            guard case .path(let node) = entry.node, node.id.hasPrefix("sagittal.root.L5."), node.metadata["station"] == "extraforaminal" else { continue }
            pieces += 1
            XCTAssertNil(node.stroke, "\(node.id) has a stroke of its own")
        }
        XCTAssertGreaterThan(pieces, 0)
        for side in ["left", "right"] {
            XCTAssertFalse(SagittalFixture.path(scene, "sagittal.root.L5.\(side)")?.stroke?.dash.isEmpty ?? true)
        }
    }

    /// The smallest distance from an ellipse's centre to its outline: its short semi-axis.
    func shortSemiAxis(_ shape: SketchShape) -> Double {
        let n = Double(shape.points.count)
        let c = shape.points.reduce(PlanePoint(0, 0)) { $0 + $1 } * (1 / n)
        return shape.points.map { ($0 - c).length }.min() ?? 0
    }

    func ganglion(_ drawing: SagittalDrawing, _ root: Root, _ side: Side) -> SketchShape? {
        guard let course = drawing.courses.first(where: { $0.root == root && $0.side == side }) else { return nil }
        for node in drawing.roots.nodes(course) {
            if case .shape(let s) = node, s.id.hasSuffix(".ganglion") { return s }
        }
        return nil
    }

    /// 21's L5 ganglia are compressed in their foramina: drawn as thin as the model leaves them (`StationFinding.bestFit`),
    /// not round; 01's, unhurt, keep their radius.
    func testCompressedGanglionIsDrawnFlattened() throws {
        let (slip, result) = try drawing("21")
        for side in Side.allCases {
            guard let found = result.finding(.L5, side)?.stations.first(where: { $0.site == .foramen && $0.level == .L5S1 }),
                  let shape = ganglion(slip, .L5, side) else { return XCTFail("21 L5 \(side)") }
            XCTAssertEqual(found.grade, .compression)
            let r = result.spine.spine.ganglionRadius(.L5, side)
            let expected = min(r, max((1 - RootRoom.maximumDeformation) * r, found.bestFit))
            XCTAssertLessThan(expected, 0.9 * r)
            XCTAssertEqual(shortSemiAxis(shape), expected, accuracy: 0.05 * r, "21 L5 \(side)")
        }
        let (normal, plain) = try drawing("01")
        guard let shape = ganglion(normal, .L5, .left) else { return XCTFail("01 L5") }
        XCTAssertEqual(shortSemiAxis(shape), plain.spine.spine.ganglionRadius(.L5, .left), accuracy: 0.05)
    }
}
