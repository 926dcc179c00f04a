import Foundation
import TestSupport
import XCTest

/// The explorer in a real browser (headless Chromium) against a real `radix serve`: the page opens a scenario,
/// the size control is moved (by a link, through the control's own input event), the figure changes and the
/// roots table shows exactly the grades `radix run --json` gives for the same YAML.
final class ExplorerBrowserTests: XCTestCase {
    static let name = "02-l4-l5-left-subarticular-extrusion.yaml"

    func testMovingTheSizeControlRedrawsAndGradesAsTheCommandLine() throws {
        let chromium = try HeadlessChromium.require()
        let dir = try temporaryDirectory("explorer-browser")
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
        let bound = try XCTUnwrap(port, "radix serve printed no address")

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

    /// The roots table's rows: `root side grade state`.
    static func rows(_ dom: String) -> [String] {
        guard let body = dom.range(of: #"<tbody>[\s\S]*?</tbody>"#, options: .regularExpression) else { return [] }
        return dom[body].components(separatedBy: "<tr data-root=").dropFirst().map { row in
            let cells = row.components(separatedBy: "<td>").dropFirst().map { $0.components(separatedBy: "</td>")[0] }
            return cells.prefix(4).joined(separator: " ")
        }
    }
}
