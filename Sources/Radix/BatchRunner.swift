import CairoRender
import Foundation
import Scenario
import Synchronization

/// How one scenario of a batch ended.
public enum BatchOutcome: Sendable, Hashable {
    /// Figures drawn (or redrawn).
    case rendered
    /// Nothing changed since the last run: not redrawn.
    case unchanged
    case failed
}

/// One scenario done, as told to a `BatchReporter`.
public struct BatchEvent: Sendable {
    public var entry: BatchEntry
    public var outcome: BatchOutcome
    /// Scenarios finished so far (this one included) and in all.
    public var done: Int
    public var total: Int
    public var failures: Int
    /// Since the batch started, seconds.
    public var elapsed: Double
}

/// The end of a batch.
public struct BatchSummary: Sendable {
    public var total: Int
    public var rendered: Int
    public var unchanged: Int
    /// The failed entries, sorted by file.
    public var failures: [BatchEntry]
    /// Scenarios not reached because the batch was cancelled.
    public var notStarted: Int
    public var cancelled: Bool
    public var seconds: Double
    public var jobs: Int
    /// `manifest.json`, or nil when it could not be written (see `commitError`).
    public var manifestPath: String?
    public var galleryPath: String?
    public var commitError: String?

    /// `success` (0) when every scenario was drawn or unchanged; `invalidInput` (2) when any is invalid;
    /// else `failure` (1: a file could not be read or written).
    public var exitCode: ExitStatus {
        if failures.contains(where: { $0.exitCode == .invalidInput }) { return .invalidInput }
        return failures.isEmpty && commitError == nil ? .success : .failure
    }
}

/// Told about a batch as it goes. The runner calls these one at a time (never concurrently), from its
/// worker threads.
public protocol BatchReporter: AnyObject, Sendable {
    func batchStarted(total: Int, jobs: Int)
    func scenarioFinished(_ event: BatchEvent)
    func batchFinished(_ summary: BatchSummary)
}

/// Asks a running batch to stop: workers finish the scenario they are drawing (so no partial file is left)
/// and take no more; the state and manifest are written for what was done.
public final class BatchCancellation: Sendable {
    private let flag = Atomic<Bool>(false)
    public init() {}
    public func cancel() { flag.store(true, ordering: .relaxed) }
    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

/// Draws every scenario of a set in parallel: a fixed pool of `jobs` threads pulls files from a shared
/// index; each loads, simulates, draws and drops one scenario at a time (memory stays flat: only each
/// scenario's small manifest entry is kept). One bad scenario never stops the others.
public final class BatchRunner: Sendable {
    public let options: BatchOptions
    private let reporter: BatchReporter?
    private let cancellation: BatchCancellation

    public init(options: BatchOptions, reporter: BatchReporter? = nil, cancellation: BatchCancellation = BatchCancellation()) {
        self.options = options
        self.reporter = reporter
        self.cancellation = cancellation
    }

    /// Mutable progress, under one lock.
    private struct Progress {
        var entries: [String: BatchEntry] = [:]
        var rendered = 0, unchanged = 0, failed = 0
    }

    /// Runs the batch over `operands` (files and directories) and writes the manifest and gallery.
    public func run(_ operands: [String]) -> BatchSummary {
        let start = DispatchTime.now().uptimeNanoseconds
        let all = BatchInputs.expand(operands)
        let collisions = Self.collisions(all)
        let files = options.shard.select(all)
        let state = BatchState(outputDirectory: options.outputDirectory)
        state.sweepStaleTemporaries()
        let previous = options.force ? [:] : state.previousEntries(preferring: options.shard)
        let jobs = max(1, min(options.jobs, files.count))
        reporter?.batchStarted(total: files.count, jobs: jobs)

        let next = Atomic<Int>(0)
        let progress = Mutex(Progress())
        let group = DispatchGroup()
        let elapsed: @Sendable () -> Double = { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        for _ in 0..<jobs {
            group.enter()
            let thread = Thread { [self] in
                defer { group.leave() }
                let worker = BatchWorker(options: options)
                while !cancellation.isCancelled {
                    let i = next.add(1, ordering: .relaxed).oldValue
                    guard i < files.count else { break }
                    let file = files[i]
                    let (entry, outcome): (BatchEntry, BatchOutcome)
                    if let other = collisions[file] {
                        // Invalid input (two inputs for one set of names), not a failure to read or write: status 2.
                        let message = "\(file): error: its figures would overwrite those of \(other) (same file name); "
                            + "give them different names or draw them into different --out directories"
                        (entry, outcome) = (.failure(file, errors: [message], detail: message, exitCode: .invalidInput), .failed)
                    } else {
                        (entry, outcome) = worker.process(file, previous: previous[file])
                    }
                    progress.withLock { p in
                        p.entries[file] = entry
                        switch outcome {
                        case .rendered: p.rendered += 1
                        case .unchanged: p.unchanged += 1
                        case .failed: p.failed += 1
                        }
                        let event = BatchEvent(entry: entry, outcome: outcome, done: p.rendered + p.unchanged + p.failed,
                                               total: files.count, failures: p.failed, elapsed: elapsed())
                        reporter?.scenarioFinished(event)
                    }
                }
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        group.wait()

        let done = progress.withLock { $0 }
        // Scenarios not reached keep their previous entries, so that the state stays whole.
        var entries = done.entries
        for file in files where entries[file] == nil {
            if let old = previous[file] { entries[file] = old }
        }
        var summary = BatchSummary(
            total: files.count, rendered: done.rendered, unchanged: done.unchanged,
            failures: done.entries.values.filter { $0.status == .failed }.sorted { $0.file < $1.file },
            notStarted: files.count - done.entries.count, cancelled: cancellation.isCancelled, seconds: 0, jobs: jobs)
        do {
            try state.commit(Array(entries.values), shard: options.shard)
            summary.manifestPath = state.manifestPath
            summary.galleryPath = state.galleryPath
        } catch {
            summary.commitError = error.description
        }
        summary.seconds = elapsed()
        reporter?.batchFinished(summary)
        return summary
    }

    /// Files whose figures would have the same names as an earlier file's: file → the earlier file.
    static func collisions(_ files: [String]) -> [String: String] {
        var first: [String: String] = [:], clashes: [String: String] = [:]
        for file in files {
            let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            if let earlier = first[stem] { clashes[file] = earlier } else { first[stem] = file }
        }
        return clashes
    }
}
