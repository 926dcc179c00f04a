import Anatomy
import Clinical
import Diagram

extension BodyChartPanel {
    /// The pain legend, then the key point and knee outline marks, in one row from `origin`.
    func legendNodes(at origin: Point, width: Double, context: FigureContext) -> [Node] {
        let t = context.type, palette = context.palette, m = context.options.measurer
        var nodes = Components.painLegend(id: "body.legend", at: origin, context: context)
        // Continue after the pain swatches (the same advance as `Components.painLegend`).
        let s = t.unit * 8
        var x = origin.x
        for kind in PainKind.allCases {
            let name = kind == .somaticReferred ? "somatic referred" : kind.rawValue
            x += s * 1.6 + m.metrics(of: name, font: t.small).width + s
        }
        let y = origin.y + t.small.size * 1.6 + s / 2
        nodes.append(.text(TextNode(id: "body.legend.marks.title", string: "Marks", position: Point(x: x, y: origin.y), baseline: .top,
                                    font: t.small.bold, color: palette.ink)))
        let r = t.unit * 2.3
        nodes.append(.path(PathNode(id: "body.legend.keypoint", path: .circle(center: Point(x: x + r, y: y), radius: r),
                                    fill: .color(.white), stroke: Stroke(color: palette.ink, width: t.line * 2.2))))
        nodes.append(.path(PathNode(id: "body.legend.keypoint.reduced", path: .circle(center: Point(x: x + r, y: y), radius: r * 0.45),
                                    fill: .color(palette.ink))))
        let keyText = "key sensory point (dot: expected reduced)"
        nodes.append(.text(TextNode(id: "body.legend.keypoint.label", string: keyText, position: Point(x: x + 3 * r, y: y),
                                    baseline: .middle, font: t.small, color: palette.ink)))
        x += 3 * r + m.metrics(of: keyText, font: t.small).width + s
        let box = Rect(x: x, y: y - s / 2, width: s * 1.4, height: s)
        nodes.append(.path(PathNode(id: "body.legend.knee", path: .roundedRectangle(box, radius: s * 0.3),
                                    stroke: Stroke(color: palette.mutedInk, width: t.line * 1.3, dash: [t.unit * 1.6, t.unit * 1.0]))))
        nodes.append(.text(TextNode(id: "body.legend.knee.label", string: "knee region", position: Point(x: box.maxX + s * 0.4, y: y),
                                    baseline: .middle, font: t.small, color: palette.ink)))
        return nodes
    }
}
