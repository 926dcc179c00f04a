import Diagram
internal import CCairo

/// Measures text exactly as `CairoRenderer` sets it (Pango, DejaVu Sans, the same pinned font
/// options), on a 1×1 scratch surface. Not thread-safe: use one per thread.
public final class CairoTextMeasurer: TextMeasurer {
    private let setter: PangoTextSetter

    public init() throws(RenderError) {
        let surface = try CairoSurface.image(width: 1, height: 1, path: nil)
        let context = try CairoContext(surface: surface, path: nil)
        setter = try PangoTextSetter(cairo: context, path: nil)
    }

    /// Width, ascent and descent of `line` in points; newlines in `line` are not expected.
    public func metrics(of line: String, font: Font) -> LineMetrics {
        setter.prepare(line, font: font, maxWidth: nil, anchor: .start)
        let (logical, baseline) = setter.extents()
        return LineMetrics(width: logical.width, ascent: baseline - logical.minY, descent: logical.maxY - baseline)
    }

    /// Lines as Pango breaks them at `maxWidth` points (word boundaries; a long word overflows).
    public func wrap(_ string: String, font: Font, maxWidth: Double?) -> [String] {
        setter.prepare(string, font: font, maxWidth: maxWidth, anchor: .start)
        return setter.lines()
    }
}
