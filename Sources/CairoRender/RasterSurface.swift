import Foundation
internal import CCairo

/// A scene drawn into memory (a Cairo ARGB32 image surface), ready to be encoded or read. Made by
/// `CairoRenderer.draw(_:)`; shares the renderer's PNG buffers, so use it on the renderer's thread.
public final class RasterSurface {
    let surface: CairoSurface
    private let encoder: PNGEncoder
    private let path: String?

    /// Size in pixels.
    public let width: Int
    public let height: Int

    init(surface: CairoSurface, encoder: PNGEncoder, path: String?) {
        self.surface = surface
        self.encoder = encoder
        self.path = path
        width = Int(cairo_image_surface_get_width(surface.pointer))
        height = Int(cairo_image_surface_get_height(surface.pointer))
    }

    /// The pixels as straight RGBA.
    public func pixels() -> PixelBuffer {
        withPixels { PixelBuffer(argb32: $0, width: width, height: height, stride: $1) }
    }

    /// Encodes the pixels with Radix's PNG writer (ISA-L deflate).
    public func pngData(compression: PNGCompression = .default) throws(RenderError) -> Data {
        do {
            return try withPixels { pixels, stride throws(RenderError) in
                try encoder.encode(pixels: pixels, width: width, height: height, stride: stride, compression: compression)
            }
        } catch {
            throw RenderError(error.operation, path: path, detail: error.detail)
        }
    }

    /// The same pixels scaled down to `width` pixels wide (height in proportion, at least 1): a gallery
    /// thumbnail without drawing the scene again. Halved with a bilinear filter while still more than twice
    /// too wide (each halving averages 2 × 2 pixels, a box filter), then scaled the rest of the way: about
    /// as sharp as Cairo's `GOOD` filter at a fraction of its cost. A `width` at or above the surface's own
    /// gives a copy at full size.
    public func thumbnail(width target: Int) throws(RenderError) -> RasterSurface {
        try thumbnail(width: target, scratch: nil)
    }

    /// The same, halving through `scratch` (two buffers used in turn) instead of new memory; the result
    /// then lives in one of them, valid until they are used again.
    func thumbnail(width target: Int, scratch: (PixelScratch, PixelScratch)?) throws(RenderError) -> RasterSurface {
        var current = surface, w = width, h = height, step = 0
        let goal = max(1, min(width, target))
        repeat {
            let nw = w / 2 >= goal ? w / 2 : goal
            let nh = max(1, Int((Double(height) * Double(nw) / Double(max(1, width))).rounded()))
            let buffer = scratch.map { step % 2 == 0 ? $0.0 : $0.1 }
            current = try Self.scaled(current, from: (w, h), to: (nw, nh), into: buffer, path: path)
            (w, h, step) = (nw, nh, step + 1)
        } while w > goal
        return RasterSurface(surface: current, encoder: encoder, path: path)
    }

    private static func scaled(_ source: CairoSurface, from: (Int, Int), to: (Int, Int), into buffer: PixelScratch?,
                               path: String?) throws(RenderError) -> CairoSurface {
        let small: CairoSurface
        if let buffer, to.0 <= 32767, to.1 <= 32767 {
            let pixels = buffer.memory(bytes: CairoSurface.stride(forWidth: to.0) * to.1)
            small = try CairoSurface.image(width: to.0, height: to.1, pixels: pixels, path: path)
        } else {
            small = try CairoSurface.image(width: to.0, height: to.1, path: path)
        }
        let context = try CairoContext(surface: small, path: path)
        cairo_surface_flush(source.pointer)
        cairo_scale(context.pointer, Double(to.0) / Double(from.0), Double(to.1) / Double(from.1))
        cairo_set_source_surface(context.pointer, source.pointer, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(context.pointer), CAIRO_FILTER_BILINEAR)
        cairo_paint(context.pointer)
        try context.check(.draw, path: path)
        cairo_surface_flush(small.pointer)
        try small.check(.draw, path: path)
        return small
    }

    /// Encodes the pixels with Cairo's own PNG writer (libpng, zlib's default level): the reference
    /// that Radix's writer is tested and benchmarked against.
    public func cairoPNGData() throws(RenderError) -> Data {
        let sink = ByteSink(reserving: width * height)
        let status = cairo_surface_write_to_png_stream(surface.pointer, ByteSink.write, sink.closure)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(.writeCairoPNG, path: path, detail: CairoStatus.text(status)) }
        return Data(sink.bytes)
    }

    private func withPixels<T, E: Error>(_ body: (UnsafeRawPointer, Int) throws(E) -> T) throws(E) -> T {
        cairo_surface_flush(surface.pointer)
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        guard let data = cairo_image_surface_get_data(surface.pointer) else {
            preconditionFailure("RasterSurface: image surface has no data")
        }
        return try withExtendedLifetime(surface) { () throws(E) -> T in try body(UnsafeRawPointer(data), stride) }
    }
}
