import Foundation
import Radix
import XCTest

/// `BatchRunner` in-process: failures, incremental runs, shards, manifest and gallery.
final class BatchTests: XCTestCase {
    func testABrokenScenarioIsReportedAndTheOthersAreRendered() throws {
        let fixture = try BatchFixture()
        defer { fixture.remove() }
        let reporter = RecordingReporter()
        let summary = BatchRunner(options: fixture.options(), reporter: reporter).run([fixture.input])
        XCTAssertEqual(summary.total, 4)
        XCTAssertEqual(reporter.total, 4)
        XCTAssertEqual(reporter.recorded.count, 4)
        XCTAssertEqual(summary.rendered, 3)
        XCTAssertEqual(summary.exitCode, .invalidInput)
        XCTAssertEqual(summary.failures.count, 1)
        let errors = summary.failures.first?.errors ?? []
        XCTAssertTrue(errors.contains { $0.hasSuffix("broken.yaml:2:10: error: posture: 'flexed' is not a posture") }, "\(errors)")
        for name in BatchFixture.names.prefix(3) {
            XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.output + "/\(name).sheet.png"), name)
            XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.output + "/\(name).sheet.txt"), name)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.output).filter { $0.contains(".tmp-") }
        XCTAssertEqual(leftovers, [])
    }

    func testAnUnreadableFileExitsOne() throws {
        let fixture = try BatchFixture(count: 1, broken: false)
        defer { fixture.remove() }
        let summary = BatchRunner(options: fixture.options()).run([fixture.input, fixture.root.path + "/missing.yaml"])
        XCTAssertEqual(summary.rendered, 1)
        XCTAssertEqual(summary.exitCode, .failure)
        XCTAssertTrue(summary.failures.first?.errors.first?.contains("missing.yaml") ?? false)
    }

    func testASecondRunRedrawsNothingAndForceRedrawsEverything() throws {
        let fixture = try BatchFixture(broken: false)
        defer { fixture.remove() }
        XCTAssertEqual(BatchRunner(options: fixture.options()).run([fixture.input]).rendered, 3)
        let before = try fixture.snapshot()
        XCTAssertEqual(before.count, 9, "per scenario: the sheet, its thumbnail and its alt text")
        let manifestBefore = try Data(contentsOf: URL(fileURLWithPath: fixture.output + "/manifest.json"))
        Thread.sleep(forTimeInterval: 0.05)

        let second = BatchRunner(options: fixture.options()).run([fixture.input])
        XCTAssertEqual(second.rendered, 0)
        XCTAssertEqual(second.unchanged, 3)
        XCTAssertEqual(second.exitCode, .success)
        let after = try fixture.snapshot()
        XCTAssertEqual(Set(after.keys), Set(before.keys))
        for (name, (date, bytes)) in before {
            XCTAssertEqual(after[name]?.0, date, "\(name) was rewritten")
            XCTAssertEqual(after[name]?.1, bytes, name)
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: fixture.output + "/manifest.json")), manifestBefore,
                       "an unchanged run writes the same manifest")

        let forced = BatchRunner(options: fixture.options(force: true)).run([fixture.input])
        XCTAssertEqual(forced.rendered, 3)
        let redrawn = try fixture.snapshot()
        for (name, (date, bytes)) in before {
            XCTAssertNotEqual(redrawn[name]?.0, date, "\(name) was not redrawn")
            XCTAssertEqual(redrawn[name]?.1, bytes, "the same scenario draws the same bytes")
        }
    }

    func testChangedBytesOptionsOrMissingFiguresAreRedrawn() throws {
        let fixture = try BatchFixture(broken: false)
        defer { fixture.remove() }
        _ = BatchRunner(options: fixture.options()).run([fixture.input])
        // One scenario edited (a comment: same meaning, different bytes), one figure deleted.
        let edited = fixture.input + "/\(BatchFixture.names[0]).yaml"
        try (String(contentsOfFile: edited, encoding: .utf8) + "\n# edited\n").write(toFile: edited, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: fixture.output + "/\(BatchFixture.names[1]).sheet.png")
        // A missing thumbnail is a missing figure too: its PNG is drawn again with it.
        try FileManager.default.removeItem(atPath: fixture.output + "/\(BatchFixture.names[2]).sheet.thumb.png")
        let reporter = RecordingReporter()
        let second = BatchRunner(options: fixture.options(), reporter: reporter).run([fixture.input])
        XCTAssertEqual(second.rendered, 3)
        XCTAssertEqual(second.unchanged, 0)
        let rendered = Set(reporter.recorded.filter { $0.outcome == .rendered }.map { ($0.entry.file as NSString).lastPathComponent })
        XCTAssertEqual(rendered, ["\(BatchFixture.names[0]).yaml", "\(BatchFixture.names[1]).yaml", "\(BatchFixture.names[2]).yaml"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.output + "/\(BatchFixture.names[2]).sheet.thumb.png"))
        XCTAssertEqual(BatchRunner(options: fixture.options()).run([fixture.input]).unchanged, 3)
        // Another width is another figure.
        XCTAssertEqual(BatchRunner(options: fixture.options(width: 900)).run([fixture.input]).rendered, 3)
    }

    func testAddingAFormatDrawsOnlyTheNewFigures() throws {
        let fixture = try BatchFixture(count: 2, broken: false)
        defer { fixture.remove() }
        _ = BatchRunner(options: fixture.options()).run([fixture.input])
        let before = try fixture.snapshot()
        Thread.sleep(forTimeInterval: 0.05)
        var options = fixture.options()
        options.formats = [.png, .svg]
        XCTAssertEqual(BatchRunner(options: options).run([fixture.input]).rendered, 2)
        let after = try fixture.snapshot()
        for (name, (date, _)) in before where name.hasSuffix(".png") {
            XCTAssertEqual(after[name]?.0, date, "\(name) was redrawn")
        }
        for name in BatchFixture.names.prefix(2) {
            XCTAssertTrue(FileManager.default.fileExists(atPath: fixture.output + "/\(name).sheet.svg"))
        }
        let scenarios = try XCTUnwrap(try fixture.manifest()["scenarios"] as? [[String: Any]])
        for s in scenarios {
            XCTAssertEqual((s["figures"] as? [[String: Any]])?.compactMap { $0["format"] as? String }, ["png", "thumbnail", "svg", "txt"])
        }
        XCTAssertEqual(BatchRunner(options: options).run([fixture.input]).unchanged, 2)
    }

    func testShardsAreDisjointAndTogetherExactlyTheSet() throws {
        let files = (1...11).map { "dir/s\($0).yaml" }.sorted()
        for n in 1...4 {
            let shards = (1...n).compactMap { BatchShard(index: $0, count: n) }.map { $0.select(files) }
            XCTAssertEqual(shards.flatMap { $0 }.sorted(), files, "N = \(n)")
            XCTAssertEqual(Set(shards.flatMap { $0 }).count, files.count)
            XCTAssertLessThanOrEqual((shards.map(\.count).max() ?? 0) - (shards.map(\.count).min() ?? 0), 1, "balanced")
        }
        XCTAssertNil(BatchShard(parsing: "3/2"))
        XCTAssertNil(BatchShard(parsing: "0/2"))
        XCTAssertNil(BatchShard(parsing: "1"))
        XCTAssertEqual(BatchShard(parsing: "2/3"), BatchShard(index: 2, count: 3))

        let fixture = try BatchFixture(count: 5, broken: false)
        defer { fixture.remove() }
        let one = RecordingReporter(), two = RecordingReporter()
        let first = BatchRunner(options: fixture.options(shard: try XCTUnwrap(BatchShard(parsing: "1/2"))), reporter: one).run([fixture.input])
        let second = BatchRunner(options: fixture.options(shard: try XCTUnwrap(BatchShard(parsing: "2/2"))), reporter: two).run([fixture.input])
        let a = Set(one.recorded.map(\.entry.file)), b = Set(two.recorded.map(\.entry.file))
        XCTAssertEqual(first.total + second.total, 5)
        XCTAssertTrue(a.isDisjoint(with: b))
        XCTAssertEqual(a.union(b), Set(BatchInputs.expand([fixture.input])))
        // The manifest merges both parts, sorted by file.
        let scenarios = try XCTUnwrap(try fixture.manifest()["scenarios"] as? [[String: Any]])
        XCTAssertEqual(scenarios.compactMap { $0["file"] as? String }, BatchInputs.expand([fixture.input]))
        XCTAssertEqual(try fixture.manifest()["shards"] as? Int, 2)
    }

    func testTheManifestListsEveryScenarioAndTheGalleryEveryPNG() throws {
        let fixture = try BatchFixture(count: 5)
        defer { fixture.remove() }
        _ = BatchRunner(options: fixture.options()).run([fixture.input])
        let manifest = try fixture.manifest()
        XCTAssertEqual(manifest["format"] as? Int, 1)
        let scenarios = try XCTUnwrap(manifest["scenarios"] as? [[String: Any]])
        XCTAssertEqual(scenarios.compactMap { $0["file"] as? String }, BatchInputs.expand([fixture.input]))
        let broken = try XCTUnwrap(scenarios.first { ($0["file"] as? String)?.hasSuffix("broken.yaml") ?? false })
        XCTAssertEqual(broken["status"] as? String, "failed")
        XCTAssertEqual(broken["exit_code"] as? Int, 2)
        let classic = try XCTUnwrap(scenarios.first { ($0["file"] as? String)?.contains("02-l4-l5") ?? false })
        let hurt = try XCTUnwrap(classic["hurt_roots"] as? [[String: Any]])
        XCTAssertTrue(hurt.contains { $0["root"] as? String == "L5" && $0["side"] as? String == "left" && ($0["grade"] as? Int ?? 0) >= 2 })
        let lesions = try XCTUnwrap(classic["lesions"] as? [[String: Any]])
        XCTAssertEqual(lesions.first?["type"] as? String, "herniation")
        XCTAssertEqual(lesions.first?["level"] as? String, "L4-L5")
        XCTAssertNotNil(classic["red_flags"] as? [Any])

        let html = try String(contentsOfFile: fixture.output + "/index.html", encoding: .utf8)
        let files = try FileManager.default.contentsOfDirectory(atPath: fixture.output)
        let pngs = files.filter { $0.hasSuffix(".png") && !$0.hasSuffix(".thumb.png") }
        XCTAssertEqual(pngs.count, 5, "five good scenarios, one sheet each")
        for png in pngs {
            // The card links the full figure and shows its thumbnail, which is 480 px wide.
            let thumbnail = png.replacingOccurrences(of: ".png", with: ".thumb.png")
            XCTAssertTrue(html.contains("href=\"\(png)\""), png)
            XCTAssertTrue(html.contains("src=\"\(thumbnail)\""), thumbnail)
            XCTAssertFalse(html.contains("src=\"\(png)\""), "\(png) is shown full size")
            let header = try XCTUnwrap(FileManager.default.contents(atPath: fixture.output + "/" + thumbnail)).prefix(24)
            XCTAssertEqual(header.count, 24)
            let width = header.dropFirst(16).prefix(4).reduce(0) { $0 << 8 | Int($1) }
            XCTAssertEqual(width, Int(BatchOptions.thumbnailWidth), thumbnail)
        }
        XCTAssertEqual(files.filter { $0.hasSuffix(".thumb.png") }.count, 5)
        XCTAssertTrue(html.contains("<select name=\"root\">"))
        XCTAssertTrue(html.contains("<option value=\"L5\">"))
        XCTAssertTrue(html.contains("<option value=\"herniation\">"))
        XCTAssertTrue(html.contains("<option value=\"L4-L5\">"))
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "no network")
        let alt = try String(contentsOfFile: fixture.output + "/\(BatchFixture.names[1]).sheet.txt", encoding: .utf8)
        XCTAssertTrue(html.contains("alt=\"" + alt.trimmingCharacters(in: .whitespacesAndNewlines)), "alt text from the sidecar")
    }

    func testSHA256KnownAnswers() {
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // FIPS 180-2 appendix B.3 and the 896-bit message of the NIST examples: many blocks, padding in its own block.
        XCTAssertEqual(SHA256.hex(Data(repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        XCTAssertEqual(SHA256.hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
                       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    func testSHA256GivesTheSameDigestWhateverTheChunks() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 3) }
        let whole = SHA256.hex(Data(bytes))
        for chunk in [1, 3, 55, 56, 63, 64, 65, 127, 999] {
            var hasher = SHA256()
            var start = 0
            while start < bytes.count {
                let end = min(start + chunk, bytes.count)
                if chunk % 2 == 0 { hasher.update(Data(bytes[start..<end])) } else { hasher.update(bytes[start..<end]) }
                start = end
            }
            XCTAssertEqual(hasher.finalizeHex(), whole, "chunks of \(chunk) bytes")
        }
        for length in 54...66 {  // around the padding boundary: one block or two
            var byteByByte = SHA256()
            for byte in bytes.prefix(length) { byteByByte.update(CollectionOfOne(byte)) }
            XCTAssertEqual(byteByByte.finalizeHex(), SHA256.hex(Data(bytes.prefix(length))), "\(length) bytes")
        }
    }
}

/// Leftovers of a killed run.
final class BatchStateTests: XCTestCase {
    func testStaleTemporaryFilesAreSweptYoungOnesKept() throws {
        let fixture = try BatchFixture(count: 1, broken: false)
        defer { fixture.remove() }
        try FileManager.default.createDirectory(atPath: fixture.output, withIntermediateDirectories: true)
        let stale = fixture.output + "/x.sheet.png.tmp-AbC123", young = fixture.output + "/y.sheet.png.tmp-XyZ789"
        for path in [stale, young] { XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data([1]))) }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: stale)
        XCTAssertEqual(BatchState(outputDirectory: fixture.output).sweepStaleTemporaries(), 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: stale))
        XCTAssertTrue(FileManager.default.fileExists(atPath: young))
    }

    func testGalleryURLsAreEncoded() {
        let html = BatchGallery.html([{
            var e = BatchEntry(file: "a b#1.yaml", status: .ok)
            e.figures = [BatchFigure(view: "sheet", format: "png", path: "a b#1.sheet.png", sha256: "", bytes: 1)]
            e.title = "<Title>"
            return e
        }()])
        XCTAssertTrue(html.contains("src=\"a%20b%231.sheet.png\""), html)
        XCTAssertTrue(html.contains("&lt;Title&gt;"))
    }
}
