import Anatomy
import Clinical
import Diagram
import FigureStyle

/// Anterior and posterior body charts with the soles, side by side, with the scenario's pain map:
/// radicular pain filled by intensity, numbness stippled over it, somatic referred pain as a soft
/// diffuse wash; the knee regions outlined; the ISNCSCI key sensory points of the hurt roots as dots.
/// Left and right are drawn as the patient's: in the anterior view the patient's left is on the
/// viewer's right, in the posterior view (and the soles) on the viewer's left; "R" and "L" stand
/// under every figure in every label mode.
///
/// Ids: "body.<view>.<side>.<region>" for every region outline (view `anterior`, `posterior` or
/// `soles`), with ".radicular", ".numbness" or ".somatic-referred" for its shading;
/// "body.keypoint.<root>.<side>" for a key point; "body.<view>.label.<key>" and
/// "body.<view>.leader.<key>" for labels.
public struct BodyChartPanel: Panel {
    /// Whether the key point of a touched root whose sensation is not reduced still gets its empty ring.
    /// Quiz questions turn it off: a ring would point at the touched root by its place alone.
    public var showsNormalKeyPoints: Bool

    public init(showsNormalKeyPoints: Bool = true) {
        self.showsNormalKeyPoints = showsNormalKeyPoints
    }

    public func title(_ context: FigureContext) -> String {
        "Body chart: where the pain and numbness fall"
    }

    public var preferredAspect: Double { 1.5 }

    public func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        let (titleNodes, afterTitle) = Components.panelTitle(id: "body", title(context), in: frame, context: context)
        let (subtitleNodes, rest) = subtitle(in: afterTitle, context: context)
        let layout = BodyChartLayout(frame: rest, context: context)
        let map = PainMapIndex(context.result.clinical.painMap)
        var nodes = titleNodes + subtitleNodes + layout.headingNodes(context: context)
        for view in BodyView.allCases {
            let mapping = view == .anterior ? layout.anterior : layout.posterior
            nodes += figureNodes(view, mapping: mapping, map: map, underlay: Self.showsUnderlay(context, width: rest.width), context: context)
        }
        nodes += keyPointNodes(layout: layout, context: context)
        nodes += labelNodes(layout: layout, map: map, context: context)
        nodes += layout.sideMarkNodes(context: context)
        nodes += legendNodes(at: layout.legendOrigin, width: rest.width, context: context)
        return nodes
    }

    /// Where a point well inside `region` of the patient's `side` lands on the page when the panel is
    /// drawn in `frame` (the point its label points at); `nil` when the region is not in `view`.
    public func anchor(of region: BodyRegion, side: Side, in view: BodyView, frame: Rect, context: FigureContext) -> Point? {
        guard let p = BodyChartGeometry.anchor(of: region, side: side, in: view) else { return nil }
        return mapping(view, frame: frame, context: context).point(p)
    }

    /// The mapping of `view` when the panel is drawn in `frame`.
    func mapping(_ view: BodyView, frame: Rect, context: FigureContext) -> BodyFigureMapping {
        let afterTitle = Components.panelTitle(id: "body", title(context), in: frame, context: context).rest
        let layout = BodyChartLayout(frame: subtitle(in: afterTitle, context: context).rest, context: context)
        return view == .anterior ? layout.anterior : layout.posterior
    }
}

extension BodyChartPanel {
    /// The line under the title: the hurt roots with their grades (not in `none` mode, which is for
    /// quizzes) and the dermatome map. Returns the nodes and the frame left below.
    func subtitle(in frame: Rect, context: FigureContext) -> (nodes: [Node], rest: Rect) {
        let t = context.type
        let atlas = context.result.input.atlas
        var text = "Dermatomes: \(atlas.displayName)"
        if context.options.labels != .none {
            let hurt = Self.hurtRootsText(context.result.roots.map { ($0.root, $0.side, $0.grade) })
            let saddle = Self.saddleFlagged(context.result) ? "; the S3–S5 roots of the cauda equina (saddle numbness — red flag)" : ""
            text = (hurt.isEmpty ? "No root is hurt" : "Hurt roots: " + hurt) + saddle + ". " + text
        }
        let block = context.options.measurer.block(text, font: t.small, maxWidth: frame.width)
        let node = Node.text(TextNode(id: "body.subtitle", string: text, position: Point(x: frame.minX, y: frame.minY), anchor: .start,
                                      baseline: .top, font: t.small, color: context.palette.mutedInk, maxWidth: frame.width))
        let used = block.height + t.gap
        return ([node], Rect(x: frame.minX, y: frame.minY + used, width: frame.width, height: max(0, frame.height - used)))
    }
}

extension BodyChartPanel {
    /// The hurt roots in words, grouped by grade, worst first, a root hurt alike on both sides named
    /// once: "L5 and S1 on both sides (compression); left L4 (contact)". Empty when none is hurt.
    static func hurtRootsText(_ findings: [(root: Root, side: Side, grade: RootGrade)]) -> String {
        var groups: [String] = []
        for grade in RootGrade.allCases.reversed() where grade > .normal {
            let at = findings.filter { $0.grade == grade }
            guard !at.isEmpty else { continue }
            let roots = Array(Set(at.map(\.root))).sorted()
            let both = roots.filter { r in Side.allCases.allSatisfy { s in at.contains { $0.root == r && $0.side == s } } }
            var parts: [String] = []
            if !both.isEmpty { parts.append("\(both.map(\.name).joinedList) on both sides") }
            for side in Side.allCases {
                let only = roots.filter { r in !both.contains(r) && at.contains { $0.root == r && $0.side == side } }
                if !only.isEmpty { parts.append("\(side.rawValue) \(only.map(\.name).joinedList)") }
            }
            groups.append(parts.joined(separator: ", ") + " (\(grade.state))")
        }
        return groups.joined(separator: "; ")
    }
}

/// The pain map by region and side, merged per kind.
struct PainMapIndex {
    var entries: [PainEntry]

    init(_ entries: [PainEntry]) { self.entries = entries }

    /// Entries for `region` on `side`, somatic first, then radicular, then numbness (drawing order).
    func entries(_ region: BodyRegion, _ side: Side) -> [PainEntry] {
        let order: [PainKind] = [.somaticReferred, .radicular, .numbness]
        return entries.filter { $0.region == region && $0.side == side }
            .sorted { (order.firstIndex(of: $0.kind) ?? 0) < (order.firstIndex(of: $1.kind) ?? 0) }
    }

    /// The strongest intensity of any kind at `region` on `side`, 0 when untouched.
    func intensity(_ region: BodyRegion, _ side: Side) -> Double {
        entries.filter { $0.region == region && $0.side == side }.map(\.intensity).max() ?? 0
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Regions with an entry of `kind` on `side`.
    func regions(kind: PainKind, side: Side) -> [BodyRegion] {
        entries.filter { $0.kind == kind && $0.side == side }.map(\.region)
    }

    /// Every root named in the map.
    var roots: Set<Root> { Set(entries.flatMap(\.roots)) }

    /// Regions touched on either side, in vocabulary order.
    var regions: [BodyRegion] { Array(Set(entries.map(\.region))).sorted() }
}

extension Palette {
    /// Unpainted skin of the body chart: a pale warm tone, white in print.
    package var skin: Color {
        switch theme {
        case .color: Color(hex: 0xFBF3EA)
        case .print: .white
        case .colorblind: Color(white: 0.97)
        }
    }

    /// Thin borders between body-chart regions.
    package var regionLine: Color { Color(white: 0.72) }
}
