import Anatomy
import Clinical
import Compression
import Pathology
import XCTest

/// Each side of a level may have its own recess and foramen (population.md §A11.3b item 6): each side's roots
/// meet their own side's walls, and mirroring the anatomy mirrors every finding.
final class SideAnatomyTests: XCTestCase {
    func anatomy(left: SideOverrides, right: SideOverrides, at level: DiscLevel = .L5S1) -> AnatomyOptions {
        AnatomyOptions(levels: [level: LevelOverrides(left: left, right: right)])
    }

    func testEachSideMeasuresItsOwnForamenAndRecess() {
        let options = anatomy(left: SideOverrides(recessDepth: 3.5, foramenHeight: 13), right: SideOverrides(recessDepth: 6, foramenHeight: 19))
        let m = Simulator.run(SimulationInput(anatomy: options)).segment(.L5S1).measurements
        XCTAssertEqual(m.foramenHeight[.left] ?? 0, 13, accuracy: 0.01)
        XCTAssertEqual(m.foramenHeight[.right] ?? 0, 19, accuracy: 0.01)
        XCTAssertLessThan(m.recessDepth[.left] ?? 0, m.recessDepth[.right] ?? 0)
    }

    func testMirroredAnatomyGivesMirroredFindings() {
        let lesion = Lesion(level: .L5S1, kind: .stenosis(Stenosis(kind: .foraminal, laterality: .bilateral, cause: .osteophyte, severity: .encroachment(2))))
        let a = SimulationInput(anatomy: anatomy(left: SideOverrides(recessDepth: 4, foramenHeight: 14, foramenWidth: 6),
                                                 right: SideOverrides(recessDepth: 5.5, foramenHeight: 18, foramenWidth: 8)),
                                lesions: [lesion])
        let b = SimulationInput(anatomy: anatomy(left: SideOverrides(recessDepth: 5.5, foramenHeight: 18, foramenWidth: 8),
                                                 right: SideOverrides(recessDepth: 4, foramenHeight: 14, foramenWidth: 6)),
                                lesions: [lesion])
        let ra = Simulator.run(a), rb = Simulator.run(b)
        for f in ra.roots {
            let g = rb.finding(f.root, f.side.mirrored)
            XCTAssertEqual(f.grade, g?.grade, "\(f.root) \(f.side)")
            XCTAssertEqual(f.clearance, g?.clearance ?? .nan, accuracy: 1e-9, "\(f.root) \(f.side)")
        }
        // The lower, narrower left foramen leaves the left L5 less room than the right one.
        let left = ra.finding(.L5, .left), right = ra.finding(.L5, .right)
        XCTAssertGreaterThanOrEqual(left?.grade ?? .normal, right?.grade ?? .normal)
        XCTAssertGreaterThan(left?.grade ?? .normal, .normal)
    }

    /// The ganglion in the foramen is the size the anatomy gives it (half the width), on the side it gives it; a
    /// larger ganglion in the same foramen is never less compressed, and a smaller one never more.
    func testGanglionWidthSetsTheForaminalStationAndOnlyHurtsMore() throws {
        let options = anatomy(left: SideOverrides(ganglionWidth: 7.4), right: SideOverrides(), at: .L4L5)
        let spine = Spine(options: options)
        XCTAssertEqual(try XCTUnwrap(spine.foraminalStation(.L4L5, .left)).radius, 3.7, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(spine.foraminalStation(.L4L5, .right)).radius, Morphometry.rootRadius(.L4).ganglion, accuracy: 1e-12)
        XCTAssertEqual(spine.ganglionRadius(.L4, .left), 3.7, accuracy: 1e-12)
        var last: (grade: RootGrade, deformation: Double)?
        for width in stride(from: 3.0, through: 9.0, by: 0.25) {
            let input = SimulationInput(anatomy: AnatomyOptions(levels: [.L4L5: LevelOverrides(foramenHeight: 15, ganglionWidth: width)]))
            let f = try XCTUnwrap(Simulator.run(input).finding(.L4, .left))
            if let last {
                XCTAssertGreaterThanOrEqual(f.grade, last.grade, "ganglion \(width) mm")
                if f.grade == last.grade { XCTAssertGreaterThanOrEqual(f.deformationPercent, last.deformation - 1e-9, "ganglion \(width) mm") }
            }
            last = (f.grade, f.deformationPercent)
        }
        XCTAssertEqual(last?.grade, .compression, "a 9 mm ganglion in a 15 mm foramen is compressed")
        let small = Simulator.run(SimulationInput(anatomy: AnatomyOptions(levels: [.L4L5: LevelOverrides(foramenHeight: 15, ganglionWidth: 3)])))
        XCTAssertLessThan(small.finding(.L4, .left)?.grade ?? .compression, .compression, "a 3 mm ganglion fits a 15 mm foramen")
    }

    /// Equal sides are the level's value: the same spine as giving the level alone.
    func testEqualSidesAreTheLevel() {
        let sides = anatomy(left: SideOverrides(recessDepth: 4, foramenHeight: 15), right: SideOverrides(recessDepth: 4, foramenHeight: 15))
        let level = AnatomyOptions(levels: [.L5S1: LevelOverrides(recessDepth: 4, foramenHeight: 15)])
        XCTAssertEqual(Spine(options: sides).levels, Spine(options: level).levels)
        let a = Simulator.run(SimulationInput(anatomy: sides)), b = Simulator.run(SimulationInput(anatomy: level))
        XCTAssertEqual(a.roots, b.roots)
    }
}
