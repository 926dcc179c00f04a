import Dispatch
import Figures
import Foundation
import Radix
import RadixModel
import Report
import Scenario

/// The work behind the explorer's API, without HTTP: a scenario from request text, its report exactly as
/// `radix run --json` prints it, and one figure exactly as `radix render` writes it.
public enum ExplorerEngine {
    /// The label a scenario from a request carries (in diagnostics and the report's `file`) when the request
    /// names none.
    public static let defaultName = "explorer.yaml"

    /// A label a request may give its scenario (`?name=`): 1 … 200 characters of letters, digits, `.`, `_`, `-`
    /// and `/`, without `..`. It only labels the text; nothing is read from that path.
    public static func isValidName(_ name: String) -> Bool {
        guard (1...200).contains(name.count), !name.contains("..") else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-/".unicodeScalars.contains($0)) }
    }

    /// The scenario in `text`, checked as `radix run` checks a file called `name`.
    public static func scenario(_ text: Data, name: String) throws(ScenarioError) -> Scenario {
        try ScenarioLoader.parse(text, file: name)
    }

    /// The bytes `radix run --json FILE` prints for the one scenario of FILE.
    public static func reportJSON(_ scenario: Scenario) -> String {
        ReportJSON.render([(Pipeline.simulate(scenario), scenario)])
    }

    /// The loader's diagnostics as text, each `FILE:LINE:COLUMN: error: …` with its excerpt, as `radix run` prints them.
    public static func diagnosticsText(_ error: ScenarioError) -> String {
        error.description.hasSuffix("\n") ? error.description : error.description + "\n"
    }

    /// The loader's diagnostics as JSON: `{"errors": [{"file", "line", "column", "path", "message", "allowed",
    /// "suggestion", "text"}]}` (`allowed` and `suggestion` null when the loader gives none; `text` the summary line).
    public static func diagnosticsJSON(_ error: ScenarioError) -> String {
        let errors: [JSONValue]
        switch error {
        case .invalid:
            errors = error.diagnostics.map { d in
                .object([("file", .string(d.file)), ("line", .int(d.line)), ("column", .int(d.column)), ("path", .string(d.path)),
                         ("message", .string(d.message)), ("allowed", d.allowed.map(JSONValue.string) ?? .null),
                         ("suggestion", d.suggestion.map(JSONValue.string) ?? .null), ("text", .string(d.summary))])
            }
        case .unreadable:
            errors = [.object([("file", .null), ("line", .null), ("column", .null), ("path", .string("")),
                               ("message", .string(error.description)), ("allowed", .null), ("suggestion", .null),
                               ("text", .string(error.description))])]
        }
        return JSONValue.object([("errors", .array(errors))]).serialized() + "\n"
    }
}

/// What `POST /api/render` draws: one view in one format with the command line's style options.
public struct FigureQuery: Sendable, Hashable {
    public var view: ViewSpec
    public var format: FigureFormat
    public var theme: Theme = .color
    public var labels: LabelMode = .full
    public var orientation: AxialOrientation = .anatomical
    public var width: Double = 2400
    /// SVG only: editable (the default here, what the page needs) or outline (Cairo's).
    public var svgText: SVGText = .editable

    public init(view: ViewSpec, format: FigureFormat) {
        self.view = view
        self.format = format
    }

    /// Parses the query parameters `view`, `format`, `theme`, `labels`, `orientation`, `width`, `svg_text`.
    /// - Throws: a message naming the parameter at fault and what is allowed.
    public init(parameters: [String: String]) throws(QueryError) {
        let viewText = parameters["view"] ?? "sheet"
        guard let view = ViewSpec(parsing: viewText) else { throw QueryError("view: " + ViewSpec.problem(with: viewText)) }
        let format: FigureFormat = try Self.word(parameters["format"] ?? "svg", "format")
        self.init(view: view, format: format)
        if let text = parameters["theme"] { theme = try Self.word(text, "theme") }
        if let text = parameters["labels"] { labels = try Self.word(text, "labels") }
        if let text = parameters["orientation"] { orientation = try Self.word(text, "orientation") }
        if let text = parameters["svg_text"] { svgText = try Self.word(text, "svg_text") }
        if let text = parameters["width"] {
            guard let w = Double(text), (600...12000).contains(w) else { throw QueryError("width: '\(text)' is not a width in pixels 600 … 12000") }
            width = w
        }
        let known: Set = ["view", "format", "theme", "labels", "orientation", "width", "svg_text", "name"]
        if let unknown = parameters.keys.sorted().first(where: { !known.contains($0) }) {
            throw QueryError("unknown parameter '\(unknown)'; allowed: \(known.sorted().joined(separator: ", "))")
        }
    }

    private static func word<Value: RawRepresentable & CaseIterable>(_ text: String, _ name: String) throws(QueryError) -> Value where Value.RawValue == String {
        if let value = Value(rawValue: text.lowercased()) { return value }
        throw QueryError("\(name): '\(text)' is not allowed; allowed: \(Value.allCases.map(\.rawValue).joined(separator: ", "))")
    }

    /// The MIME type of the figure.
    public var contentType: String {
        switch format {
        case .svg: "image/svg+xml"
        case .png: "image/png"
        case .pdf: "application/pdf"
        }
    }
}

/// A bad query parameter (answered 400).
public struct QueryError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// `slots` threads, each with a figure writer of its own, made on that thread and used on no other (as
/// `radix batch` gives its workers): Pango's default font map belongs to the thread that made it, and two
/// writers made on one thread and drawn from two at once crashed in libpangocairo. Renders queue in order and
/// the first free thread draws the next; the threads start with the first render.
final class RenderPool: @unchecked Sendable {
    private let slots: Int
    private let condition = NSCondition()
    private var jobs: [(FigureWriter?) -> Void] = []
    private var started = false

    init(slots: Int) { self.slots = max(1, slots) }

    /// `body` run on a render thread with its writer (nil when the writer could not be made). A render still
    /// waiting when the calling task is cancelled (the request timed out) is not drawn: `body` gets no call and
    /// `cancelled` is returned.
    func run<T: Sendable>(cancelled: T, _ body: @escaping @Sendable (FigureWriter?) -> T) async -> T {
        let flag = CancelFlag()
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<T, Never>) in
                condition.lock()
                if !started {
                    started = true
                    for index in 0..<slots {
                        let thread = Thread { [self] in work() }
                        thread.name = "radix-render-\(index + 1)"
                        thread.stackSize = 16 << 20
                        thread.start()
                    }
                }
                jobs.append { writer in continuation.resume(returning: flag.isSet ? cancelled : body(writer)) }
                condition.signal()
                condition.unlock()
            }
        } onCancel: {
            flag.set()
        }
    }

    private func work() {
        let writer = try? FigureWriter()
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let job = jobs.removeFirst()
            condition.unlock()
            job(writer)
        }
    }
}

/// Set once, read from any thread.
final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

/// Runs CPU work off Swift's cooperative threads, so that a render never holds one of them.
func offload<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        DispatchQueue.global(qos: .userInitiated).async { continuation.resume(returning: work()) }
    }
}

/// Scenario text that could not be loaded, carried out of the offloaded work.
enum EngineOutcome<T: Sendable>: Sendable {
    case success(T)
    case invalid(ScenarioError)
    case failed(String)
}

/// The engine behind the server: simulate and render, bounded.
public final class ExplorerRenderer: Sendable {
    let pool: RenderPool

    /// `slots` renders at once, each on a thread of its own with its own writer (``RenderPool``).
    public init(slots: Int = 2) { pool = RenderPool(slots: slots) }

    /// The report of `text` (`radix run --json`), or the loader's diagnostics.
    func simulate(_ text: Data, name: String) async -> EngineOutcome<String> {
        await offload {
            do throws(ScenarioError) { return .success(ExplorerEngine.reportJSON(try ExplorerEngine.scenario(text, name: name))) }
            catch { return .invalid(error) }
        }
    }

    /// How many samples `POST /api/population` draws: 1 000 by default, at most 20 000 (a few seconds of one
    /// render thread, well inside the request timeout).
    public static let populationSamples: ClosedRange<Int> = 1...20_000
    public static let defaultPopulationSamples = 1_000

    /// The population report of `text` (`radix population --json --samples N --seed S FILE`), or the loader's
    /// diagnostics. Runs on a render thread, so that populations and figures together stay within the slots.
    func population(_ text: Data, name: String, samples: Int, seed: UInt64) async -> EngineOutcome<String> {
        await pool.run(cancelled: .failed("the request timed out before its population started")) { _ in
            let scenario: Scenario
            do throws(ScenarioError) { scenario = try ExplorerEngine.scenario(text, name: name) } catch { return .invalid(error) }
            let request = PopulationRequest(input: Pipeline.input(for: scenario), samples: samples, seed: seed)
            let tally = PopulationRunner.run(request, jobs: 1)
            return .success(PopulationReport.renderJSON([PopulationReport(scenario: scenario, request: request, tally: tally)]))
        }
    }

    /// One figure of `text` (`radix render`), or the loader's diagnostics; waits for a free render thread.
    func render(_ text: Data, name: String, query: FigureQuery) async throws -> EngineOutcome<Data> {
        await pool.run(cancelled: .failed("the request timed out before its render started")) { writer in
            guard let writer else { return .failed("the figure writer could not be made (Cairo or Pango missing?)") }
            let scenario: Scenario
            do throws(ScenarioError) { scenario = try ExplorerEngine.scenario(text, name: name) } catch { return .invalid(error) }
            let request = RenderRequest(views: [query.view], formats: [query.format], width: query.width, theme: query.theme,
                                        labels: query.labels, svgText: query.svgText, orientation: query.orientation)
            do {
                return .success(try writer.figure(query.view, format: query.format, scenario: scenario,
                                                  result: Pipeline.simulate(scenario), request: request))
            } catch {
                return .failed("\(error)")
            }
        }
    }
}
