import Diagram
import FigureStyle

/// A mid-sagittal section of L1–S1 seen from the patient's left (anterior on the page's left, superior
/// up), drawn to scale from the simulated geometry and bent into a standing lordosis: bodies, discs,
/// laminae and spinous processes in section with their ligaments; the dural sac with the conus and the
/// cauda equina; pedicles, articular processes, foramina and the exiting roots with their ganglia as a
/// dashed parasagittal overlay; lesions to scale; hurt roots coloured by grade and labelled.
///
/// Node ids: "sagittal.body.L4", "sagittal.disc.L4-L5", "sagittal.arch.L4", "sagittal.pedicle.L4",
/// "sagittal.sac", "sagittal.root.L5.left" (with ".ganglion"), "sagittal.cauda.S1", "sagittal.lesion.0",
/// labels "sagittal.label.<what>" with leaders "sagittal.leader.<what>".
public struct SagittalPanel: Panel {
    public init() {}

    public func title(_ context: FigureContext) -> String { "Sagittal section, viewed from the left" }

    /// The drawing is tall; label columns on both sides make the panel a little wider than high.
    public var preferredAspect: Double { 4.0 / 3.0 }

    /// The section, its lesions and hurt roots, and (not in a quiz) where the sheet's other sections are cut.
    public func altText(_ context: FigureContext) -> String {
        let text = SagittalText.altText(context.result)
        guard !context.options.isQuiz else { return text }
        let l = SagittalLocators(context: context)
        return text + " Each root is named where it leaves, and a dash-dot line (A) and a dashed ring (F) show where the sheet's axial section "
            + "(through the \(l.axial.displayName) disc) and foraminal section (the \(l.foramen.side.rawValue) \(l.foramen.level.displayName) foramen) are cut."
    }

    /// The caption's account of this panel: viewpoint, scale, and how lateral structures are shown.
    public func caption(_ context: FigureContext) -> String { SagittalText.caption(quiz: context.options.isQuiz) }

    public func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        let (titleNodes, rest) = Components.panelTitle(id: "sagittal", title(context), in: frame, context: context)
        let t = context.type
        let keyHeight = SagittalKey.height(context, width: rest.width)
        let body = Rect(x: rest.minX, y: rest.minY, width: rest.width, height: max(1, rest.height - keyHeight - t.gap))
        let strip = Rect(x: rest.minX, y: rest.maxY - keyHeight, width: rest.width, height: keyHeight)

        let style = SagittalStyle(context)
        let locators = context.options.isQuiz ? nil : SagittalLocators(context: context)
        let drawing = SagittalDrawing(result: context.result, style: style, locators: locators)
        let layers = drawing.layers()
        let labels = SagittalLabels(drawing: drawing).labels(context.options.labels)

        guard let bounds = layers.bounds else { return titleNodes }
        let mapping = Self.mapping(bounds, labels: labels, in: body, context: context)
        let drawn = layers.map { $0.node(mapping) }
        let corner1 = mapping.point(bounds.u.lowerBound, bounds.v.upperBound), corner2 = mapping.point(bounds.u.upperBound, bounds.v.lowerBound)
        let drawingRect = Rect(x: corner1.x, y: corner1.y, width: corner2.x - corner1.x, height: corner2.y - corner1.y)
        let layout = Self.layout(context, drawing: body)

        var placed = LabelLayout(font: t.label, drawing: drawingRect, page: body, spacing: layout.spacing, elbowGap: layout.elbowGap,
                                 leaderRun: layout.leaderRun, textGap: layout.textGap)
            .place(labels.map { LabelRequest(id: $0.id, text: $0.text, anchor: mapping.point($0.anchor.u, $0.anchor.v), preferredSide: $0.side) },
                   measurer: context.options.measurer)
            .labelNodes(prefix: "sagittal", context: context)
        // The foraminal section's ring marked "F" (named in the key).
        if let locators, let f = locators.foramenMark(drawing) {
            let p = mapping.point(f.u, f.v)
            placed.append(.text(TextNode(id: "sagittal.locator.foramen.mark", string: "F", position: p, anchor: .start, baseline: .middle,
                                         font: t.small.bold, color: context.palette.ink, halo: Halo(color: .white, width: t.unit * 1.2))))
        }
        // Every root named beside the end of its nerve (issue 11), in the drawing, haloed.
        if context.options.labels != .none && !context.options.isQuiz {
            // Clear of the axial locator line: a name it would cross goes below it.
            let line = locators.flatMap { $0.axialLine(drawing) }.map { Segment(mapping.point($0.front.u, $0.front.v), mapping.point($0.back.u, $0.back.v)) }
            for name in SagittalLabels(drawing: drawing).rootNames() {
                let p = mapping.point(name.anchor.u, name.anchor.v)
                let size = context.options.measurer.metrics(of: name.text, font: t.small.bold)
                var at = Point(x: p.x - t.unit * 3, y: p.y + t.unit * 2)
                for _ in 0..<4 {
                    let box = Rect(x: at.x - size.width, y: at.y - t.small.size * 0.7, width: size.width, height: t.small.size * 1.4)
                    guard let line, line.crosses(box) else { break }
                    at.y += t.small.size * 0.9
                }
                placed.append(.text(TextNode(id: "sagittal.\(name.id)", string: name.text, position: at,
                                             anchor: .end, baseline: .middle, font: t.small.bold, color: context.palette.ink,
                                             halo: Halo(color: .white, width: t.unit * 1.2))))
            }
        }
        let key = SagittalKey.nodes(in: strip, mapping: mapping, context: context)
        return titleNodes + [
            .group(GroupNode(id: "sagittal.drawing", children: drawn)),
            .group(GroupNode(id: "sagittal.labels", children: placed)),
            .group(GroupNode(id: "sagittal.key", children: key)),
        ]
    }

    /// The mm → page mapping: the drawing as tall as `body` allows, shrunk (to no less than 65 %) when the
    /// widest labels would not otherwise fit beside it on one line; drawing and columns centred together.
    static func mapping(_ bounds: (u: ClosedRange<Double>, v: ClosedRange<Double>), labels: [SagittalLabel], in body: Rect,
                        context: FigureContext) -> ModelMapping {
        let t = context.type
        let layout = Self.layout(context, drawing: body)
        let inner = layout.elbowGap + layout.leaderRun + layout.textGap
        func widest(_ side: LabelSide) -> Double {
            let widths = labels.filter { $0.side == side }.map { context.options.measurer.metrics(of: $0.text, font: t.label).width }
            return widths.max().map { min($0, body.width * (side == .left ? 0.3 : 0.42)) + inner } ?? t.gap
        }
        let left = widest(.left), right = widest(.right)
        let du = max(1e-6, bounds.u.upperBound - bounds.u.lowerBound), dv = max(1e-6, bounds.v.upperBound - bounds.v.lowerBound)
        let tall = body.height / dv
        let scale = max(0.65 * tall, min(tall, (body.width - left - right) / du))
        let extra = max(0, body.width - left - right - du * scale)
        let x = body.minX + left + extra / 2
        let y = body.minY + (body.height - dv * scale) / 2
        return ModelMapping(scale: scale, origin: Point(x: x - bounds.u.lowerBound * scale, y: y + bounds.v.upperBound * scale))
    }

    /// Leader and gap sizes for `context`'s type (the label layout's page is `page`).
    static func layout(_ context: FigureContext, drawing page: Rect) -> LabelLayout {
        let t = context.type
        return LabelLayout(font: t.label, drawing: page, page: page, spacing: t.unit * 1.5, elbowGap: t.unit * 5,
                           leaderRun: t.unit * 8, textGap: t.unit * 2)
    }
}

extension LabelPlacement {
    /// The sagittal and posterior views' labels: ink leaders with a small anchor dot. Ids
    /// "<prefix>.leader.<id>", "<prefix>.label.<id>".
    func labelNodes(prefix: String, context: FigureContext) -> [Node] {
        let t = context.type, ink = context.palette.ink
        return LeaderLabels.nodes(self, prefix: prefix, style: LeaderStyle(
            leader: Stroke(color: ink, width: t.line * 1.2), dotRadius: t.line * 2.2, dotFill: ink, font: t.label, textColor: ink))
    }
}
