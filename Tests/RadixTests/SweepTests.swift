import Anatomy
import Clinical
import Compression
import Figures
import Foundation
import Radix
import Scenario
import TestSupport
import XCTest

/// `radix sweep`: the steps, the CSV, the files, and the command line.
final class SweepTests: XCTestCase {
    static let packageRoot = Fixtures.packageRoot

    func scenario(_ name: String) -> String { Self.packageRoot.appendingPathComponent("Scenarios/\(name).yaml").path }

    /// The CSV's rows (header first), split at commas (no field of ours holds one).
    func rows(_ csv: String) -> [[String]] {
        csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Grades by "root side" in step order, read back from the CSV.
    func gradesByRoot(_ csv: String) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for row in rows(csv).dropFirst() { out["\(row[2]) \(row[3])", default: []].append(Int(row[4]) ?? -1) }
        return out
    }

    // MARK: The table

    func testTheCSVHasARowPerStepRootAndSide() throws {
        let input = try Sweep.prepare(file: scenario("02-l4-l5-left-subarticular-extrusion"), vary: "lesions[0].size_mm=2...10:9")
        let table = rows(SweepCSV.roots(input))
        XCTAssertEqual(table[0], ["step", "lesions[0].size_mm", "root", "side", "grade", "state", "site", "level",
                                  "clearance_mm", "deformation_percent", "inflamed", "crowded"])
        XCTAssertEqual(table.count - 1, 9 * Root.allCases.count * 2)
        XCTAssertTrue(table.allSatisfy { $0.count == 12 })
        XCTAssertEqual(table[1][0], "1")
        XCTAssertEqual(table[1][1], "2")
        XCTAssertEqual(table.last?[1], "10")
        // Fixed decimals with a '.' whatever the locale.
        XCTAssertTrue(table.dropFirst().allSatisfy { $0[8].range(of: #"^-?\d+\.\d\d$"#, options: .regularExpression) != nil })
        let segments = rows(SweepCSV.segments(input))
        XCTAssertEqual(segments.count - 1, 9 * DiscLevel.allCases.count)
        XCTAssertEqual(Set(segments.map(\.count)).count, 1, "every segment row has every column")
    }

    func testGrowingAHerniationNeverLowersAnyRootsGrade() throws {
        for (name, path) in [("02-l4-l5-left-subarticular-extrusion", "lesions[0].size_mm"),
                             ("03-l5-s1-right-paracentral-extrusion", "lesions[0].size_mm"),
                             ("09-l4-l5-far-lateral-l4-knee", "lesions[0].size_mm"),
                             ("11-l3-l4-foraminal-l3-knee", "lesions[0].size_mm")] {
            let input = try Sweep.prepare(file: scenario(name), vary: "\(path)=0.5...20:25")
            var hurt = 0
            for (root, grades) in gradesByRoot(SweepCSV.roots(input)) {
                XCTAssertEqual(grades.count, 25)
                XCTAssertEqual(grades, grades.sorted(), "\(name): \(root) got better as the herniation grew: \(grades)")
                if grades.last ?? 0 > 0 { hurt += 1 }
            }
            XCTAssertGreaterThan(hurt, 0, "\(name): a 20 mm herniation hurts some root")
        }
    }

    func testNarrowingTheForamenCompressesTheExitingRoot() throws {
        let input = try Sweep.prepare(file: scenario("17-l5-s1-foraminal-stenosis-osteophyte"), vary: "lesions[0].foramen_height_mm=20...8:13")
        let track = try XCTUnwrap(input.tracks.first { $0.root == .L5 && $0.side == .left })
        XCTAssertEqual(track.grades.first, .normal)
        XCTAssertEqual(track.grades.last, .compression)
        XCTAssertEqual(track.grades, track.grades.sorted(), "the grade only rises as the foramen closes")
        XCTAssertEqual(track.findings.last?.site, .foramen)
        XCTAssertEqual(input.changing.first?.name, "left L5")
        XCTAssertEqual(input.view, .foramen(.L5S1, .left), "the figure shows the foramen where the root is caught")
        // The exiting root on the other side is untouched.
        XCTAssertEqual(input.tracks.first { $0.root == .L5 && $0.side == .right }?.grades, Array(repeating: .normal, count: 13))
    }

    func testAPostureSweepStepsThroughThePostures() throws {
        let input = try Sweep.prepare(file: scenario("18-l5-s1-foraminal-stenosis-flexion"), vary: "posture=flexion...extension")
        XCTAssertEqual(input.steps.map(\.result.input.posture), [.flexion, .neutral, .extension])
        let l5 = try XCTUnwrap(input.tracks.first { $0.root == .L5 && $0.side == .right })
        XCTAssertLessThan(l5.grades[0], l5.grades[2], "extension narrows the foramen that flexion opens")
        XCTAssertGreaterThan(l5.findings[0].clearance, l5.findings[2].clearance)
    }

    func testMirroredRootsAreDrawnOnceAndThresholdsSkipJumpedGrades() throws {
        let input = try Sweep.prepare(file: scenario("14-l4-l5-central-stenosis-claudication"), vary: "lesions[0].dural_area_mm2=160...40:13")
        XCTAssertTrue(input.changing.contains { $0.bothSides && $0.root == .L5 }, input.changing.map(\.name).description)
        XCTAssertFalse(input.changing.contains { $0.root == .L5 && $0.side == .right }, "right L5 is the same as left L5")
        for track in input.changing {
            let steps = input.thresholds(track).map(\.step)
            XCTAssertEqual(steps, steps.sorted())
            XCTAssertEqual(Set(steps).count, steps.count, "one grade per step: \(track.name)")
        }
    }

    func testAnOutOfRangeStepNamesTheStepAndValue() {
        do {
            _ = try Sweep.prepare(file: scenario("02-l4-l5-left-subarticular-extrusion"), vary: "lesions[0].size_mm=2...30:8")
            XCTFail("sizes above 20 mm are not allowed")
        } catch {
            XCTAssertEqual(error.exitCode, .invalidInput)
            XCTAssertTrue(error.description.contains("step 6 of 8 (lesions[0].size_mm = 22)"), error.description)
            XCTAssertTrue(error.description.contains("22 is out of range (0 < size_mm ≤ 20)"), error.description)
            XCTAssertTrue(error.description.contains("2 more steps are not valid either (lesions[0].size_mm = 26, 30)"), error.description)
        }
    }

    // MARK: Files

    func testTwoRunsWriteTheSameBytes() throws {
        let input = try Sweep.prepare(file: scenario("02-l4-l5-left-subarticular-extrusion"), vary: "lesions[0].size_mm=3...9:4")
        let writer = try SweepWriter()
        let output = { (dir: String) in SweepOutput(directory: dir, formats: [.png, .svg], width: 800) }
        let (a, b) = (try temporaryDirectory("sweep"), try temporaryDirectory("sweep"))
        let first = try writer.write(input, output: output(a))
        let second = try SweepWriter().write(try Sweep.prepare(file: scenario("02-l4-l5-left-subarticular-extrusion"),
                                                               vary: "lesions[0].size_mm=3...9:4"), output: output(b))
        XCTAssertEqual(first.map { ($0 as NSString).lastPathComponent }, second.map { ($0 as NSString).lastPathComponent })
        XCTAssertEqual(first.count, 5, "two CSVs, PNG, SVG, alt text: \(first)")
        for (x, y) in zip(first, second) {
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: x)), try Data(contentsOf: URL(fileURLWithPath: y)), x)
        }
        XCTAssertTrue(first[0].hasSuffix("02-l4-l5-left-subarticular-extrusion.sweep-lesions-0-size_mm.csv"))
        XCTAssertTrue(try FileManager.default.contentsOfDirectory(atPath: a).allSatisfy { !$0.contains(".tmp") }, "no temporary file left")
    }

    func testAnUnwritableDirectoryIsAnErrorNotACrash() throws {
        let dir = try temporaryDirectory("sweep")
        let blocker = dir + "/file"
        try Data("x".utf8).write(to: URL(fileURLWithPath: blocker))
        let input = try Sweep.prepare(file: scenario("02-l4-l5-left-subarticular-extrusion"), vary: "lesions[0].size_mm=3...9:3")
        XCTAssertThrowsError(try SweepWriter().write(input, output: SweepOutput(directory: blocker + "/out", width: 600)))
    }

    // MARK: Command line

    typealias Output = CommandLineTests.Output

    func radix(_ args: [String]) throws -> Output {
        try CommandLineTests.run(args)
    }

    func testFramesAreNumberedOnePerStepAndTheSameSize() throws {
        let dir = try temporaryDirectory("sweep")
        // A stale frame of a longer, earlier sweep of the same value must not join the animation.
        let stale = dir + "/02-l4-l5-left-subarticular-extrusion.sweep-lesions-0-size_mm.frame-009.png"
        try Data("old".utf8).write(to: URL(fileURLWithPath: stale))
        let r = try radix(["sweep", "Scenarios/02-l4-l5-left-subarticular-extrusion.yaml", "--vary", "lesions[0].size_mm=2...8:4",
                           "--frames", "--width", "600", "--out", dir])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("left L5"), r.stdout)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        let frames = names.filter { $0.contains(".frame-") && $0.hasSuffix(".png") }
        XCTAssertEqual(frames, (1...4).map { "02-l4-l5-left-subarticular-extrusion.sweep-lesions-0-size_mm.frame-00\($0).png" })
        XCTAssertEqual(names.filter { $0.contains(".frame-") && $0.hasSuffix(".txt") }.count, 4, "each frame has its alt text")
        let sizes = try frames.map { name -> Data in
            let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
            XCTAssertEqual(data.prefix(8), Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            return data[16..<24]  // IHDR width and height
        }
        XCTAssertEqual(Set(sizes).count, 1, "every frame has the same pixel size, for an animation")
    }

    func testTheCommandLineRefusesBadInputWithExitStatus2AndWritesNothing() throws {
        let dir = try temporaryDirectory("sweep") + "/out"
        let typo = try radix(["sweep", "Scenarios/02-l4-l5-left-subarticular-extrusion.yaml", "--vary", "lesions[0].siz_mm=2...10:5", "--out", dir])
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.stderr.contains("did you mean 'lesions[0].size_mm'?"), typo.stderr)
        let range = try radix(["sweep", "Scenarios/02-l4-l5-left-subarticular-extrusion.yaml", "--vary", "lesions[0].size_mm=2..10:5", "--out", dir])
        XCTAssertEqual(range.status, 2)
        XCTAssertTrue(range.stderr.contains("lesions[0].size_mm=2...10:5"), range.stderr)
        let step = try radix(["sweep", "Scenarios/02-l4-l5-left-subarticular-extrusion.yaml", "--vary", "lesions[0].size_mm=10...25:4", "--out", dir])
        XCTAssertEqual(step.status, 2)
        XCTAssertTrue(step.stderr.contains("step 4 of 4 (lesions[0].size_mm = 25)"), step.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir), "nothing is written for invalid input")
        let missing = try radix(["sweep", "no-such-file.yaml", "--vary", "posture=flexion...extension", "--out", dir])
        XCTAssertEqual(missing.status, 1)
    }
}
