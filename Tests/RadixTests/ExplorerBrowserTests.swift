import Foundation
import TestSupport
import XCTest

/// The explorer in a real browser (headless Chromium) against a real `radix serve`: the page opens a scenario,
/// the size control is moved (by a link, through the control's own input event), the figure changes and the
/// roots table shows exactly the grades `radix run --json` gives for the same YAML.
final class ExplorerBrowserTests: XCTestCase {
    static let name = "02-l4-l5-left-subarticular-extrusion.yaml"

    /// `radix serve Scenarios` on a free loopback port; `body` gets the port and the server's log path.
    func withServer(_ dir: String, _ body: (Substring, String) throws -> Void) throws {
        let outPath = dir + "/out", errPath = dir + "/err"
        FileManager.default.createFile(atPath: outPath, contents: nil)
        FileManager.default.createFile(atPath: errPath, contents: nil)
        let server = Process()
        server.executableURL = CommandLineTests.binary
        server.arguments = ["serve", "Scenarios", "--port", "0", "--host", "127.0.0.1"]
        server.currentDirectoryURL = Fixtures.packageRoot
        server.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        server.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        var port: Substring?
        let deadline = Date().addingTimeInterval(30)
        while port == nil, Date() < deadline {
            let out = (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
            if let range = out.range(of: #"127\.0\.0\.1:\d+"#, options: .regularExpression) { port = out[range].split(separator: ":").last }
            else { Thread.sleep(forTimeInterval: 0.05) }
        }
        try body(try XCTUnwrap(port, "radix serve printed no address"), errPath)
    }

    /// The rows `radix run --json` gives for `yaml`: `root side grade state` of every root graded 1 or worse.
    func expectedRows(_ yaml: String, _ path: String) throws -> [String] {
        try yaml.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try CommandLineTests.run(["run", "--json", path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let roots = try XCTUnwrap(report["roots"] as? [[String: Any]])
        return roots.filter { ($0["grade"] as? Int ?? 0) > 0 }.map { "\($0["root"]!) \($0["side"]!) \($0["grade"]!) \($0["state"]!)" }
    }

    /// Choosing another side and level in the lesion's select controls (built from /api/schema) rewrites the YAML,
    /// and the table shows what `radix run --json` says of that YAML; the pain map is drawn beside the figure and
    /// pointing at a root names its dermatome and marks its row.
    func testPopulationButtonShowsWhatThePopulationCommandCounts() throws {
        let chromium = try HeadlessChromium.require()
        let dir = try temporaryDirectory("explorer-browser-population")
        try withServer(dir) { bound, _ in
            let page = URL(string: "http://127.0.0.1:\(bound)/?scenario=\(Self.name)&population=1")!
            let dom = try chromium.dumpDOM(of: page, budget: 20_000, profile: URL(fileURLWithPath: dir + "/chromium"))
            let run = try CommandLineTests.run(["population", "--json", "--samples", "1000", Fixtures.scenarioPath(Self.name)])
            XCTAssertEqual(run.status, 0, run.stderr)
            let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            let roots = try XCTUnwrap(report["roots"] as? [[String: Any]])
            let l5 = try XCTUnwrap(roots.first { $0["root"] as? String == "L5" && $0["side"] as? String == "left" })
            let p = try XCTUnwrap((l5["p_at_least"] as? [String: Any])?["compression"] as? Double)
            let table = try XCTUnwrap(dom.range(of: #"<table id="population-table">[\s\S]*?</table>"#, options: .regularExpression),
                                      String(dom.suffix(3000)))
            let row = try XCTUnwrap(dom[table].range(of: #"<tr data-root="L5" data-side="left">[\s\S]*?</tr>"#, options: .regularExpression))
            XCTAssertTrue(dom[table][row].contains(String(format: "<td>%.1f %%</td></tr>", 100 * p)), String(dom[table][row]))
        }
    }

    func testSelectControlsRewriteTheScenarioAndThePainMapFollows() throws {
        let chromium = try HeadlessChromium.require()
        let dir = try temporaryDirectory("explorer-browser-select")
        try withServer(dir) { bound, _ in
            let original = try String(contentsOfFile: Fixtures.scenarioPath(Self.name), encoding: .utf8)
            XCTAssertTrue(original.contains("side: left\n") && original.contains("level: L4-L5\n"))
            let page = URL(string: "http://127.0.0.1:\(bound)/?scenario=\(Self.name)&view=axial&side=right&level=L5-S1&hover=S1:right")!
            let dom = try chromium.dumpDOM(of: page, budget: 15_000, profile: URL(fileURLWithPath: dir + "/chromium"))
            let changed = original.replacingOccurrences(of: "side: left\n", with: "side: right\n")
                .replacingOccurrences(of: "level: L4-L5\n", with: "level: L5-S1\n")
            let expected = try expectedRows(changed, dir + "/changed.yaml")
            XCTAssertTrue(expected.contains { $0.hasPrefix("S1 right") }, "\(expected)")
            XCTAssertFalse(expected.contains { $0.contains(" left ") }, "\(expected)")
            XCTAssertEqual(Self.rows(dom), expected, String(dom.prefix(3000)))
            // The YAML was rewritten (the page keeps the text area's text in step with its value).
            let yaml = try XCTUnwrap(Self.yaml(dom))
            XCTAssertTrue(yaml.contains("side: right\n") && yaml.contains("level: L5-S1\n"), yaml)
            // Every field of the lesion has a labelled control with the model's values.
            for control in ["c-0-type", "c-0-level", "c-0-zone", "c-0-side", "c-0-morphology", "c-0-size_mm", "c-0-migration-direction",
                            "c-posture", "c-atlas"] {
                XCTAssertTrue(dom.contains("id=\"\(control)\""), control)
                XCTAssertTrue(dom.contains("<label for=\"\(control)\""), "labelled: " + control)
            }
            // Roots in the figure are reachable by keyboard, each once.
            let figure = try XCTUnwrap(dom.range(of: #"<figure id="figure"[\s\S]*?</figure>"#, options: .regularExpression))
            XCTAssertNotNil(dom[figure].range(of: #"data-root="S1" data-side="right"[^>]*tabindex="0""#, options: .regularExpression), "keyboard-reachable root")
            XCTAssertEqual(dom[figure].components(separatedBy: "tabindex=\"0\"").count - 1,
                           Set(dom[figure].matches(of: /data-root="([^"]+)" data-side="([^"]+)"/).map { "\($0.1) \($0.2)" }).count,
                           "one tab stop per root and side")
            XCTAssertTrue(dom.contains("<option value=\"extraforaminal\">"), "zones from the schema")
            XCTAssertTrue(dom.contains("<option value=\"keegan-garrett\">"), "atlases from the schema")
            // The pain map beside the figure, and the hovered root's row and dermatome.
            let pain = try XCTUnwrap(dom.range(of: #"<div id="painmap"[^>]*>[\s\S]*?</div>"#, options: .regularExpression))
            XCTAssertTrue(dom[pain].contains("<svg") && dom[pain].contains("data-region="), "the pain map is drawn")
            XCTAssertTrue(dom.contains("<tr data-root=\"S1\" data-side=\"right\" tabindex=\"0\" class=\"highlight\">"), String(dom.prefix(3000)))
            XCTAssertTrue(dom.contains("right S1 dermatome (Lee, McPhee &amp; Stringer 2008): "), "the dermatome is named")
            XCTAssertTrue(dom.contains("class=\"dermatome\"") || dom.contains(" dermatome\""), "its regions are marked in the pain map")
        }
    }

    func testMovingTheSizeControlRedrawsAndGradesAsTheCommandLine() throws {
        let chromium = try HeadlessChromium.require()
        let dir = try temporaryDirectory("explorer-browser")
        try withServer(dir) { bound, errPath in
            let original = try String(contentsOfFile: Fixtures.scenarioPath(Self.name), encoding: .utf8)
            XCTAssertTrue(original.contains("size_mm: 7\n"))
            var figures: [String] = []
            for size in ["3", "12"] {
                let page = URL(string: "http://127.0.0.1:\(bound)/?scenario=\(Self.name)&view=axial&size_mm=\(size)")!
                let dom = try chromium.dumpDOM(of: page, budget: 15_000, profile: URL(fileURLWithPath: dir + "/chromium-\(size)"))
                // What the command line says of the same YAML with that size.
                let yaml = dir + "/size-\(size).yaml"
                try original.replacingOccurrences(of: "size_mm: 7\n", with: "size_mm: \(size)\n").write(toFile: yaml, atomically: true, encoding: .utf8)
                let run = try CommandLineTests.run(["run", "--json", yaml])
                XCTAssertEqual(run.status, 0, run.stderr)
                let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
                let roots = try XCTUnwrap(report["roots"] as? [[String: Any]])
                let expected = roots.filter { ($0["grade"] as? Int ?? 0) > 0 }
                    .map { "\($0["root"]!) \($0["side"]!) \($0["grade"]!) \($0["state"]!)" }
                let shown = Self.rows(dom)
                XCTAssertFalse(expected.isEmpty, "a \(size) mm extrusion hurts a root")
                XCTAssertEqual(shown, expected, "size \(size): " + String(dom.prefix(2000)))
                let figure = try XCTUnwrap(dom.range(of: #"<figure id="figure"[^>]*>[\s\S]*</figure>"#, options: .regularExpression),
                                           "no figure: " + String(dom.prefix(2000)))
                XCTAssertTrue(dom[figure].contains("<svg"), "the figure is drawn")
                XCTAssertTrue(dom[figure].contains("data-root=\"L5\""), "the editable SVG names its roots")
                figures.append(String(dom[figure]))
            }
            XCTAssertNotEqual(figures[0], figures[1], "moving the size redraws the figure")
            let log = try String(contentsOfFile: errPath, encoding: .utf8)
            XCTAssertTrue(log.contains("POST /api/render 200"), log)
        }
    }

    /// A central stenosis made lateral-recess: the severity control becomes the recess depth (the schema's
    /// measures of that kind), the moved depth and side are written, and the table equals `radix run --json` of
    /// the YAML the page shows.
    func testStenosisKindControlSwapsItsMeasure() throws {
        let chromium = try HeadlessChromium.require()
        let dir = try temporaryDirectory("explorer-browser-stenosis")
        try withServer(dir) { bound, _ in
            let name = "14-l4-l5-central-stenosis-claudication.yaml"
            let page = URL(string: "http://127.0.0.1:\(bound)/?scenario=\(name)&view=axial&kind=lateral-recess&side=left&recess_depth_mm=0.5")!
            let dom = try chromium.dumpDOM(of: page, budget: 15_000, profile: URL(fileURLWithPath: dir + "/chromium"))
            let yaml = try XCTUnwrap(Self.yaml(dom), String(dom.prefix(3000)))
            XCTAssertTrue(yaml.contains("kind: lateral-recess\n") && yaml.contains("side: left\n") && yaml.contains("recess_depth_mm: 0.5\n"), yaml)
            XCTAssertFalse(yaml.contains("dural_area_mm2"), "a lateral-recess stenosis takes no dural area: " + yaml)
            XCTAssertTrue(dom.contains("id=\"c-0-recess_depth_mm\""), "the measure's control follows the kind")
            let expected = try expectedRows(yaml, dir + "/shown.yaml")
            XCTAssertTrue(expected.contains { $0.hasPrefix("L5 left") }, "\(expected)")
            XCTAssertEqual(Self.rows(dom), expected)
            XCTAssertTrue(dom.contains(#"<div id="errors" role="alert" aria-live="polite"></div>"#), "no error")
        }
    }

    /// The scenario YAML the page shows (its text area), unescaped.
    static func yaml(_ dom: String) -> String? {
        guard let range = dom.range(of: #"<textarea id="yaml"[^>]*>[\s\S]*?</textarea>"#, options: .regularExpression) else { return nil }
        var text = String(dom[range])
        text = String(text[text.index(after: text.firstIndex(of: ">")!)...].dropLast("</textarea>".count))
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// The roots table's rows: `root side grade state`.
    static func rows(_ dom: String) -> [String] {
        guard let body = dom.range(of: #"<tbody>[\s\S]*?</tbody>"#, options: .regularExpression) else { return [] }
        return dom[body].components(separatedBy: "<tr data-root=").dropFirst().map { row in
            let cells = row.components(separatedBy: "<td>").dropFirst().map { $0.components(separatedBy: "</td>")[0] }
            return cells.prefix(4).joined(separator: " ")
        }
    }
}
