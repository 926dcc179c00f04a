import Clinical
import Compression
import Foundation
import Report
import Scenario

/// One file written for a scenario, as recorded in the manifest and the batch state.
public struct BatchFigure: Sendable, Hashable {
    /// The view's file-name spelling (`sheet`, `axial-L4-L5` …).
    public var view: String
    /// `png`, `svg`, `pdf`, `txt` for the alt-text sidecar, or `thumbnail` for the PNG's small copy
    /// (`<scenario>.<view>.thumb.png`, drawn with every PNG for the gallery).
    public var format: String
    /// Relative to the output directory.
    public var path: String
    public var sha256: String
    public var bytes: Int
    /// SHA-256 of what the figure was drawn from (Radix version, the options that shape it, the scenario's
    /// bytes); nil when unknown.
    public var key: String?

    public init(view: String, format: String, path: String, sha256: String, bytes: Int, key: String? = nil) {
        self.view = view
        self.format = format
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.key = key
    }
}

/// A root the simulation grades ≥ 1, for the manifest and the gallery's filters.
public struct BatchRoot: Sendable, Hashable {
    public var root: String
    public var side: String
    public var grade: Int
    public var state: String
    public var level: String
    public var site: String
}

/// A lesion, for the manifest and the gallery's filters.
public struct BatchLesion: Sendable, Hashable {
    public var type: String
    public var level: String
    public var summary: String
}

/// A red flag of the simulation.
public struct BatchRedFlag: Sendable, Hashable {
    public var kind: RedFlag.Kind
    public var level: String?
}

/// What a batch knows about one scenario file: its figures and key findings, or why it failed. It is both
/// the manifest's entry and the incremental state (`key` says what the figures were drawn from).
public struct BatchEntry: Sendable, Hashable {
    public enum Status: String, Sendable { case ok, failed }

    /// The scenario file as given (or as found in a directory).
    public var file: String
    public var status: Status
    public var title: String?
    public var description: String?
    /// SHA-256 of the scenario file's bytes; nil when it could not be read.
    public var scenarioSHA256: String?
    /// SHA-256 of the run's options (`BatchOptions.fingerprint`, with the Radix version) and the scenario's
    /// bytes; each figure has its own key too.
    public var key: String?
    public var figures: [BatchFigure] = []
    /// Alt text of each view, from its `.txt` sidecar.
    public var altText: [String: String] = [:]
    public var hurtRoots: [BatchRoot] = []
    public var lesions: [BatchLesion] = []
    public var redFlags: [BatchRedFlag] = []
    /// Located errors (`FILE:LINE:COLUMN: error: …`) of a failed scenario.
    public var errors: [String] = []
    /// The full diagnostics with source excerpts (not stored: only for the run that found them).
    public var detail: String?
    /// 2: the scenario is invalid; 1: a file could not be read or written; 0 when ok.
    public var exitCode: ExitStatus = .success

    public init(file: String, status: Status) {
        self.file = file
        self.status = status
    }

    /// A failed entry.
    public static func failure(_ file: String, errors: [String], detail: String, exitCode: ExitStatus, scenarioSHA256: String? = nil) -> BatchEntry {
        var e = BatchEntry(file: file, status: .failed)
        e.errors = errors
        e.detail = detail
        e.exitCode = exitCode
        e.scenarioSHA256 = scenarioSHA256
        return e
    }

    /// Fills the key findings from a simulation.
    public mutating func record(_ result: SimulationResult) {
        hurtRoots = result.hurtRoots.map {
            BatchRoot(root: $0.root.name, side: $0.side.rawValue, grade: $0.grade.rawValue, state: $0.grade.state,
                      level: $0.level.name, site: $0.site.rawValue)
        }
        lesions = result.lesions.map { BatchLesion(type: $0.lesion.kind.typeName, level: $0.lesion.level.name, summary: $0.summary) }
        redFlags = result.redFlags.map { BatchRedFlag(kind: $0.kind, level: $0.level?.name) }
    }
}

// MARK: JSON

extension BatchEntry {
    /// The manifest object, keys in a fixed order.
    public var json: JSONValue {
        var pairs: [(String, JSONValue)] = [("file", .string(file)), ("status", .string(status.rawValue))]
        if let title { pairs.append(("title", .string(title))) }
        if let description { pairs.append(("description", .string(description))) }
        pairs.append(("scenario_sha256", scenarioSHA256.map(JSONValue.string) ?? .null))
        pairs.append(("key", key.map(JSONValue.string) ?? .null))
        pairs.append(("figures", .array(figures.map { f in
            .object([("view", .string(f.view)), ("format", .string(f.format)), ("path", .string(f.path)),
                     ("sha256", .string(f.sha256)), ("bytes", .int(f.bytes)), ("key", f.key.map(JSONValue.string) ?? .null)])
        })))
        pairs.append(("alt_text", .object(altText.keys.sorted().map { ($0, .string(altText[$0] ?? "")) })))
        pairs.append(("hurt_roots", .array(hurtRoots.map { r in
            .object([("root", .string(r.root)), ("side", .string(r.side)), ("grade", .int(r.grade)), ("state", .string(r.state)),
                     ("level", .string(r.level)), ("site", .string(r.site))])
        })))
        pairs.append(("lesions", .array(lesions.map { .object([("type", .string($0.type)), ("level", .string($0.level)), ("summary", .string($0.summary))]) })))
        pairs.append(("red_flags", .array(redFlags.map { .object([("flag", .string($0.kind.identifier)), ("level", $0.level.map(JSONValue.string) ?? .null)]) })))
        if status == .failed {
            pairs.append(("errors", .array(errors.map(JSONValue.string))))
            pairs.append(("exit_code", .int(Int(exitCode.rawValue))))
        }
        return .object(pairs)
    }

    /// Reads an entry back from a parsed manifest or state object; nil when it is not one.
    public init?(json object: Any) {
        guard let o = object as? [String: Any], let file = o["file"] as? String,
              let status = (o["status"] as? String).flatMap(Status.init(rawValue:)) else { return nil }
        self.init(file: file, status: status)
        title = o["title"] as? String
        description = o["description"] as? String
        scenarioSHA256 = o["scenario_sha256"] as? String
        key = o["key"] as? String
        figures = (o["figures"] as? [[String: Any]] ?? []).compactMap { f in
            guard let view = f["view"] as? String, let format = f["format"] as? String, let path = f["path"] as? String,
                  let sha = f["sha256"] as? String, let bytes = f["bytes"] as? Int else { return nil }
            return BatchFigure(view: view, format: format, path: path, sha256: sha, bytes: bytes, key: f["key"] as? String)
        }
        altText = (o["alt_text"] as? [String: String]) ?? [:]
        hurtRoots = (o["hurt_roots"] as? [[String: Any]] ?? []).compactMap { r in
            guard let root = r["root"] as? String, let side = r["side"] as? String, let grade = r["grade"] as? Int,
                  let state = r["state"] as? String, let level = r["level"] as? String, let site = r["site"] as? String else { return nil }
            return BatchRoot(root: root, side: side, grade: grade, state: state, level: level, site: site)
        }
        lesions = (o["lesions"] as? [[String: Any]] ?? []).compactMap { l in
            guard let type = l["type"] as? String, let level = l["level"] as? String, let summary = l["summary"] as? String else { return nil }
            return BatchLesion(type: type, level: level, summary: summary)
        }
        redFlags = (o["red_flags"] as? [[String: Any]] ?? []).compactMap { r in
            guard let flag = r["flag"] as? String, let kind = RedFlag.Kind(identifier: flag) else { return nil }
            return BatchRedFlag(kind: kind, level: r["level"] as? String)
        }
        errors = (o["errors"] as? [String]) ?? []
        // A manifest written before `exit_code` was recorded: success for a drawn scenario, else failure.
        guard let code = o["exit_code"] as? Int else {
            exitCode = status == .ok ? .success : .failure
            return
        }
        // An exit status Radix never gives: the record is not one of ours (as an unknown status).
        guard let known = ExitStatus(rawValue: Int32(clamping: code)) else { return nil }
        exitCode = known
    }
}
