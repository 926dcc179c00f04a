import ArgumentParser
import Dispatch
import Explorer
import Foundation
import Logging
import Scenario

/// `radix serve`: the explorer page and its HTTP API, on this machine only unless `--host` says otherwise.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the explorer: a local page to move a lesion and watch the roots follow, and its HTTP API (docs/explorer-api.md).",
        discussion: "Binds to 127.0.0.1 (this machine only) unless --host says otherwise. Read-only on FOLDER. Stops cleanly on SIGINT or SIGTERM.")

    @Argument(help: "Folder of scenario files offered by the page.")
    var folder = "Scenarios"

    @Option(help: "Port (0: any free port).")
    var port = 8080

    @Option(help: "Address to listen on; anything but a loopback address lets other machines connect.")
    var host = "127.0.0.1"

    @Option(help: "Renders drawn at once, each on a thread of its own (1 … 16).")
    var jobs = 2

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (1...16).contains(jobs) else { throw ValidationError("--jobs must be between 1 and 16") }
    }

    func run() throws {
        let configuration = ExplorerConfiguration(folder: folder, host: host, port: port, renderSlots: jobs)
        guard ScenarioFolder(path: folder).exists else {
            printError("radix serve: \(folder) is not a folder; give a folder of scenario files, e.g. radix serve Scenarios")
            throw ExitCode(ExitStatus.invalidInput)
        }
        var logger = Logger(label: "radix.serve")
        logger.logLevel = .info
        if !configuration.isLoopback {
            printError("radix serve: warning: listening on \(host), not a loopback address: other machines can reach this server")
        }
        let done = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        let app = Explorer.application(configuration, logger: logger) { port in
            let shown = host.contains(":") ? "[\(host)]" : host
            // Unbuffered, so that a script reading the pipe sees the address at once.
            FileHandle.standardOutput.write(Data("radix serve: http://\(shown):\(port)/ (scenarios from \(folder); Ctrl-C stops)\n".utf8))
        }
        Task {
            do { try await app.runService() } catch { failure.message = "\(error)" }
            done.signal()
        }
        done.wait()
        printError("radix serve: stopped")
        if let message = failure.message {
            printError("radix serve: \(message)")
            throw ExitCode(ExitStatus.failure)
        }
    }
}

/// The server's error, handed from its task to the command.
private final class FailureBox: @unchecked Sendable {
    var message: String?
}
