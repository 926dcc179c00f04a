import Foundation

/// What a finished process printed and how it ended: the runner of the command-line tests.
public struct ProcessOutput: Sendable {
    /// The exit status; for a process ended by a signal, the signal's number.
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Runs `executable` with `arguments` in `directory` (the current one when nil) and waits for it.
    /// Standard output is read to its end before standard error, so a process must not print more than a
    /// pipe holds (64 KiB) on standard error before it ends; the tests' commands print a few lines there.
    /// - Throws: when the executable cannot be started.
    public static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessOutput(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                             stderr: String(decoding: e, as: UTF8.self))
    }
}
