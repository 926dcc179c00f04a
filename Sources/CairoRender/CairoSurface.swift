internal import CCairo

/// Owns one `cairo_surface_t`; destroyed with the object.
final class CairoSurface {
    let pointer: OpaquePointer
    /// Keeps a stream surface's destination alive as long as the surface.
    private let sink: ByteSink?

    /// Takes ownership of `pointer` and checks its status; destroys it and throws on error.
    init(adopting pointer: OpaquePointer?, sink: ByteSink? = nil, path: String?) throws(RenderError) {
        guard let pointer else { throw RenderError(.createSurface, path: path, detail: "no surface") }
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(pointer)
            throw RenderError(.createSurface, path: path, detail: CairoStatus.text(status))
        }
        self.pointer = pointer
        self.sink = sink
    }

    deinit { cairo_surface_destroy(pointer) }

    /// Why an image of `width` × `height` pixels cannot be made, and what would work instead: a page too
    /// tall for a PNG (a scenario with many lesions at a large `--width`) fits at a narrower width, and
    /// always as SVG or PDF.
    static func sizeProblem(width: Int, height: Int) -> String {
        var text = "image size \(width)×\(height) is outside 1…32767 pixels"
        let longest = max(width, height)
        if width > 0, height > 0, longest > 32767 {
            let fitting = (Double(width) * 32767 / Double(longest) / 100).rounded(.down) * 100
            text += "; a PNG holds at most 32767 pixels a side: draw this page "
                + (fitting >= 600 ? "at --width \(Int(fitting)) or less, or " : "")
                + "as SVG or PDF (--format svg)"
        }
        return text
    }

    /// An ARGB32 image surface (premultiplied, native-endian 32-bit pixels), cleared to transparent.
    static func image(width: Int, height: Int, path: String?) throws(RenderError) -> CairoSurface {
        guard width > 0, height > 0, width <= 32767, height <= 32767 else {
            throw RenderError(.createSurface, path: path, detail: sizeProblem(width: width, height: height))
        }
        return try CairoSurface(adopting: cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)), path: path)
    }

    /// An ARGB32 image surface drawing into `pixels` (which must hold `stride(forWidth:) × height` bytes
    /// and outlive the surface), cleared to transparent: the same start as `image(width:height:path:)`.
    static func image(width: Int, height: Int, pixels: UnsafeMutableRawPointer, path: String?) throws(RenderError) -> CairoSurface {
        guard width > 0, height > 0, width <= 32767, height <= 32767 else {
            throw RenderError(.createSurface, path: path, detail: sizeProblem(width: width, height: height))
        }
        let stride = stride(forWidth: width)
        pixels.initializeMemory(as: UInt8.self, repeating: 0, count: stride * height)
        let pointer = cairo_image_surface_create_for_data(
            pixels.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_ARGB32, Int32(width), Int32(height), Int32(stride))
        return try CairoSurface(adopting: pointer, path: path)
    }

    /// Bytes per row of an ARGB32 image `width` pixels wide (Cairo's alignment), for width 1…32767.
    static func stride(forWidth width: Int) -> Int {
        Int(cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, Int32(width)))
    }

    /// Flushes drawing, finishes the surface (a vector surface writes its document now) and checks status.
    func finish(path: String?) throws(RenderError) {
        cairo_surface_flush(pointer)
        cairo_surface_finish(pointer)
        try check(.finishSurface, path: path)
    }

    func check(_ operation: RenderError.Operation, path: String?) throws(RenderError) {
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(operation, path: path, detail: CairoStatus.text(status)) }
    }
}

enum CairoStatus {
    static func text(_ status: cairo_status_t) -> String {
        guard let text = cairo_status_to_string(status) else { return "cairo status \(status.rawValue)" }
        return String(cString: text)
    }
}
