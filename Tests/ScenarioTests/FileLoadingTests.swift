import Foundation
import XCTest
@testable import Scenario
#if canImport(Glibc)
import Glibc
#endif

/// `ScenarioLoader.load(path:)`: reading files, the size cap, and files that cannot be read.
final class FileLoadingTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("radix-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: directory)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func testLoadsAFileAndRecordsItsPath() throws {
        let path = try write("spec.yaml", specExample)
        let scenario = try ScenarioLoader.load(path: path)
        XCTAssertEqual(scenario.file, path)
        XCTAssertEqual(scenario.lesions.count, 1)
    }

    func testDiagnosticsNameTheFile() throws {
        let path = try write("bad.yaml", "title: t\nposture: sitting\n")
        XCTAssertThrowsError(try ScenarioLoader.load(path: path)) { error in
            let error = error as? ScenarioError
            XCTAssertEqual(error?.exitCode, .invalidInput)
            XCTAssertEqual(error?.diagnostics.first?.summary, "\(path):2:10: error: posture: 'sitting' is not a posture")
        }
    }

    func testMissingFileAndDirectoryAreUnreadable() throws {
        let missing = directory.appendingPathComponent("nope.yaml").path
        XCTAssertThrowsError(try ScenarioLoader.load(path: missing)) { error in
            XCTAssertEqual(error as? ScenarioError, .unreadable(path: missing, reason: "No such file or directory"))
            XCTAssertEqual((error as? ScenarioError)?.exitCode, .failure)
        }
        XCTAssertThrowsError(try ScenarioLoader.load(path: directory.path)) { error in
            XCTAssertEqual(error as? ScenarioError, .unreadable(path: directory.path, reason: "it is a directory"))
        }
    }

    /// A 50 MB file (sparse, so the test writes nothing) is refused from its size alone.
    func testHugeFileIsRefusedBeforeReading() throws {
        let path = directory.appendingPathComponent("huge.yaml").path
        XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data("title: t\n".utf8)))
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 50_000_000)
        try handle.close()
        XCTAssertThrowsError(try ScenarioLoader.load(path: path)) { error in
            let d = (error as? ScenarioError)?.diagnostics.first
            XCTAssertEqual(d?.summary,
                           "\(path):1:1: error: the file is 50000000 bytes; a scenario file may be at most 1048576 bytes (1 MiB)")
            XCTAssertEqual((error as? ScenarioError)?.exitCode, .invalidInput)
        }
    }

    /// A device that never ends is read only up to the limit.
    func testEndlessDeviceIsCutOff() throws {
        guard FileManager.default.fileExists(atPath: "/dev/zero") else { throw XCTSkip("no /dev/zero") }
        XCTAssertThrowsError(try ScenarioLoader.load(path: "/dev/zero")) { error in
            let d = (error as? ScenarioError)?.diagnostics.first
            XCTAssertEqual(d?.line, 1)
            XCTAssertEqual(d?.message, "the file goes on past 1048576 bytes; a scenario file may be at most 1048576 bytes (1 MiB)")
        }
    }

    /// A named pipe nobody writes to reads as empty rather than blocking.
    func testFIFOWithoutWriterDoesNotHang() throws {
        #if canImport(Glibc)
        let path = directory.appendingPathComponent("pipe.yaml").path
        guard mkfifo(path, 0o600) == 0 else { throw XCTSkip("mkfifo failed") }
        XCTAssertThrowsError(try ScenarioLoader.load(path: path)) { error in
            XCTAssertEqual((error as? ScenarioError)?.diagnostics.first?.message,
                           "the file has no scenario in it; a scenario needs at least a title")
        }
        #else
        throw XCTSkip("POSIX only")
        #endif
    }

    func testBinaryFileIsInvalidNotUnreadable() throws {
        let url = directory.appendingPathComponent("image.yaml")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]).write(to: url)
        XCTAssertThrowsError(try ScenarioLoader.load(path: url.path)) { error in
            XCTAssertEqual((error as? ScenarioError)?.exitCode, .invalidInput)
            XCTAssertEqual((error as? ScenarioError)?.diagnostics.first?.message,
                           "the file is not UTF-8 text (byte 0x89 at offset 0)")
        }
    }
}
