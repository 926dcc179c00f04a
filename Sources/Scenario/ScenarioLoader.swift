import Foundation

/// Reads scenario files (scenario-format.md §1) into validated `Scenario`s.
///
/// Every problem of a file is reported at once, each located at its line and column, as
/// `ScenarioError.invalid` (exit status 2); a file that cannot be read at all is
/// `ScenarioError.unreadable` (exit status 1). No input makes it crash or hang: files are capped in
/// size before they are read, YAML nesting and aliases are bounded, and numbers are range-checked
/// without overflow.
public enum ScenarioLoader {
    /// Largest scenario file accepted, bytes (1 MiB; a real scenario is a few hundred bytes). Larger files
    /// are refused before they are read.
    public static let maximumFileSize = 1 << 20
    /// Most YAML aliases (`*name`) one file may contain; bounds the work an "alias bomb" can cause.
    public static let maximumAliases = 32
    /// Most lesions one scenario may have.
    public static let maximumLesions = 100
    /// Most problems reported for one file; a closing note says when there were more.
    public static let maximumDiagnostics = 100
    /// Stack of the thread that parses (libyaml allows 1000 nested levels; Yams composes them recursively).
    static let parserStackSize = 16 << 20

    /// Reads and checks the scenario file at `path` (as given on the command line; recorded in
    /// `Scenario.file` and in diagnostics).
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try parse(read(path: path), file: path)
    }

    /// The bytes of the scenario file at `path`, read as `load(path:)` reads them: never more than
    /// `maximumFileSize` (a larger file is refused before it is read; a pipe or device is cut off just past
    /// the limit), so that a huge or endless input cannot exhaust memory.
    /// - Throws: `.invalid` for a file over the limit, `.unreadable` with the system's reason otherwise.
    public static func read(path: String) throws(ScenarioError) -> Data {
        switch FileReader.read(path: path, limit: maximumFileSize) {
        case .success(let bytes): return bytes
        case .tooLarge(let size): throw .invalid(file: path, diagnostics: [tooLarge(file: path, size: size)])
        case .failure(let reason): throw .unreadable(path: path, reason: reason)
        }
    }

    /// Checks scenario text held in memory; `file` names it in diagnostics (a path or `<stdin>`).
    public static func parse(_ data: Data, file: String) throws(ScenarioError) -> Scenario {
        if data.count > maximumFileSize {
            throw .invalid(file: file, diagnostics: [tooLarge(file: file, size: data.count)])
        }
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let offset = UTF8Check.firstInvalidOffset(in: Array(bytes)) {
            throw .invalid(file: file, diagnostics: [notUTF8(file: file, bytes: Array(bytes), offset: offset)])
        }
        return try parse(String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// Checks scenario text held in memory; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> Scenario {
        if text.utf8.count > maximumFileSize {
            throw .invalid(file: file, diagnostics: [tooLarge(file: file, size: text.utf8.count)])
        }
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        let result = onLargeStack { () -> Result<Scenario, ScenarioError> in
            let source = SourceText(body)
            let checker = Checker(file: file, source: source)
            let (root, ok) = YAMLStage.compose(source, checker: checker)
            let scenario = ok ? ScenarioDecoder(checker: checker, file: file).decode(root) : nil
            checker.reportRepeatedKeys()
            if let scenario, checker.diagnostics.isEmpty { return .success(scenario) }
            return .failure(.invalid(file: file, diagnostics: checker.sortedDiagnostics))
        }
        return try result.get()
    }

    // MARK: Helpers

    /// Runs `body` on a new thread with a `parserStackSize` stack and waits for it, so that deep (but
    /// legal) nesting cannot overflow a small caller stack, such as a secondary thread's.
    static func onLargeStack<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = parserStackSize
        thread.start()
        done.wait()
        return box.value ?? body()
    }

    /// `size` nil: more than the limit was read from a pipe or device and reading stopped there.
    private static func tooLarge(file: String, size: Int?) -> Diagnostic {
        let actual = size.map { "the file is \($0) bytes" } ?? "the file goes on past \(maximumFileSize) bytes"
        return Diagnostic(file: file, line: 1, column: 1, path: "",
                          message: "\(actual); a scenario file may be at most \(maximumFileSize) bytes (1 MiB)")
    }

    private static func notUTF8(file: String, bytes: [UInt8], offset: Int) -> Diagnostic {
        let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
        let source = SourceText(prefix)
        let (line, column) = SourceText.location(in: prefix.unicodeScalars[...])
        let byte = String(bytes[offset], radix: 16, uppercase: true)
        var message = "the file is not UTF-8 text (byte 0x\(byte.count == 1 ? "0" + byte : byte) at offset \(offset))"
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            message += "; it looks like UTF-16: save it as UTF-8"
        }
        let excerpt = source.excerpt(line: line, column: column)
        return Diagnostic(file: file, line: line, column: column, path: "", message: message, allowed: nil,
                          suggestion: nil, sourceLine: excerpt?.text, caretOffset: excerpt?.caret ?? 0)
    }
}

/// Carries a result from the parsing thread back to the caller; written once before the semaphore is
/// signalled and read once after it is waited on.
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
