import ArgumentParser
import Foundation
import Radix
import Scenario

extension ExitCode {
    /// The process exit of `status`: every exit of `radix` is one of the statuses of ``ExitStatus``.
    init(_ status: ExitStatus) { self.init(status.rawValue) }
}

/// Prints to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
}

/// The value `make` gives; when it throws (a figure that cannot be drawn or written), the error is
/// reported on standard error and the command exits 1.
func orExitOne<T>(_ make: () throws -> T) throws -> T {
    do {
        return try make()
    } catch {
        printError("radix: \(error)")
        throw ExitCode(ExitStatus.failure)
    }
}

/// Every file loaded, or each file's problems on standard error and the exit status of the worst
/// (2 when any is invalid, 1 when one cannot be read); nothing is simulated before all load.
func loadScenarios(_ files: [String]) throws -> [Scenario] {
    switch Pipeline.loadAll(files) {
    case .success(let scenarios): return scenarios
    case .failure(let failure):
        printError(failure.description)
        throw ExitCode(failure.exitCode)
    }
}

/// Refuses, before anything is drawn, files whose figures would overwrite each other's in one output
/// directory (otherwise the later file silently replaces the earlier one's): each clash on standard
/// error, exit 2. `named` is the shape of the file names after the stem (`<view>.<ext>`), `verb` what
/// the user does with the files (`render`, `draw`).
func refuseCollisions(_ scenarios: [Scenario], named: String, verb: String) throws {
    let clashes = FigureWriter.collisions(scenarios)
    guard !clashes.isEmpty else { return }
    for clash in clashes {
        printError("\(clash.file): error: its figures would overwrite those of \(clash.other) (both are named "
                   + "'\(clash.stem).\(named)'); \(verb) them into different --out directories, or rename one")
    }
    throw ExitCode(ExitStatus.invalidInput)
}

/// Runs `write`, a set writer, with SIGINT and SIGTERM turned into a cancellation that it checks between
/// files; prints each path once the whole set is in place (on standard error when `pathsToStandardError`,
/// so that standard output stays one JSON document). A failure or an interrupt leaves the output
/// directory as it was: the error, after `prefix` (`radix`, or `radix quiz` as the quiz's other errors),
/// says what failed and that nothing was changed (`failure`, 1, or `interrupted`/`terminated`, 130/143, after SIGINT/SIGTERM).
func writeSet(_ command: String, prefix: String = "radix", pathsToStandardError: Bool = false,
              _ write: (BatchCancellation) throws -> [String]) throws {
    let cancellation = BatchCancellation()
    let signals = SignalWatch(cancellation, message: "radix \(command): interrupted — stopping; nothing will be changed (interrupt again to stop at once)")
    let paths: [String]
    do {
        paths = try write(cancellation)
    } catch let error as OutputSetError {
        printError("\(prefix): \(error)")
        throw ExitCode(error.interrupted ? signals.status ?? .interrupted : error.exitCode)
    } catch {
        printError("\(prefix): \(error)")
        throw ExitCode(ExitStatus.failure)
    }
    for path in paths {
        if pathsToStandardError { printError(path) } else { print(path) }
    }
}
