import Anatomy
import Compression
import XCTest
@testable import BodyFigures
@testable import FigureStyle
@testable import Figures
@testable import SectionFigures

/// The bent skeleton and the canal map: lordosis from the model's angles, slips and collapse where the
/// model puts them, and soft tissue mapped without distortion.
final class SagittalGeometryTests: XCTestCase {
    func bent(_ prefix: String) throws -> (SagittalSkeleton, SimulationResult) {
        let result = try SagittalFixture.context(prefix).result
        return (SagittalSkeleton(spine: result.spine), result)
    }

    func testConsecutiveUpperEndplatesMeetAtTheSegmentalLordosis() throws {
        let (skeleton, result) = try bent("01")
        for level in DiscLevel.allCases {
            guard let lower = skeleton.pose(level.lower), let upper = skeleton.pose(level.upper) else { return XCTFail("\(level)") }
            let angle = (lower.upper.angle - upper.upper.angle) * 180 / Double.pi
            XCTAssertEqual(angle, result.spine[level].anatomy.segment.lordosis, accuracy: 1e-9, level.name)
        }
        guard let l1 = skeleton.pose(.L1), let s1 = skeleton.pose(.S1) else { return XCTFail("no L1 or S1") }
        XCTAssertEqual(s1.upper.angle * 180 / Double.pi, 40, accuracy: 1e-9, "sacral slope")
        XCTAssertLessThan(l1.upper.angle, 0, "L1's upper endplate tips backwards above a normal lordosis")
    }

    func testLumbarCurveIsConcaveBehind() throws {
        // The apex of the lordosis lies in front of the line joining the fronts of L1 and S1.
        let (skeleton, _) = try bent("01")
        func front(_ v: Vertebra) -> PlanePoint? {
            skeleton.pose(v).map { $0.lower.point(-$0.depth, $0.anteriorHeight / 2) }
        }
        guard let top = front(.L1), let bottom = front(.S1), let apex = front(.L3) else { return XCTFail() }
        let chord = bottom - top, offset = apex - top
        // Going down the chord, anterior (the page's left) is on the right-hand side: a negative cross product.
        let ahead = -chord.cross(offset) / chord.length
        XCTAssertGreaterThan(ahead, 5, "L3 lies more than 5 mm in front of the L1–S1 chord")
        XCTAssertLessThan(ahead, 40, "but not absurdly far")
        // Anterior is on the page's left: L3's front is left of the chord.
        let t = (apex.v - top.v) / (bottom.v - top.v)
        XCTAssertLessThan(apex.u, top.u + t * chord.u)
    }

    func testDiscHeightsAreTheModelsAndCollapseShows() throws {
        for (prefix, level) in [("01", DiscLevel.L5S1), ("20", .L5S1), ("01", .L3L4)] {
            let (skeleton, result) = try bent(prefix)
            guard let disc = skeleton.disc(level) else { return XCTFail() }
            let posterior = disc.upper.origin - disc.lower.origin
            XCTAssertEqual(posterior.length, result.spine[level].discHeight, accuracy: 1e-9, "\(prefix) \(level)")
            let front = disc.upper.point(-disc.upperDepth, 0) - disc.lower.point(-disc.lowerDepth, 0)
            XCTAssertGreaterThan(front.length, posterior.length, "the disc is taller in front")
        }
    }

    func testIsthmicSlipMovesTheBodyAndLeavesTheArch() throws {
        let (skeleton, result) = try bent("21")
        let slip = result.spine[.L5S1].upperBodyShiftY
        XCTAssertLessThan(slip, -10)
        guard let l5 = skeleton.pose(.L5), let s1 = skeleton.pose(.S1) else { return XCTFail() }
        let step = s1.upper.local(l5.lower.origin)
        XCTAssertEqual(step.y, slip, accuracy: 1e-9, "L5's posterior corner sits the slip in front of S1's")
        XCTAssertEqual(l5.archShift, -slip, accuracy: 1e-9, "the arch stays behind")
        let (normal, _) = try bent("01")
        XCTAssertEqual(normal.pose(.L5)?.archShift ?? 1, 0, accuracy: 1e-12)
    }

    func testCanalMapInvertsAndFollowsTheWall() throws {
        let (skeleton, _) = try bent("21")
        let map = CanalMap(skeleton: skeleton)
        for z in stride(from: -40.0, through: 170, by: 7.3) {
            for y in stride(from: -4.0, through: 30, by: 5.7) {
                let back = map.inverse(map.point(y, z))
                XCTAssertEqual(back.y, y, accuracy: 1e-6)
                XCTAssertEqual(back.z, z, accuracy: 1e-6)
            }
        }
        for pose in skeleton.vertebrae {
            let w = map.wall(pose.zBottom) - pose.lower.origin
            XCTAssertLessThan(w.length, 1e-9, "the wall passes through \(pose.vertebra.name)'s corner")
        }
    }

    func testCentralSequestrationFlattensTheSac() throws {
        func depth(_ prefix: String) throws -> Double {
            let context = try SagittalFixture.context(prefix)
            let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context))
            let state = context.result.spine[.L4L5]
            let z = state.baseZ + state.discHeight / 2
            return drawing.profile.backAt(z) - drawing.profile.frontAt(z)
        }
        let normal = try depth("01")
        XCTAssertGreaterThan(normal, 10, "a normal sac is over 10 mm deep at L4–L5")
        XCTAssertLessThan(try depth("07"), 1.0, "a 15 mm sequestration leaves a sliver")
        // A thickened flavum narrows it from behind, at the midline no deeper than the canal it measures (9.3 mm in 14:
        // the two leaves reach in least at the midline; it was under 8 mm with one flat block).
        let flavum = try depth("14"), canal = try SagittalFixture.context("14").result.segment(.L4L5).measurements.canalAP
        XCTAssertLessThan(flavum, normal - 2, "a thickened flavum narrows it from behind")
        XCTAssertLessThanOrEqual(flavum, canal + 0.05, "the sac fits the canal measured at the midline")
    }

    func testLesionIsDrawnToScale() throws {
        let context = try SagittalFixture.context("02")
        let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context))
        let parts = drawing.lesions.parts(0)
        XCTAssertEqual(parts.count, 1)
        guard let solid = parts.first else { return }
        let outline = drawing.lesions.outline(solid)
        let frame = Frame(origin: outline[0], angle: drawing.map.angle((solid.box.min.z + solid.box.max.z) / 2))
        let ys = outline.map { frame.local($0).y }, zs = outline.map { frame.local($0).z }
        XCTAssertEqual((ys.max() ?? 0) - (ys.min() ?? 0), solid.box.max.y - solid.box.min.y, accuracy: 0.05)
        XCTAssertEqual((zs.max() ?? 0) - (zs.min() ?? 0), solid.box.max.z - solid.box.min.z, accuracy: 0.05)
    }

    func testEveryExitingRootHasItsGanglionUnderItsPedicle() throws {
        let context = try SagittalFixture.context("01")
        let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context))
        for root in [Root.L1, .L2, .L3, .L4, .L5] {
            guard let course = drawing.courses.first(where: { $0.root == root && $0.side == .left }), let k = course.ganglion,
                  let pose = drawing.skeleton.pose(Vertebra(rawValue: root.rawValue) ?? .L1) else { return XCTFail("\(root)") }
            let g = drawing.map.point(course.points[k].y, course.points[k].z)
            let d = ArchDimensions(pose, spine: context.result.spine)
            let local = pose.lower.local(g)
            XCTAssertLessThan(local.z, d.pedicleBottom, "\(root)'s ganglion is below its pedicle")
            XCTAssertGreaterThan(local.z, d.pedicleBottom - 8, "\(root)'s ganglion is just below its pedicle")
            XCTAssertLessThan(local.y, d.foramenBelow, "\(root)'s ganglion is in front of the facet")
        }
    }
}
