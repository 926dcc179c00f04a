import CairoRender
import Compression
import Diagram
import Figures
import Foundation
import Scenario

/// What `radix render` is asked to draw.
public struct RenderRequest {
    public var views: [ViewSpec]
    public var formats: [FigureFormat]
    /// Output directory; created when missing.
    public var outputDirectory: String
    public var width: Double
    public var theme: Theme
    public var labels: LabelMode
    /// When set, every PNG also gets `<scenario>.<view>.thumb.png` this many pixels wide (the batch
    /// gallery's thumbnails); nil for none.
    public var thumbnailWidth: Double?
    /// How SVGs write their words (`--svg-text`): Cairo's outlines by default.
    public var svgText: SVGText
    /// The paper the sheet's PDF is printed on (`--paper`, A4 by default): one or more pages cut between panels.
    public var paper: Paper
    /// True when the sheet's PNG and SVG are cut into the same pages (`--paper` given on the command line):
    /// one file per page, each with the page's aspect. False: one long sheet, for screens.
    public var pagedImages: Bool
    /// Which way axial sections face the reader (`--orientation`): anatomical, from above, by default.
    public var orientation: AxialOrientation

    public init(views: [ViewSpec], formats: [FigureFormat], outputDirectory: String = "Renders",
                width: Double = 2400, theme: Theme = .color, labels: LabelMode = .full, thumbnailWidth: Double? = nil,
                svgText: SVGText = .outline, paper: Paper = .a4, pagedImages: Bool = false,
                orientation: AxialOrientation = .anatomical) {
        self.views = views
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.width = width
        self.theme = theme
        self.labels = labels
        self.thumbnailWidth = thumbnailWidth
        self.svgText = svgText
        self.paper = paper
        self.pagedImages = pagedImages
        self.orientation = orientation
    }
}

/// Draws figures for a scenario and writes them atomically: `<scenario>.<view>.<ext>` plus the alt text
/// in `<scenario>.<view>.txt`.
public final class FigureWriter {
    private let files: FigureFiles

    /// Fails only when Cairo or Pango cannot make a scratch surface for measuring text.
    public init() throws(RenderError) {
        files = try FigureFiles()
    }

    /// The file stem of a scenario: its file's name without extension, else its title made safe.
    public static func stem(of scenario: Scenario) -> String {
        if let file = scenario.file {
            let name = (file as NSString).lastPathComponent
            let stem = (name as NSString).deletingPathExtension
            if !stem.isEmpty { return stem }
        }
        let safe = scenario.title.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(safe).split(separator: "-").joined(separator: "-").prefix(60).description
    }

    /// Scenarios whose figures would land on the same names (`a/x.yaml` and `b/x.yaml` both write
    /// `x.sheet.png`): each later one with the first file of its stem. The same file given twice is not a
    /// clash (it writes the same figures again).
    public static func collisions(_ scenarios: [Scenario]) -> [(file: String, other: String, stem: String)] {
        var first: [String: (file: String, identity: String)] = [:]
        var clashes: [(file: String, other: String, stem: String)] = []
        for scenario in scenarios {
            let stem = Self.stem(of: scenario)
            let file = scenario.file ?? scenario.title
            let identity = scenario.file.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? file
            if let earlier = first[stem] {
                if earlier.identity != identity { clashes.append((file, earlier.file, stem)) }
            } else {
                first[stem] = (file, identity)
            }
        }
        return clashes
    }

    /// The scene of one view (no file written).
    public func scene(for view: ViewSpec, result: SimulationResult, scenario: Scenario, request: RenderRequest) -> Scene {
        var options = files.options(width: request.width, theme: request.theme, labels: request.labels)
        options.axialOrientation = request.orientation
        return ViewCatalog.scene(for: view, context: FigureContext(result: result, scenario: scenario, options: options))
    }

    /// `scene` as the editable SVG (`--svg-text editable`), its lines broken by the measurer that laid it out.
    public func editableSVG(for scene: Scene) -> Data {
        files.editableSVG(scene)
    }

    /// Draws the figures of several scenarios as one set, all or nothing (``OutputSet``): into a staging
    /// directory inside `directory`, moved into place at the end, so a failure or an interrupt leaves the
    /// earlier figures as they were. Each item's request says its views, formats and style; its
    /// `outputDirectory` is not used (the set goes into `directory`). `radix render` writes through it.
    /// - Parameter cancellation: checked between views; when cancelled, nothing is changed.
    /// - Returns: the final paths, in the order drawn.
    /// - Throws: `RenderError` when `directory` cannot be made; ``OutputSetError`` when a figure cannot be drawn,
    ///   written or moved into place, or the set was interrupted.
    public func writeSet(_ items: [(scenario: Scenario, result: SimulationResult, request: RenderRequest)], directory: String,
                         cancellation: BatchCancellation? = nil) throws -> [String] {
        let set = try OutputSet(directory: directory, cancellation: cancellation)
        var written: [String] = []
        for item in items {
            var request = item.request
            request.outputDirectory = set.stagingDirectory
            for view in request.views {
                request.views = [view]
                written += try set.staging { try write(item.scenario, result: item.result, request: request) }
            }
        }
        try set.commit()
        return written.map { set.finalPath(($0 as NSString).lastPathComponent) }
    }

    /// Draws every requested view in every format, each file written atomically (but not the views as a set:
    /// `radix batch` records what is done per file; see ``writeSet(_:directory:cancellation:)``).
    /// - Returns: the paths written, in order.
    public func write(_ scenario: Scenario, result: SimulationResult, request: RenderRequest) throws(RenderError) -> [String] {
        let dir = request.outputDirectory
        try FigureFiles.makeDirectory(dir)
        var written: [String] = []
        let stem = Self.stem(of: scenario)
        var options = files.options(width: request.width, theme: request.theme, labels: request.labels)
        options.axialOrientation = request.orientation
        let context = FigureContext(result: result, scenario: scenario, options: options)
        files.svgText = request.svgText
        for view in request.views {
            let scene = ViewCatalog.scene(for: view, context: context)
            let base = (dir as NSString).appendingPathComponent("\(stem).\(view)")
            // The sheet is a handout: its PDF (and with --paper its PNG and SVG) comes in pages of the paper.
            let pages = view == .sheet ? Handout.pages(of: scene, paper: request.paper, measurer: files.measurer) : nil
            written += try files.write(scene, altText: ViewCatalog.altText(for: view, context: context), base: base, formats: request.formats,
                                       thumbnailWidth: request.thumbnailWidth, pages: pages, pagedImages: request.pagedImages)
        }
        return written
    }
}

extension FigureWriter {
    /// The bytes `radix render` writes for one view of `scenario` in one format, with `request`'s style
    /// (its views, formats and output directory are not used). The figure goes through ``write(_:result:request:)``
    /// into a private temporary directory and is read back, so it is byte for byte the file the command writes.
    /// `radix serve` answers `POST /api/render` with it.
    /// - Throws: `RenderError` when the figure cannot be drawn or the temporary file written or read.
    public func figure(_ view: ViewSpec, format: FigureFormat, scenario: Scenario, result: SimulationResult,
                       request: RenderRequest) throws(RenderError) -> Data {
        let directory = (NSTemporaryDirectory() as NSString).appendingPathComponent("radix-figure-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var request = request
        request.views = [view]
        request.formats = [format]
        request.outputDirectory = directory
        request.thumbnailWidth = nil
        let written = try write(scenario, result: result, request: request)
        guard let path = written.first(where: { $0.hasSuffix("." + format.rawValue) }),
              let data = FileManager.default.contents(atPath: path) else {
            throw RenderError(.writeFile, path: directory, detail: "the figure was not written")
        }
        return data
    }
}
