import Diagram

/// The strip under the sagittal drawing: orientation marks (A/P, S/I), the 10 mm scale bar, and the key
/// to the dashed overlay. Page points.
enum SagittalKey {
    /// Height of the strip for `context`'s type sizes, points.
    static func height(_ context: FigureContext) -> Double { context.type.small.size * 4.2 }

    static func nodes(in strip: Rect, mapping: ModelMapping, context: FigureContext) -> [Node] {
        let t = context.type, palette = context.palette
        var out: [Node] = []
        // Orientation: a cross with its four letters, in a square at the strip's left.
        let side = strip.height
        let square = Rect(x: strip.minX, y: strip.minY, width: side, height: side)
        out += Components.orientation(id: "sagittal", in: square, left: "A", right: "P", top: "S", bottom: "I", context: context)
        let inset = t.small.size * 1.15
        let c = square.center
        var cross = Path.line(from: Point(x: square.minX + inset + t.unit * 4, y: c.y), to: Point(x: square.maxX - inset - t.unit * 4, y: c.y))
        cross.append(.line(from: Point(x: c.x, y: square.minY + inset + t.unit * 3.5), to: Point(x: c.x, y: square.maxY - inset - t.unit * 3.5)))
        out.append(.path(PathNode(id: "sagittal.orient.cross", path: cross, stroke: Stroke(color: palette.mutedInk, width: t.line * 1.5))))
        // The scale bar, its label above it.
        var x = square.maxX + t.gap * 3
        let barY = strip.maxY - t.small.size * 1.2
        out += Components.scaleBar(id: "sagittal", at: Point(x: x, y: barY), mapping: mapping, context: context)
        x += max(mapping.length(10), context.options.measurer.metrics(of: "10 mm", font: t.small).width) + t.gap * 4
        // The key to the overlay: a dashed swatch and its words.
        let swatch = Rect(x: x, y: strip.midY - t.small.size * 0.6, width: t.small.size * 2.4, height: t.small.size * 1.2)
        let style = SagittalStyle(context)
        out.append(.path(PathNode(id: "sagittal.key.swatch", path: .roundedRectangle(swatch, radius: t.unit * 2),
                                  fill: .color(palette.bone.withAlpha(SagittalOverlay.opacity)), stroke: style.overlayStroke)))
        let text = "Dashed outline: lateral to the midline (pedicles, facets, foramina), projected onto the section with the exiting roots"
        let textX = swatch.maxX + t.gap
        out.append(.text(TextNode(id: "sagittal.key.text", string: text, position: Point(x: textX, y: strip.midY), anchor: .start,
                                  baseline: .middle, font: t.small, color: palette.ink, maxWidth: max(10, strip.maxX - textX))))
        return out
    }
}
