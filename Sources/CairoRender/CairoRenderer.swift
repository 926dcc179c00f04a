import Diagram
import Foundation
internal import CCairo

/// Draws `Scene`s with Cairo and writes them as PNG, SVG or PDF. The scene is the only input: the
/// same scene and options give byte-identical files. Keeps its PNG buffers between figures, so
/// reuse one renderer for a batch; not thread-safe (one renderer per thread).
public final class CairoRenderer {
    public var options: RenderOptions
    private let encoder = PNGEncoder()

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// Renders `scene` and writes it to `path` atomically (see `AtomicFile`). Errors carry `path`.
    public func render(_ scene: Scene, as format: OutputFormat, to path: String) throws(RenderError) {
        let bytes = try data(for: scene, as: format, path: path)
        try AtomicFile.write(bytes, to: path)
    }

    /// The file `render(_:as:to:)` would write, in memory.
    public func data(for scene: Scene, as format: OutputFormat) throws(RenderError) -> Data {
        try data(for: scene, as: format, path: nil)
    }

    /// The scene as a PNG file in memory, `options.scale` pixels per point.
    public func renderPNGData(_ scene: Scene) throws(RenderError) -> Data {
        try data(for: scene, as: .png, path: nil)
    }

    /// The scene drawn into pixels (`options.scale` pixels per point), as straight RGBA.
    public func rasterize(_ scene: Scene) throws(RenderError) -> PixelBuffer {
        try draw(scene).pixels()
    }

    /// The scene drawn into an image surface, for encoding it in several ways (benchmarks, checks).
    public func draw(_ scene: Scene) throws(RenderError) -> RasterSurface {
        try draw(scene, path: nil)
    }

    private func data(for scene: Scene, as format: OutputFormat, path: String?) throws(RenderError) -> Data {
        switch format {
        case .png:
            return try draw(scene, path: path).pngData(compression: options.pngCompression)
        case .svg, .pdf:
            return try vector(scene, format: format, path: path)
        }
    }

    private func draw(_ scene: Scene, path: String?) throws(RenderError) -> RasterSurface {
        try check(scene, path: path)
        let scale = options.scale
        guard scale > 0, scale.isFinite else {
            throw RenderError(.invalidScene, path: path, detail: "scale \(scale) is not positive")
        }
        let surface = try CairoSurface.image(
            width: Int((scene.width * scale).rounded(.up)), height: Int((scene.height * scale).rounded(.up)), path: path)
        let context = try CairoContext(surface: surface, path: path)
        try SceneDrawer(cairo: context, path: path, rasterScale: scale).draw(scene, scale: scale)
        cairo_surface_flush(surface.pointer)
        try surface.check(.draw, path: path)
        return RasterSurface(surface: surface, encoder: encoder, path: path)
    }

    private func vector(_ scene: Scene, format: OutputFormat, path: String?) throws(RenderError) -> Data {
        try check(scene, path: path)
        let sink = ByteSink(reserving: 1 << 16)
        let pointer: OpaquePointer?
        if format == .pdf {
            pointer = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, scene.width, scene.height)
        } else {
            pointer = cairo_svg_surface_create_for_stream(ByteSink.write, sink.closure, scene.width, scene.height)
        }
        let surface = try CairoSurface(adopting: pointer, sink: sink, path: path)
        if format == .pdf {
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, options.pdfCreationDate)
            if let title = scene.title { cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, title) }
        } else {
            cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_USER)
        }
        try surface.check(.createSurface, path: path)
        try drawVector(scene, on: surface, path: path)
        try surface.finish(path: path)
        return Data(format == .svg ? SVGNormalizer.renumberSurfaceIDs(sink.bytes) : sink.bytes)
    }

    /// Draws on a vector surface; the context is released before the surface is finished.
    private func drawVector(_ scene: Scene, on surface: CairoSurface, path: String?) throws(RenderError) {
        let context = try CairoContext(surface: surface, path: path)
        try SceneDrawer(cairo: context, path: path, rasterScale: nil).draw(scene, scale: 1)
        cairo_show_page(context.pointer)
        try context.check(.draw, path: path)
    }

    private func check(_ scene: Scene, path: String?) throws(RenderError) {
        guard scene.width > 0, scene.height > 0, scene.width.isFinite, scene.height.isFinite else {
            throw RenderError(.invalidScene, path: path, detail: "page size \(scene.width)×\(scene.height) is not positive")
        }
    }
}
