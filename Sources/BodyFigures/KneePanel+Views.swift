import Anatomy
import Clinical
import Diagram
import FigureStyle

/// Who supplies the skin of one knee part in one atlas: the roots at the core of their territory
/// there, and those that reach it only at the edge (fringe), each cranial first.
struct KneePartSupply: Hashable {
    var core: [Root]
    var fringe: [Root]

    init(_ part: BodyRegion, atlas: Atlas) {
        let roots = KneeSupply.cutaneous(part, atlas: atlas)
        let weight = { (r: Root) in DermatomeAtlas.areas(of: r, in: atlas).weight(of: part) }
        core = roots.filter { weight($0) >= DermatomeArea.core }
        fringe = roots.filter { weight($0) < DermatomeArea.core }
    }

    private init(core: [Root], fringe: [Root]) {
        self.core = core
        self.fringe = fringe
    }

    /// No root: a quiz knee's part (``KneePanel/title(_:)``).
    static func none(_ part: BodyRegion) -> KneePartSupply { KneePartSupply(core: [], fringe: []) }

    /// "L3", "L3 (L4)" for a fringe, "(L3)" when only a fringe reaches it, "—" for none.
    var label: String {
        let c = core.map(\.name).joined(separator: " · ")
        let f = fringe.isEmpty ? "" : "(" + fringe.map(\.name).joined(separator: ", ") + ")"
        switch (c.isEmpty, f.isEmpty) {
        case (true, true): return "—"
        case (false, true): return c
        case (true, false): return f
        case (false, false): return c + "\n" + f
        }
    }
}

extension KneePanel {
    /// How the four views fit `frame`: in a 2 × 2 grid, each drawing towards the middle so that its landmark names
    /// have a wide column on the outer side; or, when that would make the knees much smaller (a small frame), in one
    /// row without landmark names. `cell` is each view's cell, only as tall as its drawing needs (points).
    struct ViewGrid {
        let columns: Int
        let scale: Double
        let caption: Double
        let cell: Size
        /// The grid's height: its rows of cells, with no spare height between them (points).
        var height: Double { Double((KneeView.allCases.count + columns - 1) / columns) * cell.height }
    }

    /// The grid of the four views in `frame`. The knees are as large as the cells' width allows; a frame taller than
    /// that needs (the panel grown for its "Rule out first" column) leaves its spare height under the grid and its key,
    /// not as gaps between the rows (issue 11).
    func viewGrid(in frame: Rect, compact: Bool = false, context: FigureContext) -> ViewGrid {
        let t = context.type, m = context.options.measurer
        let wordsHeight = m.metrics(of: "Ag", font: t.small).height + t.unit
        let caption = { (v: KneeView) in compact ? v.shortCaption : v.caption }
        func fit(columns: Int) -> ViewGrid {
            let rows = KneeView.allCases.count / columns
            let cell = Size(width: frame.width / Double(columns), height: frame.height / Double(rows))
            let captionHeight = (KneeView.allCases.map { m.block(caption($0), font: t.label.bold, maxWidth: cell.width).height }.max() ?? 0) + t.unit
            let share = columns == 2 ? 0.52 : 0.9
            let scale = max(1, min(cell.width * share / KneeGeometry.bounds.width,
                                   (cell.height - captionHeight - wordsHeight - t.gap) / KneeGeometry.length))
            let needed = captionHeight + wordsHeight + t.gap + KneeGeometry.length * scale
            return ViewGrid(columns: columns, scale: scale, caption: captionHeight, cell: Size(width: cell.width, height: min(cell.height, needed)))
        }
        let grid = fit(columns: 2), row = fit(columns: 4)
        return compact || row.scale > grid.scale * 1.3 ? row : grid
    }

    /// The four views inside `frame`, laid out as `grid` (``viewGrid(in:compact:context:)`` of `frame`) says, from its top.
    func viewNodes(in frame: Rect, grid: ViewGrid, compact: Bool = false, context: FigureContext) -> [Node] {
        let useRow = grid.columns == 4
        var nodes: [Node] = []
        for (i, view) in KneeView.allCases.enumerated() {
            let cell = Rect(x: frame.minX + Double(i % grid.columns) * grid.cell.width,
                            y: frame.minY + Double(i / grid.columns) * grid.cell.height,
                            width: grid.cell.width, height: grid.cell.height)
            nodes += viewNodes(view, cell: cell, scale: grid.scale, captionHeight: grid.caption, inGrid: !useRow,
                               caption: compact ? view.shortCaption : view.caption, context: context)
        }
        return nodes
    }

    /// One knee view in its cell: caption, limb, parts by root, highlights, landmarks, words.
    func viewNodes(_ view: KneeView, cell: Rect, scale: Double, captionHeight: Double, inGrid: Bool, caption: String,
                   context: FigureContext) -> [Node] {
        let t = context.type, palette = context.palette
        let side = side(context), atlas = context.result.input.atlas
        let sign = KneeGeometry.sign(view, side: side)
        let top = cell.minY + captionHeight + t.unit
        let outerLeft = KneeView.allCases.firstIndex(of: view).map { $0 % 2 == 0 } ?? true
        let half = KneeGeometry.bounds.width * scale / 2
        let inner = cell.width * 0.11
        let cx = !inGrid ? cell.midX : outerLeft ? cell.maxX - half - inner : cell.minX + half + inner
        let place = { (p: Point) in Point(x: cx + sign * p.x * scale, y: top + p.y * scale) }
        let prefix = "knee.\(view.rawValue)"
        let map = PainMapIndex(context.result.clinical.painMap)
        let hurt = Set(hurtParts(context))
        let said = Set(unexplainedParts(context)).subtracting(hurt)

        // The caption over the drawing, kept inside the cell.
        let captionWidth = min(cell.width, context.options.measurer.metrics(of: caption, font: t.label.bold).width)
        let captionX = min(max(cx, cell.minX + captionWidth / 2), cell.maxX - captionWidth / 2)
        var nodes: [Node] = [.text(TextNode(id: "\(prefix).caption", string: caption, position: Point(x: captionX, y: cell.minY),
                                            anchor: .middle, baseline: .top, font: t.label.bold, color: palette.ink, maxWidth: cell.width))]
        // Thigh and leg, fading out at the cut ends.
        let (thigh, leg) = KneeGeometry.context(view)
        let fadeTop = LinearGradient(start: place(Point(x: 0, y: 0)), end: place(Point(x: 0, y: 0.3)),
                                     stops: [GradientStop(offset: 0, color: .white), GradientStop(offset: 1, color: palette.skin)])
        let fadeBottom = LinearGradient(start: place(Point(x: 0, y: KneeGeometry.length - 0.3)), end: place(Point(x: 0, y: KneeGeometry.length)),
                                        stops: [GradientStop(offset: 0, color: palette.skin), GradientStop(offset: 1, color: .white)])
        nodes.append(.path(PathNode(id: "\(prefix).thigh", path: thigh.mapped(place).path(), fill: Fill(.linearGradient(fadeTop)))))
        nodes.append(.path(PathNode(id: "\(prefix).leg", path: leg.mapped(place).path(), fill: Fill(.linearGradient(fadeBottom)))))

        var highlights: [Node] = []
        for part in KneeGeometry.parts(view) {
            let path = part.parts.reduce(into: Path()) { $0.append($1.mapped(place).path()) }
            // A quiz knee: plain skin, no root (``title(_:)``).
            let supply = context.options.isQuiz ? KneePartSupply.none(part.region) : KneePartSupply(part.region, atlas: atlas)
            let id = "\(prefix).\(part.region.rawValue)"
            let fill: Paint = supply.core.first.map { palette.rootPaint($0) } ?? .solid(context.options.isQuiz ? palette.skin : palette.unmapped)
            // The part's root identity, for the editable SVG and the one-colour-per-root test (data-root).
            let meta = supply.core.first.map { ["root": $0.name, "region": part.region.rawValue] } ?? ["region": part.region.rawValue]
            nodes.append(.path(PathNode(id: id, path: path, fill: Fill(fill), stroke: Stroke(color: palette.regionLine, width: t.line),
                                        metadata: meta)))
            for root in supply.core.dropFirst() + supply.fringe {
                if let casing = palette.rootFringeCasing {
                    nodes.append(.path(PathNode(id: "\(id).fringe.\(root.name).casing", path: path, fill: Fill(casing))))
                }
                nodes.append(.path(PathNode(id: "\(id).fringe.\(root.name)", path: path, fill: Fill(palette.rootFringe(root)),
                                            metadata: ["root": root.name, "region": part.region.rawValue, "share": "fringe"])))
            }
            if said.contains(part.region) {
                // The complaint no root explains: cross-hatched over the root's colour, outlined in ink (the body chart's mark).
                nodes.append(.path(PathNode(id: "\(id).complaint", path: path,
                                            fill: Fill(palette.unexplainedComplaint(unit: t.unit, veiled: false)))))
                highlights.append(.path(PathNode(id: "\(id).complaint.outline", path: path,
                                                 stroke: Stroke(color: palette.ink, width: t.line * 3, join: .round))))
            }
            guard hurt.contains(part.region) else { continue }
            // In this pain map: a band of the pain paint inside the border, a band of numbness dots
            // inside that (the root's colour stays visible in the middle), a strong outline.
            let entries = map.entries(part.region, side)
            let span = KneeGeometry.spans(view).first { $0.region == part.region }.map { $0.t1 - $0.t0 } ?? 0.3
            let band = min(0.05, span * 0.13)
            let ring = { (inner: Double, outer: Double) -> Path in
                var p = Path()
                if let o = outer == 0 ? part.parts.first : KneeGeometry.inset(part.region, in: view, by: outer) { p.append(o.mapped(place).path()) }
                if let i = KneeGeometry.inset(part.region, in: view, by: inner) { p.append(i.mapped(place).path()) }
                return p
            }
            if let radicular = entries.first(where: { $0.kind == .radicular }) {
                nodes.append(.path(PathNode(id: "\(id).pain", path: ring(band, 0),
                                            fill: Fill(palette.pain(.radicular, intensity: radicular.intensity), rule: .evenOdd))))
            }
            if let numb = entries.first(where: { $0.kind == .numbness }) {
                let (outer, inner) = entries.contains { $0.kind == .radicular } ? (band, band * 2) : (0, band * 1.5)
                nodes.append(.path(PathNode(id: "\(id).numbness", path: ring(inner, outer),
                                            fill: Fill(palette.pain(.numbness, intensity: numb.intensity), rule: .evenOdd))))
            }
            highlights.append(.path(PathNode(id: "\(id).highlight", path: path,
                                             stroke: Stroke(color: palette.lesionOutline, width: t.line * 5, join: .round))))
        }

        let landmarkStroke = Stroke(color: palette.mutedInk, width: t.line * 1.2, cap: .round)
        for (i, landmark) in KneeGeometry.landmarks(view).enumerated() {
            var stroke = landmarkStroke
            if landmark.name == "Joint line" { stroke.dash = [t.unit * 2, t.unit * 1.2] }
            nodes.append(.path(PathNode(id: "\(prefix).landmark.\(i)", path: landmark.outline.mapped(place).path(closed: false), stroke: stroke)))
        }
        for (i, edge) in KneeGeometry.edges(view).enumerated() {
            nodes.append(.path(PathNode(id: "\(prefix).edge.\(i)", path: edge.mapped(place).path(closed: false),
                                        stroke: Stroke(color: palette.ink.withAlpha(0.85), width: t.line * 1.8, cap: .round))))
        }
        nodes += highlights
        nodes += partLabels(view, place: place, scale: scale, context: context)
        nodes += orientationWords(view, sign: sign, place: place, scale: scale, context: context)
        var labelArea = cell
        labelArea.origin.y = top
        labelArea.size.height = max(0, cell.maxY - top)
        if inGrid { nodes += landmarkLabels(view, cell: labelArea, place: place, context: context) }
        return nodes
    }

    /// The root names inside each part wide enough for them (not in `none` mode).
    func partLabels(_ view: KneeView, place: (Point) -> Point, scale: Double, context: FigureContext) -> [Node] {
        guard context.options.labels != .none else { return [] }
        let t = context.type, m = context.options.measurer, atlas = context.result.input.atlas
        var nodes: [Node] = []
        let spans: [BodyRegion: (Double, Double)] = Dictionary(uniqueKeysWithValues: KneeGeometry.parts(view).map { part in
            let xs = part.parts.flatMap { $0.sampled(perSegment: 40) }.filter { abs($0.y - part.anchor.y) < 0.03 }.map(\.x)
            return (part.region, (xs.min() ?? 0, xs.max() ?? 0))
        })
        for part in KneeGeometry.parts(view) {
            let text = KneePartSupply(part.region, atlas: atlas).label
            let block = m.block(text, font: t.label.bold)
            let (lo, hi) = spans[part.region] ?? (0, 0)
            guard block.width <= (hi - lo) * scale * 0.95 else { continue }
            nodes.append(.text(TextNode(id: "knee.\(view.rawValue).label.\(part.region.rawValue)", string: text, position: place(part.anchor),
                                        anchor: .middle, baseline: .middle, font: t.label.bold, color: context.palette.ink,
                                        halo: Halo(color: .white, width: t.unit * 1.4))))
        }
        return nodes
    }

    /// "medial" / "lateral" or "front" / "back" under the two sides of the view (left out when the
    /// drawing is too small to hold them apart).
    func orientationWords(_ view: KneeView, sign: Double, place: (Point) -> Point, scale: Double, context: FigureContext) -> [Node] {
        let t = context.type, m = context.options.measurer
        let (minus, plus) = view == .front || view == .behind ? ("medial", "lateral") : ("back", "front")
        // Each word inside its half of the drawing, so that neighbouring views never share a word's room.
        let f = t.small.italicized, c = context.palette.mutedInk
        guard m.metrics(of: minus, font: f).width + m.metrics(of: plus, font: f).width + t.unit * 2 <= 1.24 * scale else { return [] }
        let y = KneeGeometry.length + 0.02
        let left = sign > 0 ? minus : plus, right = sign > 0 ? plus : minus
        let centre = place(Point(x: 0, y: y))
        return [
            .text(TextNode(id: "knee.\(view.rawValue).orient.left", string: left, position: Point(x: centre.x - 0.62 * scale, y: centre.y),
                           anchor: .start, baseline: .top, font: f, color: c)),
            .text(TextNode(id: "knee.\(view.rawValue).orient.right", string: right, position: Point(x: centre.x + 0.62 * scale, y: centre.y),
                           anchor: .end, baseline: .top, font: f, color: c)),
        ]
    }

    /// Landmark names in columns beside the view, `full` mode only (the joint line once, in front).
    func landmarkLabels(_ view: KneeView, cell: Rect, place: (Point) -> Point, context: FigureContext) -> [Node] {
        guard context.options.labels == .full else { return [] }
        let t = context.type
        let skipped: Set<String> = view == .front ? ["Patellar tendon"] : ["Joint line", "Popliteal crease"]
        let outerLeft = KneeView.allCases.firstIndex(of: view).map { $0 % 2 == 0 } ?? true
        let requests = KneeGeometry.landmarks(view).filter { !skipped.contains($0.name) }.map { landmark in
            LabelRequest(id: landmark.name.lowercased().replacingOccurrences(of: " ", with: "-"), text: landmark.name,
                         anchor: place(landmark.anchor), preferredSide: outerLeft ? .left : .right)
        }
        let box = Rect(enclosing: [KneeGeometry.bounds.corners[0], KneeGeometry.bounds.corners[2]].map(place)) ?? cell
        let engine = LabelLayout(font: t.small, drawing: box, page: cell.insetBy(t.unit), spacing: t.unit,
                                 elbowGap: t.unit * 2, leaderRun: t.unit * 3, textGap: t.unit)
        let placement = engine.place(requests, measurer: context.options.measurer)
        let ink = context.palette.mutedInk
        return LeaderLabels.nodes(placement, prefix: "knee.\(view.rawValue)", style: LeaderStyle(
            leader: Stroke(color: ink, width: t.line), dotRadius: t.unit * 0.8, dotFill: ink,
            font: t.small, textColor: ink, textKind: "landmark-label", interleaved: true))
    }
}
