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

    public init(directory: String = "Renders", formats: [FigureFormat] = [.png], width: Double = 2400, theme: Theme = .color,
                labels: LabelMode = .full, frames: Bool = false) {
        self.directory = directory
        self.formats = formats
        self.width = width
        self.theme = theme
        self.labels = labels
        self.frames = frames
    }
}

/// Writes a sweep's files, each atomically (a temporary file renamed into place):
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
        files.options(width: output.width, theme: output.theme, labels: output.labels)
    }

    /// Writes every file; returns their paths in the order written.
    public func write(_ input: ProgressionInput, output: SweepOutput) throws(RenderError) -> [String] {
        let dir = output.directory
        try FigureFiles.makeDirectory(dir)
        let base = Self.base(input, directory: dir)
        var written: [String] = []
        func text(_ string: String, to path: String) throws(RenderError) {
            try FigureFiles.writeText(string, to: path)
            written.append(path)
        }
        try text(SweepCSV.roots(input), to: base + ".csv")
        try text(SweepCSV.segments(input), to: base + ".segments.csv")

        let options = self.options(output)
        let page = ProgressionFigure.scene(input, options: options)
        written += try files.write(page, altText: ProgressionFigure.altText(input), base: base, formats: output.formats)

        guard output.frames else { return written }
        // Frames share one page size (the tallest) and one scale, so that they make an animation.
        let frameOptions = ProgressionFigure.frameOptions(input, options: options)
        let height = input.steps.indices.map { ProgressionFigure.frame(input, step: $0, options: frameOptions).height }.max() ?? 0
        for step in input.steps.indices {
            var scene = ProgressionFigure.frame(input, step: step, options: frameOptions)
            scene.height = height
            let frame = base + ".frame-" + Self.number(step + 1)
            written += try files.write(scene, altText: ProgressionFigure.frameAltText(input, step: step, options: frameOptions),
                                       base: frame, formats: output.formats)
        }
        removeStaleFrames(base: base, count: input.steps.count)
        return written
    }

    /// `7` → `007`: three digits, as a sweep has at most 200 steps.
    static func number(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 3 - digits.count)) + digits
    }

    /// Frames numbered beyond `count` left by an earlier, longer sweep of the same value: they would join
    /// an animation made from `frame-*.png`. Only files named exactly as this writer names frames go.
    private func removeStaleFrames(base: String, count: Int) {
        let dir = (base as NSString).deletingLastPathComponent
        let prefix = (base as NSString).lastPathComponent + ".frame-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir.isEmpty ? "." : dir) else { return }
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[0].count == 3, let n = Int(parts[0]), n > count,
                  ["png", "svg", "pdf", "txt"].contains(String(parts[1])) else { continue }
            try? FileManager.default.removeItem(atPath: (dir as NSString).appendingPathComponent(name))
        }
    }
}
