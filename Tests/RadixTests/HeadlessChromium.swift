import Foundation
import XCTest

/// Debian's `chromium`, driven headless from the tests with no other dependency: it loads a page from disk,
/// lets it run for a bounded (virtual) time, and prints the DOM (`--dump-dom`) or saves a screenshot.
/// `make test` installs it (scripts/install-deps.sh test).
struct HeadlessChromium {
    let executable: String

    /// Chromium named by `RADIX_CHROMIUM`, else the first of `chromium`, `chromium-browser`, `google-chrome`
    /// on `PATH`. When there is none the calling test fails under CI (`CI=true`, where `make test` must have
    /// installed it) and is skipped elsewhere, saying why.
    static func require() throws -> HeadlessChromium {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["RADIX_CHROMIUM"], FileManager.default.isExecutableFile(atPath: named) {
            return HeadlessChromium(executable: named)
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: directory + "/" + name) {
                return HeadlessChromium(executable: directory + "/" + name)
            }
        }
        let reason = "headless Chromium is not installed (apt-get install chromium, or run `make test`, which installs it)"
        if ["true", "1", "yes"].contains(environment["CI"]?.lowercased() ?? "") {
            throw ChromiumFailure(message: reason + "; under CI the test command must install it")
        }
        throw XCTSkip(reason)
    }

    /// The DOM of `page` after its scripts ran for at most `budget` ms of virtual time.
    func dumpDOM(of page: URL, budget: Int = 20_000, profile: URL) throws -> String {
        try run(["--virtual-time-budget=\(budget)", "--dump-dom", page.absoluteString], profile: profile)
    }

    /// Saves a PNG screenshot of `page` in a window of `width` × `height` CSS pixels.
    func screenshot(of page: URL, to png: URL, width: Int = 1400, height: Int = 1100, profile: URL) throws {
        _ = try run(["--virtual-time-budget=5000", "--hide-scrollbars", "--window-size=\(width),\(height)",
                     "--screenshot=\(png.path)", page.absoluteString], profile: profile)
    }

    /// Runs Chromium and returns its standard output. It is killed after `seconds` (with every process
    /// it started: `timeout` signals its whole process group), so a stuck browser cannot hang the suite.
    private func run(_ arguments: [String], profile: URL, seconds: Int = 60) throws -> String {
        let output = profile.appendingPathComponent("stdout-\(UUID().uuidString).txt")
        let errors = profile.appendingPathComponent("stderr-\(UUID().uuidString).txt")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: output.path, contents: nil),
              FileManager.default.createFile(atPath: errors.path, contents: nil) else {
            throw ChromiumFailure(message: "cannot create Chromium's output files in \(profile.path)")
        }
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(at: errors)
        }
        let browser = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                       "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-dev-shm-usage",
                       "--mute-audio", "--user-data-dir=\(profile.appendingPathComponent("profile").path)"] + arguments
        let process = Process()
        let hasTimeout = FileManager.default.isExecutableFile(atPath: "/usr/bin/timeout")
        process.executableURL = URL(fileURLWithPath: hasTimeout ? "/usr/bin/timeout" : executable)
        process.arguments = hasTimeout ? ["-k", "5", String(seconds)] + browser : Array(browser.dropFirst())
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        // A watchdog of our own too, in case `timeout` is missing or cannot kill.
        let deadline = Date(timeIntervalSinceNow: Double(seconds + 15))
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            Thread.sleep(forTimeInterval: 1)
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            throw ChromiumFailure(message: "Chromium did not finish within \(seconds + 15) s and was killed")
        }
        let stdout = String(decoding: (try? Data(contentsOf: output)) ?? Data(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let stderr = String(decoding: (try? Data(contentsOf: errors)) ?? Data(), as: UTF8.self)
            let why = process.terminationStatus == 124 || process.terminationStatus == 137 ? "timed out after \(seconds) s" : "exited with \(process.terminationStatus)"
            throw ChromiumFailure(message: "Chromium \(why): \(stderr.suffix(1500))")
        }
        return stdout
    }
}

struct ChromiumFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
