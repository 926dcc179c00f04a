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

    /// The scale bar's label: "10 mm (×0.5)", the bar's length and the drawing's magnification when the page is printed
    /// 20 cm wide (issue 11: a sheet's sections state their magnification; the sagittal has its own, not the shared one).
    /// `scale`: page points per mm; nil gives the widest such label, for sizing before the scale is known.
    static func scaleText(_ scale: Double?, context: FigureContext) -> String {
        "10 mm (" + (scale.map { Components.magnification($0, context: context) } ?? "×00.0") + ")"
    }

    /// Room the scale bar and its label take beside the orientation square, points: the wider of the two.
    static func scaleRoom(_ context: FigureContext, scaleBar: Double) -> Double {
        max(scaleBar, context.options.measurer.metrics(of: scaleText(nil, context: context), font: context.type.small).width)
    }

    /// Where the key's words start, from the strip's left edge, points.
    static func textOffset(_ context: FigureContext, scaleBar: Double) -> Double {
        let t = context.type
        return square(context) + t.gap * 3 + scaleRoom(context, scaleBar: scaleBar) + t.gap * 4 + t.small.size * 2.4 + t.gap
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
        // The scale bar, its label (with the magnification) centred above it, both within the room left for them.
        let barY = square.maxY - t.small.size * 1.2
        let room = scaleRoom(context, scaleBar: max(mapping.length(10), t.unit * 40))
        let barX = square.maxX + t.gap * 3 + max(0, (room - mapping.length(10)) / 2)
        out += Components.scaleBar(id: "sagittal", at: Point(x: barX, y: barY), mapping: mapping, context: context,
                                   label: scaleText(mapping.scale, context: context))
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
