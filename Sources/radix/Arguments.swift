import Anatomy
import ArgumentParser
import Figures
import Pathology
import Radix
import Scenario

// The option groups and argument types the subcommands share; each subcommand is in a file of its own.

extension Atlas: ExpressibleByArgument {}
extension Posture: ExpressibleByArgument {}
extension Theme: ExpressibleByArgument {}
extension LabelMode: ExpressibleByArgument {}
extension FigureFormat: ExpressibleByArgument {}

/// The scenario files of `run`, `validate`, `render` and `population`.
struct ScenarioFileArguments: ParsableArguments {
    @Argument(help: "Scenario files (YAML, format 1).")
    var files: [String]
}

/// A view spelling on the command line (`axial:L4-L5`, `foramen:L5-S1:left` …).
struct ViewArgument: ExpressibleByArgument {
    var view: ViewSpec
    init?(argument: String) {
        guard let v = ViewSpec(parsing: argument) else { return nil }
        view = v
    }
    static var defaultCompletionKind: CompletionKind { .list(ViewSpec.names) }

    /// For `@Option(transform:)`: a bad spelling says what is wrong and the nearest view, as a file's
    /// `render.views` does (ArgumentParser alone would only say that the value is invalid).
    static func parse(_ argument: String) throws -> ViewArgument {
        guard let view = ViewArgument(argument: argument) else { throw ValidationError(ViewSpec.problem(with: argument)) }
        return view
    }
}

/// An option with a fixed set of words (`--svg-text`, `--paper`, `--orientation`): a bad one says what it is
/// not, what is allowed and the nearest word, as a file's values do (ArgumentParser alone says only "invalid").
enum Choice {
    static func parse<Value: RawRepresentable & CaseIterable>(_ text: String, _ noun: String) throws -> Value where Value.RawValue == String {
        let lowered = text.lowercased()
        if let value = Value(rawValue: lowered) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        var message = "'\(text)' is not \(noun); allowed: \(allowed.joined(separator: ", "))"
        if let nearest = Spelling.nearest(to: text, among: allowed) { message += "; did you mean '\(nearest)'?" }
        throw ValidationError(message)
    }
}

/// How a page is drawn, shared by every command that draws: width, theme, labels.
struct PageStyleArguments: ParsableArguments {
    @Option(help: "Page width in pixels (600 … 12000).")
    var width: Double = 2400

    @Option(help: "Theme: color, print (grey-scale safe) or colorblind (Okabe–Ito).")
    var theme: Theme = .color

    @Option(help: "Labels: full, minimal or none (for quizzes).")
    var labels: LabelMode = .full

    func validate() throws {
        guard (600...12000).contains(width) else { throw ValidationError("--width must be between 600 and 12000 pixels") }
    }
}

/// `--svg-text` of the figures that put no model values on their roots (`atlas`, `sweep`).
struct SVGTextArguments: ParsableArguments {
    @Option(name: .customLong("svg-text"), help: "How an SVG writes its words: outline (the default) or editable (real text).",
            transform: { try Choice.parse($0, "an SVG text mode") })
    var svgText: SVGText = .outline
}

/// The figure options `render` and `batch` share.
struct FigureArguments: ParsableArguments {
    @Option(name: .customLong("view"), help: "View: sheet, sagittal, axial[:LEVEL], foramen[:LEVEL[:SIDE]], posterior, body, knee (default: the scenario's render block, else sheet). Repeatable.",
            completion: .list(ViewSpec.names), transform: ViewArgument.parse)
    var views: [ViewArgument] = []

    @Option(name: .customLong("format"), help: "png, svg or pdf (default: the scenario's render block, else png). Repeatable.")
    var formats: [FigureFormat] = []

    @Option(help: "Output directory.")
    var out = "Renders"

    @OptionGroup var page: PageStyleArguments

    @Option(help: "Dermatome atlas (default: the scenario's).")
    var atlas: Atlas?

    @Option(help: "Posture (default: the scenario's).")
    var posture: Posture?

    @Option(name: .customLong("svg-text"),
            help: "How an SVG writes its words: outline (Cairo's glyph outlines, the default) or editable (real text, ids and the roots' grades as data).",
            transform: { try Choice.parse($0, "an SVG text mode") })
    var svgText: SVGText = .outline

    @Option(help: "Axial sections: anatomical (viewed from above, the patient's left on the viewer's left; the default) or radiological (viewed from below, as MRI and CT are read).",
            transform: { try Choice.parse($0, "an orientation") })
    var orientation: AxialOrientation = .anatomical
}
