import CairoRender
import Foundation
import Scenario

/// Does one scenario of a batch on one thread: read, hash, skip when unchanged, else load, simulate, draw
/// and record. Holds a `FigureWriter` (not Sendable), so each worker thread makes its own.
final class BatchWorker {
    let options: BatchOptions
    private let writer: Result<FigureWriter, RenderError>
    private let fingerprint: String

    init(options: BatchOptions) {
        self.options = options
        fingerprint = options.fingerprint
        do { writer = .success(try FigureWriter()) } catch { writer = .failure(error) }
    }

    /// The entry and outcome for `file`; `previous` is its entry from the last run, if any.
    func process(_ file: String, previous: BatchEntry?) -> (BatchEntry, BatchOutcome) {
        let data: Data
        switch read(file) {
        case .success(let d): data = d
        case .failure(let error): return (entry(for: error, sha: nil), .failed)
        }
        let sha = SHA256.hex(data)
        let key = SHA256.hex(fingerprint + "\nscenario " + sha)
        if !options.force, let previous, previous.status == .ok, previous.key == key, intact(previous.figures) {
            return (previous, .unchanged)
        }
        let scenario: Scenario
        do { scenario = try ScenarioLoader.parse(data, file: file) } catch {
            return (entry(for: error, sha: sha), .failed)
        }
        let result = Pipeline.simulate(scenario, atlas: options.atlas, posture: options.posture)
        let request = options.request(for: scenario)
        let paths: [String]
        do { paths = try writer.get().write(scenario, result: result, request: request) } catch {
            return (.failure(file, errors: ["\(file): error: \(error)"], detail: "\(file): error: \(error)", exitCode: 1, scenarioSHA256: sha), .failed)
        }
        var entry = BatchEntry(file: file, status: .ok)
        entry.title = scenario.title
        entry.description = scenario.description
        entry.scenarioSHA256 = sha
        entry.key = key
        entry.record(result)
        let stem = FigureWriter.stem(of: scenario)
        for path in paths {
            let bytes = FileManager.default.contents(atPath: path) ?? Data()
            let name = (path as NSString).lastPathComponent
            let format = (name as NSString).pathExtension
            // `<stem>.<view>.<ext>`: the view is what lies between.
            let view = String(name.dropFirst(stem.count + 1).dropLast(format.count + 1))
            entry.figures.append(BatchFigure(view: view, format: format, path: name, sha256: SHA256.hex(bytes), bytes: bytes.count))
            if format == "txt" {
                entry.altText[view] = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            }
        }
        return (entry, .rendered)
    }

    /// Every figure still there with the size it was written with.
    private func intact(_ figures: [BatchFigure]) -> Bool {
        !figures.isEmpty && figures.allSatisfy { figure in
            let path = (options.outputDirectory as NSString).appendingPathComponent(figure.path)
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
            return size == figure.bytes
        }
    }

    private func read(_ file: String) -> Result<Data, ScenarioError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            return .failure(.unreadable(path: file, reason: "no such file"))
        }
        if isDirectory.boolValue { return .failure(.unreadable(path: file, reason: "it is a directory")) }
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(.unreadable(path: file, reason: "permission denied or I/O error"))
        }
        return .success(data)
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
