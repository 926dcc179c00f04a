import Diagram
import FigureStyle

/// The strip under the sagittal drawing: orientation marks (A/P, S/I), the 10 mm scale bar, and the key
/// to the dashed overlay. Page points.
enum SagittalKey {
    static let overlayText = "Dashed: lateral to the midline (pedicles, facets, foramina, exiting roots), projected onto the section"
    /// The key's words: the overlay, and the plane locators when the drawing has them (not in a quiz).
    static func text(_ context: FigureContext) -> String {
        context.options.isQuiz ? overlayText : overlayText + ". " + SagittalLocators(context: context).keyText
    }

    /// Side of the square holding the orientation cross, points.
    static func square(_ context: FigureContext) -> Double { context.type.small.size * 4.2 }

    /// Where the key's words start, from the strip's left edge, points.
    static func textOffset(_ context: FigureContext, scaleBar: Double) -> Double {
        let t = context.type
        let label = context.options.measurer.metrics(of: "10 mm", font: t.small).width
        return square(context) + t.gap * 3 + max(scaleBar, label) + t.gap * 4 + t.small.size * 2.4 + t.gap
    }

    /// Height of the strip for a strip `width` points wide: the orientation square, or the key's
    /// wrapped words when they need more. The scale bar is at most 40 mm long here (a 10 mm bar on any
    /// sensible scale), so the words' room is known before the drawing's scale.
    static func height(_ context: FigureContext, width: Double) -> Double {
        let room = max(10, width - textOffset(context, scaleBar: context.type.unit * 40))  // as `nodes` places it
        let block = context.options.measurer.block(text(context), font: context.type.small, maxWidth: room)
        return max(square(context), block.height + context.type.gap)
    }

    static func nodes(in strip: Rect, mapping: ModelMapping, context: FigureContext) -> [Node] {
        let t = context.type, palette = context.palette
        var out: [Node] = []
        // Orientation: a cross with its four letters, in a square at the strip's left.
        let side = square(context)
        let square = Rect(x: strip.minX, y: strip.midY - side / 2, width: side, height: side)
        out += Components.orientation(id: "sagittal", in: square, left: "A", right: "P", top: "S", bottom: "I", context: context)
        let inset = t.small.size * 1.15
        let c = square.center
        var cross = Path.line(from: Point(x: square.minX + inset + t.unit * 4, y: c.y), to: Point(x: square.maxX - inset - t.unit * 4, y: c.y))
        cross.append(.line(from: Point(x: c.x, y: square.minY + inset + t.unit * 3.5), to: Point(x: c.x, y: square.maxY - inset - t.unit * 3.5)))
        out.append(.path(PathNode(id: "sagittal.orient.cross", path: cross, stroke: Stroke(color: palette.mutedInk, width: t.line * 1.5))))
        // The scale bar, its label above it.
        let barY = square.maxY - t.small.size * 1.2
        out += Components.scaleBar(id: "sagittal", at: Point(x: square.maxX + t.gap * 3, y: barY), mapping: mapping, context: context)
        // The key to the overlay: a dashed swatch and its words.
        let textX = strip.minX + textOffset(context, scaleBar: max(mapping.length(10), t.unit * 40))
        let swatchX = textX - t.gap - t.small.size * 2.4
        let swatch = Rect(x: swatchX, y: strip.midY - t.small.size * 0.6, width: t.small.size * 2.4, height: t.small.size * 1.2)
        let style = SagittalStyle(context)
        out.append(.path(PathNode(id: "sagittal.key.swatch", path: .roundedRectangle(swatch, radius: t.unit * 2),
                                  fill: .color(palette.bone.withAlpha(SagittalOverlay.opacity)), stroke: style.overlayStroke)))
        out.append(.text(TextNode(id: "sagittal.key.text", string: text(context), position: Point(x: textX, y: strip.midY), anchor: .start,
                                  baseline: .middle, font: t.small, color: palette.ink, maxWidth: max(10, strip.maxX - textX))))
        return out
    }
}
