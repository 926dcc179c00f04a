import Anatomy
import CairoRender
import Diagram
import Figures
import Foundation
import Scenario

/// Which atlas figures `radix atlas` draws.
public enum AtlasSelection: Hashable, Sendable {
    /// One map's figure.
    case one(Atlas)
    /// Every map's figure and the comparison.
    case all

    /// The maps drawn, in ``Atlas/allCases`` order.
    public var atlases: [Atlas] {
        switch self {
        case .one(let a): [a]
        case .all: Atlas.allCases
        }
    }

    /// The comparison figure needs every map, so it comes with `all` only.
    public var includesComparison: Bool { self == .all }
}

/// What `radix atlas` is asked to draw.
public struct AtlasRequest {
    public var selection: AtlasSelection
    public var formats: [FigureFormat]
    /// Output directory; created when missing.
    public var outputDirectory: String
    public var width: Double
    public var theme: Theme
    public var labels: LabelMode
    /// How SVGs write their words (`--svg-text`).
    public var svgText: SVGText

    public init(selection: AtlasSelection = .all, formats: [FigureFormat] = [.png], outputDirectory: String = "Renders",
                width: Double = 2400, theme: Theme = .color, labels: LabelMode = .full, svgText: SVGText = .outline) {
        self.selection = selection
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.width = width
        self.theme = theme
        self.labels = labels
        self.svgText = svgText
    }
}

/// Draws the dermatome atlas figures and writes them atomically: `atlas-<map>.<ext>` for each map,
/// `atlas-comparison.<ext>` when every map is drawn, each with its alt text in a `.txt` beside it.
public final class AtlasWriter {
    private let files: FigureFiles

    /// Fails only when Cairo or Pango cannot make a scratch surface for measuring text.
    public init() throws(RenderError) {
        files = try FigureFiles()
    }

    /// The file stem of a map's figure: "atlas-lee-2008".
    public static func stem(of atlas: Atlas) -> String { "atlas-\(atlas.rawValue)" }
    /// The file stem of the comparison figure.
    public static let comparisonStem = "atlas-comparison"

    /// The figures of `request` as (file stem, scene, alt text), maps first, the comparison last.
    public func figures(_ request: AtlasRequest) -> [(stem: String, scene: Scene, altText: String)] {
        let options = files.options(width: request.width, theme: request.theme, labels: request.labels)
        var out = request.selection.atlases.map { atlas in
            (Self.stem(of: atlas), DermatomeAtlasFigure.scene(atlas, options: options), DermatomeAtlasFigure.altText(atlas))
        }
        if request.selection.includesComparison {
            out.append((Self.comparisonStem, DermatomeComparisonFigure.scene(options: options), DermatomeComparisonFigure.altText()))
        }
        return out
    }

    /// Draws every figure of `request` in every format, as one set (``OutputSet``): all of them or, after a
    /// failure or an interrupt, none (the earlier figures stay as they were).
    /// - Returns: the paths written, in order.
    /// - Throws: `RenderError` when the directory cannot be made; ``OutputSetError`` when a figure cannot be
    ///   drawn, written or moved into place, or the set was interrupted.
    public func write(_ request: AtlasRequest, cancellation: BatchCancellation? = nil) throws -> [String] {
        let set = try OutputSet(directory: request.outputDirectory, cancellation: cancellation)
        var written: [String] = []
        files.svgText = request.svgText
        for figure in figures(request) {
            written += try set.staging {
                try files.write(figure.scene, altText: figure.altText, base: set.stagingPath(figure.stem), formats: request.formats)
            }
        }
        try set.commit()
        return written.map { set.finalPath(($0 as NSString).lastPathComponent) }
    }
}
