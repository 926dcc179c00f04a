import Diagram
internal import CCairo
#if canImport(Glibc)
import Glibc
#endif

/// Draws a scene's nodes on one Cairo context, checking the context's status after every node.
final class SceneDrawer {
    private let cairo: CairoContext
    private let text: PangoTextSetter
    private let path: String?
    private let rasterScale: Double?
    private var patterns: [Paint: CairoPattern] = [:]

    /// `rasterScale` is the device pixels per point of an image surface, `nil` for a vector surface.
    init(cairo: CairoContext, path: String?, rasterScale: Double?) throws(RenderError) {
        self.cairo = cairo
        self.path = path
        self.rasterScale = rasterScale
        self.text = try PangoTextSetter(cairo: cairo, path: path)
    }

    /// Paints the background, then every node in order; `scale` is device units per point.
    func draw(_ scene: Scene, scale: Double) throws(RenderError) {
        let cr = cairo.pointer
        cairo_save(cr)
        cairo_scale(cr, scale, scale)
        if scene.background.alpha > 0 {
            setSource(scene.background)
            cairo_paint(cr)
        }
        try cairo.check(.draw, path: path, nodeID: "background")
        for node in scene.nodes { try draw(node) }
        cairo_restore(cr)
        try cairo.check(.draw, path: path)
    }

    private func draw(_ node: Node) throws(RenderError) {
        switch node {
        case .group(let group): try draw(group)
        case .path(let shape): try draw(shape)
        case .text(let label): try draw(label)
        }
    }

    private func draw(_ group: GroupNode) throws(RenderError) {
        let cr = cairo.pointer
        guard group.opacity > 0 else { return }
        cairo_save(cr)
        if let t = group.transform {
            var matrix = cairo_matrix_t(xx: t.a, yx: t.b, xy: t.c, yy: t.d, x0: t.tx, y0: t.ty)
            cairo_transform(cr, &matrix)
        }
        try cairo.check(.draw, path: path, nodeID: group.id)
        let fade = group.opacity < 1
        if fade { cairo_push_group(cr) }
        if let clip = group.clip {
            try drawClipped(to: clip, rule: .nonZero, nodeID: group.id) { () throws(RenderError) in
                for child in group.children { try draw(child) }
            }
        } else {
            for child in group.children { try draw(child) }
        }
        if fade {
            cairo_pop_group_to_source(cr)
            cairo_paint_with_alpha(cr, group.opacity)
        }
        cairo_restore(cr)
        try cairo.check(.draw, path: path, nodeID: group.id)
    }

    /// Draws `body` clipped to `clip`, as one operation: the body goes into a group (bounded by the clip's
    /// box, so that a raster group is no larger than needed), which then fills the clip path.
    ///
    /// The result is the same as `cairo_clip` followed by the body, but Cairo's SVG and PDF surfaces
    /// write a clip path out again for every operation drawn under it: a soft edge of eight strokes under
    /// a body silhouette of 170 curves wrote the silhouette 24 times. Filled with the group, it is
    /// written once.
    private func drawClipped(to clip: Path, rule: FillRule, nodeID: String,
                             _ body: () throws(RenderError) -> Void) throws(RenderError) {
        let cr = cairo.pointer
        guard let box = clip.bounds?.outsetBy(1) else { return }
        cairo_save(cr)
        cairo_new_path(cr)
        cairo_rectangle(cr, box.minX, box.minY, box.width, box.height)
        cairo_clip(cr)
        cairo_push_group(cr)
        try body()
        cairo_pop_group_to_source(cr)
        append(clip)
        cairo_set_fill_rule(cr, rule == .evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
        cairo_fill(cr)
        cairo_restore(cr)
        try cairo.check(.draw, path: path, nodeID: nodeID)
    }

    private func draw(_ shape: PathNode) throws(RenderError) {
        let cr = cairo.pointer
        guard shape.opacity > 0, !shape.path.isEmpty, shape.fill != nil || shape.stroke != nil else { return }
        let fade = shape.opacity < 1
        if fade { cairo_push_group(cr) }
        if let fill = shape.fill {
            append(shape.path)
            try setSource(fill.paint, nodeID: shape.id)
            cairo_set_fill_rule(cr, fill.rule == .evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
            cairo_fill(cr)
            if let width = shape.softEdge, width > 0 { try drawSoftEdge(shape.path, fill: fill, width: width, nodeID: shape.id) }
        }
        if let stroke = shape.stroke, stroke.width > 0 {
            append(shape.path)
            apply(stroke)
            cairo_stroke(cr)
        }
        if fade {
            cairo_pop_group_to_source(cr)
            cairo_paint_with_alpha(cr, shape.opacity)
        }
        try cairo.check(.draw, path: path, nodeID: shape.id)
    }

    /// Fades the fill out over `width` points outside the outline: eight strokes of growing width,
    /// each faint, clipped to the outside, so the fill's opacity falls from about 95% to 0.
    private func drawSoftEdge(_ outline: Path, fill: Fill, width: Double, nodeID: String) throws(RenderError) {
        let cr = cairo.pointer
        guard let bounds = outline.bounds?.outsetBy(width + 2) else { return }
        let rings = 8
        let ringAlpha = 1 - pow(0.05, 1 / Double(rings))
        var outside = Path.rectangle(bounds)
        outside.append(outline)
        cairo_save(cr)
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        cairo_set_dash(cr, nil, 0, 0)
        try drawClipped(to: outside, rule: .evenOdd, nodeID: nodeID) { () throws(RenderError) in
            for ring in 1...rings {
                append(outline)
                cairo_set_line_width(cr, 2 * width * Double(ring) / Double(rings))
                if case .solid(let color) = fill.paint {
                    setSource(color.withAlpha(color.alpha * ringAlpha))
                    cairo_stroke(cr)
                } else {
                    cairo_push_group(cr)
                    try setSource(fill.paint, nodeID: nodeID)
                    cairo_stroke(cr)
                    cairo_pop_group_to_source(cr)
                    cairo_paint_with_alpha(cr, ringAlpha)
                }
            }
        }
        cairo_restore(cr)
    }

    private func draw(_ label: TextNode) throws(RenderError) {
        guard label.opacity > 0, !label.string.isEmpty else { return }
        let cr = cairo.pointer
        let fade = label.opacity < 1
        if fade { cairo_push_group(cr) }
        text.prepare(label.string, font: label.font, maxWidth: label.maxWidth, anchor: label.anchor)
        let (logical, baseline) = text.extents()
        var x = label.position.x - logical.minX
        switch label.anchor {
        case .start: break
        case .middle: x -= logical.width / 2
        case .end: x -= logical.width
        }
        var y = label.position.y - logical.minY
        switch label.baseline {
        case .top: break
        case .middle: y -= logical.height / 2
        case .alphabetic: y = label.position.y - baseline
        case .bottom: y -= logical.height
        }
        text.show(at: Point(x: x, y: y), color: label.color, halo: label.halo)
        if fade {
            cairo_pop_group_to_source(cr)
            cairo_paint_with_alpha(cr, label.opacity)
        }
        try cairo.check(.draw, path: path, nodeID: label.id)
    }

    /// Replaces the current path with `outline`.
    private func append(_ outline: Path) {
        cairo_new_path(cairo.pointer)
        appendCommands(outline)
    }

    private func appendCommands(_ outline: Path) {
        let cr = cairo.pointer
        for command in outline.commands {
            switch command {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .cubic(let p, let c1, let c2): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            case .arc(let c, let r, let start, let end, let direction):
                if direction == .increasingAngle {
                    cairo_arc(cr, c.x, c.y, r, start, end)
                } else {
                    cairo_arc_negative(cr, c.x, c.y, r, start, end)
                }
            case .close: cairo_close_path(cr)
            }
        }
    }

    private func apply(_ stroke: Stroke) {
        let cr = cairo.pointer
        setSource(stroke.color)
        cairo_set_line_width(cr, stroke.width)
        switch stroke.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch stroke.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        if stroke.dash.contains(where: { $0 != 0 }) {
            stroke.dash.withUnsafeBufferPointer { dashes in
                cairo_set_dash(cr, dashes.baseAddress, Int32(dashes.count), stroke.dashOffset)
            }
        } else {
            cairo_set_dash(cr, nil, 0, 0)
        }
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(cairo.pointer, color.red, color.green, color.blue, color.alpha)
    }

    private func setSource(_ paint: Paint, nodeID: String) throws(RenderError) {
        if case .solid(let color) = paint { return setSource(color) }
        let pattern: CairoPattern
        if let cached = patterns[paint] {
            pattern = cached
        } else {
            do {
                pattern = try PatternFactory(path: path, rasterScale: rasterScale).pattern(for: paint)
            } catch {
                throw RenderError(error.operation, path: path, detail: error.detail, nodeID: nodeID)
            }
            patterns[paint] = pattern
        }
        cairo_set_source(cairo.pointer, pattern.pointer)
    }
}
