import Foundation
import Radix
import Synchronization
import TestSupport
import XCTest

/// Records a batch's events for the tests.
final class RecordingReporter: BatchReporter, Sendable {
    private let events = Mutex<[BatchEvent]>([])
    private let started = Mutex<Int?>(nil)

    func batchStarted(total: Int, jobs: Int) { started.withLock { $0 = total } }
    func scenarioFinished(_ event: BatchEvent) { events.withLock { $0.append(event) } }
    func batchFinished(_ summary: BatchSummary) {}

    var recorded: [BatchEvent] { events.withLock { $0 } }
    var total: Int? { started.withLock { $0 } }
}

/// A temporary directory with copies of a few teaching scenarios and, optionally, a broken one.
struct BatchFixture {
    static let packageRoot = Fixtures.packageRoot
    static let broken = "title: broken\nposture: flexed\n"
    static let names = ["01-normal-spine", "02-l4-l5-left-subarticular-extrusion", "09-l4-l5-far-lateral-l4-knee",
                        "14-l4-l5-central-stenosis-claudication", "21-l5-s1-isthmic-spondylolisthesis"]

    let root: URL
    var input: String { root.appendingPathComponent("in").path }
    var output: String { root.appendingPathComponent("out").path }

    init(count: Int = 3, broken: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("radix-batch-\(UUID().uuidString)")
        let fm = FileManager.default
        try fm.createDirectory(atPath: root.appendingPathComponent("in").path, withIntermediateDirectories: true)
        for name in Self.names.prefix(count) {
            try fm.copyItem(atPath: Self.packageRoot.appendingPathComponent("Scenarios/\(name).yaml").path,
                            toPath: root.appendingPathComponent("in/\(name).yaml").path)
        }
        if broken { try Self.broken.write(toFile: root.appendingPathComponent("in/broken.yaml").path, atomically: true, encoding: .utf8) }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Options for quick tests: the sheet as PNG at 800 px.
    func options(force: Bool = false, shard: BatchShard = .whole, jobs: Int = 2, width: Double = 800) -> BatchOptions {
        BatchOptions(views: [.sheet], formats: [.png], outputDirectory: output, width: width, jobs: jobs, shard: shard, force: force)
    }

    /// File name → (modification time, bytes) of every figure in the output directory.
    func snapshot() throws -> [String: (Date, Data)] {
        var out: [String: (Date, Data)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: output) where name.hasSuffix(".png") || name.hasSuffix(".txt") {
            let path = output + "/" + name
            let date = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
            out[name] = (date, try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return out
    }

    func manifest() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: output + "/manifest.json"))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}
