import Dispatch
import Foundation
import Scenario
#if canImport(Glibc)
import Glibc
#endif

/// Turns SIGINT and SIGTERM into a cancellation: the batch finishes the scenarios being drawn, records
/// what is done and stops; a set (`radix render`, `sweep`, `quiz`, `atlas`) stops at its next file and
/// changes nothing. A second signal ends the process at once.
public final class SignalWatch {
    private let sources: [DispatchSourceSignal]
    private let last = SignalBox()

    /// What a batch says on the first signal.
    public static let batchMessage = "radix batch: interrupted — finishing the scenarios being drawn (interrupt again to stop at once)"

    /// Starts watching; keep the watch alive for as long as the work runs. `message` goes to standard error
    /// on the first signal.
    public init(_ cancellation: BatchCancellation, message: String = SignalWatch.batchMessage) {
        let box = last
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if box.swap(number) != 0 { _exit(ExitStatus(signal: number).rawValue) }
                FileHandle.standardError.write(Data((message + "\n").utf8))
                cancellation.cancel()
            }
            source.resume()
            return source
        }
    }

    /// The first signal received, if any.
    public var received: Int32? {
        let n = last.value
        return n == 0 ? nil : n
    }

    /// The exit status after the first signal received (`interrupted`, 130, for SIGINT; `terminated`, 143,
    /// for SIGTERM); nil when none came.
    public var status: ExitStatus? { received.map(ExitStatus.init(signal:)) }
}

/// The number of the first signal received.
final class SignalBox: @unchecked Sendable {
    private let lock = NSLock()
    private var number: Int32 = 0
    /// Records `n` if no signal came before; returns the previous value.
    func swap(_ n: Int32) -> Int32 {
        lock.lock(); defer { lock.unlock() }
        let old = number
        if old == 0 { number = n }
        return old
    }
    var value: Int32 {
        lock.lock(); defer { lock.unlock() }
        return number
    }
}
