import CairoRender
import Foundation
import Scenario
#if canImport(Glibc)
import Glibc
#endif

/// A set of files that must appear together or not at all — a quiz, a sweep, the figures of one `radix
/// render` or `radix atlas` — in an output directory that may hold an earlier set.
///
/// The files are written into a staging directory inside the output directory (`OUT/.radix-staging-XXXXXX`,
/// on the same file system, so moving is a rename). ``commit(removing:)`` then moves them into place: each
/// file it replaces is first moved aside into the staging directory, so that when any move fails every step
/// is undone and the earlier set is back as it was. SIGINT, SIGTERM and SIGHUP are blocked on the
/// committing thread while the moves run; the command line goes further and turns them into a cancellation
/// (``SignalWatch``), so that no signal can end the process in the middle of a commit (a program with other
/// threads and default signal handling should do the same). A failure or a cancellation before the commit
/// leaves the output directory as it was; ``discard()`` (or `deinit`) removes the staging directory. A staging directory left by a process
/// killed outright (`kill -9`) is removed by the next set or batch written into the same directory once it
/// is older than ten minutes (``sweepStaleStaging(in:olderThan:)``).
///
/// Not thread-safe: one writer fills one set.
public final class OutputSet {
    /// The directory the set is for, as given.
    public let directory: String
    /// Where files are written before the commit: `directory/.radix-staging-XXXXXX`.
    public let stagingDirectory: String
    private let cancellation: BatchCancellation?
    private var finished = false

    /// The prefix of a staging directory's name.
    public static let stagingPrefix = ".radix-staging-"

    /// Creates `directory` (and its parents) when missing, removes stale staging directories in it, and
    /// makes a new staging directory there.
    /// - Parameter cancellation: checked by ``checkpoint()``; when cancelled (an interrupt), the set stops and
    ///   nothing is changed.
    /// - Throws: `RenderError` (`.createDirectory`) when `directory` cannot be made, saying why in words;
    ///   ``OutputSetError`` when the staging directory cannot be made in it (not writable, disk full).
    public init(directory: String, cancellation: BatchCancellation? = nil) throws {
        try FigureFiles.makeDirectory(directory)
        self.directory = directory
        self.cancellation = cancellation
        Self.sweepStaleStaging(in: directory)
        var template = Array(((directory as NSString).appendingPathComponent(Self.stagingPrefix + "XXXXXX")).utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkdtemp($0) != nil } ?? false }
        guard made else {
            throw OutputSetError(directory: directory, cause: "cannot create a staging directory in \(directory): \(Self.systemError())")
        }
        stagingDirectory = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { if !finished { removeStaging() } }

    /// The staging path of the file `name` (a bare file name, no `/`).
    public func stagingPath(_ name: String) -> String {
        (stagingDirectory as NSString).appendingPathComponent(name)
    }

    /// Where `name` will be once committed: `directory/name`.
    public func finalPath(_ name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }

    /// Throws when the set was cancelled (an interrupt): call it between files. The staging directory is
    /// removed and nothing is changed.
    public func checkpoint() throws(OutputSetError) {
        guard let cancellation, cancellation.isCancelled else { return }
        discard()
        throw OutputSetError(directory: directory, cause: "interrupted", interrupted: true)
    }

    /// Runs `write`, which writes into the staging directory; any error it throws becomes an
    /// ``OutputSetError`` that names the file by its final path and says that nothing was changed. The
    /// staging directory is removed on failure.
    public func staging<T>(_ write: () throws -> T) throws(OutputSetError) -> T {
        try checkpoint()
        do {
            return try write()
        } catch let error as OutputSetError {
            discard()
            throw error
        } catch {
            discard()
            let cause = String(describing: error).replacingOccurrences(of: stagingDirectory, with: directory)
            throw OutputSetError(directory: directory, cause: cause)
        }
    }

    /// Moves every file of the staging directory into `directory`, replacing files of the same name, and
    /// removes the files of `directory` for which `removing` is true and that the set does not hold (what an
    /// earlier, larger set left). All or nothing: on a failure every file moved is moved back.
    /// - Returns: the final paths of the set's files, sorted by name.
    /// - Throws: ``OutputSetError`` naming the file that could not be moved; the directory is then as before.
    @discardableResult
    public func commit(removing stale: (String) -> Bool = { _ in false }) throws(OutputSetError) -> [String] {
        try checkpoint()
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: stagingDirectory).sorted()
        } catch {
            discard()
            throw OutputSetError(directory: directory, cause: "cannot read the staging directory \(stagingDirectory): \(error.localizedDescription)")
        }
        let aside = (stagingDirectory as NSString).appendingPathComponent(".previous")
        guard mkdir(aside, 0o700) == 0 else {
            let cause = "cannot create \(aside): \(Self.systemError())"
            discard()
            throw OutputSetError(directory: directory, cause: cause)
        }
        let held = Self.holdInterrupts()
        defer { Self.release(held) }

        var movedAside: [String] = [], placed: [String] = []
        func fail(_ cause: String) -> OutputSetError {
            var unrestored: [String] = []
            for name in placed.reversed() { unlink(finalPath(name)) }
            for name in movedAside.reversed() where rename((aside as NSString).appendingPathComponent(name), finalPath(name)) != 0 {
                unrestored.append(name)
            }
            guard unrestored.isEmpty else {
                // Never delete the only copy of an earlier file: leave the staging directory for the user.
                finished = true
                return OutputSetError(directory: directory, cause: cause + "; the earlier " + unrestored.joined(separator: ", ")
                                      + " could not be moved back and are kept in \(aside)", unchanged: false)
            }
            discard()
            return OutputSetError(directory: directory, cause: cause)
        }
        let inSet = Set(names)
        let leftovers = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { !inSet.contains($0) && !$0.hasPrefix(Self.stagingPrefix) && stale($0) }.sorted()
        for name in names + leftovers {
            let target = finalPath(name)
            var status = stat()
            if lstat(target, &status) == 0 {
                if (status.st_mode & S_IFMT) == S_IFDIR {
                    guard inSet.contains(name) else { continue }  // a directory is never an earlier set's file
                    throw fail("cannot replace \(target): it is a directory")
                }
                guard rename(target, (aside as NSString).appendingPathComponent(name)) == 0 else {
                    throw fail("cannot move \(target) aside: \(Self.systemError())")
                }
                movedAside.append(name)
            }
            guard inSet.contains(name) else { continue }
            guard rename(stagingPath(name), target) == 0 else { throw fail("cannot move \(name) into \(directory): \(Self.systemError())") }
            placed.append(name)
        }
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY)
        if descriptor >= 0 {
            _ = fsync(descriptor)
            close(descriptor)
        }
        discard()
        return names.map(finalPath)
    }

    /// Removes the staging directory and whatever is in it; the output directory is not touched.
    public func discard() {
        finished = true
        removeStaging()
    }

    private func removeStaging() {
        try? FileManager.default.removeItem(atPath: stagingDirectory)
    }

    /// Removes the staging directories in `directory` older than `age` seconds (by modification time, which
    /// every file written into one renews): what a process killed outright left. Younger ones may belong to
    /// a set being written now. Returns how many were removed.
    @discardableResult
    public static func sweepStaleStaging(in directory: String, olderThan age: TimeInterval = 600) -> Int {
        let fm = FileManager.default
        var removed = 0
        for name in (try? fm.contentsOfDirectory(atPath: directory)) ?? [] where name.hasPrefix(stagingPrefix) {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let date = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  Date().timeIntervalSince(date) > age else { continue }
            if (try? fm.removeItem(atPath: path)) != nil { removed += 1 }
        }
        return removed
    }

    /// Blocks SIGINT, SIGTERM and SIGHUP for this thread; returns the mask to restore. A signal that arrives
    /// meanwhile is delivered when the mask is restored, after the moves.
    private static func holdInterrupts() -> sigset_t {
        var block = sigset_t(), previous = sigset_t()
        sigemptyset(&block)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&block, signal) }
        pthread_sigmask(SIG_BLOCK, &block, &previous)
        return previous
    }

    private static func release(_ previous: sigset_t) {
        var mask = previous
        pthread_sigmask(SIG_SETMASK, &mask, nil)
    }

    private static func systemError() -> String { String(cString: strerror(errno)) }
}

/// A set could not be written, or was interrupted; the output directory is as it was before.
public struct OutputSetError: Error, CustomStringConvertible {
    /// The output directory.
    public var directory: String
    /// What failed, in words, naming files by their final paths.
    public var cause: String
    /// True when an interrupt (SIGINT, SIGTERM) stopped the set.
    public var interrupted: Bool
    /// False only when undoing a failed commit itself failed (the cause says which earlier files are
    /// kept where); true in every other case: the directory is as it was.
    public var unchanged: Bool

    public init(directory: String, cause: String, interrupted: Bool = false, unchanged: Bool = true) {
        self.directory = directory
        self.cause = cause
        self.interrupted = interrupted
        self.unchanged = unchanged
    }

    /// For example `cannot write file Quiz/quiz-002.answer.png: File too large; nothing was changed in Quiz`.
    public var description: String {
        cause + (unchanged ? "; nothing was changed in \(directory)" : "; \(directory) may be partly changed")
    }

    /// `interrupted` (130, as after SIGINT) when interrupted, else `failure` (1: a file could not be written).
    /// The command line reports `terminated` (143) instead when the signal was SIGTERM (`SignalWatch.status`).
    public var exitCode: ExitStatus { interrupted ? .interrupted : .failure }
}
