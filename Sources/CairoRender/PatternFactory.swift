import Diagram
internal import CCairo
#if canImport(Glibc)
import Glibc
#endif

/// Makes Cairo patterns for the non-solid paints. Hatches and stipples are small tiles repeated over
/// the page from its origin: vector tiles (recording surfaces) for PDF and SVG, so they stay vector;
/// for raster output, image tiles a whole number of pixels wide, drawn at the output's resolution and
/// mapped back onto exactly one period, so the repeat has no seams at any scale or spacing.
struct PatternFactory {
    let path: String?
    /// Device pixels per point for raster output; `nil` for vector output.
    let rasterScale: Double?

    func pattern(for paint: Paint) throws(RenderError) -> CairoPattern {
        switch paint {
        case .solid(let color):
            return try CairoPattern(adopting: cairo_pattern_create_rgba(color.red, color.green, color.blue, color.alpha), path: path)
        case .linearGradient(let gradient):
            let pattern = try CairoPattern(
                adopting: cairo_pattern_create_linear(gradient.start.x, gradient.start.y, gradient.end.x, gradient.end.y), path: path)
            addStops(gradient.stops, to: pattern)
            return pattern
        case .radialGradient(let gradient):
            let c = gradient.center
            let pattern = try CairoPattern(
                adopting: cairo_pattern_create_radial(c.x, c.y, 0, c.x, c.y, max(0, gradient.radius)), path: path)
            cairo_pattern_set_extend(pattern.pointer, CAIRO_EXTEND_PAD)
            addStops(gradient.stops, to: pattern)
            return pattern
        case .hatch(let hatch):
            let size = max(1, hatch.spacing)
            let pattern = try tile(size: size, background: hatch.background) { cr in
                setSource(cr, hatch.color)
                cairo_set_line_width(cr, hatch.lineWidth)
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
                cairo_move_to(cr, 0, size / 2)
                cairo_line_to(cr, size, size / 2)
                if hatch.crossed {
                    cairo_move_to(cr, size / 2, 0)
                    cairo_line_to(cr, size / 2, size)
                }
                cairo_stroke(cr)
            }
            // The pattern matrix maps user space to the tile's space: turn by the angle, then scale to pixels.
            var matrix = cairo_matrix_t()
            cairo_pattern_get_matrix(pattern.pointer, &matrix)
            cairo_matrix_rotate(&matrix, -hatch.angleDegrees * Double.pi / 180)
            cairo_pattern_set_matrix(pattern.pointer, &matrix)
            return pattern
        case .stipple(let stipple):
            let size = max(1, stipple.spacing)
            return try tile(size: size, background: stipple.background) { cr in
                setSource(cr, stipple.color)
                for (x, y) in [(size / 4, size / 4), (3 * size / 4, 3 * size / 4)] {
                    cairo_new_sub_path(cr)
                    cairo_arc(cr, x, y, stipple.dotRadius, 0, 2 * Double.pi)
                }
                cairo_fill(cr)
            }
        }
    }

    /// A repeating pattern of a `size`×`size` point tile drawn by `draw` in points.
    private func tile(size: Double, background: Color?, draw: (OpaquePointer) -> Void) throws(RenderError) -> CairoPattern {
        let surface: CairoSurface
        var pixelsPerPoint = 1.0
        if let rasterScale {
            let pixels = max(1, Int((size * rasterScale).rounded(.up)))
            pixelsPerPoint = Double(pixels) / size
            surface = try CairoSurface.image(width: pixels, height: pixels, path: path)
        } else {
            var extents = cairo_rectangle_t(x: 0, y: 0, width: size, height: size)
            surface = try CairoSurface(adopting: cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents), path: path)
        }
        let context = try CairoContext(surface: surface, path: path)
        let cr = context.pointer
        cairo_scale(cr, pixelsPerPoint, pixelsPerPoint)
        if let background {
            setSource(cr, background)
            cairo_paint(cr)
        }
        draw(cr)
        try context.check(.createPattern, path: path)
        cairo_surface_flush(surface.pointer)
        let pattern = try CairoPattern(adopting: cairo_pattern_create_for_surface(surface.pointer), path: path)
        cairo_pattern_set_extend(pattern.pointer, CAIRO_EXTEND_REPEAT)
        var matrix = cairo_matrix_t()
        cairo_matrix_init_scale(&matrix, pixelsPerPoint, pixelsPerPoint)
        cairo_pattern_set_matrix(pattern.pointer, &matrix)
        return pattern
    }

    private func addStops(_ stops: [GradientStop], to pattern: CairoPattern) {
        for stop in stops {
            cairo_pattern_add_color_stop_rgba(
                pattern.pointer, min(1, max(0, stop.offset)), stop.color.red, stop.color.green, stop.color.blue, stop.color.alpha)
        }
    }

    private func setSource(_ cr: OpaquePointer, _ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }
}
