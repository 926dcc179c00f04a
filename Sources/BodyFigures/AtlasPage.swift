import Anatomy
import Clinical
import Diagram
import FigureStyle

/// Page parts the atlas figures share: text blocks, the legend of dermatome colours and marks.
enum AtlasPage {
    /// A wrapped text block at `origin` (top-left), with its height.
    static func text(id: String, _ string: String, at origin: Point, width: Double, font: Font, color: Color,
                     measurer: any TextMeasurer) -> (node: Node, height: Double) {
        let block = measurer.block(string, font: font, maxWidth: width)
        return (.text(TextNode(id: id, string: string, position: origin, baseline: .top, font: font, color: color, maxWidth: width)),
                block.height)
    }

    /// Marks the legend can show after the segment swatches.
    struct LegendMarks: OptionSet {
        let rawValue: Int
        static let edge = LegendMarks(rawValue: 1)
        static let keyPoint = LegendMarks(rawValue: 2)
        static let knee = LegendMarks(rawValue: 4)
        static let disagreement = LegendMarks(rawValue: 8)
    }

    /// The legend: "Dermatome" over a row of swatches L1 … S2 and S3–S5, then the marks, flowing onto
    /// further rows when `width` is too narrow. Returns the nodes and the height used.
    static func legend(id: String, at origin: Point, width: Double, segments: [DermatomeSegment], marks: LegendMarks,
                       palette: Palette, type t: Typography, measurer: any TextMeasurer) -> (nodes: [Node], height: Double) {
        let s = t.unit * 7, gap = t.unit * 5, lineH = max(s, measurer.metrics(of: "Ag", font: t.small).height)
        var nodes: [Node] = [.text(TextNode(id: "\(id).title", string: "Dermatome (root) and marks", position: origin, baseline: .top,
                                            font: t.small.bold, color: palette.ink))]
        let top = origin.y + t.small.size * 1.7
        var x = origin.x, row = 0
        /// Places an item `itemWidth` wide; returns the centre line's y and the item's left x.
        func slot(_ itemWidth: Double) -> (x: Double, y: Double) {
            if x > origin.x, x + itemWidth > origin.x + width { x = origin.x; row += 1 }
            defer { x += itemWidth + gap }
            return (x, top + Double(row) * (lineH + t.unit * 3) + lineH / 2)
        }
        func swatch(_ key: String, paint: [Paint], label: String, border: Stroke? = nil, metadata: [String: String] = [:]) {
            let w = s * 1.5 + s * 0.4 + measurer.metrics(of: label, font: t.small).width
            let (x0, y) = slot(w)
            let box = Rect(x: x0, y: y - s / 2, width: s * 1.5, height: s)
            for (i, p) in paint.enumerated() {
                nodes.append(.path(PathNode(id: "\(id).\(key)" + (i > 0 ? ".\(i)" : ""), path: .rectangle(box), fill: Fill(p),
                                            stroke: i == paint.count - 1 ? (border ?? Stroke(color: palette.mutedInk, width: t.line)) : nil,
                                            metadata: i == 0 ? metadata : [:])))
            }
            nodes.append(.text(TextNode(id: "\(id).\(key).label", string: label, position: Point(x: box.maxX + s * 0.4, y: y),
                                        baseline: .middle, font: t.small, color: palette.ink)))
        }
        for segment in segments {
            swatch("segment.\(segment.name)", paint: [palette.dermatome(segment)], label: segment.name, metadata: ["root": segment.name])
        }
        if marks.contains(.edge) {
            let grey = Paint.solid(Color(white: 0.55))
            swatch("edge", paint: [grey, palette.dermatomeEdge(unit: t.unit)], label: "edge of a territory or overlap")
        }
        if marks.contains(.disagreement) {
            swatch("disagreement", paint: [.solid(palette.disagreement.withAlpha(0.18))], label: "the maps disagree",
                   border: Stroke(color: palette.disagreement, width: t.line * 3))
        }
        if marks.contains(.keyPoint) {
            let label = "key sensory point (ISNCSCI)"
            let r = t.unit * 2.1
            let (x0, y) = slot(2 * r + s * 0.4 + measurer.metrics(of: label, font: t.small).width)
            nodes += AtlasLabels.keyPointNodes(id: "\(id).keypoint", at: Point(x: x0 + r, y: y), unit: t.unit, palette: palette, line: t.line)
            nodes.append(.text(TextNode(id: "\(id).keypoint.label", string: label, position: Point(x: x0 + 2 * r + s * 0.4, y: y),
                                        baseline: .middle, font: t.small, color: palette.ink)))
        }
        if marks.contains(.knee) {
            swatch("knee", paint: [.solid(palette.skin)], label: "knee region",
                   border: Stroke(color: palette.ink.withAlpha(0.75), width: t.line * 1.3, dash: [t.unit * 1.6, t.unit * 1.0]))
        }
        return (nodes, top - origin.y + Double(row + 1) * (lineH + t.unit * 3))
    }
}

extension Palette {
    /// The outline of a table cell where the maps disagree: a strong crimson in colour; near-black in
    /// print and for colour-blind readers (whose vermillion is already L3's colour).
    var disagreement: Color {
        switch theme {
        case .color: Color(hex: 0xB2182B)
        case .print, .colorblind: Color(white: 0.08)
        }
    }
}
