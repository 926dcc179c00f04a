import CairoRender
import Foundation
import Report
#if canImport(Glibc)
import Glibc
#endif

/// The batch's files in the output directory.
///
/// Each shard K/N keeps its own part, `.radix-batch/shard-K-of-N.json` (a whole run is shard 1/1): the
/// entries of its scenarios, with the content hashes that make the next run incremental. After writing its
/// part, a shard merges every part of the same N — sorted by scenario file, so the result does not depend
/// on which shard finishes last — into `manifest.json` and `index.html`, holding `.radix-batch/lock`
/// (`flock`) so that concurrent shards merge one after the other and the last merge sees every part.
/// All files are written atomically.
public struct BatchState {
    public let outputDirectory: String

    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
    }

    public var stateDirectory: String { (outputDirectory as NSString).appendingPathComponent(".radix-batch") }
    public var manifestPath: String { (outputDirectory as NSString).appendingPathComponent("manifest.json") }
    public var galleryPath: String { (outputDirectory as NSString).appendingPathComponent("index.html") }

    public func partPath(_ shard: BatchShard) -> String {
        (stateDirectory as NSString).appendingPathComponent("shard-\(shard.index)-of-\(shard.count).json")
    }

    /// The entries of every part found (any N), by scenario file; the part of `preferred` wins a conflict.
    public func previousEntries(preferring preferred: BatchShard) -> [String: BatchEntry] {
        var parts = partFiles().sorted()
        let own = (partPath(preferred) as NSString).lastPathComponent
        if let i = parts.firstIndex(of: own) { parts.append(parts.remove(at: i)) }
        var entries: [String: BatchEntry] = [:]
        for part in parts {
            for entry in readPart((stateDirectory as NSString).appendingPathComponent(part)) { entries[entry.file] = entry }
        }
        return entries
    }

    /// Removes temporary files (`<name>.tmp-XXXXXX`, from `AtomicFile`) and staging directories
    /// (`.radix-staging-XXXXXX`, from ``OutputSet``, e.g. of a `radix render` into the same folder) older than
    /// `age` seconds: what a process killed outright (SIGKILL, power loss) leaves behind. Young ones may
    /// belong to a shard or a set being written now, so they are left alone. Returns how many were removed.
    @discardableResult
    public func sweepStaleTemporaries(olderThan age: TimeInterval = 600) -> Int {
        let fm = FileManager.default
        var removed = OutputSet.sweepStaleStaging(in: outputDirectory, olderThan: age)
        for directory in [outputDirectory, stateDirectory] {
            for name in (try? fm.contentsOfDirectory(atPath: directory)) ?? [] {
                guard let range = name.range(of: ".tmp-", options: .backwards),
                      name.distance(from: range.upperBound, to: name.endIndex) == 6 else { continue }
                let path = (directory as NSString).appendingPathComponent(name)
                guard let date = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                      Date().timeIntervalSince(date) > age else { continue }
                if (try? fm.removeItem(atPath: path)) != nil { removed += 1 }
            }
        }
        return removed
    }

    /// Writes this shard's part, then merges the parts of its N into `manifest.json` and `index.html`.
    /// - Returns: the number of scenarios in the merged manifest.
    @discardableResult
    public func commit(_ entries: [BatchEntry], shard: BatchShard) throws(RenderError) -> Int {
        do {
            try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true)
        } catch {
            throw RenderError(.createDirectory, path: stateDirectory,
                              detail: QuizWriter.reason(error, path: stateDirectory) + "; choose another --out")
        }
        let lockPath = (stateDirectory as NSString).appendingPathComponent("lock")
        let lock = open(lockPath, O_RDWR | O_CREAT, 0o644)
        if lock >= 0 { _ = flock(lock, LOCK_EX) }
        defer {
            if lock >= 0 {
                _ = flock(lock, LOCK_UN)
                close(lock)
            }
        }
        let sorted = entries.sorted { $0.file < $1.file }
        try write(document(sorted, shardKey: "shard", shardValue: .string(shard.description)), to: partPath(shard))
        var merged: [String: BatchEntry] = [:]
        let suffix = "-of-\(shard.count).json"
        for part in partFiles().filter({ $0.hasSuffix(suffix) }).sorted().reversed() {
            for entry in readPart((stateDirectory as NSString).appendingPathComponent(part)) { merged[entry.file] = entry }
        }
        let all = merged.values.sorted { $0.file < $1.file }
        try write(document(all, shardKey: "shards", shardValue: .int(shard.count)), to: manifestPath)
        try AtomicFile.write(Data(BatchGallery.html(all).utf8), to: galleryPath)
        return all.count
    }

    /// A part (`"shard": "K/N"`) or the merged manifest (`"shards": N`).
    private func document(_ entries: [BatchEntry], shardKey: String, shardValue: JSONValue) -> JSONValue {
        .object([
            ("format", .int(1)),
            ("generator", .string("radix batch")),
            ("radix_version", .string(RadixVersion.current)),
            (shardKey, shardValue),
            ("scenarios", .array(entries.map(\.json))),
        ])
    }

    private func write(_ value: JSONValue, to path: String) throws(RenderError) {
        try AtomicFile.write(Data((value.serialized() + "\n").utf8), to: path)
    }

    private func partFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: stateDirectory)) ?? [])
            .filter { $0.hasPrefix("shard-") && $0.hasSuffix(".json") }
    }

    private func readPart(_ path: String) -> [BatchEntry] {
        guard let data = FileManager.default.contents(atPath: path),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let scenarios = object["scenarios"] as? [Any] else { return [] }
        return scenarios.compactMap { BatchEntry(json: $0) }
    }
}
