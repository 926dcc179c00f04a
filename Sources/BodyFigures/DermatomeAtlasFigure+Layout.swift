import Anatomy
import Clinical
import Diagram
import FigureStyle

/// Where the parts of an atlas page go: title, the map's method, the two headings, the anterior and
/// posterior figures on one scale each between two label columns, "R"/"L" under the feet, then the
/// legend and caption (placed by ``DermatomeAtlasFigure``).
struct AtlasFigureLayout {
    /// One of the two figures: its name ("anterior" or "posterior"), its drawing, and the area its
    /// labels may use (its half of the page).
    struct Figure {
        var name: String
        var drawing: AtlasBodyDrawing
        var slot: Rect
    }

    var options: FigureOptions
    var title: String
    var margin: Double
    var inner: Double
    var headerNodes: [Node]
    var figures: [Figure]
    /// Top of the legend.
    var legendY: Double

    /// The normalized window of each view: the body from just above the waist to below the feet,
    /// narrow enough to leave the arms out.
    static func window(_ view: BodyView) -> Rect {
        let bottom = view == .anterior ? BodyChartGeometry.bounds(.anterior).maxY : BodyChartGeometry.bounds(.soles).maxY
        return Rect(x: -0.93, y: 2.45, width: 1.86, height: bottom + 0.05 - 2.45)
    }

    static let headings = ["Anterior — the patient's right on the viewer's left",
                           "Posterior, soles tipped up — the patient's right on the viewer's right"]

    init(atlas: Atlas, options: FigureOptions) {
        self.options = options
        let t = options.type, m = options.measurer, palette = options.palette, w = options.width
        margin = (w * 0.025).rounded()
        inner = w - 2 * margin
        title = "Dermatome atlas: \(atlas.displayName)"
        var y = margin
        let titleBlock = AtlasPage.text(id: "page.title", title, at: Point(x: margin, y: y), width: inner, font: t.title, color: palette.ink, measurer: m)
        y += titleBlock.height + t.gap * 0.6
        let method = AtlasPage.text(id: "page.subtitle", DermatomeAtlas.method(of: atlas), at: Point(x: margin, y: y), width: inner,
                                    font: t.body, color: palette.mutedInk, measurer: m)
        y += method.height + t.gap * 1.5
        var header = [titleBlock.node, method.node]

        let gutter = 2 * t.gap
        let half = (inner - gutter) / 2
        // A narrow column beside the named leg (root names only), a wide one beside the key points.
        let narrow = half * 0.15, wide = half * 0.36
        let scale = (half - narrow - wide) / Self.window(.anterior).width
        let headingFont = t.label.bold
        let headingH = Self.headings.map { m.block($0, font: headingFont, maxWidth: half).height }.max() ?? 0
        for (i, text) in Self.headings.enumerated() {
            header.append(.text(TextNode(id: "atlas.\(i == 0 ? "anterior" : "posterior").heading", string: text,
                                         position: Point(x: margin + Double(i) * (half + gutter) + half / 2, y: y), anchor: .middle,
                                         baseline: .top, font: headingFont, color: palette.ink, maxWidth: half)))
        }
        y += headingH + t.gap
        headerNodes = header
        var figures: [Figure] = []
        var bottom = y
        for (i, view) in [BodyView.anterior, .posterior].enumerated() {
            let window = Self.window(view)
            let left = margin + Double(i) * (half + gutter)
            let leftColumn = Self.column(of: DermatomeAtlasFigure.namedSide, in: view) == .left ? narrow : wide
            let mapping = AtlasBodyDrawing.mapping(window: window, topLeft: Point(x: left + leftColumn, y: y), scale: scale)
            let drawing = AtlasBodyDrawing(atlas: atlas, view: view, window: window, mapping: mapping)
            figures.append(Figure(name: view.rawValue, drawing: drawing, slot: Rect(x: left, y: y - t.gap, width: half, height: 0)))
            bottom = max(bottom, drawing.box.maxY)
        }
        // Labels may use their half of the page down to the lower figure's feet.
        for i in figures.indices { figures[i].slot.size.height = bottom + t.gap - figures[i].slot.minY }
        self.figures = figures
        let markH = m.metrics(of: "R", font: t.label.bold).height
        legendY = bottom + t.unit * 1.5 + markH + t.gap * 2
    }

    /// The figure drawing `view` (the soles are in the posterior figure).
    func figure(for view: BodyView) -> Figure {
        figures.first { $0.drawing.views.contains(view) } ?? figures[0]
    }

    /// The label column on the side of the figure where the patient's `side` is drawn in `view`.
    func column(of side: Side, in view: BodyView) -> LabelSide { Self.column(of: side, in: view) }

    static func column(of side: Side, in view: BodyView) -> LabelSide {
        BodyChartGeometry.viewerSign(side, in: view) > 0 ? .right : .left
    }

    /// "R" and "L" under each figure's feet, in every label mode.
    func markNodes() -> [Node] {
        let t = options.type, f = t.label.bold
        return figures.flatMap { figure -> [Node] in
            let mapping = figure.drawing.mapping
            return Side.allCases.map { side in
                let x = mapping.point(Point(x: BodyChartGeometry.viewerSign(side, in: figure.drawing.view) * 0.46, y: 0)).x
                return .text(TextNode(id: "atlas.\(figure.name).mark.\(side.rawValue)", string: side == .left ? "L" : "R",
                                      position: Point(x: x, y: figure.drawing.box.maxY + t.unit * 1.5), anchor: .middle, baseline: .top, font: f, color: options.palette.ink))
            }
        }
    }
}
