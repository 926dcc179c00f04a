import CairoRender
import Foundation
import RadixModel
import Scenario

/// Does one scenario of a batch on one thread: read, hash, skip when unchanged, else load, simulate, draw
/// and record. Holds a `FigureWriter` (not Sendable), so each worker thread makes its own.
final class BatchWorker {
    let options: BatchOptions
    private let writer: Result<FigureWriter, RenderError>
    /// The run's options in one text (for the entry's key).
    private let fingerprint: String

    init(options: BatchOptions) {
        self.options = options
        fingerprint = options.fingerprint
        do { writer = .success(try FigureWriter()) } catch { writer = .failure(error) }
    }

    /// The entry and outcome for `file`; `previous` is its entry from the last run, if any.
    ///
    /// Each figure (view × format, and the view's `.txt` sidecar) has its own key; a view is drawn again
    /// only in the formats whose key changed or whose file is missing or has another size. The scenario is
    /// simulated only when something must be drawn; otherwise its findings are taken from `previous`.
    func process(_ file: String, previous: BatchEntry?) -> (BatchEntry, BatchOutcome) {
        let data: Data
        switch read(file) {
        case .success(let d): data = d
        case .failure(let error): return (entry(for: error, sha: nil), .failed)
        }
        let sha = SHA256.hex(data)
        let scenario: Scenario
        do { scenario = try ScenarioLoader.parse(data, file: file) } catch {
            return (entry(for: error, sha: sha), .failed)
        }
        let request = options.request(for: scenario)
        let stem = FigureWriter.stem(of: scenario)
        var recorded: [String: BatchFigure] = [:]
        if !options.force, let previous, previous.status == .ok {
            for figure in previous.figures { recorded[figure.path] = figure }
        }
        // What each view still needs: formats whose figure is out of date (and always its sidecar with them).
        var plan: [(view: ViewSpec, formats: [FigureFormat])] = []
        for view in request.views {
            let stale = request.formats.filter { format in
                // A PNG is out of date when its thumbnail is: they are drawn together.
                !upToDate(recorded["\(stem).\(view).\(format.rawValue)"], key: key(view, format.rawValue, sha))
                    || (format == .png && !upToDate(recorded["\(stem).\(view)\(FigureFiles.thumbnailSuffix)"],
                                                    key: key(view, BatchOptions.thumbnailFormat, sha)))
            }
            if !stale.isEmpty || !upToDate(recorded["\(stem).\(view).txt"], key: key(view, "txt", sha)) {
                plan.append((view, stale))
            }
        }
        var entry = BatchEntry(file: file, status: .ok)
        entry.title = scenario.title
        entry.description = scenario.description
        entry.scenarioSHA256 = sha
        entry.key = SHA256.hex(fingerprint + "\nscenario " + sha)
        if plan.isEmpty, let previous {
            entry.hurtRoots = previous.hurtRoots
            entry.lesions = previous.lesions
            entry.redFlags = previous.redFlags
            entry.altText = previous.altText
            entry.figures = figures(request, stem: stem, sha: sha, recorded: recorded)
            return (entry, .unchanged)
        }
        let result = Pipeline.simulate(scenario, atlas: options.atlas, posture: options.posture)
        entry.record(result)
        do {
            for (view, formats) in plan {
                var one = request
                one.views = [view]
                one.formats = formats
                for path in try writer.get().write(scenario, result: result, request: one) {
                    recorded[(path as NSString).lastPathComponent] = nil
                }
            }
        } catch {
            let message = "\(file): error: \(error)"
            return (.failure(file, errors: [message], detail: message, exitCode: .failure, scenarioSHA256: sha), .failed)
        }
        entry.figures = figures(request, stem: stem, sha: sha, recorded: recorded)
        for figure in entry.figures where figure.format == "txt" {
            let path = (options.outputDirectory as NSString).appendingPathComponent(figure.path)
            let text = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
            entry.altText[figure.view] = text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return (entry, .rendered)
    }

    /// The key of one figure: SHA-256 of the options that shape it and the scenario's bytes.
    private func key(_ view: ViewSpec, _ format: String, _ scenarioSHA: String) -> String {
        SHA256.hex(options.figureFingerprint(view: view, format: format) + "\nscenario " + scenarioSHA)
    }

    /// Whether a recorded figure has `key` and its file is intact.
    private func upToDate(_ figure: BatchFigure?, key: String) -> Bool {
        guard let figure, figure.key == key else { return false }
        return intact([figure])
    }

    /// The figures of `request` in order (each view's formats, then its sidecar): the still-valid records,
    /// else hashed from the files just written.
    private func figures(_ request: RenderRequest, stem: String, sha: String, recorded: [String: BatchFigure]) -> [BatchFigure] {
        var out: [BatchFigure] = []
        for view in request.views {
            var formats = request.formats.map(\.rawValue)
            if let png = formats.firstIndex(of: FigureFormat.png.rawValue) { formats.insert(BatchOptions.thumbnailFormat, at: png + 1) }
            for format in formats + ["txt"] {
                let name = format == BatchOptions.thumbnailFormat ? "\(stem).\(view)\(FigureFiles.thumbnailSuffix)" : "\(stem).\(view).\(format)"
                if let kept = recorded[name] {
                    out.append(kept)
                    continue
                }
                let bytes = FileManager.default.contents(atPath: (options.outputDirectory as NSString).appendingPathComponent(name)) ?? Data()
                out.append(BatchFigure(view: view.description, format: format, path: name, sha256: SHA256.hex(bytes),
                                       bytes: bytes.count, key: key(view, format, sha)))
            }
        }
        return out
    }

    /// Every figure still there with the size it was written with.
    private func intact(_ figures: [BatchFigure]) -> Bool {
        !figures.isEmpty && figures.allSatisfy { figure in
            let path = (options.outputDirectory as NSString).appendingPathComponent(figure.path)
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
            return size == figure.bytes
        }
    }

    /// The scenario's bytes, read like `radix validate` reads them: bounded by the loader's size limit
    /// (a multi-gigabyte file or an endless pipe must not be pulled into memory) and with the system's
    /// reason when it cannot be read (a symlink loop, a FIFO, no permission).
    private func read(_ file: String) -> Result<Data, ScenarioError> {
        do {
            return .success(try ScenarioLoader.read(path: file))
        } catch {
            return .failure(error)
        }
    }

    private func entry(for error: ScenarioError, sha: String?) -> BatchEntry {
        let errors: [String] = switch error {
        case .invalid(let file, let diagnostics): diagnostics.isEmpty ? ["\(file): error: invalid scenario"] : diagnostics.map(\.summary)
        case .unreadable: [error.description]
        }
        let file: String = switch error {
        case .invalid(let f, _): f
        case .unreadable(let p, _): p
        }
        return .failure(file, errors: errors, detail: error.description, exitCode: error.exitCode, scenarioSHA256: sha)
    }
}
