/// A file format the renderer writes.
public enum OutputFormat: String, CaseIterable, Hashable, Sendable {
    /// Raster image, `RenderOptions.scale` pixels per point, encoded by Radix's own PNG writer.
    case png
    /// Vector drawing in user units (one unit per point); text as glyph outlines.
    case svg
    /// Vector document, one page the scene's size in points; text as embedded font subsets.
    case pdf

    /// The usual file name extension, without the dot.
    public var fileExtension: String { rawValue }
}

/// How the renderer draws and encodes.
public struct RenderOptions: Hashable, Sendable {
    /// Pixels per point for PNG and raster output (1 gives one pixel per point); must be positive.
    public var scale: Double
    /// Deflate level and row filter of the PNG writer.
    public var pngCompression: PNGCompression
    /// The creation date written into every PDF, ISO 8601 (`YYYY-MM-DDThh:mm:ssZ`), pinned so that the
    /// same scene gives the same bytes.
    public var pdfCreationDate: String

    public init(scale: Double = 1, pngCompression: PNGCompression = .default, pdfCreationDate: String = "2000-01-01T00:00:00Z") {
        self.scale = scale
        self.pngCompression = pngCompression
        self.pdfCreationDate = pdfCreationDate
    }
}
