// Benchmark (not a timed test): `radix batch` throughput with the real teaching sheet (PNG, 2400 px by
// default) at 1 and 2 workers over sets of N scenario files (copies of the teaching scenarios under
// distinct names; N = 10 and 1,000 by default), and the peak memory (VmHWM) of each run. Every
// configuration runs in a child process of its own, so that its peak memory is its own. Each scenario's
// figures are deleted as soon as it is done (1,000 sheets are ≈ 1.2 GB), by the reporter, outside the timed
// drawing but inside the run's wall time; the manifest and gallery are written as usual.
//
//   swift build -c release --product batch-benchmark
//   .build/release/batch-benchmark [--counts 10,1000] [--jobs 1,2] [--width 2400] [--repeat 1]
//
// Prints one row per run: files, workers, wall seconds, scenarios/s, CPU seconds (user + system) and CPU
// ÷ wall (how busy the workers kept the cores), peak memory; then, per set size, the 2-worker ÷ 1-worker
// throughput ratio (goal ≥ 1.8 on 2 cores) and the load average, since the machine may be shared.
import Foundation
import Radix

/// Peak resident memory of this process, MiB (VmHWM of /proc/self/status); nil off Linux.
func peakMiB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kB = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return nil }
    return kB / 1024
}

/// User + system CPU seconds of this process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The 1-minute load average, as text.
func loadAverage() -> String {
    ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
}

/// Deletes each scenario's figures once it is done, so that a large set does not fill the disk.
final class DeletingReporter: BatchReporter, Sendable {
    let outputDirectory: String
    init(outputDirectory: String) { self.outputDirectory = outputDirectory }
    func batchStarted(total: Int, jobs: Int) {}
    func scenarioFinished(_ event: BatchEvent) {
        for figure in event.entry.figures {
            unlink((outputDirectory as NSString).appendingPathComponent(figure.path))
        }
    }
    func batchFinished(_ summary: BatchSummary) {}
}

/// A directory with `count` scenario files, copies of the teaching scenarios under distinct names.
func makeSet(_ count: Int, from sources: [String], in root: String) throws -> String {
    let dir = root + "/in-\(count)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for i in 0..<count where !sources.isEmpty {
        let source = sources[i % sources.count]
        let name = String(format: "%05d-", i) + (source as NSString).lastPathComponent
        try FileManager.default.copyItem(atPath: source, toPath: dir + "/" + name)
    }
    return dir
}

/// The value after `flag`, removed from `arguments` with it.
func option(_ flag: String, in arguments: inout [String]) -> String? {
    guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(i...(i + 1)) }
    return arguments[i + 1]
}

func integers(_ text: String?) -> [Int]? {
    guard let text else { return nil }
    let values = text.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    return values.isEmpty || values.contains(where: { $0 < 1 }) ? nil : values
}

var arguments = Array(CommandLine.arguments.dropFirst())
let width = option("--width", in: &arguments).flatMap(Double.init) ?? 2400
let counts = integers(option("--counts", in: &arguments)) ?? [10, 1000]
let workerCounts = integers(option("--jobs", in: &arguments)) ?? [1, 2]
let repeats = integers(option("--repeat", in: &arguments))?.first ?? 1

if arguments.first == "--child", arguments.count == 4, let jobs = Int(arguments[3]) {
    // One configuration: batch the set into a fresh output directory; print "files seconds peakMiB exit cpu".
    let options = BatchOptions(views: [.sheet], formats: [.png], outputDirectory: arguments[2], width: width, jobs: jobs)
    let cpuBefore = cpuSeconds()
    let summary = BatchRunner(options: options, reporter: DeletingReporter(outputDirectory: arguments[2])).run([arguments[1]])
    print(summary.total, summary.seconds, peakMiB() ?? 0, summary.exitCode, cpuSeconds() - cpuBefore)
    exit(0)
}
guard arguments.isEmpty else {
    print("usage: batch-benchmark [--counts 10,1000] [--jobs 1,2] [--width 2400] [--repeat 1]   (unknown: \(arguments))")
    exit(2)
}

let sources = ((try? FileManager.default.contentsOfDirectory(atPath: "Scenarios")) ?? []).filter { $0.hasSuffix(".yaml") }.sorted().map { "Scenarios/" + $0 }
guard !sources.isEmpty else {
    print("run from the package root (needs Scenarios/)")
    exit(1)
}
let root = FileManager.default.temporaryDirectory.appendingPathComponent("batch-benchmark-\(UUID().uuidString)").path
defer { try? FileManager.default.removeItem(atPath: root) }
let me = URL(fileURLWithPath: CommandLine.arguments[0]).path

print("radix batch benchmark — sheet, PNG, width \(Int(width)) px; \(ProcessInfo.processInfo.activeProcessorCount) cores; load average \(loadAverage())")
print("   files  workers   seconds   scenarios/s   CPU s  CPU÷wall   peak memory (VmHWM)")
for count in counts {
    let set = try makeSet(count, from: sources, in: root)
    var rates: [Int: [Double]] = [:]
    for _ in 0..<repeats {
        for jobs in workerCounts {
            let out = root + "/out-\(count)-\(jobs)"
            let p = Process()
            p.executableURL = URL(fileURLWithPath: me)
            p.arguments = ["--child", set, out, String(jobs), "--width", String(width)]
            let pipe = Pipe()
            p.standardOutput = pipe
            try p.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            try? FileManager.default.removeItem(atPath: out)
            let fields = text.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
            guard fields.count == 5, fields[1] > 0, fields[3] == 0 else {
                print("   \(count) files, \(jobs) workers: failed (\(text))")
                continue
            }
            rates[jobs, default: []].append(fields[0] / fields[1])
            print(String(format: "   %5d  %7d  %8.2f  %12.2f  %6.1f  %8.2f   %8.1f MiB",
                         count, jobs, fields[1], fields[0] / fields[1], fields[4], fields[4] / fields[1], fields[2]))
        }
    }
    if let one = rates[1]?.max(), let two = rates[2]?.max() {
        print(String(format: "   %5d files: 2 workers ÷ 1 worker = %.2f× (best runs; goal ≥ 1.8×); ", count, two / one) + "load average " + loadAverage())
    }
    try? FileManager.default.removeItem(atPath: set)
}
