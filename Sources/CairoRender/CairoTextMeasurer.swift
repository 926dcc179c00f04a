import Diagram
internal import CCairo

/// Measures text exactly as `CairoRenderer` sets it (Pango, DejaVu Sans, the same pinned font
/// options), on a 1×1 scratch surface. Not thread-safe: use one per thread.
///
/// Results are remembered: layout asks for the same labels many times over (label placement tries
/// several positions; pages measure their captions twice), and Pango shaping is the dear part. The
/// memory is bounded, emptied when it holds `cacheLimit` entries, so a batch worker stays flat.
public final class CairoTextMeasurer: TextMeasurer {
    private let setter: PangoTextSetter
    private struct Key: Hashable {
        var string: String
        var font: Font
        var maxWidth: Double?
    }
    private var metricsCache: [Key: LineMetrics] = [:]
    private var wrapCache: [Key: [String]] = [:]
    private let cacheLimit = 8192

    public init() throws(RenderError) {
        let surface = try CairoSurface.image(width: 1, height: 1, path: nil)
        let context = try CairoContext(surface: surface, path: nil)
        setter = try PangoTextSetter(cairo: context, path: nil)
    }

    /// Width, ascent and descent of `line` in points; newlines in `line` are not expected.
    public func metrics(of line: String, font: Font) -> LineMetrics {
        let key = Key(string: line, font: font, maxWidth: nil)
        if let known = metricsCache[key] { return known }
        setter.prepare(line, font: font, maxWidth: nil, anchor: .start)
        let (logical, baseline) = setter.extents()
        let metrics = LineMetrics(width: logical.width, ascent: baseline - logical.minY, descent: logical.maxY - baseline)
        if metricsCache.count >= cacheLimit { metricsCache.removeAll(keepingCapacity: true) }
        metricsCache[key] = metrics
        return metrics
    }

    /// Lines as Pango breaks them at `maxWidth` points (word boundaries; a long word overflows).
    public func wrap(_ string: String, font: Font, maxWidth: Double?) -> [String] {
        let key = Key(string: string, font: font, maxWidth: maxWidth)
        if let known = wrapCache[key] { return known }
        setter.prepare(string, font: font, maxWidth: maxWidth, anchor: .start)
        let lines = setter.lines()
        if wrapCache.count >= cacheLimit { wrapCache.removeAll(keepingCapacity: true) }
        wrapCache[key] = lines
        return lines
    }
}
