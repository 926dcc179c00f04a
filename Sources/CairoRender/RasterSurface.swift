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
