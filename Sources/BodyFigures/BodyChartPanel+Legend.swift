import Anatomy
import Clinical
import Diagram
import FigureStyle

extension BodyChartPanel {
    /// Height of one legend row: a title over a row of swatches and their words.
    static func legendRowHeight(_ context: FigureContext) -> Double {
        let t = context.type, line = context.options.measurer.metrics(of: "Ag", font: t.small).height
        return t.small.size * 1.6 + max(t.unit * 8, t.unit * 4 + line / 2) + t.unit * 0.5
    }

    /// Widths of the pain legend (as `Components.painLegend` lays it out) and of the marks.
    static func legendWidths(context: FigureContext) -> (pain: Double, marks: Double) {
        let t = context.type, m = context.options.measurer, s = t.unit * 8
        let pain = PainKind.allCases.reduce(0.0) { x, kind in
            let name = kind == .somaticReferred ? "somatic referred" : kind.rawValue
            return x + s * 1.6 + m.metrics(of: name, font: t.small).width + s
        }
        return (pain, marksWidth(keyPointText(width: .infinity, context: context), context: context))
    }

    static func marksWidth(_ keyText: String, context: FigureContext) -> Double {
        let t = context.type, m = context.options.measurer, s = t.unit * 8, r = t.unit * 2.3
        return 3 * r + m.metrics(of: keyText, font: t.small).width + s + s * 1.8 + m.metrics(of: "knee region", font: t.small).width
    }

    /// The legend's row for ``complaintNodes(_:mapping:context:)``: its title and words.
    static let complaintLegendTitle = "The complaint", complaintLegendText = "where the patient says it hurts and no root explains it"

    /// The legend's rows: the pain map and the marks (one row or two), the dermatome underlay's, and the complaint's
    /// when some of it no root explains.
    static func legendRows(width: Double, context: FigureContext) -> Int {
        (legendWraps(width: width, context: context) ? 2 : 1) + (showsUnderlay(context, width: width) ? 1 : 0)
            + (context.unexplainedComplaint.isEmpty ? 0 : 1)
    }

    /// The key point's words, shortened when a row `width` wide cannot hold the marks.
    static func keyPointText(width: Double, context: FigureContext) -> String {
        let long = "key sensory point (dot: expected reduced)"
        return marksWidth(long, context: context) <= width ? long : "key sensory point"
    }

    /// True when the marks go on a second row under the pain legend.
    static func legendWraps(width: Double, context: FigureContext) -> Bool {
        let w = legendWidths(context: context)
        return w.pain + w.marks > width
    }

    /// The pain legend, then the key point and knee outline marks, in one row from `origin` (two when
    /// `width` is too narrow for one).
    func legendNodes(at origin: Point, width: Double, context: FigureContext) -> [Node] {
        let t = context.type, palette = context.palette, m = context.options.measurer
        var nodes = Components.painLegend(id: "body.legend", at: origin, context: context)
        let s = t.unit * 8
        let wraps = Self.legendWraps(width: width, context: context)
        var x = wraps ? origin.x : origin.x + Self.legendWidths(context: context).pain
        let rowY = wraps ? origin.y + Self.legendRowHeight(context) + t.unit * 1.5 : origin.y
        let y = rowY + t.small.size * 1.6 + s / 2
        nodes.append(.text(TextNode(id: "body.legend.marks.title", string: "Marks", position: Point(x: x, y: rowY), baseline: .top,
                                    font: t.small.bold, color: palette.ink)))
        let r = t.unit * 2.3
        nodes.append(.path(PathNode(id: "body.legend.keypoint", path: .circle(center: Point(x: x + r, y: y), radius: r),
                                    fill: .color(.white), stroke: Stroke(color: palette.ink, width: t.line * 2.2))))
        nodes.append(.path(PathNode(id: "body.legend.keypoint.reduced", path: .circle(center: Point(x: x + r, y: y), radius: r * 0.45),
                                    fill: .color(palette.ink))))
        let keyText = Self.keyPointText(width: width, context: context)
        nodes.append(.text(TextNode(id: "body.legend.keypoint.label", string: keyText, position: Point(x: x + 3 * r, y: y),
                                    baseline: .middle, font: t.small, color: palette.ink)))
        x += 3 * r + m.metrics(of: keyText, font: t.small).width + s
        let box = Rect(x: x, y: y - s / 2, width: s * 1.4, height: s)
        nodes.append(.path(PathNode(id: "body.legend.knee", path: .roundedRectangle(box, radius: s * 0.3),
                                    stroke: Stroke(color: palette.mutedInk, width: t.line * 1.3, dash: [t.unit * 1.6, t.unit * 1.0]))))
        nodes.append(.text(TextNode(id: "body.legend.knee.label", string: "knee region", position: Point(x: box.maxX + s * 0.4, y: y),
                                    baseline: .middle, font: t.small, color: palette.ink)))
        if !context.unexplainedComplaint.isEmpty {
            // Its own row, the last: the pain map's and the marks' rows keep their widths (and the underlay its room).
            let rowsBefore = Double(Self.legendRows(width: width, context: context) - 1)
            let rowY = origin.y + rowsBefore * (Self.legendRowHeight(context) + t.unit * 1.5)
            let cy = rowY + t.small.size * 1.6 + s / 2
            nodes.append(.text(TextNode(id: "body.legend.complaint.title", string: Self.complaintLegendTitle, position: Point(x: origin.x, y: rowY),
                                        baseline: .top, font: t.small.bold, color: palette.ink)))
            let at = Rect(x: origin.x, y: cy - s / 2, width: s * 1.4, height: s)
            nodes.append(.path(PathNode(id: "body.legend.complaint.skin", path: .rectangle(at), fill: .color(palette.skin))))
            nodes.append(.path(PathNode(id: "body.legend.complaint", path: .rectangle(at), fill: Fill(palette.unexplainedComplaint(unit: t.unit)),
                                        stroke: Stroke(color: palette.ink, width: t.line * 1.8))))
            // The long words when they hold on one line, else the short.
            let text = [Self.complaintLegendText, "no root explains it"]
                .first { m.metrics(of: $0, font: t.small).width <= width - at.width - s * 0.4 } ?? "no root explains it"
            nodes.append(.text(TextNode(id: "body.legend.complaint.label", string: text,
                                        position: Point(x: at.maxX + s * 0.4, y: cy), baseline: .middle, font: t.small, color: palette.ink)))
        }
        guard Self.showsUnderlay(context, width: width) else { return nodes }
        nodes += underlayLegendNodes(at: Point(x: origin.x, y: rowY + Self.legendRowHeight(context) + t.unit * 1.5), width: width,
                                     context: context)
        return nodes
    }

    /// The underlay's row: "Under the pain: dermatomes (<atlas>)" over one faint swatch per segment
    /// with its name, in the roots' identity colours (the same as the atlas plate's).
    func underlayLegendNodes(at origin: Point, width: Double, context: FigureContext) -> [Node] {
        let t = context.type, palette = context.palette, m = context.options.measurer
        let s = t.unit * 8
        // The longest title that stays on one line.
        let atlas = context.result.input.atlas.displayName
        let title = ["Under the pain: dermatomes (\(atlas))", "Dermatomes (\(atlas))", "Dermatomes"]
            .first { m.metrics(of: $0, font: t.small.bold).width <= width } ?? "Dermatomes"
        var nodes: [Node] = [.text(TextNode(id: "body.legend.underlay.title", string: title, position: origin, baseline: .top,
                                            font: t.small.bold, color: palette.ink, maxWidth: width))]
        let y = origin.y + t.small.size * 1.6 + s / 2
        let needed = DermatomeSegment.all.reduce(0.0) { $0 + s * 1.4 + s * 0.4 + m.metrics(of: $1.name, font: t.small).width + s * 0.8 }
        let gap = needed <= width ? s * 0.8 : max(t.unit, s * 0.8 - (needed - width) / Double(DermatomeSegment.all.count))
        var x = origin.x
        for segment in DermatomeSegment.all {
            let box = Rect(x: x, y: y - s / 2, width: s * 1.4, height: s)
            let id = "body.legend.underlay.\(segment.idKey)"
            nodes.append(.path(PathNode(id: "\(id).skin", path: .rectangle(box), fill: .color(palette.skin))))
            nodes.append(.path(PathNode(id: id, path: .rectangle(box), fill: Fill(palette.faintDermatome(segment, unit: t.unit)),
                                        stroke: Stroke(color: palette.regionLine, width: t.line),
                                        metadata: ["root": segment.name, "layer": "underlay"])))
            nodes.append(.text(TextNode(id: "\(id).label", string: segment.name, position: Point(x: box.maxX + s * 0.4, y: y),
                                        baseline: .middle, font: t.small, color: palette.ink)))
            x = box.maxX + s * 0.4 + m.metrics(of: segment.name, font: t.small).width + gap
        }
        return nodes
    }
}
