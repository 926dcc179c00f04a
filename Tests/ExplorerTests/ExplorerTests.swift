import Explorer
import Foundation
import Hummingbird
import Logging
import RadixModel
import TestSupport
import XCTest

/// The explorer's HTTP API as a client sees it: a real server on 127.0.0.1 (a free port), real requests.
final class ExplorerTests: XCTestCase {
    static let extrusion = "02-l4-l5-left-subarticular-extrusion.yaml"

    /// The `radix` executable next to the test bundle.
    static var binary: URL {
        var dir = Bundle(for: ExplorerTests.self).bundleURL
        if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
        return dir.appendingPathComponent("radix")
    }

    /// Starts a server on 127.0.0.1 for `folder`, runs `body` with a client, then stops it.
    func withServer(folder: String = Fixtures.scenarioDirectory.path, renderSlots: Int = 2,
                    configure: (inout ExplorerConfiguration) -> Void = { _ in },
                    _ body: (LoopbackHTTP) async throws -> Void) async throws {
        var logger = Logger(label: "explorer-test")
        logger.logLevel = .critical  // cancelling the server at the end of a test logs errors of no interest
        let ports = AsyncStream<Int>.makeStream()
        var configuration = ExplorerConfiguration(folder: folder, host: "127.0.0.1", port: 0, renderSlots: renderSlots)
        configure(&configuration)
        let app = Explorer.application(configuration, logger: logger) { port in ports.continuation.yield(port) }
        let server = Task { try await app.runService(gracefulShutdownSignals: []) }
        var iterator = ports.stream.makeAsyncIterator()
        guard let port = await iterator.next() else { return XCTFail("the server did not start") }
        do {
            try await body(LoopbackHTTP(port: port))
        } catch {
            server.cancel()
            _ = await server.result
            throw error
        }
        server.cancel()
        _ = await server.result
    }

    func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: Fixtures.scenarioPath(name)))
    }

    func testPageAndItsFiles() async throws {
        try await withServer { http in
            let page = try await http.get("/")
            XCTAssertEqual(page.status, 200)
            XCTAssertEqual(page.headers["content-type"], "text/html; charset=utf-8")
            XCTAssertTrue(page.text.contains("<script type=\"module\" src=\"/explorer.js\">"), page.text)
            XCTAssertFalse(page.text.contains("http://") || page.text.contains("https://"), "no CDN")
            let script = try await http.get("/explorer.js")
            XCTAssertEqual(script.status, 200)
            XCTAssertEqual(script.headers["content-type"], "text/javascript; charset=utf-8")
            XCTAssertTrue(script.text.contains("/api/render"))
            do { let status = try await http.get("/explorer.css").status; XCTAssertEqual(status, 200) }
        }
    }

    func testScenarioListAndFile() async throws {
        let original = try fixture(Self.extrusion)
        try await withServer { http in
            let list = try await http.get("/api/scenarios")
            XCTAssertEqual(list.status, 200)
            XCTAssertEqual(list.headers["content-type"], "application/json")
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: list.body) as? [String: Any])
            let names = try XCTUnwrap(json["scenarios"] as? [String])
            let expected = try FileManager.default.contentsOfDirectory(atPath: Fixtures.scenarioDirectory.path)
                .filter { $0.hasSuffix(".yaml") }.sorted()
            XCTAssertEqual(names, expected)
            let file = try await http.get("/api/scenarios/" + Self.extrusion)
            XCTAssertEqual(file.status, 200)
            XCTAssertEqual(file.body, original)
            do { let status = try await http.get("/api/scenarios/no-such.yaml").status; XCTAssertEqual(status, 404) }
            do { let status = try await http.get("/api/scenarios/README.md").status; XCTAssertEqual(status, 404) }
        }
    }

    /// `GET /api/schema` lists every case of the model's enumerations the format accepts, each range the loader
    /// checks, every lesion type with a valid example, and every atlas's dermatome of every root.
    func testSchemaListsEveryCaseOfTheModel() async throws {
        try await withServer { http in
            let reply = try await http.get("/api/schema")
            XCTAssertEqual(reply.status, 200)
            XCTAssertEqual(reply.headers["content-type"], "application/json")
            let schema = try XCTUnwrap(JSONSerialization.jsonObject(with: reply.body) as? [String: Any])
            func values(_ field: [String: Any]?) -> [String]? { field?["values"] as? [String] }
            let top = try XCTUnwrap(schema["scenario"] as? [[String: Any]])
            XCTAssertEqual(values(top.first { $0["key"] as? String == "posture" }), Posture.allCases.map(\.rawValue))
            XCTAssertEqual(values(top.first { $0["key"] as? String == "atlas" }), Atlas.allCases.map(\.rawValue))
            XCTAssertEqual(values(schema["level"] as? [String: Any]), DiscLevel.allCases.map(\.name))
            XCTAssertEqual(schema["views"] as? [String], ["sheet", "sagittal", "axial", "foramen", "posterior", "body", "knee"])
            let types = try XCTUnwrap(schema["lesion_types"] as? [[String: Any]])
            XCTAssertEqual(types.map { $0["type"] as? String }, ["herniation", "stenosis", "spondylolisthesis", "degeneration"])
            func type(_ name: String) throws -> [String: Any] { try XCTUnwrap(types.first { $0["type"] as? String == name }) }
            func field(_ type: [String: Any], _ key: String) -> [String: Any]? {
                let own = type["fields"] as? [[String: Any]] ?? []
                let severity = (type["severity"] as? [[String: Any]] ?? []).flatMap { $0["fields"] as? [[String: Any]] ?? [] }
                return (own + severity).first { $0["key"] as? String == key }
            }
            let herniation = try type("herniation")
            XCTAssertEqual(values(field(herniation, "zone")), HerniationZone.allCases.map(\.rawValue))
            XCTAssertEqual(values(field(herniation, "morphology")), HerniationMorphology.allCases.map(\.rawValue))
            XCTAssertEqual(values(field(herniation, "side")), ["left", "right"])
            XCTAssertEqual(values(field(herniation, "migration.direction")), MigrationDirection.allCases.map(\.rawValue))
            XCTAssertEqual(field(herniation, "size_mm")?["max"] as? Double, 20)
            XCTAssertEqual(field(herniation, "size_mm")?["min_exclusive"] as? Bool, true)
            XCTAssertEqual(field(herniation, "migration.mm")?["max"] as? Double, 15)
            let stenosis = try type("stenosis")
            XCTAssertEqual(values(field(stenosis, "kind")), StenosisKind.allCases.map(\.rawValue))
            XCTAssertEqual(values(field(stenosis, "cause")), StenosisCause.allCases.map(\.rawValue))
            XCTAssertEqual(values(field(stenosis, "side")), Laterality.allCases.map(\.rawValue))
            let groups = try XCTUnwrap(stenosis["severity"] as? [[String: Any]])
            XCTAssertEqual(groups.map { $0["kind"] as? String }, StenosisKind.allCases.map(\.rawValue))
            let central = (groups[0]["fields"] as? [[String: Any]] ?? [])
            XCTAssertEqual(central.map { $0["key"] as? String }, ["canal_ap_mm", "dural_area_mm2", "grade", "encroachment_mm"])
            XCTAssertEqual(values(central[2]), SchizasGrade.allCases.map(\.rawValue))
            XCTAssertEqual(central[0]["min"] as? Double, 2)
            XCTAssertEqual(central[0]["max"] as? Double, 25)
            let slip = try type("spondylolisthesis")
            XCTAssertEqual(values(field(slip, "kind")), SpondylolisthesisKind.allCases.map(\.rawValue))
            XCTAssertEqual(values(field(slip, "direction")), SlipDirection.allCases.map(\.rawValue))
            XCTAssertEqual(values(field(slip, "grade")), MeyerdingGrade.allCases.map(\.name))
            XCTAssertEqual(field(slip, "slip_percent")?["max"] as? Double, 150)
            XCTAssertEqual(values(field(try type("degeneration"), "pfirrmann")), ["1", "2", "3", "4", "5"])
            let atlases = try XCTUnwrap(schema["atlases"] as? [[String: Any]])
            XCTAssertEqual(atlases.map { $0["atlas"] as? String }, Atlas.allCases.map(\.rawValue))
            for (atlas, entry) in zip(Atlas.allCases, atlases) {
                let dermatomes = try XCTUnwrap(entry["dermatomes"] as? [String: [String]])
                for root in Root.allCases {
                    XCTAssertEqual(dermatomes[root.name], DermatomeAtlas.areas(of: root, in: atlas).regions.map(\.rawValue))
                }
            }
            // Each type's example is a lesion the loader accepts, and the server simulates it.
            for t in types {
                let example = try XCTUnwrap(t["example"] as? [String: String])
                let order = ["type", "level", "kind", "zone", "side", "morphology", "size_mm", "canal_ap_mm", "slip_percent", "pfirrmann"]
                let lines = order.compactMap { key in example[key].map { "    \(key): \($0)" } }
                XCTAssertEqual(lines.count, example.count, "\(example)")
                var yaml = "radix: 1\ntitle: example\nlesions:\n"
                yaml += lines.joined(separator: "\n").replacingOccurrences(of: "    type:", with: "  - type:") + "\n"
                let simulated = try await http.post("/api/simulate", Data(yaml.utf8))
                XCTAssertEqual(simulated.status, 200, yaml + simulated.text)
            }
        }
    }

    /// No request reads outside the folder: `..`, encoded dots and slashes, absolute paths, symbolic links out.
    func testPathTraversalIsRefused() async throws {
        let root = try temporaryDirectory("explorer")
        let folder = root + "/scenarios"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data("radix: 1\ntitle: secret\n".utf8).write(to: URL(fileURLWithPath: root + "/secret.yaml"))
        try fixture(Self.extrusion).write(to: URL(fileURLWithPath: folder + "/inside.yaml"))
        try FileManager.default.createSymbolicLink(atPath: folder + "/escape.yaml", withDestinationPath: root + "/secret.yaml")
        try FileManager.default.createSymbolicLink(atPath: folder + "/alias.yaml", withDestinationPath: folder + "/inside.yaml")
        try await withServer(folder: folder) { http in
            let list = try await http.get("/api/scenarios")
            XCTAssertTrue(list.text.contains("\"scenarios\": [\"alias.yaml\", \"inside.yaml\"]"), list.text)
            do { let status = try await http.get("/api/scenarios/inside.yaml").status; XCTAssertEqual(status, 200) }
            do { let status = try await http.get("/api/scenarios/alias.yaml").status; XCTAssertEqual(status, 200, "a link that stays inside is served") }
            for path in ["/api/scenarios/escape.yaml", "/api/scenarios/../secret.yaml", "/api/scenarios/..%2Fsecret.yaml",
                         "/api/scenarios/%2e%2e%2fsecret.yaml", "/api/scenarios/%2E%2E/secret.yaml", "/api/scenarios/..",
                         "/api/scenarios/%2e%2e", "/api/scenarios/%2Ftmp%2Fsecret.yaml", "/api/scenarios/..%5csecret.yaml",
                         "/api/../secret.yaml", "/../secret.yaml", "/%2e%2e/secret.yaml"] {
                let reply = try await http.get(path)
                XCTAssertEqual(reply.status, 404, path)
                XCTAssertFalse(reply.text.contains("secret"), path)
            }
        }
    }

    /// `POST /api/simulate` answers the very bytes `radix run --json FILE` prints.
    func testSimulateEqualsRunJSON() async throws {
        for name in [Self.extrusion, "21-l5-s1-isthmic-spondylolisthesis.yaml", "14-l4-l5-central-stenosis-claudication.yaml"] {
            let path = "Scenarios/" + name
            let cli = try ProcessOutput.run(Self.binary, ["run", "--json", path], in: Fixtures.packageRoot)
            XCTAssertEqual(cli.status, 0, cli.stderr)
            let body = try fixture(name)
            try await withServer { http in
                let reply = try await http.post("/api/simulate?name=" + path, body)
                XCTAssertEqual(reply.status, 200, reply.text)
                XCTAssertEqual(reply.headers["content-type"], "application/json")
                XCTAssertEqual(reply.text, cli.stdout, name)
                // Without a name, the report's file is the default label; everything else is the same.
                let unnamed = try await http.post("/api/simulate", body)
                XCTAssertEqual(unnamed.text, cli.stdout.replacingOccurrences(of: "\"file\": \"\(path)\"", with: "\"file\": \"explorer.yaml\""))
            }
        }
    }

    /// `POST /api/population` answers the very bytes `radix population --json --samples N --seed S FILE` prints;
    /// samples outside 1 … 20 000 and a seed that is not a whole number are refused with the allowed range, and a
    /// scenario that does not load gets the loader's located diagnostics.
    func testPopulationEqualsPopulationCommand() async throws {
        let path = "Scenarios/" + Self.extrusion
        let cli = try ProcessOutput.run(Self.binary, ["population", "--json", "--samples", "300", "--seed", "7", path], in: Fixtures.packageRoot)
        XCTAssertEqual(cli.status, 0, cli.stderr)
        let body = try fixture(Self.extrusion)
        try await withServer { http in
            let reply = try await http.post("/api/population?samples=300&seed=7&name=" + path, body)
            XCTAssertEqual(reply.status, 200, reply.text)
            XCTAssertEqual(reply.headers["content-type"], "application/json")
            XCTAssertEqual(reply.text, cli.stdout)
            for bad in ["samples=0", "samples=20001", "samples=many", "seed=-1"] {
                let refused = try await http.post("/api/population?" + bad, body)
                XCTAssertEqual(refused.status, 400, bad)
                XCTAssertTrue(refused.text.contains("allowed"), refused.text)
            }
            let invalid = try await http.post("/api/population?samples=10", Data("title: x\nlesions:\n  - type: herniation\n    level: L9-L10\n".utf8))
            XCTAssertEqual(invalid.status, 422, invalid.text)
            XCTAssertTrue(invalid.text.contains(":4:"), "located: \(invalid.text)")
        }
    }

    /// `POST /api/render` answers the very bytes `radix render` writes: editable SVG, Cairo's SVG and PNG.
    func testRenderEqualsRenderCommand() async throws {
        let out = try temporaryDirectory("explorer-render")
        let path = "Scenarios/" + Self.extrusion
        let cases: [(query: String, args: [String], file: String)] = [
            ("view=axial:L4-L5&format=svg", ["--view", "axial:L4-L5", "--format", "svg", "--svg-text", "editable"], "axial-L4-L5.svg"),
            ("view=body&format=svg&svg_text=outline&theme=print", ["--view", "body", "--format", "svg", "--theme", "print"], "body.svg"),
            ("view=axial&format=png&orientation=radiological&labels=minimal&width=800",
             ["--view", "axial", "--format", "png", "--orientation", "radiological", "--labels", "minimal", "--width", "800"], "axial.png"),
            ("view=sheet&format=svg&theme=colorblind", ["--view", "sheet", "--format", "svg", "--svg-text", "editable", "--theme", "colorblind"], "sheet.svg"),
        ]
        let body = try fixture(Self.extrusion)
        try await withServer { http in
            for c in cases {
                let dir = out + "/" + UUID().uuidString
                let cli = try ProcessOutput.run(Self.binary, ["render", path, "--out", dir] + c.args, in: Fixtures.packageRoot)
                XCTAssertEqual(cli.status, 0, cli.stderr)
                let expected = try Data(contentsOf: URL(fileURLWithPath: dir + "/02-l4-l5-left-subarticular-extrusion." + c.file))
                let reply = try await http.post("/api/render?\(c.query)&name=\(path)", body)
                XCTAssertEqual(reply.status, 200, c.query + ": " + reply.text.prefix(300))
                XCTAssertEqual(reply.headers["content-type"], c.file.hasSuffix(".png") ? "image/png" : "image/svg+xml")
                XCTAssertEqual(reply.body, expected, c.query)
            }
            // The editable SVG carries the roots' grades as data, for the page.
            let svg = try await http.post("/api/render?view=axial:L4-L5&format=svg", body)
            XCTAssertTrue(svg.text.contains("data-root=\"L5\""), String(svg.text.prefix(500)))
        }
    }

    func testInvalidScenarioIsLocated() async throws {
        let bad = Data("radix: 1\ntitle: x\nposture: flexon\nlesions:\n  - type: herniation\n    level: L4-L5\n    zone: subarticular\n    side: left\n    morphology: extrusion\n    size_mm: 42\n".utf8)
        try await withServer { http in
            for endpoint in ["/api/simulate?name=bad.yaml", "/api/render?view=sheet&format=svg&name=bad.yaml"] {
                let text = try await http.post(endpoint, bad)
                XCTAssertEqual(text.status, 422, endpoint)
                XCTAssertEqual(text.headers["content-type"], "text/plain; charset=utf-8")
                XCTAssertTrue(text.text.contains("bad.yaml:3:10: error: posture: "), text.text)
                XCTAssertTrue(text.text.contains("did you mean 'flexion'?"), text.text)
                XCTAssertTrue(text.text.contains("bad.yaml:10:14: error: lesions[0].size_mm: 42 is out of range (0 < size_mm ≤ 20)"), text.text)

                let json = try await http.post(endpoint, bad, headers: ["Accept": "application/json"])
                XCTAssertEqual(json.status, 422)
                XCTAssertEqual(json.headers["content-type"], "application/json")
                let object = try XCTUnwrap(JSONSerialization.jsonObject(with: json.body) as? [String: Any])
                let errors = try XCTUnwrap(object["errors"] as? [[String: Any]])
                XCTAssertEqual(errors.count, 2, json.text)
                XCTAssertEqual(errors[0]["line"] as? Int, 3)
                XCTAssertEqual(errors[0]["column"] as? Int, 10)
                XCTAssertEqual(errors[0]["path"] as? String, "posture")
                XCTAssertEqual(errors[0]["suggestion"] as? String, "flexion")
                XCTAssertNotNil(errors[0]["allowed"] as? String)
                XCTAssertEqual(errors[1]["line"] as? Int, 10)
                XCTAssertEqual(errors[1]["path"] as? String, "lesions[0].size_mm")
                XCTAssertTrue(errors[1]["allowed"] is NSNull)
            }
            // Not YAML at all, and not UTF-8: still located.
            let syntax = try await http.post("/api/simulate", Data("radix: [1\n".utf8))
            XCTAssertEqual(syntax.status, 422)
            XCTAssertTrue(syntax.text.hasPrefix("explorer.yaml:"), syntax.text)
            let binary = try await http.post("/api/simulate", Data([0xFF, 0xFE, 0x00, 0x41]))
            XCTAssertEqual(binary.status, 422)
            XCTAssertTrue(binary.text.contains("error: the file is not UTF-8 text"), binary.text)
        }
    }

    func testBadRequestsAndUnknownPaths() async throws {
        let body = try fixture(Self.extrusion)
        try await withServer { http in
            let view = try await http.post("/api/render?view=axil&format=svg", body)
            XCTAssertEqual(view.status, 400)
            XCTAssertTrue(view.text.contains("did you mean 'axial'?"), view.text)
            do { let status = try await http.post("/api/render?view=sheet&format=gif", body).status; XCTAssertEqual(status, 400) }
            do { let status = try await http.post("/api/render?view=sheet&theme=neon", body).status; XCTAssertEqual(status, 400) }
            do { let status = try await http.post("/api/render?view=sheet&width=99999", body).status; XCTAssertEqual(status, 400) }
            do { let status = try await http.post("/api/render?view=sheet&colour=red", body).status; XCTAssertEqual(status, 400) }
            do { let status = try await http.post("/api/simulate?name=../../etc/passwd", body).status; XCTAssertEqual(status, 400) }
            do { let status = try await http.get("/api/nothing").status; XCTAssertEqual(status, 404) }
            do { let status = try await http.get("/index.html").status; XCTAssertEqual(status, 404) }
            do { let status = try await http.get("/api/simulate").status; XCTAssertEqual(status, 404, "simulate is POST only") }
        }
    }

    /// Over 10 MB: 413, before the body is read whole; the server goes on answering.
    func testBodyOverTenMegabytesIs413() async throws {
        try await withServer { http in
            let big = Data(repeating: 0x20, count: Explorer.maximumBody + 1)
            do { let status = try await http.post("/api/simulate", big).status; XCTAssertEqual(status, 413) }
            do { let status = try await http.post("/api/render?view=body&format=svg", big).status; XCTAssertEqual(status, 413) }
            // Just under the limit is read, and refused by the loader with its located message (over 1 MiB).
            let under = try await http.post("/api/simulate", Data(repeating: 0x20, count: 2 << 20))
            XCTAssertEqual(under.status, 422)
            XCTAssertTrue(under.text.contains("explorer.yaml:1:1: error: the file is 2097152 bytes"), under.text)
            do { let status = try await http.get("/api/scenarios").status; XCTAssertEqual(status, 200) }
        }
    }

    /// Eight clients at once, more than the render threads (two, and four): every render succeeds and is the same
    /// figure. Two writers drawing at once on threads that did not make them crashed libpangocairo; each render
    /// thread owns its writer now.
    func testConcurrentRendersAllSucceed() async throws {
        for slots in [2, 4] { try await concurrentRenders(slots: slots) }
    }

    func concurrentRenders(slots: Int) async throws {
        let body = try fixture(Self.extrusion)
        // Cairo's own outputs (PNG, outlined SVG) as well as the editable SVG: all measure and set text with Pango.
        let queries = ["view=axial:L4-L5&format=svg", "view=body&format=png&width=800", "view=sagittal&format=svg&svg_text=outline"]
        try await withServer(renderSlots: slots) { http in
            let replies = try await withThrowingTaskGroup(of: (String, LoopbackHTTP.Reply).self) { group in
                for i in 0..<12 {
                    let query = queries[i % queries.count]
                    group.addTask { (query, try await http.post("/api/render?" + query, body)) }
                }
                var all: [(String, LoopbackHTTP.Reply)] = []
                for try await reply in group { all.append(reply) }
                return all
            }
            XCTAssertEqual(replies.map(\.1.status), Array(repeating: 200, count: 12), "\(slots) slots")
            for query in queries {
                XCTAssertEqual(Set(replies.filter { $0.0 == query }.map(\.1.body)).count, 1, "deterministic: " + query)
            }
        }
    }

    /// A client trickling its body (or its head) a byte a second neither delays another client's request nor
    /// holds its connection past the request read timeout; with every allowed connection held by such clients,
    /// a normal request still gets in once they are cut off.
    func testTricklingClientsCannotStallOthers() async throws {
        let body = try fixture(Self.extrusion)
        try await withServer(configure: { $0.requestReadTimeout = .seconds(2); $0.maximumConnections = 3 }) { http in
            let head = "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"
            async let slowBody = http.trickle(Data(head.utf8), then: Data(repeating: 0x20, count: 30), interval: 1)
            async let slowHead = http.trickle(Data(), then: Data(head.utf8), interval: 1)
            try await Task.sleep(for: .milliseconds(500))
            let start = ContinuousClock.now
            let reply = try await http.post("/api/simulate", body)
            let elapsed = ContinuousClock.now - start
            XCTAssertEqual(reply.status, 200, reply.text)
            XCTAssertLessThan(elapsed, .seconds(5), "a normal request waits for no trickling client")
            let (a, b) = try await (slowBody, slowHead)
            for (what, cut) in [("body", a), ("head", b)] {
                let seconds = try XCTUnwrap(cut, "the server never closed the connection trickling its \(what)")
                XCTAssertGreaterThan(seconds, 1, what)
                XCTAssertLessThan(seconds, 8, "a trickling \(what) is cut off at the read timeout (2 s), not after 30 bytes")
            }
        }
        // Every connection the server allows held by tricklers: the next client is served once they are cut off.
        try await withServer(configure: { $0.requestReadTimeout = .seconds(2); $0.maximumConnections = 2 }) { http in
            let head = "POST /api/simulate HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"
            async let one = http.trickle(Data(head.utf8), then: Data(repeating: 0x20, count: 30), interval: 1)
            async let two = http.trickle(Data(head.utf8), then: Data(repeating: 0x20, count: 30), interval: 1)
            try await Task.sleep(for: .milliseconds(500))
            let reply = try await http.post("/api/simulate", body)
            XCTAssertEqual(reply.status, 200, reply.text)
            let cuts = try await [one, two]
            XCTAssertEqual(cuts.compactMap { $0 }.count, 2, "both tricklers cut off")
        }
    }
}
