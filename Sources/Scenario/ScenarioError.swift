/// Why a scenario could not be loaded.
public enum ScenarioError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file was read but is not a valid format-1 scenario: every problem found, sorted by position.
    /// Exit status 2.
    case invalid(file: String, diagnostics: [Diagnostic])
    /// The file could not be read at all (missing, a directory, no permission, I/O error). Exit status 1.
    case unreadable(path: String, reason: String)

    /// The process exit status the command line should use: `invalidInput` (2) for an invalid file,
    /// `failure` (1) for one that cannot be read.
    public var exitCode: ExitStatus {
        switch self {
        case .invalid: .invalidInput
        case .unreadable: .failure
        }
    }

    /// The diagnostics of an invalid file; empty for an unreadable one.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .invalid(_, let diagnostics): diagnostics
        case .unreadable: []
        }
    }

    /// Every diagnostic with its source excerpt, one after another, or the read failure.
    public var description: String {
        switch self {
        case .invalid(let file, let diagnostics):
            if diagnostics.isEmpty { return "\(file): error: invalid scenario" }
            return diagnostics.map(\.description).joined(separator: "\n")
        case .unreadable(let path, let reason):
            return "\(path): error: cannot read the file: \(reason)"
        }
    }
}
