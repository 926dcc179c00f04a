import CairoRender
import Diagram
import Figures
import Foundation
import Scenario

/// Where and how `radix sweep` writes.
public struct SweepOutput {
    /// Created when missing.
    public var directory: String
    public var formats: [FigureFormat]
    public var width: Double
    public var theme: Theme
    public var labels: LabelMode
    /// Also write one numbered figure per step.
    public var frames: Bool
    /// How SVGs write their words (`--svg-text`).
    public var svgText: SVGText
    /// Which way the axial multiples and frames face the reader (`--orientation`).
    public var orientation: AxialOrientation

    public init(directory: String = "Renders", formats: [FigureFormat] = [.png], width: Double = 2400, theme: Theme = .color,
                labels: LabelMode = .full, frames: Bool = false, svgText: SVGText = .outline, orientation: AxialOrientation = .anatomical) {
        self.directory = directory
        self.formats = formats
        self.width = width
        self.theme = theme
        self.labels = labels
        self.frames = frames
        self.svgText = svgText
        self.orientation = orientation
    }
}

/// Writes a sweep's files as one set (``OutputSet``: all of them or none):
/// `<stem>.sweep-<path>.csv` (roots), `<stem>.sweep-<path>.segments.csv`, the progression figure
/// `<stem>.sweep-<path>.<png|svg|pdf>` with its alt text `.txt`, and with frames
/// `<stem>.sweep-<path>.frame-001.<ext>` … (one per step, all the same size, each with its `.txt`).
public final class SweepWriter {
    private let files: FigureFiles

    /// Fails only when Cairo or Pango cannot make a scratch surface for measuring text.
    public init() throws(RenderError) {
        files = try FigureFiles()
    }

    /// The path every file of this sweep starts with: `DIR/<stem>.sweep-<path-slug>`.
    public static func base(_ input: ProgressionInput, directory: String) -> String {
        let stem = FigureWriter.stem(of: input.steps[0].scenario)
        return (directory as NSString).appendingPathComponent("\(stem).sweep-\(input.parameter.path.slug)")
    }

    /// The options figures are drawn with.
    public func options(_ output: SweepOutput) -> FigureOptions {
        files.svgText = output.svgText
        var options = files.options(width: output.width, theme: output.theme, labels: output.labels)
        options.axialOrientation = output.orientation
        return options
    }

    /// Writes every file, all or nothing: into a staging directory inside `output.directory`, moved into
    /// place at the end (``OutputSet``), removing the frames numbered beyond this sweep's steps that an
    /// earlier, longer sweep of the same value left. A failure or an interrupt leaves the earlier files as
    /// they were.
    /// - Parameter cancellation: checked between figures; when cancelled, nothing is changed.
    /// - Returns: the paths written, in the order written: the two CSVs, the figure and its `.txt`, the frames.
    /// - Throws: `RenderError` when the directory cannot be made; ``OutputSetError`` when a file cannot be
    ///   drawn, written or moved into place, or the sweep was interrupted.
    public func write(_ input: ProgressionInput, output: SweepOutput, cancellation: BatchCancellation? = nil) throws -> [String] {
        let set = try OutputSet(directory: output.directory, cancellation: cancellation)
        let name = (Self.base(input, directory: output.directory) as NSString).lastPathComponent
        let base = set.stagingPath(name)
        var written: [String] = []
        try set.staging {
            try FigureFiles.writeText(SweepCSV.roots(input), to: base + ".csv")
            try FigureFiles.writeText(SweepCSV.segments(input), to: base + ".segments.csv")
            written += [base + ".csv", base + ".segments.csv"]
        }
        let options = self.options(output)
        try set.staging {
            let page = ProgressionFigure.scene(input, options: options)
            written += try files.write(page, altText: ProgressionFigure.altText(input, orientation: output.orientation), base: base,
                                       formats: output.formats)
        }
        if output.frames {
            // Frames share one page size (the tallest) and one scale, so that they make an animation.
            let frameOptions = ProgressionFigure.frameOptions(input, options: options)
            let height = input.steps.indices.map { ProgressionFigure.frame(input, step: $0, options: frameOptions).height }.max() ?? 0
            for step in input.steps.indices {
                try set.staging {
                    var scene = ProgressionFigure.frame(input, step: step, options: frameOptions)
                    scene.height = height
                    let frame = base + ".frame-" + Self.number(step + 1)
                    written += try files.write(scene, altText: ProgressionFigure.frameAltText(input, step: step, options: frameOptions),
                                               base: frame, formats: output.formats)
                }
            }
        }
        let count = output.frames ? input.steps.count : Int.max
        try set.commit(removing: { Self.isFrame($0, of: name, beyond: count) })
        return written.map { set.finalPath(($0 as NSString).lastPathComponent) }
    }

    /// `7` → `007`: three digits, as a sweep has at most 200 steps.
    static func number(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// True for a frame of the sweep `base` (a file name, `<stem>.sweep-<path>`) numbered beyond `count`,
    /// as an earlier, longer sweep of the same value leaves them: they would join an animation made from
    /// `frame-*.png`. Only names exactly as this writer names frames (`.frame-NNN.png|svg|pdf|txt`) match.
    static func isFrame(_ name: String, of base: String, beyond count: Int) -> Bool {
        let prefix = base + ".frame-"
        guard name.hasPrefix(prefix) else { return false }
        let parts = name.dropFirst(prefix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 3, let n = Int(parts[0]), n > count else { return false }
        return ["png", "svg", "pdf", "txt"].contains(String(parts[1]))
    }
}
