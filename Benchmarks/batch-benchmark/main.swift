// Benchmark (not a timed test): `radix batch` throughput at 1 and 2 workers over N scenario files
// (copies of the teaching scenarios, N = 10 and 100), and the peak memory (VmHWM) of each run. Every
// configuration runs in a child process of its own, so that its peak memory is its own.
//
//   swift build -c release --product batch-benchmark && .build/release/batch-benchmark [--width W]
import Foundation
import Radix

/// Peak resident memory of this process, MiB (VmHWM of /proc/self/status); nil off Linux.
func peakMiB() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
          let kB = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return nil }
    return kB / 1024
}

/// A directory with `count` scenario files, copies of the teaching scenarios under distinct names.
func makeSet(_ count: Int, from sources: [String], in root: String) throws -> String {
    let dir = root + "/in-\(count)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for i in 0..<count where !sources.isEmpty {
        let source = sources[i % sources.count]
        let name = String(format: "%04d-", i) + (source as NSString).lastPathComponent
        try FileManager.default.copyItem(atPath: source, toPath: dir + "/" + name)
    }
    return dir
}

var arguments = Array(CommandLine.arguments.dropFirst())
var width = 2400.0
if let i = arguments.firstIndex(of: "--width"), i + 1 < arguments.count, let w = Double(arguments[i + 1]) {
    width = w
    arguments.removeSubrange(i...(i + 1))
}

if arguments.first == "--child", arguments.count == 4, let jobs = Int(arguments[3]) {
    // One configuration: batch the set into a fresh output directory; print "files seconds peakMiB".
    let options = BatchOptions(views: [.sheet], formats: [.png], outputDirectory: arguments[2], width: width, jobs: jobs)
    let summary = BatchRunner(options: options).run([arguments[1]])
    print(summary.total, summary.seconds, peakMiB() ?? 0, summary.exitCode)
    exit(0)
}

let sources = ((try? FileManager.default.contentsOfDirectory(atPath: "Scenarios")) ?? []).filter { $0.hasSuffix(".yaml") }.sorted().map { "Scenarios/" + $0 }
guard !sources.isEmpty else {
    print("run from the package root (needs Scenarios/)")
    exit(1)
}
let root = FileManager.default.temporaryDirectory.appendingPathComponent("batch-benchmark-\(UUID().uuidString)").path
defer { try? FileManager.default.removeItem(atPath: root) }
let me = URL(fileURLWithPath: CommandLine.arguments[0]).path

print("radix batch benchmark — sheet, PNG, width \(Int(width)) px; \(ProcessInfo.processInfo.activeProcessorCount) cores")
print("   files  workers   seconds   scenarios/s   peak memory (VmHWM)")
for count in [10, 100] {
    let set = try makeSet(count, from: sources, in: root)
    for jobs in [1, 2] {
        let out = root + "/out-\(count)-\(jobs)"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: me)
        p.arguments = ["--child", set, out, String(jobs), "--width", String(width)]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        let fields = text.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        guard fields.count == 4, fields[1] > 0 else {
            print("   \(count) files, \(jobs) workers: failed (\(text))")
            continue
        }
        print(String(format: "   %5d  %7d  %8.2f  %12.1f   %8.1f MiB", count, jobs, fields[1], fields[0] / fields[1], fields[2]))
        try? FileManager.default.removeItem(atPath: out)
    }
}
