import Foundation
internal import CCairo

/// Reads PNG files through Cairo's reader (libpng), for tests and checks.
public enum PNGDecoder {
    /// Decodes `data` to straight RGBA pixels; throws `.decodePNG` for anything that is not a PNG Cairo
    /// can read.
    public static func decode(_ data: Data) throws(RenderError) -> PixelBuffer {
        let source = ByteSource(Array(data))
        let pointer = withExtendedLifetime(source) { cairo_image_surface_create_from_png_stream(ByteSource.read, source.closure) }
        let surface: CairoSurface
        do {
            surface = try CairoSurface(adopting: pointer, path: nil)
        } catch {
            throw RenderError(.decodePNG, path: nil, detail: error.detail)
        }
        cairo_surface_flush(surface.pointer)
        let width = Int(cairo_image_surface_get_width(surface.pointer))
        let height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        guard let data = cairo_image_surface_get_data(surface.pointer) else {
            throw RenderError(.decodePNG, path: nil, detail: "no pixel data")
        }
        // An RGB PNG comes back as RGB24, whose unused top byte is undefined: every pixel is opaque.
        let opaque = cairo_image_surface_get_format(surface.pointer) == CAIRO_FORMAT_RGB24
        return withExtendedLifetime(surface) {
            PixelBuffer(argb32: UnsafeRawPointer(data), width: width, height: height, stride: stride, opaque: opaque)
        }
    }
}

/// Feeds bytes to a Cairo read function.
final class ByteSource {
    let bytes: [UInt8]
    var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var closure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static let read: cairo_read_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
        let source = Unmanaged<ByteSource>.fromOpaque(closure).takeUnretainedValue()
        let count = Int(length)
        guard source.offset + count <= source.bytes.count else { return CAIRO_STATUS_READ_ERROR }
        source.bytes.withUnsafeBufferPointer { all in
            if let base = all.baseAddress { data.update(from: base + source.offset, count: count) }
        }
        source.offset += count
        return CAIRO_STATUS_SUCCESS
    }
}
