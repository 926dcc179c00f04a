/// The exit status of every `radix` command, and the status each of the library's errors asks for
/// (their `exitCode`): one list for the library and the command line (docs/scenario-format.md §Errors).
///
/// A command that fails writes its message on standard error and, for sets of files (`render`, `sweep`,
/// `quiz`, `atlas`, `population` figures), leaves the output folder as it was.
public enum ExitStatus: Int32, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// 0: everything asked for was done — every file valid, every figure written (or, in a batch, up to date).
    case success = 0
    /// 1: a file could not be read or written (missing, a directory, no permission, disk full), a figure
    /// could not be drawn, or the server failed.
    case failure = 1
    /// 2: invalid input — a scenario file that is not valid format 1, an option or argument the command
    /// refuses (ArgumentParser's own usage status, 64, is reported as 2), figures that would overwrite each other.
    /// Nothing is written. Wins over `failure` when a run meets both.
    case invalidInput = 2
    /// 130 (128 + SIGINT 2): interrupted, as by Ctrl-C; a set writer changed nothing, a batch finishes the
    /// rest on its next run.
    case interrupted = 130
    /// 143 (128 + SIGTERM 15): terminated; as `interrupted` otherwise.
    case terminated = 143

    /// The status after the signal `number` stopped the work: `terminated` for SIGTERM (15), else
    /// `interrupted` (SIGINT, 2, the only other signal Radix watches).
    public init(signal number: Int32) {
        self = number == 15 ? .terminated : .interrupted
    }

    /// The number, as a shell shows it (`2`).
    public var description: String { String(rawValue) }
}
