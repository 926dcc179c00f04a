import Anatomy
import Clinical
import Diagram
import FigureStyle

/// Where the three dermatome maps disagree (`radix atlas`, comparison): a row of three close-ups of
/// the right knee and shin, one per map, from the front and from behind, coloured and named by root;
/// under them a table of region × map → roots with the dissenting cells outlined; the legend; a
/// caption saying what the disagreement means for a student, with every map's citation. All of it
/// is derived from ``DermatomeComparison``.
///
/// Ids: "compare.<atlas>.<view>…" for a close-up (bands as in ``AtlasBodyDrawing``),
/// "compare.<atlas>.<view>.name.<segment>" / ".label.<segment>" for names, "table.…" for the table.
public enum DermatomeComparisonFigure {
    /// The leg in the close-ups, and the windows: the right knee and shin from the lower thigh to the ankle.
    static let side = Side.right

    static func window(_ view: BodyView) -> Rect {
        // The right leg is on the viewer's left from the front, on the right from behind.
        let x = BodyChartGeometry.viewerSign(side, in: view) > 0 ? 0.08 : -0.80
        return Rect(x: x, y: 4.55, width: 0.72, height: 7.40 - 4.55)
    }

    public static func scene(options: FigureOptions) -> Scene {
        let t = options.type, m = options.measurer, palette = options.palette, w = options.width
        let margin = (w * 0.025).rounded(), inner = w - 2 * margin
        var y = margin
        var nodes: [Node] = []
        let title = "Where the dermatome maps disagree: the knee and the shin"
        let titleBlock = AtlasPage.text(id: "page.title", title, at: Point(x: margin, y: y), width: inner, font: t.title, color: palette.ink, measurer: m)
        nodes.append(titleBlock.node)
        y += titleBlock.height + t.gap * 0.6
        let sub = AtlasPage.text(id: "page.subtitle", headline(), at: Point(x: margin, y: y), width: inner,
                                 font: t.body, color: palette.mutedInk, measurer: m)
        nodes.append(sub.node)
        y += sub.height + t.gap * 1.5

        let panels = closeUps(top: y, left: margin, width: inner, options: options)
        nodes += panels.nodes
        y = panels.bottom + t.gap * 2

        let table = ComparisonTable(rows: ComparisonTable.rowsShown, options: options)
        nodes += table.nodes(at: Point(x: margin, y: y), width: inner)
        y += table.height(width: inner) + t.gap * 2

        let legend = AtlasPage.legend(id: "legend", at: Point(x: margin, y: y), width: inner,
                                      segments: DermatomeSegment.all.filter { $0 != .saddle }, marks: [.edge, .disagreement, .knee],
                                      palette: palette, type: t, measurer: m)
        nodes += legend.nodes
        y += legend.height + t.gap
        let caption = AtlasPage.text(id: "page.caption", captionText(), at: Point(x: margin, y: y), width: inner, font: t.small,
                                     color: palette.mutedInk, measurer: m)
        nodes.append(caption.node)
        y += caption.height + margin
        return Scene(width: w, height: y.rounded(), background: palette.background, nodes: nodes, title: title)
    }

    /// The three close-up panels side by side from `top`; returns their nodes and the lowest y used.
    static func closeUps(top: Double, left: Double, width: Double, options: FigureOptions) -> (nodes: [Node], bottom: Double) {
        let t = options.type, m = options.measurer, palette = options.palette
        let gutter = 3 * t.gap
        let panelW = (width - 2 * gutter) / 3
        let views: [BodyView] = [.anterior, .posterior]
        // Names of the front leg go in a column on its left, those of the back leg on its right.
        let column = m.metrics(of: "S2", font: t.label.bold).width + t.unit * 9
        let legGap = t.unit * 4
        let scale = (panelW - 2 * column - legGap) / views.map { window($0).width }.reduce(0, +)
        let headingFont = t.label.bold, subFont = t.small
        let headingH = m.block("Ag", font: headingFont).height, subH = m.block("Ag", font: subFont).height
        var nodes: [Node] = []
        var bottom = top
        for (i, atlas) in Atlas.allCases.enumerated() {
            let x0 = left + Double(i) * (panelW + gutter)
            let key = "compare.\(atlas.rawValue)"
            nodes.append(.text(TextNode(id: "\(key).heading", string: atlas.displayName, position: Point(x: x0 + panelW / 2, y: top),
                                        anchor: .middle, baseline: .top, font: headingFont, color: palette.ink, maxWidth: panelW)))
            var x = x0 + column
            let legTop = top + headingH + subH + t.gap
            for view in views {
                let win = window(view)
                let mapping = AtlasBodyDrawing.mapping(window: win, topLeft: Point(x: x, y: legTop), scale: scale)
                let drawing = AtlasBodyDrawing(atlas: atlas, view: view, window: win, mapping: mapping, sides: [side],
                                               fadeTop: true, fadeBottom: true)
                let box = drawing.box
                nodes.append(.text(TextNode(id: "\(key).\(view.rawValue).subheading", string: view == .anterior ? "Front" : "Back",
                                            position: Point(x: box.midX, y: top + headingH + t.unit), anchor: .middle, baseline: .top,
                                            font: subFont.italicized, color: palette.mutedInk)))
                nodes += drawing.nodes(prefix: key, palette: palette, type: t)
                let outer: LabelSide = view == .anterior ? .left : .right
                let slot = Rect(x: outer == .left ? box.minX - column : box.minX, y: box.minY, width: box.width + column, height: box.height)
                nodes += closeUpLabels(drawing, key: key, slot: slot, side: outer, options: options)
                x += win.width * scale + legGap
                bottom = max(bottom, box.maxY)
            }
        }
        return (nodes, bottom)
    }

    /// The names of the segments in one close-up (none in `none` mode), in-band or in the column on `side`.
    static func closeUpLabels(_ d: AtlasBodyDrawing, key: String, slot: Rect, side: LabelSide, options: FigureOptions) -> [Node] {
        let t = options.type, font = t.label.bold
        guard options.labels != .none else { return [] }
        let placements = AtlasLabels.place(d.bands(), mapping: d.mapping, window: d.window, font: font, measurer: options.measurer, unit: t.unit)
        let engine = LabelLayout(font: font, drawing: d.box, page: slot, spacing: t.unit * 1.0, elbowGap: t.unit * 2, leaderRun: t.unit * 3, textGap: t.unit)
        return AtlasLabels.nodes(placements, extra: [], preferred: side, engine: engine, prefix: "\(key).\(d.view.rawValue)", options: options)
    }
}
