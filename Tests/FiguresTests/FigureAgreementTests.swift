import XCTest
import Anatomy
import Clinical
import Compression
import Diagram
import Figures
import Geometry
import Pathology
import Scenario
import TestSupport

/// A figure never states a grade or a measure the report does not (issue 10): over every teaching scenario
/// and a few hundred random ones, every root drawn in the axial and foraminal sections carries, and is
/// painted in, the report's grade at that station, and every dimension label gives the report's measure.
final class FigureAgreementTests: XCTestCase {
    typealias S = SectionTestSupport
    static func randomScenarios(_ count: Int) -> [(Scenario, SimulationResult)] {
        var g = SeededGenerator(seed: 99)
        return (0..<count).map { i in
            let levels = DiscLevel.allCases
            let level = levels[Int(g.next() % UInt64(levels.count))]
            let side: Side = g.next() % 2 == 0 ? .left : .right
            let size = 1 + Double(g.next() % 120) / 10
            let lesion: Lesion
            switch g.next() % 5 {
            case 0: lesion = Lesion(level: level, kind: .herniation(Herniation(zone: HerniationZone.allCases[Int(g.next() % 4)] == .central ? .central : .subarticular, side: side, morphology: .extrusion, sizeMillimetres: size)))
            case 1: lesion = Lesion(level: level, kind: .herniation(Herniation(zone: [.foraminal, .extraforaminal][Int(g.next() % 2)], side: side, sizeMillimetres: size)))
            case 2: lesion = Lesion(level: level, kind: .stenosis(Stenosis(kind: .lateralRecess, laterality: Laterality(side), severity: .encroachment(size / 2))))
            case 3: lesion = Lesion(level: level, kind: .stenosis(Stenosis(kind: .central, severity: .encroachment(size / 1.5))))
            default: lesion = Lesion(level: level, kind: .spondylolisthesis(Spondylolisthesis(kind: g.next() % 2 == 0 ? .isthmic : .degenerative, severity: .percent(size * 4))))
            }
            var l = lesion
            if case .herniation(var h) = l.kind, h.zone == .central { h.side = nil; l.kind = .herniation(h) }
            let scenario = Scenario(title: "random \(i)", posture: Posture.allCases[Int(g.next() % 3)], lesions: [l])
            return (scenario, Simulator.run(SimulationInput(posture: scenario.posture, lesions: scenario.lesions)))
        }
    }

    /// Every root node of `scene`: its model values and its fill.
    static func roots(_ scene: Scene) -> [(meta: [String: String], fill: Color?)] {
        scene.flattened().compactMap { item in
            guard case .path(let p) = item.node, p.metadata["root"] != nil, p.metadata["station"] != nil else { return nil }
            return (p.metadata, S.fillColor(p))
        }
    }

    /// `prefix`: a teaching scenario's number, whose scenes are shared with the other classes (``SceneCache``).
    func check(_ scenario: Scenario, _ result: SimulationResult, _ name: String, prefix: String? = nil) throws {
        let context = S.context(scenario, result)
        for panel in [AxialPanel(level: nil) as any Panel, ForamenPanel()] {
            let scene = try prefix.map { try S.scene(panel, prefix: $0) } ?? S.scene(panel, context)
            let drawn = Self.roots(scene)
            XCTAssertFalse(drawn.isEmpty, "\(name): no root drawn")
            for (meta, fill) in drawn {
                guard let rootName = meta["root"], let sideName = meta["side"], let side = Side(rawValue: sideName),
                      let place = meta["station"].flatMap(StationSite.init(rawValue:)), let level = meta["level"].flatMap(DiscLevel.init(parsing:)) else {
                    XCTFail("\(name): incomplete metadata \(meta)"); continue
                }
                let expected: RootGrade
                if let root = Root(name: rootName) {
                    expected = result.finding(root, side)?.stations.first { $0.site == place && $0.level == level }?.grade ?? .normal
                } else {
                    expected = result.roots.flatMap(\.stations).filter { $0.site == .inSac && $0.level == level && $0.crowded }.map(\.grade).max() ?? .normal
                }
                XCTAssertEqual(meta["grade"], String(expected.rawValue), "\(name): \(rootName) \(sideName) \(place.rawValue) \(level.name)")
                XCTAssertEqual(fill, context.palette.rootFill(expected), "\(name): \(rootName) \(sideName) \(place.rawValue) painted in another grade")
            }
            // Every dimension label gives the report's number.
            let texts = S.texts(scene).map(\.node.string)
            let a = (panel as? AxialPanel)?.resolvedLevel(result) ?? .L4L5
            if panel is AxialPanel {
                let m = result.segment(a).measurements
                for side in Side.allCases {
                    for t in texts where t.hasPrefix("Recess depth") && t.contains("(\(side.rawValue))") {
                        XCTAssertTrue(t.contains(Describe.mm(m.recessDepth[side] ?? -1)), "\(name): \(t) against \(m.recessDepth[side] ?? -1)")
                    }
                }
                for t in texts where t.hasPrefix("Canal AP") { XCTAssertTrue(t.contains(Describe.mm(m.canalAP)), "\(name): \(t)") }
                checkDimension(scene, "axial.dim.canal", m.canalGap, measure: "canal AP", panel: panel, context: context, name: name)
                for side in Side.allCases {
                    checkDimension(scene, "axial.dim.recess.\(side.rawValue)", m.recessGaps[side], measure: "recess depth", panel: panel, context: context, name: name)
                }
            } else if let panel = panel as? ForamenPanel {
                let (level, side) = panel.resolved(result)
                let state = result.spine[level]
                checkDimension(scene, "foramen.dim.height", result.segment(level).measurements.foramenGaps[side], measure: "foraminal height",
                               panel: panel, context: context, name: name)
                for t in texts where t.hasPrefix("Foraminal height") {
                    // The first number is the pedicle-to-pedicle height, to one decimal.
                    let first = t.dropFirst("Foraminal height ".count).prefix { $0.isNumber || $0 == "." }
                    XCTAssertEqual(Double(first) ?? -1, state.roofZ - state.floorZ, accuracy: 0.051, "\(name): \(t): pedicle to pedicle")
                    let reported = result.segment(level).measurements.foramenHeight[side] ?? -1
                    if abs(reported - (state.roofZ - state.floorZ)) >= 0.3 { XCTAssertTrue(t.contains(Describe.mm(reported)), "\(name): \(t) against \(reported)") }
                }
            }
        }
    }

    /// The dimension line `id` is the model's measurement: it carries the gap's ends and value as the simulation
    /// took them (`LevelMeasurements`), and it is drawn as long as that gap, to the view's scale. A line the model
    /// did not measure is not drawn.
    func checkDimension(_ scene: Scene, _ id: String, _ gap: MeasuredGap?, measure: String, panel: any Panel, context: FigureContext, name: String) {
        let line = S.path(scene, "\(id).line")
        guard let gap else { XCTAssertNil(line, "\(name): \(id) drawn with no model gap"); return }
        guard let line else {
            // A recess with no depth to speak of gets no line.
            XCTAssertLessThan(gap.length, 0.06, "\(name): \(id) not drawn"); return
        }
        func text(_ p: Vec3) -> String { [p.x, p.y, p.z].map { String(format: "%.3f", $0) }.joined(separator: ",") }
        XCTAssertEqual(line.metadata["measure"], measure, "\(name): \(id)")
        XCTAssertEqual(line.metadata["from"], text(gap.from), "\(name): \(id) starts where the model's gap starts")
        XCTAssertEqual(line.metadata["to"], text(gap.to), "\(name): \(id) ends where the model's gap ends")
        XCTAssertEqual(line.metadata["value"], String(format: "%.3f", gap.value), "\(name): \(id)")
        guard let scale = panel.drawingScale(in: S.frame, context: context), let b = S.path(scene, "\(id).bars")?.path.bounds else { return }
        // The end bars sit on the gap's ends; every gap drawn runs up the page (canal and recess along y, foramen along z).
        let drawn = b.height / scale
        XCTAssertEqual(drawn, gap.length, accuracy: 0.02, "\(name): \(id) drawn to the model's length")
    }

    /// The report's grade of a drawn piece of root: the station of its root, side, place and level; "both" sides
    /// (a midline cauda-equina line) the worse; the S3–S5 bundle the sac's crowding there; a place the model does
    /// not follow ("unmodelled", S1 in the sacrum) unhurt.
    static func expectedGrade(_ meta: [String: String], _ result: SimulationResult) -> RootGrade? {
        guard let rootName = meta["root"], let sideName = meta["side"], let station = meta["station"] else { return nil }
        if station == "unmodelled" { return .normal }
        guard let place = StationSite(rawValue: station), let level = meta["level"].flatMap(DiscLevel.init(parsing:)) else { return nil }
        guard let root = Root(name: rootName) else {
            return result.roots.flatMap(\.stations).filter { $0.site == .inSac && $0.level == level && $0.crowded }.map(\.grade).max() ?? .normal
        }
        let sides: [Side] = sideName == "both" ? Side.allCases : Side(rawValue: sideName).map { [$0] } ?? []
        guard !sides.isEmpty else { return nil }
        return sides.map { side in result.finding(root, side)?.stations.first { $0.site == place && $0.level == level }?.grade ?? .normal }.max()
    }

    /// The sagittal and posterior views paint each piece of root in the report's grade at the place it stands for
    /// (issue 11: the sagittal used to colour a whole root by its worst grade), and every hurt place the report
    /// lists outside the sac is drawn, in its grade, somewhere on the root.
    func checkWholeViews(_ scenario: Scenario, _ result: SimulationResult, _ name: String, prefix: String? = nil) throws {
        let context = S.context(scenario, result)
        for panel in [SagittalPanel() as any Panel, PosteriorPanel()] {
            let scene = try prefix.map { try S.scene(panel, prefix: $0) } ?? S.scene(panel, context)
            var drawn: Set<String> = []
            var count = 0
            for item in scene.flattened() {
                guard case .path(let p) = item.node, p.metadata["root"] != nil, p.metadata["station"] != nil else { continue }
                count += 1
                guard let expected = Self.expectedGrade(p.metadata, result) else {
                    XCTFail("\(name) \(p.id): incomplete metadata \(p.metadata)"); continue
                }
                XCTAssertEqual(p.metadata["grade"], String(expected.rawValue), "\(name) \(p.id)")
                if let fill = S.fillColor(p) {
                    XCTAssertEqual(fill, context.palette.rootFill(expected), "\(name) \(p.id) painted in another grade")
                } else if expected > .normal {
                    XCTAssertEqual(p.stroke?.color, context.palette.rootFill(expected), "\(name) \(p.id) stroked in another grade")
                }
                if let root = p.metadata["root"], let side = p.metadata["side"], let station = p.metadata["station"], let level = p.metadata["level"],
                   S.fillColor(p) != nil {
                    drawn.insert("\(root) \(side) \(station) \(level) \(p.metadata["grade"] ?? "")")
                }
            }
            XCTAssertGreaterThan(count, 20, "\(name): roots drawn")
            for f in result.roots where f.root != .S2 {
                for st in f.stations where st.site != .inSac {
                    let key = "\(f.root.name) \(f.side.rawValue) \(st.site.rawValue) \(st.level.name) \(st.grade.rawValue)"
                    XCTAssertTrue(drawn.contains(key), "\(name) \(type(of: panel)): \(key) not drawn")
                }
            }
        }
    }

    func testEveryTeachingScenario() throws {
        for name in try S.scenarioFiles() {
            let (scenario, result) = try S.load(String(name.prefix(2)))
            try check(scenario, result, name, prefix: String(name.prefix(2)))
            try checkWholeViews(scenario, result, name, prefix: String(name.prefix(2)))
        }
    }

    func testRandomScenarios() throws {
        for (i, (scenario, result)) in Self.randomScenarios(150).enumerated() {
            try check(scenario, result, "random \(i)")
            if i % 3 == 0 { try checkWholeViews(scenario, result, "random \(i)") }
        }
    }
}
