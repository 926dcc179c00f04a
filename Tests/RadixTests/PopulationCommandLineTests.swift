import Foundation
import XCTest

/// `radix population` run as a user runs it: deterministic bytes for any --jobs, shards that add up,
/// figures through the normal path, bad options and files refused with exit 2 and nothing written.
final class PopulationCommandLineTests: XCTestCase {
    func radix(_ args: [String]) throws -> CommandLineTests.Output {
        try CommandLineTests.run(args)
    }

    func temporaryDirectory() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("radix-population-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        return dir
    }

    let file = "Scenarios/02-l4-l5-left-subarticular-extrusion.yaml"

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testTheSameBytesForAnyNumberOfWorkers() throws {
        let one = try radix(["population", file, "--samples", "300", "--seed", "5", "--jobs", "1", "--json"])
        let two = try radix(["population", file, "--samples", "300", "--seed", "5", "--jobs", "2", "--json"])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stdout, two.stdout)
        let doc = try json(one.stdout)
        XCTAssertEqual(doc["samples"] as? Int, 300)
        XCTAssertEqual(doc["seed"] as? String, "5")
        let roots = try XCTUnwrap(doc["roots"] as? [[String: Any]])
        XCTAssertEqual(roots.count, 14)
        let l5 = try XCTUnwrap(roots.first { $0["root"] as? String == "L5" && $0["side"] as? String == "left" })
        let counts = try XCTUnwrap(l5["counts"] as? [String: Int])
        XCTAssertGreaterThanOrEqual(counts["contact"] ?? 0, counts["deviation"] ?? 0)
        XCTAssertGreaterThanOrEqual(counts["deviation"] ?? 0, counts["compression"] ?? 0)
        let text = try radix(["population", file, "--samples", "300", "--seed", "5"])
        XCTAssertTrue(text.stdout.contains("95 % Wilson"), text.stdout)
        XCTAssertTrue(text.stdout.contains("L5 left"), text.stdout)
    }

    /// The counts of shards 1/3, 2/3, 3/3 add up to the whole run's, root by root and region by region.
    func testShardsAddUpToTheWholeRun() throws {
        let whole = try json(try radix(["population", file, "--samples", "200", "--json"]).stdout)
        var sums: [String: Int] = [:]
        var samples = 0
        for k in 1...3 {
            let part = try radix(["population", file, "--samples", "200", "--shard", "\(k)/3", "--json"])
            XCTAssertEqual(part.status, 0, part.stderr)
            let doc = try json(part.stdout)
            samples += doc["samples"] as? Int ?? 0
            for root in doc["roots"] as? [[String: Any]] ?? [] {
                for (grade, n) in root["counts"] as? [String: Int] ?? [:] { sums["\(root["root"]!) \(root["side"]!) \(grade)", default: 0] += n }
            }
            for region in doc["regions"] as? [[String: Any]] ?? [] { sums["\(region["region"]!) \(region["side"]!)", default: 0] += region["count"] as? Int ?? 0 }
        }
        XCTAssertEqual(samples, 200)
        var expected: [String: Int] = [:]
        for root in whole["roots"] as? [[String: Any]] ?? [] {
            for (grade, n) in root["counts"] as? [String: Int] ?? [:] { expected["\(root["root"]!) \(root["side"]!) \(grade)"] = n }
        }
        for region in whole["regions"] as? [[String: Any]] ?? [] { expected["\(region["region"]!) \(region["side"]!)"] = region["count"] as? Int ?? 0 }
        XCTAssertEqual(sums, expected)
    }

    /// More shards than samples: some shards are empty, and the parts still add up.
    func testAnEmptyShardIsAPartToo() throws {
        var total = 0
        for k in 1...3 {
            let part = try radix(["population", file, "--samples", "2", "--shard", "\(k)/3", "--json"])
            XCTAssertEqual(part.status, 0, part.stderr)
            total += try json(part.stdout)["samples"] as? Int ?? -1
        }
        XCTAssertEqual(total, 2)
        let empty = try radix(["population", file, "--samples", "2", "--shard", "1/3"])
        XCTAssertEqual(empty.status, 0, empty.stderr)
        XCTAssertTrue(empty.stdout.contains("population of 0 adults"), empty.stdout)
    }

    func testBadOptionsExitTwoWithTheAllowedRangeAndWriteNothing() throws {
        let dir = try temporaryDirectory()
        for (args, words) in [(["--samples", "0"], "--samples must be a whole number from 1 to 1000000000"),
                              (["--samples", "1000000001"], "--samples must be a whole number from 1 to 1000000000"),
                              (["--samples", "-3"], "--samples must be"),
                              (["--samples", "lots"], "--samples must be"),
                              (["--seed", "-1"], "--seed must be a whole number from 0 to 18446744073709551615"),
                              (["--jobs", "0"], "--jobs must be"),
                              (["--shard", "4/3"], "--shard must be K/N"),
                              (["--sex", "other"], "--sex must be female, male or mixed")] {
            let result = try radix(["population", file] + args + ["--format", "png", "--out", dir + "/never"])
            XCTAssertEqual(result.status, 2, "\(args): \(result.stderr)")
            XCTAssertTrue(result.stderr.contains(words), "\(args): \(result.stderr)")
            XCTAssertEqual(result.stdout, "")
            XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/never"), "nothing written for \(args)")
        }
    }

    func testABadFileGetsALocatedErrorAndNothingRuns() throws {
        let dir = try temporaryDirectory()
        let bad = dir + "/bad.yaml"
        try Data("radix: 1\ntitle: t\nlesions:\n  - type: herniation\n    level: L4-L5\n    zone: subarticular\n    side: left\n    size_mm: 99\n".utf8)
            .write(to: URL(fileURLWithPath: bad))
        let result = try radix(["population", file, bad, "--samples", "10", "--format", "png", "--out", dir + "/never"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("bad.yaml:8:"), result.stderr)
        XCTAssertEqual(result.stdout, "")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/never"))
    }

    func testFiguresAreWrittenWithAltText() throws {
        let dir = try temporaryDirectory() + "/out"
        let result = try radix(["population", file, "--samples", "60", "--view", "sheet", "--view", "roots", "--format", "png", "--format", "svg",
                                "--out", dir, "--width", "900"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let stem = dir + "/02-l4-l5-left-subarticular-extrusion"
        for path in [".population.png", ".population.svg", ".population.txt", ".population-roots.png", ".population-roots.svg", ".population-roots.txt"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: stem + path), path)
            XCTAssertTrue(result.stdout.contains(stem + path), path)
        }
        let png = try Data(contentsOf: URL(fileURLWithPath: stem + ".population.png"))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        let alt = try String(contentsOfFile: stem + ".population.txt", encoding: .utf8)
        XCTAssertTrue(alt.contains("60 sampled adult anatomies"), alt)
        XCTAssertTrue(alt.contains("left L5"), alt)
    }

    /// `--vary`: the same people at every step, so P(compression) of the lesion's root never falls as the
    /// herniation grows; the CSV has a row per step, root and side.
    func testVaryGivesADoseResponseCurveAndItsCSV() throws {
        let dir = try temporaryDirectory() + "/out"
        let result = try radix(["population", file, "--vary", "lesions[0].size_mm=2...6:3", "--samples", "80", "--out", dir, "--format", "png", "--width", "800"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("left L5"), result.stdout)
        let csvPath = dir + "/02-l4-l5-left-subarticular-extrusion.population-sweep-lesions-0-size_mm.csv"
        XCTAssertTrue(result.stdout.contains(csvPath), result.stdout)
        let figure = String(csvPath.dropLast(4))
        for ext in [".png", ".txt"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: figure + ext), ext)
            XCTAssertTrue(result.stdout.contains(figure + ext), ext)
        }
        XCTAssertTrue(try String(contentsOfFile: figure + ".txt", encoding: .utf8).contains("Left L5: 2 → "))
        let withView = try radix(["population", file, "--vary", "lesions[0].size_mm=2...6:3", "--view", "body", "--out", dir + "/never"])
        XCTAssertEqual(withView.status, 2)
        XCTAssertTrue(withView.stderr.contains("leave out --view"), withView.stderr)
        let rows = try String(contentsOfFile: csvPath, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
        XCTAssertEqual(rows.first, ["step", "lesions[0].size_mm", "root", "side", "samples", "contact", "deviation", "compression",
                                    "p_contact", "p_deviation", "p_compression"])
        XCTAssertEqual(rows.count, 1 + 3 * 14)
        let l5 = rows.dropFirst().filter { $0[2] == "L5" && $0[3] == "left" }.map { Int($0[7]) ?? -1 }
        XCTAssertEqual(l5.count, 3)
        XCTAssertEqual(l5, l5.sorted(), "P(compression) never falls as the herniation grows")
        XCTAssertGreaterThan(l5.last ?? 0, l5.first ?? 0)

        let twoFiles = try radix(["population", file, file, "--vary", "lesions[0].size_mm=2...6:3", "--out", dir + "/never"])
        XCTAssertEqual(twoFiles.status, 2)
        XCTAssertTrue(twoFiles.stderr.contains("--vary sweeps one file"), twoFiles.stderr)
        let badPath = try radix(["population", file, "--vary", "lesions[3].size_mm=2...6:3", "--out", dir + "/never"])
        XCTAssertEqual(badPath.status, 2, badPath.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/never"))
    }
}
