/// A `--vary PATH=FROM...TO:STEPS` that cannot be used: a path that is not in the scenario format or
/// not in the file, a value that cannot be swept, or a range that cannot be read. Always invalid input
/// (exit status 2); the message says what is allowed and, when one is near, suggests a spelling.
public struct SweepError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, in one line, starting with the part of the argument at fault.
    public var message: String
    /// What would be accepted here, when that helps.
    public var allowed: String?
    /// A corrected argument or path (printed as `did you mean '…'?`).
    public var suggestion: String?

    public init(_ message: String, allowed: String? = nil, suggestion: String? = nil) {
        self.message = message
        self.allowed = allowed
        self.suggestion = suggestion
    }

    /// The exit status for the command line: `invalidInput` (2).
    public var exitCode: ExitStatus { .invalidInput }

    /// `error: --vary: MESSAGE`, then `allowed:` and `did you mean` lines when known.
    public var description: String {
        var lines = ["error: --vary: " + message]
        if let allowed { lines.append("  allowed: " + allowed) }
        if let suggestion { lines.append("  did you mean '\(suggestion)'?") }
        return lines.joined(separator: "\n")
    }
}
