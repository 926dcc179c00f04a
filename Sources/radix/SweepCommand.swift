import ArgumentParser
import Figures
import Radix
import Scenario

/// `radix sweep`: vary one value of a scenario, tabulate every root at every step, draw the progression.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Vary one value of a scenario: a CSV of every root at every step, a progression figure, optionally one frame per step.",
        discussion: """
        PATH names a value as the file writes it: posture, anatomy.scale, anatomy.levels.L4-L5.canal_ap_mm, \
        lesions[0].size_mm, lesions[0].migration.mm, lesions[1].slip_percent, lesions[0].foramen_height_mm, \
        lesions[0].pfirrmann … (lesions counted from 0). FROM...TO:STEPS gives evenly spaced values, FROM may be \
        larger than TO; STEPS (2 … 200) may be left out for whole numbers (every one) and for words \
        (posture=flexion...extension steps through flexion, neutral, extension). Every step is checked like a file. \
        Writes <scenario>.sweep-<path>.csv (one row per step, root and side), .segments.csv, the figure \
        <scenario>.sweep-<path>.<png|svg|pdf> with its .txt alt text, and with --frames \
        <scenario>.sweep-<path>.frame-001.png …, all of them or, after a failure or an interrupt, none. Exit status: 0, \
        2 for invalid input, 1 when a file cannot be read or written, 130/143 when interrupted (nothing is changed).
        """)

    @Argument(help: "Scenario file (YAML, format 1).")
    var file: String

    @Option(help: ArgumentHelp("The value to vary and its range, PATH=FROM...TO:STEPS, e.g. lesions[0].size_mm=2...10:9.",
                               valueName: "PATH=FROM...TO:STEPS"))
    var vary: String

    @Option(help: "Output directory.")
    var out = "Renders"

    @Option(name: .customLong("view"), help: "View of the small multiples and frames: sagittal, axial[:LEVEL], foramen[:LEVEL[:SIDE]], body, knee, or sheet (frames only) (default: the view that shows the root that changes most).",
            completion: .list(ViewSpec.names), transform: ViewArgument.parse)
    var view: ViewArgument?

    @Option(name: .customLong("format"), help: "png, svg or pdf (default: the scenario's render block, else png). Repeatable.")
    var formats: [FigureFormat] = []

    @Flag(help: "Also write one numbered figure per step, for an animation.")
    var frames = false

    @OptionGroup var page: PageStyleArguments

    @OptionGroup var svg: SVGTextArguments

    @Option(help: "Axial sections: anatomical (viewed from above; the default) or radiological (viewed from below, as MRI and CT are read).",
            transform: { try Choice.parse($0, "an orientation") })
    var orientation: AxialOrientation = .anatomical

    func run() throws {
        let input: ProgressionInput
        do {
            input = try Sweep.prepare(file: file, vary: vary, view: view?.view)
        } catch {
            printError(error.description)
            throw ExitCode(error.exitCode)
        }
        let output = SweepOutput(directory: out, formats: formats.isEmpty ? input.steps[0].scenario.render.formats : formats,
                                 width: page.width, theme: page.theme, labels: page.labels, frames: frames,
                                 svgText: svg.svgText, orientation: orientation)
        print(SweepSummary.text(input, file: file))
        try writeSet("sweep") { try SweepWriter().write(input, output: output, cancellation: $0) }
    }
}
