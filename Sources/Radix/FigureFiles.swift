import CairoRender
import Diagram
import Figures
import Foundation
import Scenario
import SceneSVG

/// The one place a scene becomes files: `<base>.<ext>` for each format, drawn by the Cairo renderer (or, for
/// `svgText == .editable`, written from the scene by `EditableSVGWriter`) and written atomically (a temporary file renamed into place), then its alt text in `<base>.txt`.
/// `radix render`, `atlas`, `sweep` and `quiz` all write through it, so they name, order and guard
/// their files the same way.
final class FigureFiles {
    private let renderer = CairoRenderer()
    /// Measures text for layout; one per writer, as it caches what it measured.
    let measurer: CairoTextMeasurer
    /// How SVGs write their words: Cairo's glyph outlines (the default) or the editable SVG from the scene.
    var svgText: SVGText = .outline

    /// Fails only when Cairo or Pango cannot make a scratch surface for measuring text.
    init() throws(RenderError) {
        measurer = try CairoTextMeasurer()
    }

    /// Layout options for a page `width` points wide (the PNG is that many pixels wide).
    func options(width: Double, theme: Theme, labels: LabelMode) -> FigureOptions {
        FigureOptions(width: width, theme: theme, labels: labels, measurer: measurer)
    }

    /// Creates `directory` and its parents when missing.
    /// - Throws: a `RenderError` naming the directory when it cannot be made (a file in the way, no permission).
    /// The message says why in words (`out/x is a file, not a directory`), as `radix quiz` does, and what to do.
    static func makeDirectory(_ directory: String) throws(RenderError) {
        guard !directory.isEmpty else {
            throw RenderError(.createDirectory, path: "''", detail: "the name is empty; give --out a directory, e.g. --out Renders")
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw RenderError(.createDirectory, path: directory,
                              detail: QuizWriter.reason(error, path: directory) + "; choose another --out")
        }
    }

    /// The suffix of a thumbnail's file name: `<base>.thumb.png`.
    static let thumbnailSuffix = ".thumb.png"

    /// Draws `scene` into `<base>.<ext>` for each of `formats`, in order, then writes `altText` (with a final
    /// newline) into `<base>.txt`. With `thumbnailWidth` (pixels), a PNG is followed by `<base>.thumb.png`,
    /// its pixels scaled down to that width (never wider than the figure), for galleries.
    ///
    /// With `pages` (the sheet cut into printed pages, ``Handout``), the PDF holds those pages; with `pagedImages`
    /// too, the PNG and SVG are the pages as well, `<base>.<ext>` for a single page, else `<base>.page-1.<ext>`,
    /// `<base>.page-2.<ext>` … (each PNG as wide in pixels as the figure; no thumbnail).
    /// - Returns: the paths written, in the order written; the `.txt` last.
    /// - Throws: the first `RenderError`; files already written stay, each of them whole.
    func write(_ scene: Scene, altText: String, base: String, formats: [FigureFormat],
               thumbnailWidth: Double? = nil, pages: [Scene]? = nil, pagedImages: Bool = false) throws(RenderError) -> [String] {
        var written: [String] = []
        var scene = scene
        scene.description = altText
        let pages = pages?.map { page -> Scene in
            var page = page
            page.description = altText
            return page
        }
        for format in formats {
            if format == .pdf, let pages, !pages.isEmpty {
                let path = base + ".pdf"
                try renderer.renderPDF(pages: pages, to: path)
                written.append(path)
                continue
            }
            if format != .pdf, pagedImages, let pages, !pages.isEmpty {
                for (index, page) in pages.enumerated() {
                    let path = pages.count == 1 ? "\(base).\(format.rawValue)" : "\(base).page-\(index + 1).\(format.rawValue)"
                    try writeImage(page, as: format, to: path, pixelWidth: scene.width)
                    written.append(path)
                }
                continue
            }
            if format == .svg, svgText == .editable {
                let path = base + ".svg"
                try AtomicFile.write(editableSVG(scene), to: path)
                written.append(path)
                continue
            }
            let path = base + "." + format.rawValue
            if format == .png, let thumbnailWidth, thumbnailWidth >= 1, thumbnailWidth.isFinite {
                let width = Int(min(thumbnailWidth, 32767))  // no image is wider: never a trap
                try renderer.renderPNG(scene, to: path, thumbnailWidth: width, thumbnailPath: base + Self.thumbnailSuffix)
                written += [path, base + Self.thumbnailSuffix]
            } else {
                try renderer.render(scene, as: format.cairo, to: path)
                written.append(path)
            }
        }
        try Self.writeText(altText + "\n", to: base + ".txt")
        written.append(base + ".txt")
        return written
    }

    /// One printed page as a PNG `pixelWidth` pixels wide (the page is in paper points), or as an SVG.
    private func writeImage(_ page: Scene, as format: FigureFormat, to path: String, pixelWidth: Double) throws(RenderError) {
        if format == .svg, svgText == .editable { return try AtomicFile.write(editableSVG(page), to: path) }
        let saved = renderer.options
        defer { renderer.options = saved }
        if format == .png { renderer.options.scale = pixelWidth / page.width }
        try renderer.render(page, as: format.cairo, to: path)
    }

    /// `scene` as the editable SVG, lines broken by this writer's measurer (the one its layouts used).
    func editableSVG(_ scene: Scene) -> Data {
        Data(EditableSVGWriter(measurer: measurer).document(for: scene))
    }

    /// Writes `text` as UTF-8 into `path`, atomically.
    static func writeText(_ text: String, to path: String) throws(RenderError) {
        try AtomicFile.write(Data(text.utf8), to: path)
    }
}

extension FigureFormat {
    /// The Cairo surface that writes this format: every figure format has one, so none is ever skipped.
    var cairo: CairoRender.OutputFormat {
        switch self {
        case .png: .png
        case .svg: .svg
        case .pdf: .pdf
        }
    }
}
