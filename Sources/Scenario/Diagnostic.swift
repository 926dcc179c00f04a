/// One problem found in a scenario file, located like a compiler error.
///
/// `description` prints it in the familiar form
///
///     Scenarios/x.yaml:12:14: error: lesions[1].size_mm: 42 is out of range (0 < size_mm ≤ 20)
///         size_mm: 42
///                  ^
///       did you mean 'size_mm'?
///
/// followed, when known, by an `allowed:` line and a `did you mean '…'?` line.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// The file as given by the caller (a path or a label such as `<stdin>`).
    public let file: String
    /// 1-based line of the offending text.
    public let line: Int
    /// 1-based column, counted in Unicode scalars (as libyaml counts them).
    public let column: Int
    /// Where in the scenario the problem is, e.g. `lesions[1].size_mm` (lesions counted from 0);
    /// empty for problems of the file as a whole (YAML syntax, size, encoding).
    public let path: String
    /// What is wrong, in one line.
    public let message: String
    /// The values or keys that would be accepted here, when that helps.
    public let allowed: String?
    /// The nearest valid spelling (printed as `did you mean '…'?`).
    public let suggestion: String?
    /// The offending source line, with control characters made visible and very long lines cut to a
    /// window around the column; nil when the location is past the end of the text.
    public let sourceLine: String?
    /// How many Unicode scalars of `sourceLine` precede the caret.
    let caretOffset: Int

    public init(file: String, line: Int, column: Int, path: String, message: String,
                allowed: String? = nil, suggestion: String? = nil, sourceLine: String? = nil) {
        self.init(file: file, line: line, column: column, path: path, message: message,
                  allowed: allowed, suggestion: suggestion, sourceLine: sourceLine,
                  caretOffset: max(0, column - 1))
    }

    init(file: String, line: Int, column: Int, path: String, message: String,
         allowed: String?, suggestion: String?, sourceLine: String?, caretOffset: Int) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
        self.path = path
        self.message = message
        self.allowed = allowed
        self.suggestion = suggestion
        self.sourceLine = sourceLine
        self.caretOffset = caretOffset
    }

    /// `FILE:LINE:COLUMN: error: PATH: MESSAGE`, without the source excerpt.
    public var summary: String {
        let location = "\(file):\(line):\(column): error: "
        return path.isEmpty ? location + message : location + path + ": " + message
    }

    public var description: String {
        var lines = [summary]
        if let sourceLine {
            lines.append(sourceLine)
            let prefix = sourceLine.unicodeScalars.prefix(caretOffset).map { $0 == "\t" ? "\t" : " " }.joined()
            lines.append(prefix + "^")
        }
        if let allowed { lines.append("  allowed: " + allowed) }
        if let suggestion { lines.append("  did you mean '\(suggestion)'?") }
        return lines.joined(separator: "\n")
    }
}
