import Anatomy
import Diagram

/// Where the parts of the body-chart panel go: a heading over each figure, the two figures on one
/// scale with a label column on each side of each, "R"/"L" marks and an orientation note under
/// them, and the legend at the bottom.
struct BodyChartLayout {
    var anterior: BodyFigureMapping
    var posterior: BodyFigureMapping
    /// The area each figure's labels may use (its column on each side), page points.
    var anteriorSlot: Rect
    var posteriorSlot: Rect
    /// Top of the headings row.
    var headingY: Double
    /// The lowest the R/L marks under the figures may reach, and the orientation notes under them.
    var marksY: Double
    var noteY: Double
    var legendOrigin: Point
    /// The figures' drawing boxes on the page.
    var anteriorBox: Rect
    var posteriorBox: Rect

    /// Label geometry shared by layout and placement: elbow gap, leader run, text gap (points).
    static func leaderLengths(_ t: Typography) -> (elbow: Double, run: Double, text: Double) {
        (t.unit * 3, t.unit * 5, t.unit * 1.2)
    }

    init(frame: Rect, context: FigureContext) {
        let t = context.type, m = context.options.measurer
        let lineH = m.metrics(of: "Ag", font: t.label).height
        let smallH = m.metrics(of: "Ag", font: t.small).height
        headingY = frame.minY
        let legendH = t.small.size * 1.6 + t.unit * 8
        legendOrigin = Point(x: frame.minX, y: frame.maxY - legendH)
        noteY = legendOrigin.y - t.gap - smallH
        marksY = noteY - t.unit * 0.8 - lineH
        let top = headingY + lineH + t.gap
        let bottom = marksY - t.unit
        let a = BodyChartGeometry.bounds(.anterior)
        let p = BodyChartGeometry.bounds(.posterior).union(BodyChartGeometry.bounds(.soles))
        let figureHeight = max(a.maxY, p.maxY)
        let lengths = Self.leaderLengths(t)
        let inner = lengths.elbow + lengths.run + lengths.text
        // Columns of at least ~13 characters of label text each.
        let minColumn = m.metrics(of: "Posterior knee", font: t.label).width * 0.95
        var scale = max(1, bottom - top) / figureHeight
        let widthForFigures = frame.width - 4 * (minColumn + inner)
        scale = max(1, min(scale, widthForFigures / (a.width + p.width)))
        let column = (frame.width - scale * (a.width + p.width)) / 4
        let slotA = Rect(x: frame.minX, y: top, width: scale * a.width + 2 * column, height: max(0, bottom - top))
        let slotP = Rect(x: slotA.maxX, y: top, width: frame.maxX - slotA.maxX, height: slotA.height)
        anteriorSlot = slotA
        posteriorSlot = slotP
        anterior = BodyFigureMapping(scale: scale, origin: Point(x: slotA.midX - a.midX * scale, y: top))
        posterior = BodyFigureMapping(scale: scale, origin: Point(x: slotP.midX - p.midX * scale, y: top))
        anteriorBox = anterior.rect(a)
        posteriorBox = posterior.rect(p)
    }

    /// "Anterior view" and "Posterior view" over the figures.
    func headingNodes(context: FigureContext) -> [Node] {
        let f = context.type.label.bold, c = context.palette.ink
        return [
            .text(TextNode(id: "body.anterior.heading", string: "Anterior view (front)",
                           position: Point(x: anteriorBox.midX, y: headingY), anchor: .middle, baseline: .top, font: f, color: c)),
            .text(TextNode(id: "body.posterior.heading", string: "Posterior view (back)",
                           position: Point(x: posteriorBox.midX, y: headingY), anchor: .middle, baseline: .top, font: f, color: c)),
        ]
    }

    /// "R" and "L" under each figure's feet (and soles), and a note on the convention. Kept in every label mode.
    func sideMarkNodes(context: FigureContext) -> [Node] {
        let f = context.type.label.bold, c = context.palette.ink
        var nodes: [Node] = []
        for view in BodyView.allCases {
            let mapping = view == .anterior ? anterior : posterior
            for side in Side.allCases {
                guard view != .soles else { continue }  // the soles stand under the posterior feet
                let x = mapping.point(Point(x: BodyChartGeometry.viewerSign(side, in: view) * 0.48, y: 0)).x
                let y = (view == .anterior ? anteriorBox : posteriorBox).maxY + context.type.unit * 1.5
                nodes.append(.text(TextNode(id: "body.\(view.rawValue).mark.\(side.rawValue)", string: side == .left ? "L" : "R",
                                            position: Point(x: x, y: y), anchor: .middle, baseline: .top, font: f, color: c)))
            }
        }
        let s = context.type.small.italicized, muted = context.palette.mutedInk
        nodes.append(.text(TextNode(id: "body.anterior.note", string: "Facing you: the patient's left is on your right",
                                    position: Point(x: anteriorBox.midX, y: noteY), anchor: .middle, baseline: .top, font: s, color: muted)))
        nodes.append(.text(TextNode(id: "body.posterior.note", string: "From behind, soles tipped up: the patient's left is on your left",
                                    position: Point(x: posteriorBox.midX, y: noteY), anchor: .middle, baseline: .top, font: s, color: muted)))
        return nodes
    }
}
