import ArgumentParser
import Figures
import Foundation
import Population
import Radix
import Scenario

extension PopulationView: ExpressibleByArgument {}

/// `radix population`: the scenario's lesions in many sampled adult anatomies; how often each root is reached.
struct PopulationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "population",
        abstract: "Run a scenario's lesions in N sampled adult anatomies: the share of people in whom each root reaches contact, deviation and compression.",
        discussion: """
        Each sample is an adult anatomy drawn from population.md §A11 (canal, recess, foramen, ganglion, disc height, \
        interpedicular width, body size; a few shared factors correlate them); the scenario's lesions and posture \
        stay as written, and measurements the scenario gives stay as given. Sample i depends only on the seed and \
        i: the same file, seed and Radix version give the same bytes for any --jobs, and the counts of shards \
        1/N … N/N add up exactly to the whole run. With --view or --format, figures go to --out: \
        <scenario>.population.<ext> (body chart shaded by the share of samples in pain, and a bar per root and \
        grade), or .population-body / .population-roots, each with its .txt alt text. Exit status: 0, 2 for \
        invalid input (nothing written), 1 when a file cannot be read or written.
        """)

    @OptionGroup var scenarioFiles: ScenarioFileArguments

    @Option(parsing: .unconditional, help: "How many samples in the whole run (1 … 1000000000; default 10000).")
    var samples = String(PopulationRequest.defaultSamples)

    @Option(parsing: .unconditional, help: "The seed, a whole number 0 … 18446744073709551615 (default 1).")
    var seed = String(PopulationRequest.defaultSeed)

    @Option(parsing: .unconditional, help: "Worker threads (default: one per core).")
    var jobs = String(ProcessInfo.processInfo.activeProcessorCount)

    @Option(help: "Run only shard K of N (1 ≤ K ≤ N): samples ⌊(K−1)·S/N⌋ … ⌊K·S/N⌋ − 1 — for array jobs.")
    var shard: String?

    @Option(help: "Whose anatomy: female, male or mixed (default). Only sourced sex differences are applied (canal AP, L5 width).")
    var sex = "mixed"

    @Flag(help: "Print the format-1 JSON instead of text.")
    var json = false

    @Option(name: .customLong("view"), help: "Figure: sheet (body chart and root bars), body or roots. Repeatable; giving one draws figures.")
    var views: [PopulationView] = []

    @Option(name: .customLong("format"), help: "png, svg or pdf. Repeatable; giving one draws figures (default png).")
    var formats: [FigureFormat] = []

    @Option(help: "Output directory of the figures.")
    var out = "Renders"

    @Option(help: ArgumentHelp("A dose-response curve: run the population at every step of PATH=FROM...TO:STEPS (as radix sweep writes it, e.g. lesions[0].size_mm=2...8:7), one FILE only; writes <scenario>.population-sweep-<path>.csv into --out, and with --format the curve as a figure.",
                               valueName: "PATH=FROM...TO:STEPS"))
    var vary: String?

    @OptionGroup var page: PageStyleArguments

    func run() throws {
        let options: PopulationOptions
        do {
            options = try PopulationOptions(samples: samples, seed: seed, jobs: jobs, shard: shard, sex: sex)
        } catch {
            printError("radix population: \(error)")
            throw ExitCode(ExitStatus.invalidInput)
        }
        if let vary {
            try runSweep(vary, options)
            return
        }
        let scenarios = try loadScenarios(scenarioFiles.files)
        let drawing = !views.isEmpty || !formats.isEmpty
        if drawing { try refuseCollisions(scenarios, named: "population.<ext>", verb: "draw") }
        let bar = isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
        var reports: [PopulationReport] = []
        for (i, scenario) in scenarios.enumerated() {
            let request = PopulationRequest(input: Pipeline.input(for: scenario), samples: options.samples, seed: options.seed,
                                            sex: options.sex, shard: options.shard)
            let label = scenarios.count > 1 ? "\(i + 1)/\(scenarios.count) " : ""
            let total = request.range.count
            var progress: (@Sendable (Int) -> Void)?
            if let bar { progress = { done in bar.show(label, done, total) } }
            let tally = PopulationRunner.run(request, jobs: options.jobs, progress: progress)
            bar?.clear()
            reports.append(PopulationReport(scenario: scenario, request: request, tally: tally))
        }
        if json {
            print(PopulationReport.renderJSON(reports), terminator: "")
        } else {
            print(reports.map(\.text).joined(separator: "\n" + String(repeating: "─", count: 72) + "\n\n"), terminator: "")
        }
        guard drawing else { return }
        let request = PopulationFigureRequest(views: views.isEmpty ? [.sheet] : views, formats: formats.isEmpty ? [.png] : formats,
                                              width: page.width, theme: page.theme, labels: page.labels)
        let writer = try orExitOne { try PopulationFigureWriter() }
        // With --json the paths go to standard error, so standard output stays one JSON document.
        try writeSet("population", pathsToStandardError: json) {
            try writer.writeSet(reports, request: request, directory: out, cancellation: $0)
        }
    }
}

extension PopulationCommand {
    /// `--vary`: every step of the sweep as a population; the table (or JSON) on standard output, the CSV in --out.
    func runSweep(_ vary: String, _ options: PopulationOptions) throws {
        let files = scenarioFiles.files
        guard files.count == 1 else {
            printError("radix population: --vary sweeps one file (got \(files.count)); run one file at a time")
            throw ExitCode(ExitStatus.invalidInput)
        }
        guard views.isEmpty else {
            printError("radix population: --vary draws one figure, the dose-response curve (with --format); leave out --view")
            throw ExitCode(ExitStatus.invalidInput)
        }
        let bar = isatty(STDERR_FILENO) == 1 ? ProgressBar() : nil
        let total = options.shard.range(of: options.samples).count
        var progress: (@Sendable (Int, Int) -> Void)?
        if let bar { progress = { step, done in bar.show("step \(step + 1) ", done, total) } }
        let sweep: PopulationSweep
        do {
            sweep = try PopulationSweep.run(file: files[0], vary: vary, samples: options.samples, seed: options.seed, sex: options.sex,
                                            shard: options.shard, jobs: options.jobs, progress: progress)
        } catch {
            bar?.clear()
            printError(error.description)
            throw ExitCode(error.exitCode)
        }
        bar?.clear()
        print(json ? sweep.json : sweep.text, terminator: "")
        try writeSet("population", pathsToStandardError: json) {
            try sweep.writeSet(directory: out, formats: formats, width: page.width, theme: page.theme, cancellation: $0)
        }
    }
}

