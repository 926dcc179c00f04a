import Anatomy
import Clinical
import Compression
import Diagram
import Figures
import Foundation
import Radix
import Scenario
import XCTest
import CairoRender
import TestSupport

/// Shared helpers for the section-view tests: teaching scenarios, panels drawn into a page, scene queries.
enum SectionTestSupport {
    /// The repository's teaching scenarios.
    static let scenarioDirectory = Fixtures.scenarioDirectory

    /// Every teaching scenario file name, sorted (a test fails when there is none).
    static func scenarioFiles() throws -> [String] { try Fixtures.scenarioFiles() }

    /// The scenario numbered `prefix` ("02"), loaded and simulated once for the whole test run (``SceneCache``); a
    /// missing or renamed file fails the test.
    static func load(_ prefix: String) throws -> (Scenario, SimulationResult) {
        try SceneCache.shared.simulated(prefix)
    }

    /// `panel` drawn into the usual page (``scene(_:_:frame:)``) for teaching scenario `prefix` with `labels` and
    /// `theme`, made once for the whole test run: the figure test classes check the same scenes in different ways.
    static func scene(_ panel: any Panel, prefix: String, theme: Theme = .color, labels: LabelMode = .full) throws -> Scene {
        try SceneCache.shared.scene("panel \(String(reflecting: panel))", prefix: prefix, theme: theme, labels: labels) { context in
            Scene(width: page.width, height: page.height, nodes: panel.nodes(in: frame, context: context))
        }
    }

    /// The page of `view` (``ViewCatalog/scene(for:context:)``) for teaching scenario `prefix`, made once for the whole run.
    static func page(_ view: ViewSpec, prefix: String, theme: Theme = .color, labels: LabelMode = .full) throws -> Scene {
        try SceneCache.shared.scene("page \(String(reflecting: view))", prefix: prefix, theme: theme, labels: labels) { context in
            ViewCatalog.scene(for: view, context: context)
        }
    }

    /// A 2400 × 1800 page with the panel drawn into its frame (margins 40 points).
    static let page = Rect(x: 0, y: 0, width: 2400, height: 1800)
    static let frame = Rect(x: 40, y: 40, width: 2320, height: 1720)

    static func context(_ scenario: Scenario, _ result: SimulationResult, theme: Theme = .color, labels: LabelMode = .full) -> FigureContext {
        FigureContext(result: result, scenario: scenario, options: FigureOptions(theme: theme, labels: labels))
    }

    static func scene(_ panel: some Panel, _ context: FigureContext, frame: Rect = frame) -> Scene {
        Scene(width: page.width, height: page.height, nodes: panel.nodes(in: frame, context: context))
    }

    /// The path node with `id`, or nil.
    static func path(_ scene: Scene, _ id: String) -> PathNode? {
        if case .path(let p)? = scene.node(withID: id) { return p }
        return nil
    }

    /// Every text node with its page frame (no transforms are used by the panels).
    static func texts(_ scene: Scene) -> [(node: TextNode, frame: Rect)] {
        let measurer = ApproximateTextMeasurer()
        return scene.flattened().compactMap { item in
            guard case .text(let t) = item.node else { return nil }
            return (t, measurer.frame(of: t))
        }
    }

    /// Pairs of text nodes whose frames overlap.
    static func overlappingTexts(_ scene: Scene) -> [(String, String)] {
        let all = texts(scene)
        var pairs: [(String, String)] = []
        for i in all.indices {
            for j in all.indices where j > i && all[i].frame.intersects(all[j].frame) {
                pairs.append((all[i].node.id, all[j].node.id))
            }
        }
        return pairs
    }

    /// Ids of top-level and nested nodes whose bounds leave `frame` (by more than 1 point).
    static func nodesOutside(_ scene: Scene, frame: Rect) -> [String] {
        let measurer = ApproximateTextMeasurer()
        return scene.nodes.flatMap { node -> [String] in
            guard let b = node.bounds(measurer: measurer), !frame.contains(b, tolerance: 1) else { return [] }
            return [node.id]
        }
    }

    /// The solid colour of a path node's fill, or nil.
    static func fillColor(_ node: PathNode?) -> Color? {
        guard let fill = node?.fill, case .solid(let c) = fill.paint else { return nil }
        return c
    }

    /// The page centre of a path node's bounds.
    static func centre(_ node: PathNode?) -> Point? {
        node?.path.bounds.map(\.center)
    }

    /// True when the 8-bit pixel matches `color` within `tolerance` per channel.
    static func matches(_ pixel: (UInt8, UInt8, UInt8), _ color: Color, tolerance: Int = 3) -> Bool {
        let target = [color.red, color.green, color.blue].map { Int(($0 * 255).rounded()) }
        return zip([Int(pixel.0), Int(pixel.1), Int(pixel.2)], target).allSatisfy { abs($0 - $1) <= tolerance }
    }

    /// The snapshot lines of the roots, lesions and dimension lines (not their labels, leaders, call-outs or key).
    static func snapshotLines(_ scene: Scene) -> String {
        scene.snapshot().split(separator: "\n").filter { line in
            [".root.", ".cauda.", ".lesion.", ".dim."].contains { line.contains($0) } && !line.contains("label") && !line.contains("leader") && !line.contains(".callout.") && !line.contains(".key.")
        }.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
    }

    /// How many of nine points within half the semi-axes of a circle or ellipse node's centre have `color` in
    /// the raster (a leader or its anchor dot may cover one or two of them). Roots flattened by a lesion are
    /// ellipses, so the two axes are taken apart.
    static func pixelsMatching(_ color: Color, in node: PathNode?, of pixels: PixelBuffer) -> Int {
        guard let bounds = node?.path.bounds else { return 0 }
        let rx = bounds.width / 4, ry = bounds.height / 4
        var count = 0
        for dx in [-1.0, 0, 1] {
            for dy in [-1.0, 0, 1] {
                let px = pixels[Int(bounds.midX + dx * rx * 0.7), Int(bounds.midY + dy * ry * 0.7)]
                if matches((px.red, px.green, px.blue), color) { count += 1 }
            }
        }
        return count
    }

    /// Ids of text nodes outside the drawing that overlap the drawing's clip rectangle (the group `groupID`):
    /// labels, titles and legends must stand outside the anatomy. A call-out's number stands in its circle on the drawing
    /// by design ("<prefix>.callout.<id>.number", inside the circle "<prefix>.callout.<id>": ``CalloutTests``).
    static func textsOverDrawing(_ scene: Scene, groupID: String) -> [String] {
        guard case .group(let group)? = scene.node(withID: groupID), let clip = group.clip?.bounds else { return ["no \(groupID)"] }
        let measurer = ApproximateTextMeasurer()
        return scene.nodes.compactMap { node in
            guard case .text(let t) = node, measurer.frame(of: t).intersects(clip) else { return nil }
            if t.id.contains(".callout."), t.id.hasSuffix(".number"),
               case .path(let circle)? = scene.node(withID: String(t.id.dropLast(".number".count))),
               let box = circle.path.bounds, box.contains(t.position) { return nil }
            return t.id
        }
    }
}

/// The teaching scenarios loaded and simulated, and the scenes drawn from them, memoised for one test process: several
/// classes check the same scenes of every scenario (leaders, call-outs, grades), and laying out a section view takes
/// tens of milliseconds in a debug build. A scene is a value made deterministically from its key — the scenario's
/// file, what is drawn (the panel's or view's full description), theme and labels, with the default width and
/// measurer — so a cached one is the one the test would have made. Thread-safe; a scene wanted by two threads at
/// once may be made twice, both the same.
final class SceneCache: @unchecked Sendable {
    static let shared = SceneCache()
    private let lock = NSLock()
    private var simulations: [String: (Scenario, SimulationResult)] = [:]
    private var scenes: [String: Scene] = [:]
    private var others: [String: Any] = [:]

    /// What `make` makes for `key`, made the first time it is asked for (keys of the callers' own kinds, such as
    /// ``SagittalFixture``'s scenes; the key must name everything the value is made from).
    func memo<T>(_ key: String, _ make: () throws -> T) rethrows -> T {
        if let made = lock.withLock({ others[key] }) as? T { return made }
        let made = try make()
        lock.withLock { others[key] = made }
        return made
    }

    /// Teaching scenario `prefix`, loaded and simulated (``Fixtures/simulated(_:)``) the first time it is asked for.
    func simulated(_ prefix: String) throws -> (Scenario, SimulationResult) {
        if let made = lock.withLock({ simulations[prefix] }) { return made }
        let made = try Fixtures.simulated(prefix)
        lock.withLock { simulations[prefix] = made }
        return made
    }

    /// The scene `what` of teaching scenario `prefix`, drawn by `make` in the default context with `theme` and `labels`
    /// the first time it is asked for.
    func scene(_ what: String, prefix: String, theme: Theme, labels: LabelMode, make: (FigureContext) -> Scene) throws -> Scene {
        let key = "\(prefix) \(theme) \(labels) \(what)"
        if let made = lock.withLock({ scenes[key] }) { return made }
        let (scenario, result) = try simulated(prefix)
        let made = make(SectionTestSupport.context(scenario, result, theme: theme, labels: labels))
        lock.withLock { scenes[key] = made }
        return made
    }
}
