import Diagram
internal import CCairo
#if canImport(Glibc)
import Glibc
#endif

/// Sets text with Pango for one Cairo context: a Pango context and one reusable layout, with font
/// options pinned (greyscale antialiasing, no hinting, unhinted metrics, unrounded glyph positions) so
/// that measurements do not depend on the surface or scale and output is the same on every machine.
final class PangoTextSetter {
    private let cairo: CairoContext
    private let context: OpaquePointer
    private let layout: OpaquePointer
    private var descriptions: [Font: OpaquePointer] = [:]

    init(cairo: CairoContext, path: String?) throws(RenderError) {
        guard let options = cairo_font_options_create(), cairo_font_options_status(options) == CAIRO_STATUS_SUCCESS else {
            throw RenderError(.createTextLayout, path: path, detail: "cairo_font_options_create failed")
        }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        guard let context = pango_cairo_create_context(cairo.pointer) else {
            throw RenderError(.createTextLayout, path: path, detail: "pango_cairo_create_context failed")
        }
        pango_cairo_context_set_font_options(context, options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        guard let layout = pango_layout_new(context) else {
            g_object_unref(UnsafeMutableRawPointer(context))
            throw RenderError(.createTextLayout, path: path, detail: "pango_layout_new failed")
        }
        self.cairo = cairo
        self.context = context
        self.layout = layout
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// Sets up the layout for `string` in `font`, wrapped at word boundaries to `maxWidth` points
    /// when given, lines aligned as `anchor` says.
    /// Picks up the Cairo context's current transformation first, so what is measured is what is drawn.
    func prepare(_ string: String, font: Font, maxWidth: Double?, anchor: TextAnchor) {
        pango_cairo_update_layout(cairo.pointer, layout)
        pango_layout_set_font_description(layout, description(for: font))
        pango_layout_set_text(layout, maxWidth == nil ? string : Self.joiningDashes(string), -1)
        if let maxWidth, maxWidth > 0 {
            pango_layout_set_width(layout, Int32(min(maxWidth * Double(radix_pango_scale), Double(Int32.max))))
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD)
        } else {
            pango_layout_set_width(layout, -1)
        }
        let alignment: PangoAlignment
        switch anchor {
        case .start: alignment = PANGO_ALIGN_LEFT
        case .middle: alignment = PANGO_ALIGN_CENTER
        case .end: alignment = PANGO_ALIGN_RIGHT
        }
        pango_layout_set_alignment(layout, alignment)
    }

    /// Word joiner (U+2060): no line break on either side of it, and nothing drawn.
    private static let joiner: Unicode.Scalar = "\u{2060}"

    /// `string` with a word joiner after each hyphen or en dash that has a letter or digit after it, so that lines break
    /// at spaces only (as ``TextMeasurer/wrap(_:font:maxWidth:)`` promises): "L4–L5" and "MSU 2-B" stay whole.
    static func joiningDashes(_ string: String) -> String {
        guard string.contains(where: { $0 == "-" || $0 == "–" }) else { return string }
        var out = "", previous: Character?
        for c in string {
            if let p = previous, p == "-" || p == "–", c.isLetter || c.isNumber { out.unicodeScalars.append(joiner) }
            out.append(c)
            previous = c
        }
        return out
    }

    /// The prepared layout's logical rectangle (line boxes) and first baseline, in points relative to
    /// the layout's origin.
    func extents() -> (logical: Rect, baseline: Double) {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(radix_pango_scale)
        let rect = Rect(
            x: Double(logical.x) / scale, y: Double(logical.y) / scale,
            width: Double(logical.width) / scale, height: Double(logical.height) / scale)
        return (rect, Double(pango_layout_get_baseline(layout)) / scale)
    }

    /// The prepared layout's lines as Pango broke them, without trailing spaces.
    func lines() -> [String] {
        guard let text = pango_layout_get_text(layout) else { return [""] }
        let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text)))
        var result: [String] = []
        for index in 0..<pango_layout_get_line_count(layout) {
            guard let line = pango_layout_get_line_readonly(layout, index) else { continue }
            let start = Int(line.pointee.start_index), end = min(bytes.count, start + Int(line.pointee.length))
            var string = start < end ? String(decoding: bytes[start..<end], as: UTF8.self) : ""
            string.unicodeScalars.removeAll { $0 == Self.joiner }
            while string.last == " " { string.removeLast() }
            result.append(string)
        }
        return result.isEmpty ? [""] : result
    }

    /// Draws the prepared layout with its origin at `origin` (user space): an outline in `halo` first
    /// if given, then the letters in `color`. The transformation must be the one `prepare` saw.
    func show(at origin: Point, color: Color, halo: Halo?) {
        let cr = cairo.pointer
        cairo_move_to(cr, origin.x, origin.y)
        if let halo, halo.width > 0 {
            cairo_new_path(cr)
            cairo_move_to(cr, origin.x, origin.y)
            pango_cairo_layout_path(cr, layout)
            cairo_set_source_rgba(cr, halo.color.red, halo.color.green, halo.color.blue, halo.color.alpha)
            cairo_set_line_width(cr, halo.width)
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_stroke(cr)
            cairo_move_to(cr, origin.x, origin.y)
        }
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
        pango_cairo_show_layout(cr, layout)
        cairo_new_path(cr)
    }

    private func description(for font: Font) -> OpaquePointer? {
        if let cached = descriptions[font] { return cached }
        guard let description = pango_font_description_new() else { return nil }
        pango_font_description_set_family(description, Font.family)
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        let size = max(1, font.size.isFinite ? font.size : 1) * Double(radix_pango_scale)
        pango_font_description_set_absolute_size(description, size)
        descriptions[font] = description
        return description
    }
}
