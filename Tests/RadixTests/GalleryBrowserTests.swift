import Foundation
import Radix
import XCTest

/// The batch gallery in a real browser (headless Chromium): every image loads, and each filter shows
/// exactly the scenarios that `manifest.json` says match it, with an empty state when none does.
final class GalleryBrowserTests: XCTestCase {
    /// A manifest scenario as the filters see it.
    private struct Scenario {
        var file: String
        var roots: Set<String>, types: Set<String>, levels: Set<String>
        var pngs: [String]

        /// The filter contract (see `BatchGallery`): each chosen value must be among the scenario's; `none`
        /// as root means no root hurt; a level is a lesion's level or a hurt root's.
        func matches(_ c: GalleryHarness.Case) -> Bool {
            let root = c.root.isEmpty || (c.root == BatchGallery.noRoot ? roots.isEmpty : roots.contains(c.root))
            return root && (c.type.isEmpty || types.contains(c.type)) && (c.level.isEmpty || levels.contains(c.level))
        }
    }

    func testEveryImageLoadsAndEveryFilterShowsWhatTheManifestMatches() throws {
        let chromium = try HeadlessChromium.require()
        let fixture = try BatchFixture(count: 5, broken: true)
        defer { fixture.remove() }
        let summary = BatchRunner(options: fixture.options(width: 600)).run([fixture.input])
        XCTAssertEqual(summary.failures.count, 1, "the broken file fails, the five teaching scenarios are drawn")

        let entries = try XCTUnwrap(try fixture.manifest()["scenarios"] as? [[String: Any]])
        let drawn = entries.filter { $0["status"] as? String == "ok" }.map(scenario)
        let failed = entries.filter { $0["status"] as? String == "failed" }.compactMap { $0["file"] as? String }
        XCTAssertEqual(drawn.count, 5)
        XCTAssertTrue(drawn.contains { $0.roots.isEmpty }, "the normal spine hurts no root")
        XCTAssertTrue(drawn.contains { $0.roots.contains("L4") }, "scenario 09 (knee pain from L4) is in the set")

        // Every value of every filter alone, one combination that matches, and last one that matches nothing.
        let roots = drawn.reduce(into: Set<String>()) { $0.formUnion($1.roots) }
        let types = drawn.reduce(into: Set<String>()) { $0.formUnion($1.types) }
        let levels = drawn.reduce(into: Set<String>()) { $0.formUnion($1.levels) }
        var cases = (roots.sorted() + [BatchGallery.noRoot]).map { GalleryHarness.Case(root: $0) }
        cases += types.sorted().map { GalleryHarness.Case(type: $0) } + levels.sorted().map { GalleryHarness.Case(level: $0) }
        let classic = try XCTUnwrap(drawn.first { !$0.roots.isEmpty && !$0.types.isEmpty })
        let combined = GalleryHarness.Case(root: classic.roots.sorted()[0], type: classic.types.sorted()[0], level: classic.levels.sorted()[0])
        let nothing = try XCTUnwrap(roots.sorted().lazy.flatMap { r in types.sorted().map { GalleryHarness.Case(root: r, type: $0) } }
            .first { c in !drawn.contains { $0.matches(c) } }, "the fixture has a root and a lesion type that never meet")
        cases += [combined, nothing]

        let harness = URL(fileURLWithPath: fixture.output).appendingPathComponent("harness.html")
        try GalleryHarness.page(cases: cases).write(to: harness, atomically: true, encoding: .utf8)
        let dom = try chromium.dumpDOM(of: harness, profile: fixture.root.appendingPathComponent("chromium"))
        let json = try XCTUnwrap(GalleryHarness.verdictJSON(in: dom), "the harness did not finish: \(dom.prefix(2000))")
        let errors = try JSONDecoder().decode(GalleryHarness.Errors.self, from: json).errors
        XCTAssertEqual(errors, [], "the harness could not use the gallery")
        guard errors.isEmpty else { return }
        let verdict = try JSONDecoder().decode(GalleryHarness.Verdict.self, from: json)

        XCTAssertEqual(verdict.cards, drawn.map(\.file), "one card per drawn scenario, in manifest order")
        XCTAssertEqual(verdict.failures, failed, "the failed scenario is listed with its errors, not as a card")
        XCTAssertEqual(Set(verdict.options["root"] ?? []), roots.union(["", BatchGallery.noRoot]))
        XCTAssertEqual(Set(verdict.options["type"] ?? []), types.union([""]))
        XCTAssertEqual(Set(verdict.options["level"] ?? []), levels.union([""]))
        for key in ["root", "type", "level"] { XCTAssertEqual(verdict.options[key]?.first, "", "\(key): 'all' comes first") }

        let pngs = drawn.flatMap(\.pngs)
        let thumbnails = pngs.map { $0.replacingOccurrences(of: ".png", with: ".thumb.png") }
        XCTAssertEqual(verdict.images.compactMap { $0.src.removingPercentEncoding }.sorted(), thumbnails.sorted(),
                       "every PNG is shown once, through its thumbnail")
        for image in verdict.images {
            XCTAssertTrue(image.complete && image.width > 0 && image.height > 0,
                          "\(image.src) did not load (complete \(image.complete), \(image.width) × \(image.height))")
            XCTAssertGreaterThan(image.alt.count, 40, "\(image.src) has no real alt text: '\(image.alt)'")
            XCTAssertEqual(image.width, Int(BatchOptions.thumbnailWidth), "\(image.src) is not the thumbnail")
        }

        let total = drawn.count
        XCTAssertEqual(verdict.initial.visible, drawn.map(\.file), "every card is shown before any filter is chosen")
        XCTAssertEqual(verdict.initial.count, "\(total) of \(total) shown")
        XCTAssertFalse(verdict.initial.emptyShown)
        XCTAssertEqual(verdict.cases.count, cases.count)
        for (c, seen) in zip(cases, verdict.cases) {
            let expected = drawn.filter { $0.matches(c) }.map(\.file)
            let what = "root '\(c.root)', type '\(c.type)', level '\(c.level)'"
            XCTAssertEqual(seen.visible.map(name), expected.map(name), "\(what): the cards shown are not the manifest's matches")
            XCTAssertEqual(seen.count, "\(expected.count) of \(total) shown", what)
            XCTAssertEqual(seen.emptyShown, expected.isEmpty, "\(what): the empty state must show exactly when nothing matches")
            for (key, value) in [("root", c.root), ("type", c.type), ("level", c.level)] where !value.isEmpty {
                XCTAssertTrue(seen.fragment.contains("\(key)=\(value)"), "\(what): the URL fragment '\(seen.fragment)' does not keep it")
            }
        }
        XCTAssertTrue(cases.dropLast().allSatisfy { c in drawn.contains { $0.matches(c) } }, "only the last case matches nothing")

        XCTAssertEqual(verdict.afterReset.visible, drawn.map(\.file), "Show all shows every card again")
        XCTAssertEqual([verdict.afterReset.root, verdict.afterReset.type, verdict.afterReset.level], ["", "", ""], "Show all clears the drop-downs")
        let emptyShowAll = try XCTUnwrap(verdict.afterEmptyShowAll, "the empty state has no visible Show all button")
        XCTAssertEqual(emptyShowAll.visible, drawn.map(\.file), "the empty state's Show all shows every card again")
        XCTAssertFalse(emptyShowAll.emptyShown)
    }

    /// A scenario's file name without its temporary directory, for short failure messages.
    private func name(_ file: String) -> String { (file as NSString).lastPathComponent }

    private func scenario(_ entry: [String: Any]) -> Scenario {
        let hurt = entry["hurt_roots"] as? [[String: Any]] ?? []
        let lesions = entry["lesions"] as? [[String: Any]] ?? []
        let figures = entry["figures"] as? [[String: Any]] ?? []
        return Scenario(
            file: entry["file"] as? String ?? "",
            roots: Set(hurt.compactMap { $0["root"] as? String }),
            types: Set(lesions.compactMap { $0["type"] as? String }),
            levels: Set(lesions.compactMap { $0["level"] as? String } + hurt.compactMap { $0["level"] as? String }),
            pngs: figures.filter { $0["format"] as? String == "png" }.compactMap { $0["path"] as? String })
    }
}
