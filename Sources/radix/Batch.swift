import ArgumentParser
import Foundation
import Radix

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
        if let status = signals.status { throw ExitCode(status) }
        throw ExitCode(summary.exitCode)
    }
}
