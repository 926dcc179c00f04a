import Explorer
import Foundation
import TestSupport
import XCTest

/// `radix serve` as a user runs it: it prints the address, answers, logs one line per request, and stops
/// cleanly on SIGTERM and SIGINT.
final class ServeCommandTests: XCTestCase {
    /// Starts `radix serve ARGS --port 0`, waits (at most 30 s) for the address line, and gives the process,
    /// the port and its standard error's file.
    func start(_ args: [String]) throws -> (Process, Int, String) {
        let dir = try temporaryDirectory("serve")
        let outPath = dir + "/out", errPath = dir + "/err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let process = Process()
        process.executableURL = ExplorerTests.binary
        process.arguments = ["serve"] + args + ["--port", "0"]
        process.currentDirectoryURL = Fixtures.packageRoot
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try process.run()
        addTeardownBlock { if process.isRunning { process.terminate(); process.waitUntilExit() } }
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
            if let range = out.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                let port = Int(out[range].dropFirst("http://127.0.0.1:".count).dropLast()) ?? 0
                return (process, port, errPath)
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw LoopbackHTTP.Failure(description: "radix serve printed no address: " + ((try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""))
    }

    func waitForExit(_ process: Process) {
        let deadline = Date().addingTimeInterval(30)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
    }

    func testServesLogsAndStopsOnSIGTERMAndSIGINT() async throws {
        for signal in [SIGTERM, SIGINT] {
            let (process, port, errPath) = try start(["Scenarios", "--host", "127.0.0.1"])
            let reply = try await LoopbackHTTP(port: port).get("/api/scenarios")
            XCTAssertEqual(reply.status, 200)
            kill(process.processIdentifier, signal)
            waitForExit(process)
            XCTAssertFalse(process.isRunning, "radix serve did not stop on signal \(signal)")
            XCTAssertEqual(process.terminationStatus, 0)
            let log = try String(contentsOfFile: errPath, encoding: .utf8)
            XCTAssertTrue(log.contains("GET /api/scenarios 200 "), log)
            XCTAssertTrue(log.hasSuffix("radix serve: stopped\n"), log)
            XCTAssertFalse(log.contains("warning"), log)
        }
    }

    func testRefusesAMissingFolder() throws {
        let output = try ProcessOutput.run(ExplorerTests.binary, ["serve", "no-such-folder", "--port", "0"], in: Fixtures.packageRoot)
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("radix serve: no-such-folder is not a folder"), output.stderr)
    }
}

final class ExplorerConfigurationTests: XCTestCase {
    func testLoopbackAddresses() {
        for host in ["127.0.0.1", "127.1.2.3", "localhost", "::1"] {
            XCTAssertTrue(ExplorerConfiguration(host: host).isLoopback, host)
        }
        for host in ["0.0.0.0", "192.168.1.2", "::", "example.org"] {
            XCTAssertFalse(ExplorerConfiguration(host: host).isLoopback, host)
        }
    }
}
