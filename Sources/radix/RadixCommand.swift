import ArgumentParser
import Anatomy
import Foundation
import Pathology
import Radix
import Report
import Figures
import Scenario

extension Atlas: ExpressibleByArgument {}
extension Posture: ExpressibleByArgument {}

/// The value `make` gives; when it throws (a figure that cannot be drawn or written), the error is
/// reported on standard error and the command exits 1.
func orExitOne<T>(_ make: () throws -> T) throws -> T {
    do {
        return try make()
    } catch {
        printError("radix: \(error)")
        throw ExitCode(1)
    }
}

/// Runs `write`, a set writer, with SIGINT and SIGTERM turned into a cancellation that it checks between
/// files; prints each path once the whole set is in place. A failure or an interrupt leaves the output
/// directory as it was: the error, after `prefix` (`radix`, or `radix quiz` as the quiz's other errors),
/// says what failed and that nothing was changed (exit 1, or 130/143 after SIGINT/SIGTERM).
func writeSet(_ command: String, prefix: String = "radix", _ write: (BatchCancellation) throws -> [String]) throws {
    let cancellation = BatchCancellation()
    let signals = SignalWatch(cancellation, message: "radix \(command): interrupted — stopping; nothing will be changed (interrupt again to stop at once)")
    let paths: [String]
    do {
        paths = try write(cancellation)
    } catch let error as OutputSetError {
        printError("\(prefix): \(error)")
        throw ExitCode(error.interrupted ? 128 + (signals.received ?? SIGINT) : error.exitCode)
    } catch {
        printError("\(prefix): \(error)")
        throw ExitCode(1)
    }
    for path in paths { print(path) }
}

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

// The entry point (`@main`): the subcommands live in files of their own in this module.
@main
struct RadixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "radix",
        abstract: "Simulate lumbar nerve-root compression and explain where it is felt. A teaching model — not for diagnosis.",
        version: RadixVersion.current,
        subcommands: [Run.self, Validate.self, Render.self, Batch.self, SweepCommand.self, AtlasCommand.self, Quiz.self, PopulationCommand.self, Serve.self],
        defaultSubcommand: nil)

    /// As ArgumentParser's own, except that a bad option or argument (its EX_USAGE, 64) exits with 2, the
    /// status of every other invalid input (docs/scenario-format.md §Errors), after the same message.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error).rawValue == 64 {
                printError(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Simulate scenario files and print the report.")

    @Argument(help: "Scenario files (YAML, format 1).")
    var files: [String]

    @Flag(help: "Print the format-1 JSON report instead of text.")
    var json = false

    @Option(help: "Dermatome atlas: \(Atlas.allCases.map(\.rawValue).joined(separator: ", ")) (default: the scenario's).")
    var atlas: Atlas?

    @Option(help: "Posture: \(Posture.allCases.map(\.rawValue).joined(separator: ", ")) (default: the scenario's).")
    var posture: Posture?

    func run() throws {
        let scenarios: [Scenario]
        switch Pipeline.loadAll(files) {
        case .success(let s): scenarios = s
        case .failure(let failure):
            printError(failure.description)
            throw ExitCode(failure.exitCode)
        }
        let results = scenarios.map { (Pipeline.simulate($0, atlas: atlas, posture: posture), $0) }
        if json {
            print(ReportJSON.render(results), terminator: "")
        } else {
            print(results.map { ReportText.render($0.0, scenario: $0.1) }.joined(separator: "\n" + String(repeating: "─", count: 72) + "\n\n"), terminator: "")
        }
    }
}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check scenario files; exit 0 when all are valid, 2 when any is invalid, 1 when one cannot be read.")

    @Argument(help: "Scenario files (YAML, format 1).")
    var files: [String]

    func run() throws {
        switch Pipeline.loadAll(files) {
        case .success(let scenarios):
            for (file, s) in zip(files, scenarios) { print("\(file): ok — \(s.title)") }
        case .failure(let failure):
            printError(failure.description)
            let bad = Set(failure.errors.map { e -> String in
                switch e {
                case .invalid(let f, _): f
                case .unreadable(let p, _): p
                }
            })
            for file in files where !bad.contains(file) { print("\(file): ok") }
            throw ExitCode(failure.exitCode)
        }
    }
}



extension Theme: ExpressibleByArgument {}
extension LabelMode: ExpressibleByArgument {}

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

extension FigureFormat: ExpressibleByArgument {}

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

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw figures: <scenario>.<view>.<png|svg|pdf> and an alt-text <scenario>.<view>.txt for each view.",
        discussion: "Every figure of every file is one set: all are written or, after a failure or an interrupt, none is changed. Exit status: 0, 2 for invalid input, 1 when a file cannot be read or written, 130/143 when interrupted.")

    @Argument(help: "Scenario files (YAML, format 1).")
    var files: [String]

    @OptionGroup var figure: FigureArguments

    @Option(help: "Paper of the printed sheet: a4 or letter. The sheet's PDF always comes in pages of this paper (A4 unless given); given, the sheet's PNG and SVG come in the same pages, one file per page (<scenario>.sheet.page-N.<ext> when there are several).",
            transform: { try Choice.parse($0, "a paper size") })
    var paper: Paper?

    func run() throws {
        let scenarios: [Scenario]
        switch Pipeline.loadAll(files) {
        case .success(let s): scenarios = s
        case .failure(let failure):
            printError(failure.description)
            throw ExitCode(failure.exitCode)
        }
        // Refused before anything is drawn: otherwise the later file silently replaces the earlier one's figures.
        let clashes = FigureWriter.collisions(scenarios)
        if !clashes.isEmpty {
            for clash in clashes {
                printError("\(clash.file): error: its figures would overwrite those of \(clash.other) (both are named "
                           + "'\(clash.stem).<view>.<ext>'); render them into different --out directories, or rename one")
            }
            throw ExitCode(2)
        }
        let writer = try orExitOne { try FigureWriter() }
        let f = figure
        // Every figure of every file is one set: all are written, or none is changed.
        let items = scenarios.map { scenario in
            (scenario: scenario, result: Pipeline.simulate(scenario, atlas: f.atlas, posture: f.posture),
             request: RenderRequest(views: f.views.isEmpty ? scenario.render.views : f.views.map(\.view),
                                    formats: f.formats.isEmpty ? scenario.render.formats : f.formats,
                                    outputDirectory: f.out, width: f.page.width, theme: f.page.theme, labels: f.page.labels,
                                    svgText: f.svgText, paper: paper ?? .a4, pagedImages: paper != nil, orientation: f.orientation))
        }
        try writeSet("render") { try writer.writeSet(items, directory: f.out, cancellation: $0) }
    }
}

/// `radix batch`: every scenario of files and directories, in parallel, incrementally.
struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw every scenario of files and directories in parallel, incrementally, with manifest.json and an index.html gallery.",
        discussion: """
        Exit status: 0 when every scenario was drawn or unchanged, 2 when any is invalid, 1 when a file cannot be \
        read or written, 130/143 when interrupted (the next run finishes the rest). With --shard K/N each shard \
        draws the files at sorted positions K, K+N, K+2N … and records them in .radix-batch/shard-K-of-N.json; \
        manifest.json and index.html merge the parts of every shard of that N.
        """)

    @Argument(help: "Scenario files, or directories searched for *.yaml and *.yml.")
    var inputs: [String]

    @OptionGroup var figure: FigureArguments

    @Option(help: "Worker threads (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Draw only shard K of N (1 ≤ K ≤ N), e.g. 2/4 — for array jobs.")
    var shard: String?

    @Flag(help: "Redraw every figure, even those that are up to date.")
    var force = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let shard, BatchShard(parsing: shard) == nil { throw ValidationError("--shard must be K/N with 1 ≤ K ≤ N, e.g. 1/4") }
    }

    func run() throws {
        let f = figure
        let options = BatchOptions(views: f.views.map(\.view), formats: f.formats, outputDirectory: f.out, width: f.page.width,
                                   theme: f.page.theme, labels: f.page.labels, atlas: f.atlas, posture: f.posture, jobs: jobs,
                                   shard: shard.flatMap(BatchShard.init(parsing:)) ?? .whole, force: force, svgText: f.svgText,
                                   orientation: f.orientation)
        let reporter: BatchReporter = isatty(STDERR_FILENO) == 1
            ? TerminalBatchReporter(linesOnStdout: isatty(STDOUT_FILENO) == 0)
            : PlainBatchReporter()
        let cancellation = BatchCancellation()
        let signals = SignalWatch(cancellation)
        let summary = BatchRunner(options: options, reporter: reporter, cancellation: cancellation).run(inputs)
        if let received = signals.received { throw ExitCode(128 + received) }
        throw ExitCode(summary.exitCode)
    }
}

/// `radix quiz`: a seeded set of realistic cases, a question and an answer sheet for each, one answer key.
struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a reproducible quiz: N random realistic cases, a question and an answer sheet for each, and one answer key.",
        discussion: """
        Per case: quiz-NNN.yaml (the scenario, to run or render), quiz-NNN.question.<ext> (history, body charts and \
        examination; nothing names the answer) and quiz-NNN.answer.<ext> (the teaching sheet), each sheet with its alt \
        text (.txt); then answer-key.md and answer-key.json. The same seed, count and Radix version give byte-identical \
        files on every machine; another version of Radix may draw another set. The set replaces an earlier one in the \
        folder whole or not at all. Exit status: 0 on success, 2 for an invalid option, 1 when a file cannot be \
        written, 130/143 when interrupted (then nothing is changed).
        """)

    // Unconditional: "--seed -4" reaches the range check (and its message) instead of reading as a flag.
    @Option(parsing: .unconditional, help: "How many cases (1 … 1000).")
    var count = "10"

    @Option(parsing: .unconditional, help: "The seed, a whole number 0 … 18446744073709551615: the same seed gives the same set.")
    var seed: String

    @Option(help: "Output directory.")
    var out = QuizWriter.defaultDirectory

    @Option(name: .customLong("format"), help: "png, svg or pdf (default png). Repeatable.")
    var formats: [FigureFormat] = []

    @Option(help: "Page width in pixels (600 … 12000).")
    var width: Double = 2400

    @Option(help: "Theme: color, print (grey-scale safe) or colorblind (Okabe–Ito).")
    var theme: Theme = .color

    @Option(help: "Dermatome atlas written into every case.")
    var atlas: Atlas = .lee2008

    @Option(help: "Paper of the PDF sheets: a4 (the default) or letter; each sheet's PDF is pages of it.",
            transform: { try Choice.parse($0, "a paper size") })
    var paper: Paper = .a4

    @Option(name: .customLong("svg-text"), help: "How an SVG writes its words: outline (the default) or editable (real text; no grades on the roots).",
            transform: { try Choice.parse($0, "an SVG text mode") })
    var svgText: SVGText = .outline

    func run() throws {
        let options: QuizOptions
        do {
            options = try QuizOptions(count: count, seed: seed, out: out, formats: formats, width: width, theme: theme, atlas: atlas, paper: paper, svgText: svgText)
        } catch {
            printError("radix quiz: \(error)")
            throw ExitCode(2)
        }
        let set: QuizSet
        do {
            set = try QuizGenerator.generate(count: options.count, seed: options.seed, atlas: options.atlas)
        } catch {
            printError("radix quiz: \(error)")
            throw ExitCode(error.exitCode)
        }
        try writeSet("quiz", prefix: "radix quiz") { try QuizWriter().write(set, request: options.request, cancellation: $0) }
    }
}

/// `--atlas` of `radix atlas`: one map, or `all` (every map and the comparison).
enum AtlasChoice: String, CaseIterable, ExpressibleByArgument {
    case lee2008 = "lee-2008"
    case keeganGarrett = "keegan-garrett"
    case foerster
    case all

    var selection: AtlasSelection {
        switch self {
        case .all: .all
        case .lee2008: .one(.lee2008)
        case .keeganGarrett: .one(.keeganGarrett)
        case .foerster: .one(.foerster)
        }
    }
}

/// `radix atlas`: the dermatome atlas figures, no scenario needed.
struct AtlasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atlas",
        abstract: "Draw the dermatome atlases: atlas-<map>.<png|svg|pdf> for each map and, with --atlas all, atlas-comparison (where the maps disagree), each with an alt-text .txt.",
        discussion: "The figures are written as one set: all of them or, after a failure or an interrupt, none. Exit status: 0 when every figure was written, 1 when a file or the output directory cannot be written, 130/143 when interrupted (nothing is changed).")

    @Option(help: "Dermatome map: lee-2008, keegan-garrett, foerster, or all (every map and the comparison figure).")
    var atlas: AtlasChoice = .all

    @Option(name: .customLong("format"), help: "png, svg or pdf (default png). Repeatable.")
    var formats: [FigureFormat] = []

    @Option(help: "Output directory.")
    var out = "Renders"

    @OptionGroup var page: PageStyleArguments

    @Option(name: .customLong("svg-text"), help: "How an SVG writes its words: outline (the default) or editable (real text).",
            transform: { try Choice.parse($0, "an SVG text mode") })
    var svgText: SVGText = .outline

    func run() throws {
        let request = AtlasRequest(selection: atlas.selection, formats: formats.isEmpty ? [.png] : formats, outputDirectory: out,
                                   width: page.width, theme: page.theme, labels: page.labels, svgText: svgText)
        try writeSet("atlas") { try AtlasWriter().write(request, cancellation: $0) }
    }
}

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

    @Option(name: .customLong("svg-text"), help: "How an SVG writes its words: outline (the default) or editable (real text).",
            transform: { try Choice.parse($0, "an SVG text mode") })
    var svgText: SVGText = .outline

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
                                 svgText: svgText, orientation: orientation)
        print(SweepSummary.text(input, file: file))
        try writeSet("sweep") { try SweepWriter().write(input, output: output, cancellation: $0) }
    }
}
