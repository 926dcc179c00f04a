import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import RadixModel
import Report
import Scenario

/// How `radix serve` runs.
public struct ExplorerConfiguration: Sendable {
    /// The folder of scenario files offered by `GET /api/scenarios`.
    public var folder: String
    public var host: String
    /// 0: any free port (the one bound is given to `onRunning`).
    public var port: Int
    /// Renders drawn at once, each on a thread of its own; more wait their turn.
    public var renderSlots: Int
    /// Longest a request may take, waiting included, before it is answered 503.
    public var requestTimeout: Duration
    /// An idle connection (a client that sends nothing) is closed after this long.
    public var idleTimeout: Duration
    /// A request must arrive whole (head and body) within this long of the connection opening or of the previous
    /// answer on it, else the connection is closed: a client trickling bytes cannot hold a connection.
    public var requestReadTimeout: Duration
    /// Connections open at once; further clients wait to be accepted until one closes.
    public var maximumConnections: Int

    public init(folder: String = "Scenarios", host: String = "127.0.0.1", port: Int = 8080, renderSlots: Int = 2,
                requestTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(30),
                requestReadTimeout: Duration = .seconds(10), maximumConnections: Int = 64) {
        self.folder = folder
        self.host = host
        self.port = port
        self.renderSlots = renderSlots
        self.requestTimeout = requestTimeout
        self.idleTimeout = idleTimeout
        self.requestReadTimeout = requestReadTimeout
        self.maximumConnections = maximumConnections
    }

    /// True when `host` is a loopback address (only this machine can connect).
    public var isLoopback: Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}

/// `radix serve`: the explorer page and its HTTP API (docs/explorer-api.md).
public enum Explorer {
    /// Largest request body accepted, bytes; a larger one is answered 413.
    public static let maximumBody = 10 << 20

    /// The application, ready to run as a service (`runService()` shuts down cleanly on SIGINT and SIGTERM).
    /// `onRunning` gets the port bound, once the server listens.
    public static func application(_ configuration: ExplorerConfiguration, logger: Logger,
                                   onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router()
        router.add(middleware: RequestLogMiddleware(logger: logger))
        let api = ExplorerAPI(folder: ScenarioFolder(path: configuration.folder), renderer: ExplorerRenderer(slots: configuration.renderSlots),
                              timeout: configuration.requestTimeout)
        api.register(on: router)
        let idle = nanoseconds(configuration.idleTimeout)
        let read = nanoseconds(configuration.requestReadTimeout)
        return Application(router: router,
                           server: .http1(configuration: .init(additionalChannelHandlers: [RequestDeadlineHandler(limit: read)],
                                                               idleTimeout: idle)),
                           configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "radix",
                                                availableConnectionsDelegate: MaximumAvailableConnections(max(1, configuration.maximumConnections), logger: logger)),
                           onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
                           logger: logger)
    }
}

func nanoseconds(_ d: Duration) -> TimeAmount {
    .nanoseconds(d.components.seconds * 1_000_000_000 + d.components.attoseconds / 1_000_000_000)
}

/// One log line per request, after it is answered: method, path, status, milliseconds.
struct RequestLogMiddleware<Context: RequestContext>: RouterMiddleware {
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        func line(_ status: Int) {
            let ms = (ContinuousClock.now - start).components
            let elapsed = Double(ms.seconds) * 1000 + Double(ms.attoseconds) / 1e15
            logger.info("\(request.method) \(request.uri.path) \(status) \(String(format: "%.1f", elapsed)) ms")
        }
        do {
            let response = try await next(request, context)
            line(response.status.code)
            return response
        } catch {
            line((error as? any HTTPResponseError)?.status.code ?? 500)
            throw error
        }
    }
}

/// The routes.
struct ExplorerAPI: Sendable {
    let folder: ScenarioFolder
    let renderer: ExplorerRenderer
    let timeout: Duration

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Self.text(ExplorerPage.html, type: "text/html; charset=utf-8") }
        router.get("/explorer.css") { _, _ in Self.text(ExplorerPage.css, type: "text/css; charset=utf-8") }
        router.get("/explorer.js") { _, _ in Self.text(ExplorerPage.javascript, type: "text/javascript; charset=utf-8") }
        router.get("/api/schema") { _, _ in Self.text(ExplorerSchema.json, type: "application/json") }
        router.get("/api/scenarios") { _, _ in
            let items = folder.names().map { JSONString.quote($0) }
            return Self.text("{\"folder\": \(JSONString.quote(folder.path)), \"scenarios\": [\(items.joined(separator: ", "))]}\n",
                             type: "application/json")
        }
        router.get("/api/scenarios/:name") { _, context in
            guard let raw = context.parameters.get("name"), let name = raw.removingPercentEncoding,
                  let data = folder.read(name) else { throw HTTPError(.notFound, message: "no such scenario in the folder") }
            return Response(status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        router.post("/api/simulate") { request, context in
            let (body, name) = try await Self.input(request)
            return try await withTimeout {
                switch await renderer.simulate(body, name: name) {
                case .success(let json): return Self.text(json, type: "application/json")
                case .invalid(let error): return Self.invalid(error, request: request)
                case .failed(let message): return Self.text(message + "\n", status: .internalServerError)
                }
            }
        }
        router.post("/api/population") { request, context in
            let parameters = Self.parameters(request)
            let range = ExplorerRenderer.populationSamples
            let samples: Int, seed: UInt64
            if let text = parameters["samples"] {
                guard let n = Int(text), range.contains(n) else {
                    return Self.text("radix: samples: '\(text)' is not allowed (allowed: \(range.lowerBound) … \(range.upperBound); "
                                     + "`radix population` runs more)\n", status: .badRequest)
                }
                samples = n
            } else {
                samples = ExplorerRenderer.defaultPopulationSamples
            }
            if let text = parameters["seed"] {
                guard let s = UInt64(text) else {
                    return Self.text("radix: seed: '\(text)' is not allowed (a whole number 0 … 18446744073709551615)\n", status: .badRequest)
                }
                seed = s
            } else {
                seed = PopulationRequest.defaultSeed
            }
            let (body, name) = try await Self.input(request)
            return try await withTimeout {
                switch await renderer.population(body, name: name, samples: samples, seed: seed) {
                case .success(let json): return Self.text(json, type: "application/json")
                case .invalid(let error): return Self.invalid(error, request: request)
                case .failed(let message): return Self.text("radix: \(message)\n", status: .internalServerError)
                }
            }
        }
        router.post("/api/render") { request, context in
            let query: FigureQuery
            do {
                query = try FigureQuery(parameters: Self.parameters(request))
            } catch {
                return Self.text("radix: \(error)\n", status: .badRequest)
            }
            let (body, name) = try await Self.input(request)
            return try await withTimeout {
                switch try await renderer.render(body, name: name, query: query) {
                case .success(let data):
                    return Response(status: .ok, headers: [.contentType: query.contentType], body: .init(byteBuffer: ByteBuffer(bytes: data)))
                case .invalid(let error): return Self.invalid(error, request: request)
                case .failed(let message): return Self.text("radix: \(message)\n", status: .internalServerError)
                }
            }
        }
    }

    /// The body (at most ``Explorer/maximumBody`` bytes, else 413) and the scenario's label (`?name=`, else the default).
    static func input(_ request: Request) async throws -> (Data, String) {
        var request = request
        let buffer = try await request.collectBody(upTo: Explorer.maximumBody)
        let name = parameters(request)["name"] ?? ExplorerEngine.defaultName
        guard ExplorerEngine.isValidName(name) else {
            throw HTTPError(.badRequest, message: "name: '\(name)' is not a file name (letters, digits, . _ - /, no '..')")
        }
        return (Data(buffer.readableBytesView), name)
    }

    static func parameters(_ request: Request) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in request.uri.queryParameters { result[String(key)] = String(value) }
        return result
    }

    /// 422 with the loader's located diagnostics: text, or JSON when the client accepts `application/json`.
    static func invalid(_ error: ScenarioError, request: Request) -> Response {
        let accept = request.headers[.accept] ?? ""
        if accept.contains("application/json") {
            return text(ExplorerEngine.diagnosticsJSON(error), type: "application/json", status: .unprocessableContent)
        }
        return text(ExplorerEngine.diagnosticsText(error), status: .unprocessableContent)
    }

    static func text(_ text: String, type: String = "text/plain; charset=utf-8", status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// `work`, or 503 when it takes longer than the request timeout (a render already started finishes in its slot,
    /// its answer dropped).
    func withTimeout(_ work: @escaping @Sendable () async throws -> Response) async throws -> Response {
        let timeout = self.timeout
        return try await withCheckedThrowingContinuation { continuation in
            let once = ResumeOnce(continuation)
            let worker = Task {
                do { once.resume(.success(try await work())) } catch { once.resume(.failure(error)) }
            }
            Task {
                try? await Task.sleep(for: timeout)
                once.resume(.success(Self.text("radix: the server is busy; the request took longer than \(timeout) — try again\n",
                                               status: .serviceUnavailable)))
                worker.cancel()
            }
        }
    }
}

/// Resumes a continuation with the first result given; later ones are dropped.
final class ResumeOnce: @unchecked Sendable {
    private var continuation: CheckedContinuation<Response, any Error>?
    private let lock = NSLock()
    init(_ continuation: CheckedContinuation<Response, any Error>) { self.continuation = continuation }
    func resume(_ result: Result<Response, any Error>) {
        lock.lock()
        let c = continuation
        continuation = nil
        lock.unlock()
        c?.resume(with: result)
    }
}

/// A JSON string literal.
enum JSONString {
    static func quote(_ s: String) -> String { JSONValue.string(s).serialized() }
}
