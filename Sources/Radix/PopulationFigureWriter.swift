import CairoRender
import Diagram
import Figures
import Foundation
import Population
import RadixModel

/// What `radix population` draws: which views, in which formats, at which width and style.
public struct PopulationFigureRequest: Sendable {
    public var views: [PopulationView]
    public var formats: [FigureFormat]
    public var width: Double
    public var theme: Theme
    public var labels: LabelMode

    public init(views: [PopulationView] = [.sheet], formats: [FigureFormat] = [.png], width: Double = 2400, theme: Theme = .color,
                labels: LabelMode = .full) {
        self.views = views
        self.formats = formats
        self.width = width
        self.theme = theme
        self.labels = labels
    }
}

/// Draws population figures, `<scenario>.population[-body|-roots].<ext>` with the alt text in `.txt`,
/// through the same files and all-or-nothing set as `radix render`.
public final class PopulationFigureWriter {
    private let files: FigureFiles

    public init() throws(RenderError) {
        files = try FigureFiles()
    }

    /// The scene of one view (no file written).
    public func scene(_ report: PopulationReport, view: PopulationView, request: PopulationFigureRequest = PopulationFigureRequest()) -> Scene {
        PopulationFigure.scene(report, view: view, context: context(report, request))
    }

    func context(_ report: PopulationReport, _ request: PopulationFigureRequest) -> FigureContext {
        // The median person of the population is the default spine: its result stands in for "the scenario".
        FigureContext(result: Simulator.run(report.request.input), scenario: report.scenario,
                      options: files.options(width: request.width, theme: request.theme, labels: request.labels))
    }

    /// Every view of every report in every format, as one set in `directory`: all written, or none changed.
    /// - Returns: the final paths, in the order drawn.
    public func writeSet(_ reports: [PopulationReport], request: PopulationFigureRequest, directory: String,
                         cancellation: BatchCancellation? = nil) throws -> [String] {
        let set = try OutputSet(directory: directory, cancellation: cancellation)
        var written: [String] = []
        for report in reports {
            let context = context(report, request)
            let stem = FigureWriter.stem(of: report.scenario)
            for view in request.views {
                written += try set.staging {
                    let base = (set.stagingDirectory as NSString).appendingPathComponent("\(stem).\(view.fileSuffix)")
                    return try files.write(PopulationFigure.scene(report, view: view, context: context),
                                           altText: PopulationFigure.altText(report, view: view), base: base, formats: request.formats)
                }
            }
        }
        try set.commit()
        return written.map { set.finalPath(($0 as NSString).lastPathComponent) }
    }
}
