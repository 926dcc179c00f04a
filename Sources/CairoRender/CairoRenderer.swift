import Diagram
import Foundation
internal import CCairo

/// Draws `Scene`s with Cairo and writes them as PNG, SVG or PDF. The scene is the only input: the
/// same scene and options give byte-identical files. Keeps its PNG buffers between figures, so
/// reuse one renderer for a batch; not thread-safe (one renderer per thread).
public final class CairoRenderer {
    public var options: RenderOptions
    private let encoder = PNGEncoder()
    /// The pixels of the last PNG written, reused by the next (see `PixelScratch`). Only the PNG writers use
    /// it, encoding before they return; `draw(_:)` gives each surface its own memory.
    private let scratch = PixelScratch()
    /// The two buffers a thumbnail is halved through, reused the same way.
    private let thumbnailScratch = (PixelScratch(), PixelScratch())

    public init(options: RenderOptions = RenderOptions()) {
        self.options = options
    }

    /// Renders `scene` and writes it to `path` atomically (see `AtomicFile`). Errors carry `path`.
    public func render(_ scene: Scene, as format: OutputFormat, to path: String) throws(RenderError) {
        let bytes = try data(for: scene, as: format, path: path)
        try AtomicFile.write(bytes, to: path)
    }

    /// Writes `scene` as a PNG to `path` and the same pixels scaled down to `thumbnailWidth` pixels wide as a
    /// PNG to `thumbnailPath` (both atomically): one drawing for both, so a thumbnail costs a downscale, not a
    /// second rendering.
    public func renderPNG(_ scene: Scene, to path: String, thumbnailWidth: Int, thumbnailPath: String) throws(RenderError) {
        let raster = try draw(scene, path: path, reusingPixels: true)
        try AtomicFile.write(try raster.pngData(compression: options.pngCompression), to: path)
        let small = try raster.thumbnail(width: thumbnailWidth, scratch: thumbnailScratch)
        try AtomicFile.write(try small.pngData(compression: options.pngCompression), to: thumbnailPath)
    }

    /// Writes `pages` as one PDF, a page per scene at the scene's size in points (a printed handout), to `path`
    /// atomically. The document's title is the first page's. Errors carry `path`.
    public func renderPDF(pages: [Scene], to path: String) throws(RenderError) {
        try AtomicFile.write(try pdf(pages: pages, path: path), to: path)
    }

    /// The file `renderPDF(pages:to:)` would write, in memory.
    public func pdfData(pages: [Scene]) throws(RenderError) -> Data {
        try pdf(pages: pages, path: nil)
    }

    private func pdf(pages: [Scene], path: String?) throws(RenderError) -> Data {
        guard let first = pages.first else {
            throw RenderError(.invalidScene, path: path, detail: "a document needs at least one page")
        }
        for page in pages { try check(page, path: path) }
        let sink = ByteSink(reserving: 1 << 16)
        let pointer = cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, first.width, first.height)
        let surface = try CairoSurface(adopting: pointer, sink: sink, path: path)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, options.pdfCreationDate)
        if let title = first.title { cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, title) }
        try surface.check(.createSurface, path: path)
        for page in pages {
            cairo_pdf_surface_set_size(surface.pointer, page.width, page.height)
            try drawVector(page, on: surface, path: path)
        }
        try surface.finish(path: path)
        return Data(sink.bytes)
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
            return try draw(scene, path: path, reusingPixels: true).pngData(compression: options.pngCompression)
        case .svg, .pdf:
            return try vector(scene, format: format, path: path)
        }
    }

    /// Draws into a new image surface, or with `reusingPixels` into `scratch` (the result is then valid
    /// only until the next draw).
    private func draw(_ scene: Scene, path: String?, reusingPixels: Bool = false) throws(RenderError) -> RasterSurface {
        try check(scene, path: path)
        let scale = options.scale
        guard scale > 0, scale.isFinite else {
            throw RenderError(.invalidScene, path: path, detail: "scale \(scale) is not positive")
        }
        let width = Int(exactly: (scene.width * scale).rounded(.up)) ?? 0
        let height = Int(exactly: (scene.height * scale).rounded(.up)) ?? 0
        let surface: CairoSurface
        if reusingPixels, width > 0, height > 0, width <= 32767, height <= 32767 {
            let pixels = scratch.memory(bytes: CairoSurface.stride(forWidth: width) * height)
            surface = try CairoSurface.image(width: width, height: height, pixels: pixels, path: path)
        } else {
            surface = try CairoSurface.image(width: width, height: height, path: path)
        }
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
        guard format == .svg else { return Data(sink.bytes) }
        let svg = SVGNormalizer.renumberSurfaceIDs(sink.bytes)
        return Data(SVGNormalizer.insertTitle(svg, title: scene.title, description: scene.description))
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
