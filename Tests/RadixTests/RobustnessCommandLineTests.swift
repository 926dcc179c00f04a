import Foundation
import XCTest

/// Inputs found by fuzzing the command line that once lost figures, read without bound or gave unclear errors.
final class RobustnessCommandLineTests: XCTestCase {
    typealias Output = CommandLineTests.Output

    var dir: URL!
    let scenario = "title: t\nlesions:\n  - {type: herniation, level: L4-L5, zone: central, size_mm: 4}\n"

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("radix-robust-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func radix(_ args: [String]) throws -> Output {
        try CommandLineTests.run(args, in: dir)
    }

    func write(_ text: String, to name: String) throws {
        let url = dir.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// `render a/x.yaml b/x.yaml` wrote a's figures, then silently replaced them with b's.
    func testRenderRefusesTwoFilesWhoseFiguresHaveTheSameNames() throws {
        try write(scenario, to: "a/x.yaml")
        try write(scenario.replacingOccurrences(of: "central", with: "subarticular, side: left"), to: "b/x.yaml")
        let result = try radix(["render", "a/x.yaml", "b/x.yaml", "--out", "out", "--format", "svg", "--view", "sheet"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("b/x.yaml: error: its figures would overwrite those of a/x.yaml"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path), "nothing is written")
        // The same file twice is not a clash.
        let twice = try radix(["render", "a/x.yaml", "./a/x.yaml", "--out", "out", "--format", "svg", "--view", "sheet"])
        XCTAssertEqual(twice.status, 0, twice.stderr)
    }

    /// batch read each input whole before the 1 MiB check: a device or endless pipe had no bound, and its
    /// messages differed from `validate`'s ("permission denied or I/O error", "no such file" for a loop).
    func testBatchReadsInputsWithTheLoadersBoundAndReasons() throws {
        try write(scenario, to: "in/ok.yaml")
        let input = dir.appendingPathComponent("in")
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("zero.yaml").path, withDestinationPath: "/dev/zero")
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("loop.yaml").path, withDestinationPath: "loop.yaml")
        let result = try radix(["batch", "in", "--out", "out", "--format", "svg", "--view", "sheet", "--jobs", "1"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("in/zero.yaml:1:1: error: the file goes on past 1048576 bytes"), result.stderr)
        XCTAssertTrue(result.stderr.contains("in/loop.yaml: error: cannot read the file: Too many levels of symbolic links"), result.stderr)
        XCTAssertTrue(result.stdout.contains("rendered  in/ok.yaml"), result.stdout)
    }

    /// `--out` naming a file said "cannot create temporary file …" with no way out; quiz already said it right.
    func testAnOutputDirectoryThatIsAFileIsNamedAsSuch() throws {
        try write(scenario, to: "s.yaml")
        try write("x", to: "afile")
        for args in [["render", "s.yaml", "--format", "svg"], ["atlas", "--atlas", "lee-2008", "--format", "svg"],
                     ["sweep", "s.yaml", "--vary", "lesions[0].size_mm=2...3:2", "--format", "svg"]] {
            let result = try radix(args + ["--out", "afile/sub"])
            XCTAssertEqual(result.status, 1, result.stderr)
            XCTAssertTrue(result.stderr.contains("radix: cannot create directory afile/sub: afile is a file, not a directory; choose another --out"),
                          "\(args[0]): \(result.stderr)")
            XCTAssertFalse(result.stderr.contains("temporary file"), result.stderr)
        }
        let empty = try radix(["render", "s.yaml", "--out", ""])
        XCTAssertEqual(empty.status, 1, empty.stderr)
        XCTAssertTrue(empty.stderr.contains("the name is empty"), empty.stderr)
    }

    /// `--view axial:L9-S3` got only "The value … is invalid"; now the reason and the nearest view.
    func testABadViewOnTheCommandLineSaysWhyAndSuggests() throws {
        try write(scenario, to: "s.yaml")
        let render = try radix(["render", "s.yaml", "--view", "sagital", "--out", "out"])
        XCTAssertEqual(render.status, 2, render.stderr)
        XCTAssertTrue(render.stderr.contains("'sagital' is not a view"), render.stderr)
        XCTAssertTrue(render.stderr.contains("did you mean 'sagittal'?"), render.stderr)
        let sweep = try radix(["sweep", "s.yaml", "--vary", "lesions[0].size_mm=2...3:2", "--view", "foramen:L4-L5:middle", "--out", "out"])
        XCTAssertEqual(sweep.status, 2, sweep.stderr)
        XCTAssertTrue(sweep.stderr.contains("'middle' is not a side"), sweep.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path), "nothing is written")
    }

    /// A valid file and a valid --width can make a page taller than a PNG may be (100 lesions at 12000 px):
    /// the error said only "outside 1…32767"; now it says which width fits and that SVG or PDF always do.
    func testAPageTooTallForAPNGSaysWhatWouldFit() throws {
        let levels = ["L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"]
        let lesions = (0..<100).map { "  - {type: degeneration, level: \(levels[$0 % 5]), pfirrmann: 3}\n" }.joined()
        try write("title: many\nlesions:\n" + lesions, to: "many.yaml")
        let result = try radix(["render", "many.yaml", "--width", "12000", "--format", "png", "--view", "sheet", "--out", "out"])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("a PNG holds at most 32767 pixels a side"), result.stderr)
        XCTAssertTrue(result.stderr.contains("--format svg"), result.stderr)
        XCTAssertTrue(result.stderr.range(of: #"--width \d+ or less"#, options: .regularExpression) != nil, result.stderr)
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("out").path)) ?? []
        XCTAssertTrue(leftovers.allSatisfy { !$0.contains(".tmp") }, "\(leftovers)")
    }

    /// batch refused the second of two same-named files, but with status 1 (a read/write failure).
    func testBatchGivesTwoSameNamedFilesTheStatusOfInvalidInput() throws {
        try write(scenario, to: "in/a/x.yaml")
        try write(scenario, to: "in/b/x.yaml")
        let result = try radix(["batch", "in/a/x.yaml", "in/b/x.yaml", "--out", "out", "--format", "svg", "--view", "sheet"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("in/b/x.yaml: error: its figures would overwrite those of in/a/x.yaml"), result.stderr)
        XCTAssertTrue(result.stderr.contains("different --out directories"), result.stderr)
    }

    /// Sweeping a value the file does not write (anatomy.scale with no anatomy block) located the error at
    /// the top of the file, quoting an unrelated line, without saying why.
    func testASweptValueTheFileLacksIsSaidToBeAdded() throws {
        try write("# comment\nradix: 1\n" + scenario, to: "s.yaml")
        let result = try radix(["sweep", "s.yaml", "--vary", "anatomy.scale=0.1...5:3", "--out", "out"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.contains("(anatomy.scale = 0.1) is not a valid scenario; the file does not give anatomy.scale, "
                                             + "so the sweep adds it at the place shown:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("0.1 is out of range (0.8 ≤ scale ≤ 1.25)"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out").path), "nothing is written")
        // A value the file gives keeps the plain header.
        let given = try radix(["sweep", "s.yaml", "--vary", "lesions[0].size_mm=10...30:3", "--out", "out"])
        XCTAssertTrue(given.stderr.contains("(lesions[0].size_mm = 30) is not a valid scenario:"), given.stderr)
    }
}
