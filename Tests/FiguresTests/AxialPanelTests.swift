import Anatomy
import CairoRender
import Clinical
import Compression
import Diagram
import Figures
import Foundation
import Pathology
import XCTest

final class AxialPanelTests: XCTestCase {
    typealias S = SectionTestSupport

    func testTitleNamesLevelAndViewpoint() throws {
        let (scenario, result) = try S.load("02")
        let panel = AxialPanel()
        XCTAssertEqual(panel.title(S.context(scenario, result)), "Axial section at L4–L5, viewed from above")
        XCTAssertEqual(AxialPanel(level: .L5S1).title(S.context(scenario, result)), "Axial section at L5–S1, viewed from above")
    }

    func testDefaultLevelFollowsWorstRootThenLesionThenL4L5() throws {
        let (_, normal) = try S.load("01")
        XCTAssertEqual(AxialPanel().resolvedLevel(normal), .L4L5)
        let (_, foraminal) = try S.load("17")
        XCTAssertEqual(AxialPanel().resolvedLevel(foraminal), .L5S1)
        let (_, conus) = try S.load("13")
        XCTAssertEqual(AxialPanel().resolvedLevel(conus), .L1L2)
        let bulge = Simulator.run(SimulationInput(lesions: [Lesion(level: .L3L4, kind: .herniation(Herniation(zone: .central, side: nil, morphology: .bulge, sizeMillimetres: 1)))]))
        XCTAssertTrue(bulge.hurtRoots.isEmpty)
        XCTAssertEqual(AxialPanel().resolvedLevel(bulge), .L3L4)
    }

    func testStructuresLesionRootsAndDimensionsHaveIDs() throws {
        let (scenario, result) = try S.load("02")
        let scene = S.scene(AxialPanel(), S.context(scenario, result))
        for id in ["axial.title", "axial.disc", "axial.nucleus", "axial.sac", "axial.arch", "axial.flavum", "axial.root.L5.left",
                   "axial.root.L5.right", "axial.root.L4.left", "axial.root.S1.left", "axial.cauda.left", "axial.lesion.0",
                   "axial.dim.canal", "axial.dim.recess.right", "axial.scalebar", "axial.orient.top", "axial.label.lesion.0"] {
            XCTAssertNotNil(scene.node(withID: id), id)
        }
        // The extrusion fills the left recess: no room left, so no recess dimension line on that side.
        XCTAssertNil(scene.node(withID: "axial.dim.recess.left"))
    }

    func testHurtRootIsFilledWithTheCompressionColour() throws {
        let (scenario, result) = try S.load("02")
        for theme in Theme.allCases {
            let context = S.context(scenario, result, theme: theme)
            let scene = S.scene(AxialPanel(), context)
            XCTAssertEqual(S.fillColor(S.path(scene, "axial.root.L5.left")), context.palette.rootFill(.compression), "\(theme)")
            XCTAssertEqual(S.fillColor(S.path(scene, "axial.root.L5.right")), context.palette.rootFill(.normal), "\(theme)")
        }
    }

    func testNormalSpineHasNoHurtColouredRoot() throws {
        let (scenario, result) = try S.load("01")
        let context = S.context(scenario, result)
        let hurt = Set(RootGrade.allCases.filter { $0 > .normal }.map { context.palette.rootFill($0) })
        for level in DiscLevel.allCases {
            let scene = S.scene(AxialPanel(level: level), context)
            let roots = scene.flattened().compactMap { item -> PathNode? in
                guard case .path(let p) = item.node, p.id.hasPrefix("axial.root") || p.id.hasPrefix("axial.cauda") else { return nil }
                return p
            }
            XCTAssertGreaterThanOrEqual(roots.count, 8, "\(level)")
            for root in roots {
                XCTAssertFalse(S.fillColor(root).map(hurt.contains) ?? false, "\(root.id) at \(level)")
            }
        }
    }

    func testPatientsLeftIsOnThePagesLeft() throws {
        let (scenario, result) = try S.load("02")
        let scene = S.scene(AxialPanel(), S.context(scenario, result))
        let left = try XCTUnwrap(S.centre(S.path(scene, "axial.root.L5.left")))
        let right = try XCTUnwrap(S.centre(S.path(scene, "axial.root.L5.right")))
        let disc = try XCTUnwrap(S.centre(S.path(scene, "axial.disc")))
        XCTAssertLessThan(left.x, disc.x)
        XCTAssertGreaterThan(right.x, disc.x)
        // Anterior at the top: the disc above the sac, the sac above the spinous process.
        let sac = try XCTUnwrap(S.centre(S.path(scene, "axial.sac")))
        XCTAssertLessThan(disc.y, sac.y)
        guard case .text(let top)? = scene.node(withID: "axial.orient.top"), case .text(let l)? = scene.node(withID: "axial.orient.left") else {
            return XCTFail("orientation letters missing")
        }
        XCTAssertEqual(top.string, "A")
        XCTAssertEqual(l.string, "L")
        // The left label column holds the left root's label.
        guard case .text(let label)? = scene.node(withID: "axial.label.root.L5.left") else { return XCTFail("no label for left L5") }
        XCTAssertEqual(label.string, "left L5 — compression (grade 3)")
        XCTAssertLessThan(label.position.x, left.x)
    }

    func testCanalDimensionIsTheMeasuredCanalAPToScale() throws {
        let (scenario, result) = try S.load("14")
        let scene = S.scene(AxialPanel(), S.context(scenario, result))
        let bar = try XCTUnwrap(S.path(scene, "axial.scalebar")?.path.bounds)
        let line = try XCTUnwrap(S.path(scene, "axial.dim.canal.line")?.path.bounds)
        let millimetres = line.height / (bar.width / 10)
        XCTAssertEqual(millimetres, result.segment(.L4L5).measurements.canalAP, accuracy: 0.05)
        // Read in the measurement line under the section, not as a label in the dense canal.
        guard case .text(let note)? = scene.node(withID: "axial.note") else { return XCTFail("no measurement line") }
        // The measured value, to a tenth (9.3 mm since the flavum's two leaves; 6.7 mm with one flat block).
        let ap = result.segment(.L4L5).measurements.canalAP
        XCTAssertTrue(note.string.hasPrefix("Canal AP \(String(format: "%.1f", ap)) mm · dural sac "), note.string)
        // Schizas grades the sac's morphology: it stands with the sac's area, not the bony AP.
        let area = Int(result.segment(.L4L5).measurements.duralArea.rounded())
        XCTAssertTrue(note.string.contains("dural sac \(area) mm² (Schizas C)"), note.string)
        XCTAssertNil(scene.node(withID: "axial.label.dim.canal"))
    }

    func testEveryScenarioStaysInsideItsFrameWithUniqueIDsAndNoOverlappingText() throws {
        for file in try S.scenarioFiles() {
            for labels in LabelMode.allCases {
                let scene = try S.scene(AxialPanel(), prefix: String(file.prefix(2)), labels: labels)
                XCTAssertEqual(scene.duplicateIDs(), [], "\(file) \(labels)")
                XCTAssertEqual(S.nodesOutside(scene, frame: S.frame), [], "\(file) \(labels)")
                XCTAssertEqual(S.textsOverDrawing(scene, groupID: "axial.section"), [], "\(file) \(labels)")
                let overlaps = S.overlappingTexts(scene)
                XCTAssertTrue(overlaps.isEmpty, "\(file) \(labels): \(overlaps)")
            }
        }
    }

    func testSmallFrameStaysInside() throws {
        let (scenario, result) = try S.load("07")
        let frame = Rect(x: 20, y: 30, width: 760, height: 570)
        let scene = S.scene(AxialPanel(), S.context(scenario, result), frame: frame)
        XCTAssertEqual(S.nodesOutside(scene, frame: frame), [])
        XCTAssertTrue(S.overlappingTexts(scene).isEmpty)
    }

    func testLabelModes() throws {
        let (scenario, result) = try S.load("02")
        func strings(_ mode: LabelMode) -> Set<String> {
            Set(S.texts(S.scene(AxialPanel(), S.context(scenario, result, labels: mode))).filter { $0.node.id.contains(".label.") }.map(\.node.string))
        }
        let full = strings(.full), minimal = strings(.minimal), none = strings(.none)
        XCTAssertTrue(none.isEmpty)
        XCTAssertTrue(minimal.isSubset(of: full))
        XCTAssertLessThan(minimal.count, full.count)
        XCTAssertTrue(minimal.contains("left L5 — compression (grade 3)"))
        XCTAssertTrue(minimal.contains("7 mm left subarticular extrusion (MSU 2-B)"))
        // The measurements are read in the line under the section, in both modes.
        let note = S.texts(S.scene(AxialPanel(), S.context(scenario, result, labels: .minimal))).first { $0.node.id == "axial.note" }?.node.string ?? ""
        XCTAssertTrue(note.contains("recess depth left 0.0 mm (stenosis), right 6.0 mm"), note)
        XCTAssertFalse(minimal.contains { $0.hasPrefix("Recess depth") })
        XCTAssertTrue(full.contains("Ligamentum flavum"))
        XCTAssertFalse(minimal.contains("Ligamentum flavum"))
    }

    func testAltTextGivesTheLesionRootAndNumbers() throws {
        let (scenario, result) = try S.load("02")
        let text = AxialPanel().altText(S.context(scenario, result))
        for part in ["L4–L5", "viewed from above", "left L5 (compression, grade 3)", "Canal AP 15.0 mm", "Schizas A", "left 0.0 mm stenosis", "right 6.0 mm."] {
            XCTAssertTrue(text.contains(part), "\(part) in \(text)")
        }
    }

    func testRenderedHurtRootHasTheHurtColour() throws {
        let (scenario, result) = try S.load("02")
        for theme in Theme.allCases {
            let context = S.context(scenario, result, theme: theme)
            let scene = S.scene(AxialPanel(), context)
            let pixels = try CairoRenderer().rasterize(scene)
            XCTAssertGreaterThanOrEqual(S.pixelsMatching(context.palette.rootFill(.compression), in: S.path(scene, "axial.root.L5.left"), of: pixels), 6, "\(theme)")
            XCTAssertGreaterThanOrEqual(S.pixelsMatching(context.palette.rootFill(.normal), in: S.path(scene, "axial.root.L5.right"), of: pixels), 6, "\(theme)")
            XCTAssertEqual(S.pixelsMatching(context.palette.rootFill(.compression), in: S.path(scene, "axial.root.L5.right"), of: pixels), 0, "\(theme)")
        }
    }

    /// A snapshot of where the roots, the lesion and the dimension lines fall (approximate text measure, so
    /// it needs no fonts). A change here means the drawing moved: look at the figure, then update.
    /// (Last change: the exiting root's course is filled in two parts, each in the grade of the place at its end, under one
    /// outline; the ganglia, above the plane, are dashed. Nothing moved.)
    func testSnapshotOfRootsLesionAndDimensions() throws {
        let (scenario, result) = try S.load("02")
        let scene = S.scene(AxialPanel(), S.context(scenario, result))
        let expected = """
            path "axial.root.course.left.foramen" bounds 775,809 111x74 fill #f5d33a
            path "axial.root.course.left.extraforaminal" bounds 707,813 69x67 fill #f5d33a
            path "axial.root.course.left" bounds 774,807 114x77 stroke #6b5a00 3.2 dashed
            path "axial.root.course.left.beyond" bounds 706,812 72x70 stroke #6b5a00 3.2
            path "axial.root.course.right.foramen" bounds 1514,809 111x74 fill #f5d33a
            path "axial.root.course.right.extraforaminal" bounds 1624,813 69x67 fill #f5d33a
            path "axial.root.course.right" bounds 1512,807 114x77 stroke #6b5a00 3.2 dashed
            path "axial.root.course.right.beyond" bounds 1622,812 72x70 stroke #6b5a00 3.2
            path "axial.lesion.0" bounds 978,759 155x143 fill #9fb3c8
            path "axial.lesion.0.outline" bounds 974,756 161x149 stroke #b2182b 6.3
            path "axial.dim.canal.halo" bounds 1184,776 31x268 stroke #ffffffd9 12.7
            path "axial.dim.canal.line" bounds 1198,781 4x260 stroke #16325c 4.2
            path "axial.dim.canal.bars" bounds 1189,781 23x260 stroke #16325c 4.2
            path "axial.dim.canal" bounds 1195,783 10x256 fill #16325c
            path "axial.dim.recess.right.halo" bounds 1355,776 31x115 stroke #ffffffd9 12.7
            path "axial.dim.recess.right.line" bounds 1368,781 4x106 stroke #16325c 4.2
            path "axial.dim.recess.right.bars" bounds 1359,781 23x106 stroke #16325c 4.2
            path "axial.dim.recess.right" bounds 1365,783 10x102 fill #16325c
            path "axial.cauda.left" bounds 1128,936 71x71 fill #f5d33a stroke #6b5a00 3.2
            path "axial.cauda.right" bounds 1201,936 71x71 fill #f5d33a stroke #6b5a00 3.2
            path "axial.root.S1.left" bounds 1123,869 58x58 fill #f5d33a stroke #6b5a00 3.2
            path "axial.root.S2.left" bounds 1085,929 44x44 fill #f5d33a stroke #6b5a00 3.2
            path "axial.root.S1.right" bounds 1219,869 58x58 fill #f5d33a stroke #6b5a00 3.2
            path "axial.root.S2.right" bounds 1271,929 44x44 fill #f5d33a stroke #6b5a00 3.2
            path "axial.root.L5.left" bounds 995,842 19x90 fill #67001f stroke #6b5a00 3.2
            path "axial.root.L5.right" bounds 1342,802 54x54 fill #f5d33a stroke #6b5a00 3.2
            path "axial.root.L4.left.extraforaminal" bounds 667,807 81x81 fill #f5d33a stroke #6b5a00 3.2
            path "axial.root.L4.right.extraforaminal" bounds 1652,807 81x81 fill #f5d33a stroke #6b5a00 3.2
            path "axial.root.L4.left" bounds 838,798 95x95 fill #f5d33a stroke #6b5a00 3.2 dashed
            path "axial.root.L4.right" bounds 1467,798 95x95 fill #f5d33a stroke #6b5a00 3.2 dashed
            """
        XCTAssertEqual(S.snapshotLines(scene), expected)
    }
}
