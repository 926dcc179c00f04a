import Clinical
import Diagram

/// Pieces every panel shares: scale bars, orientation marks, legends, titles.
public enum Components {
    /// A 10 mm scale bar with its label, its left end at `start` (page points).
    public static func scaleBar(id: String, at start: Point, mapping: ModelMapping, context: FigureContext, millimetres: Double = 10,
                                label: String? = nil) -> [Node] {
        let length = mapping.length(millimetres), t = context.type
        let end = Point(x: start.x + length, y: start.y)
        var path = Path.line(from: start, to: end)
        path.append(.line(from: Point(x: start.x, y: start.y - t.unit * 2), to: Point(x: start.x, y: start.y + t.unit * 2)))
        path.append(.line(from: Point(x: end.x, y: end.y - t.unit * 2), to: Point(x: end.x, y: end.y + t.unit * 2)))
        return [
            .path(PathNode(id: "\(id).scalebar", path: path, stroke: Stroke(color: context.palette.ink, width: t.line * 2))),
            .text(TextNode(id: "\(id).scalebar.label", string: label ?? "\(Int(millimetres)) mm", position: Point(x: (start.x + end.x) / 2, y: start.y - t.unit * 3),
                           anchor: .middle, baseline: .bottom, font: t.small, color: context.palette.ink)),
        ]
    }

    /// "×1.6": the magnification of a drawing at `scale` page points per model mm when the page is printed 20 cm
    /// wide (the width ``Typography`` sets type for).
    public static func magnification(_ scale: Double, context: FigureContext) -> String {
        "×" + String(format: "%.1f", scale * 200 / context.options.width)
    }

    /// Orientation letters at the edges of `frame`: e.g. left "A", right "P", top "S", bottom "I".
    public static func orientation(id: String, in frame: Rect, left: String, right: String, top: String, bottom: String, context: FigureContext) -> [Node] {
        let f = context.type.small.bold, c = context.palette.mutedInk, pad = context.type.unit * 3
        return [
            .text(TextNode(id: "\(id).orient.left", string: left, position: Point(x: frame.minX + pad, y: frame.midY), anchor: .start, baseline: .middle, font: f, color: c)),
            .text(TextNode(id: "\(id).orient.right", string: right, position: Point(x: frame.maxX - pad, y: frame.midY), anchor: .end, baseline: .middle, font: f, color: c)),
            .text(TextNode(id: "\(id).orient.top", string: top, position: Point(x: frame.midX, y: frame.minY + pad), anchor: .middle, baseline: .top, font: f, color: c)),
            .text(TextNode(id: "\(id).orient.bottom", string: bottom, position: Point(x: frame.midX, y: frame.maxY - pad), anchor: .middle, baseline: .bottom, font: f, color: c)),
        ]
    }

    /// The panel title at the top of `frame`; returns the nodes and the frame left below it.
    public static func panelTitle(id: String, _ text: String, in frame: Rect, context: FigureContext) -> (nodes: [Node], rest: Rect) {
        let text = context.panelTitleOverride ?? text
        let font = context.type.panelTitle
        let block = context.options.measurer.block(text, font: font, maxWidth: frame.width)
        let node = Node.text(TextNode(id: "\(id).title", string: text, position: Point(x: frame.minX, y: frame.minY), anchor: .start,
                                      baseline: .top, font: font, color: context.palette.ink, maxWidth: frame.width))
        let used = block.height + context.type.gap
        return ([node], Rect(x: frame.minX, y: frame.minY + used, width: frame.width, height: max(0, frame.height - used)))
    }

    /// A root drawn as a circle filled by its grade, with the dark outline of the atlases.
    public static func rootDisc(id: String, centre: Point, radius: Double, grade: RootGrade, context: FigureContext) -> Node {
        root(id: id, path: .circle(center: centre, radius: radius), grade: grade, context: context)
    }

    /// A root cut across, of any outline (a flattened root is an ellipse), filled by its grade.
    /// `metadata` (``rootMetadata(root:side:grade:quiz:)``) carries its model values to the editable SVG;
    /// `dashed`: its outline dashed, for a root that lies above or below the drawn plane (``rootStroke(context:dashed:)``).
    public static func root(id: String, path: Path, grade: RootGrade, context: FigureContext,
                            metadata: [String: String] = [:], dashed: Bool = false) -> Node {
        .path(PathNode(id: id, path: path, fill: Fill(context.palette.gradePaint(grade)),
                       stroke: rootStroke(context: context, dashed: dashed), metadata: metadata))
    }

    /// A root's outline: 1.5 lines wide in the atlases' dark outline colour; `dashed` (2.5 widths on, 1.5 off, points)
    /// where the root lies off the drawn plane, as projected lesions are drawn.
    public static func rootStroke(context: FigureContext, dashed: Bool = false) -> Stroke {
        let w = context.type.line * 1.5
        return Stroke(color: context.palette.rootOutline, width: w, dash: dashed ? [w * 2.5, w * 1.5] : [])
    }

    /// A drawn root's model values (written as `data-root`, `data-side`, `data-grade`, `data-state` in the editable
    /// SVG): its name ("S3-S5" for the cauda equina bundle), side, and Pfirrmann grade and state — except in a quiz
    /// figure, whose roots must not give the answer away.
    public static func rootMetadata(root: String, side: String, grade: RootGrade, quiz: Bool) -> [String: String] {
        var values = ["root": root, "side": side]
        if !quiz {
            values["grade"] = String(grade.rawValue)
            values["state"] = grade.state
        }
        return values
    }

    /// The grade legend: four swatches 0 … 3 with their Pfirrmann names, laid out in a row from `origin`.
    public static func gradeLegend(id: String, at origin: Point, context: FigureContext) -> [Node] {
        let t = context.type, r = t.unit * 4
        var nodes: [Node] = [.text(TextNode(id: "\(id).grade.title", string: "Root colour: Pfirrmann nerve-root grade at the place drawn", position: origin, baseline: .top, font: t.small.bold, color: context.palette.ink))]
        var x = origin.x
        let y = origin.y + t.small.size * 1.6 + r
        for grade in RootGrade.allCases {
            nodes.append(rootDisc(id: "\(id).grade.\(grade.rawValue)", centre: Point(x: x + r, y: y), radius: r, grade: grade, context: context))
            let label = "\(grade.rawValue) \(grade.state)"
            nodes.append(.text(TextNode(id: "\(id).grade.\(grade.rawValue).label", string: label, position: Point(x: x + 2.5 * r, y: y),
                                        baseline: .middle, font: t.small, color: context.palette.ink)))
            x += 2.5 * r + context.options.measurer.metrics(of: label, font: t.small).width + 3 * r
        }
        return nodes
    }

    /// The pain legend: swatches for radicular, numbness and somatic-referred, in a row from `origin`.
    public static func painLegend(id: String, at origin: Point, context: FigureContext) -> [Node] {
        let t = context.type, s = t.unit * 8
        var nodes: [Node] = [.text(TextNode(id: "\(id).pain.title", string: "Pain map", position: origin, baseline: .top, font: t.small.bold, color: context.palette.ink))]
        var x = origin.x
        let y = origin.y + t.small.size * 1.6
        for kind in PainKind.allCases {
            let box = Rect(x: x, y: y, width: s, height: s)
            nodes.append(.path(PathNode(id: "\(id).pain.\(kind.rawValue)", path: .rectangle(box), fill: Fill(context.palette.pain(kind, intensity: 0.8)),
                                        stroke: Stroke(color: context.palette.mutedInk, width: t.line))))
            let name = kind == .somaticReferred ? "somatic referred" : kind.rawValue
            nodes.append(.text(TextNode(id: "\(id).pain.\(kind.rawValue).label", string: name, position: Point(x: x + s * 1.3, y: y + s / 2),
                                        baseline: .middle, font: t.small, color: context.palette.ink)))
            x += s * 1.6 + context.options.measurer.metrics(of: name, font: t.small).width + s
        }
        return nodes
    }
}
