import Anatomy
import Diagram
import FigureStyle

/// Where the parts of the body-chart panel go: a heading over each figure, the two figures on one
/// scale with a label column on each side of each, "R"/"L" marks and an orientation note under
/// them, and the legend at the bottom.
package struct BodyChartLayout {
    package var anterior: BodyFigureMapping
    package var posterior: BodyFigureMapping
    /// The area each figure's labels may use (its column on each side), page points.
    var anteriorSlot: Rect
    var posteriorSlot: Rect
    /// Top of the headings row.
    var headingY: Double
    /// The lowest the R/L marks under the figures may reach, and the orientation notes under them.
    var marksY: Double
    var noteY: Double
    var noteWidth: Double
    /// Where the two notes are centred: each under its half of the frame.
    var noteCentres: (anterior: Double, posterior: Double)

    /// A frame too small for notes under the figures: the headings carry the orientation instead.
    var compact: Bool
    var headingHeight: Double

    /// The orientation notes under the anterior and posterior figures.
    static let notes = ["Facing you: the patient's left is on your right",
                        "From behind: the patient's left is on your left"]
    /// The headings, and the ones that also say the orientation (compact layout).
    static let headings = ["Anterior view (front)", "Posterior view (back, soles tipped up)"]
    static let compactHeadings = ["Front: the patient's left on your right", "Back: the patient's left on your left"]

    package var legendOrigin: Point
    /// The figures' drawing boxes on the page.
    var anteriorBox: Rect
    var posteriorBox: Rect

    /// Label geometry shared by layout and placement: elbow gap, leader run, text gap (points).
    static func leaderLengths(_ t: Typography) -> (elbow: Double, run: Double, text: Double) {
        (t.unit * 3, t.unit * 5, t.unit * 1.2)
    }

    package init(frame: Rect, context: FigureContext) {
        let t = context.type, m = context.options.measurer
        let lineH = m.metrics(of: "Ag", font: t.label).height
        compact = frame.height < 300 * t.unit || frame.width < 400 * t.unit
        headingY = frame.minY
        // The pain legend and the marks (one row or two), the dermatome underlay's row, the complaint's.
        let rows = Double(BodyChartPanel.legendRows(width: frame.width, context: context))
        let legendH = BodyChartPanel.legendRowHeight(context) * rows + (rows - 1) * t.unit * 1.5
        legendOrigin = Point(x: frame.minX, y: frame.maxY - legendH)
        let half = frame.width / 2 - t.gap
        noteWidth = half
        noteCentres = (frame.minX + frame.width / 4, frame.minX + frame.width * 3 / 4)
        let noteH = compact ? 0 : Self.notes.map { m.block($0, font: t.small.italicized, maxWidth: half).height }.max() ?? 0
        noteY = legendOrigin.y - t.gap - noteH
        marksY = noteY - t.unit * 0.8 - lineH
        let headings = compact ? Self.compactHeadings : Self.headings
        headingHeight = headings.map { m.block($0, font: t.label.bold, maxWidth: half).height }.max() ?? lineH
        let top = headingY + headingHeight + t.gap
        let bottom = marksY - t.unit
        let a = BodyChartGeometry.bounds(.anterior)
        let p = BodyChartGeometry.bounds(.posterior).union(BodyChartGeometry.bounds(.soles))
        let figureHeight = max(a.maxY, p.maxY)
        let lengths = Self.leaderLengths(t)
        let inner = lengths.elbow + lengths.run + lengths.text
        // Columns of at least ~13 characters of label text each, unless the frame is narrow.
        let minColumn = min(m.metrics(of: "Posterior knee", font: t.label).width * 0.95, frame.width * 0.08)
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

    /// "Anterior view" and "Posterior view" over the figures (with the orientation when compact).
    package func headingNodes(context: FigureContext) -> [Node] {
        let f = context.type.label.bold, c = context.palette.ink
        let texts = compact ? Self.compactHeadings : Self.headings
        let xs = compact ? [noteCentres.anterior, noteCentres.posterior] : [anteriorBox.midX, posteriorBox.midX]
        return zip(["anterior", "posterior"], zip(texts, xs)).map { view, item in
            .text(TextNode(id: "body.\(view).heading", string: item.0, position: Point(x: item.1, y: headingY), anchor: .middle,
                           baseline: .top, font: f, color: c, maxWidth: noteWidth))
        }
    }

    /// "R" and "L" under each figure's feet (and soles), and a note on the convention. Kept in every label mode.
    package func sideMarkNodes(context: FigureContext) -> [Node] {
        let f = context.type.label.bold, c = context.palette.ink
        var nodes: [Node] = []
        for view in BodyView.allCases {
            let mapping = view == .anterior ? anterior : posterior
            for side in Side.allCases {
                guard view != .soles else { continue }  // the soles stand under the posterior feet
                // Under each foot, or far enough apart to read when the figure is small.
                let apart = max(0.48 * mapping.scale, context.options.measurer.metrics(of: "R", font: f).width * 0.75 + context.type.unit)
                let x = mapping.origin.x + BodyChartGeometry.viewerSign(side, in: view) * apart
                let y = (view == .anterior ? anteriorBox : posteriorBox).maxY + context.type.unit * 1.5
                nodes.append(.text(TextNode(id: "body.\(view.rawValue).mark.\(side.rawValue)", string: side == .left ? "L" : "R",
                                            position: Point(x: x, y: y), anchor: .middle, baseline: .top, font: f, color: c)))
            }
        }
        guard !compact else { return nodes }
        let s = context.type.small.italicized, muted = context.palette.mutedInk
        nodes.append(.text(TextNode(id: "body.anterior.note", string: Self.notes[0], position: Point(x: noteCentres.anterior, y: noteY),
                                    anchor: .middle, baseline: .top, font: s, color: muted, maxWidth: noteWidth)))
        nodes.append(.text(TextNode(id: "body.posterior.note", string: Self.notes[1], position: Point(x: noteCentres.posterior, y: noteY),
                                    anchor: .middle, baseline: .top, font: s, color: muted, maxWidth: noteWidth)))
        return nodes
    }
}
