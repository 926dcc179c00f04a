import Foundation

/// Writes text to a file descriptor's stream without buffering surprises.
func emit(_ text: String, to handle: FileHandle) {
    handle.write(Data(text.utf8))
}

/// The one-line form of an event: `[ 3/26] rendered  FILE  (files)`.
public func batchLine(_ e: BatchEvent) -> String {
    let width = String(e.total).count
    let n = String(repeating: " ", count: max(0, width - String(e.done).count)) + String(e.done)
    switch e.outcome {
    case .rendered: return "[\(n)/\(e.total)] rendered  \(e.entry.file) → \(e.entry.figures.map(\.path).joined(separator: ", "))"
    case .unchanged: return "[\(n)/\(e.total)] unchanged \(e.entry.file)"
    case .failed: return "[\(n)/\(e.total)] FAILED    \(e.entry.errors.first ?? e.entry.file)"
    }
}

/// The summary printed at the end on standard error: counts, time, and every failure.
public func summaryText(_ s: BatchSummary) -> String {
    var text = "radix batch: \(s.total) scenario\(s.total == 1 ? "" : "s") — \(s.rendered) rendered, \(s.unchanged) unchanged, \(s.failures.count) failed"
    if s.notStarted > 0 { text += ", \(s.notStarted) not started (interrupted; run again to finish)" }
    text += String(format: " in %.1f s with %d worker%@", s.seconds, s.jobs, s.jobs == 1 ? "" : "s")
    if let manifest = s.manifestPath { text += "\n  manifest: \(manifest)" }
    if let gallery = s.galleryPath { text += "\n  gallery:  \(gallery)" }
    if let problem = s.commitError { text += "\n  error: cannot write the manifest: \(problem)" }
    if !s.failures.isEmpty {
        text += "\nFailures:"
        for f in s.failures { text += "\n" + f.errors.map { "  " + $0 }.joined(separator: "\n") }
    }
    return text + "\n"
}

/// Not a terminal: one line per scenario on standard output; each failure's full diagnostics (with the
/// source excerpt) and the summary on standard error.
public final class PlainBatchReporter: BatchReporter, @unchecked Sendable {
    public init() {}
    public func batchStarted(total: Int, jobs: Int) {}

    public func scenarioFinished(_ e: BatchEvent) {
        emit(batchLine(e) + "\n", to: .standardOutput)
        if e.outcome == .failed, let detail = e.entry.detail { emit(detail + "\n", to: .standardError) }
    }

    public func batchFinished(_ summary: BatchSummary) {
        emit(summaryText(summary), to: .standardError)
    }
}

/// A terminal: a progress bar on standard error (done/total, rate, time left, failures), failures printed
/// above it as they happen; lines on standard output too when it is redirected.
public final class TerminalBatchReporter: BatchReporter, @unchecked Sendable {
    private let linesOnStdout: Bool
    private var total = 0
    private var lastDraw = 0.0

    public init(linesOnStdout: Bool) {
        self.linesOnStdout = linesOnStdout
    }

    public func batchStarted(total: Int, jobs: Int) {
        self.total = total
        emit(bar(done: 0, failures: 0, elapsed: 0), to: .standardError)
    }

    public func scenarioFinished(_ e: BatchEvent) {
        if linesOnStdout { emit(batchLine(e) + "\n", to: .standardOutput) }
        if e.outcome == .failed {
            emit("\r\u{1B}[K" + (e.entry.detail ?? batchLine(e)) + "\n", to: .standardError)
        }
        if e.outcome == .failed || e.done == e.total || e.elapsed - lastDraw > 0.1 {
            lastDraw = e.elapsed
            emit(bar(done: e.done, failures: e.failures, elapsed: e.elapsed), to: .standardError)
        }
    }

    public func batchFinished(_ summary: BatchSummary) {
        emit("\r\u{1B}[K" + summaryText(summary), to: .standardError)
    }

    private func bar(done: Int, failures: Int, elapsed: Double) -> String {
        let cells = 30
        let filled = total == 0 ? cells : done * cells / total
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        let left = rate > 0 ? Double(total - done) / rate : 0
        let eta = done == 0 ? "--:--" : String(format: "%d:%02d", Int(left) / 60, Int(left) % 60)
        var text = "\r\u{1B}[K[" + String(repeating: "█", count: filled) + String(repeating: "·", count: cells - filled) + "] "
        text += "\(done)/\(total)  " + String(format: "%.1f/s", rate) + "  ETA \(eta)"
        if failures > 0 { text += "  \(failures) failed" }
        return text
    }
}
