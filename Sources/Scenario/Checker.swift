import Yams

/// Where a value sits in the scenario, printed like `lesions[1].migration.mm` (list items counted from 0).
struct Path: Sendable, CustomStringConvertible {
    let description: String

    static let root = Path(description: "")

    func key(_ name: String) -> Path {
        let shown = SourceText.quote(name)
        return Path(description: description.isEmpty ? shown : description + "." + shown)
    }

    func index(_ i: Int) -> Path { Path(description: description + "[\(i)]") }
}

/// One `key: value` pair of a mapping, with the path of its value.
struct Entry {
    let key: String
    let keyNode: Node
    let value: Node
    let path: Path
}

/// The entries of one mapping. Checking code `take`s the keys it knows; what is left is unknown.
struct Fields {
    /// The mapping itself: missing keys are reported here.
    let node: Node
    let path: Path
    let entries: [Entry]
    private var taken: Set<Int> = []

    init(node: Node, path: Path, entries: [Entry]) {
        self.node = node
        self.path = path
        self.entries = entries
    }

    /// The entry for `key` (exact spelling), marking it as known.
    mutating func take(_ key: String) -> Entry? {
        guard let i = entries.firstIndex(where: { $0.key == key }) else { return nil }
        taken.insert(i)
        return entries[i]
    }

    /// The entry for `key` without marking it.
    func peek(_ key: String) -> Entry? { entries.first { $0.key == key } }

    func has(_ key: String) -> Bool { peek(key) != nil }

    /// Entries not taken so far, in file order.
    var untaken: [Entry] { entries.indices.filter { !taken.contains($0) }.map { entries[$0] } }
}

/// Collects the problems of one file while its YAML tree is checked against the scenario format.
/// Keeps going after a problem so that every problem is reported at once.
final class Checker {
    let file: String
    let source: SourceText
    private(set) var diagnostics: [Diagnostic] = []
    /// Set when more than `ScenarioLoader.maximumDiagnostics` problems were found; the rest are dropped.
    private(set) var overflowed = false
    /// Keys given twice, blanked out of the text so that it could be read: each is reported where its
    /// mapping is checked (with the mapping's path), or at the end by `reportRepeatedKeys()`.
    var repeatedKeys: [Position: RepeatedKey] = [:]

    init(file: String, source: SourceText) {
        self.file = file
        self.source = source
    }

    // MARK: Reporting

    func report(line: Int, column: Int, path: Path, _ message: String,
                allowed: String? = nil, suggestion: String? = nil) {
        guard diagnostics.count < ScenarioLoader.maximumDiagnostics else {
            overflowed = true
            return
        }
        let excerpt = source.excerpt(line: line, column: column).flatMap { $0.text.isEmpty ? nil : $0 }
        diagnostics.append(Diagnostic(file: file, line: line, column: column, path: path.description,
                                      message: message, allowed: allowed, suggestion: suggestion,
                                      sourceLine: excerpt?.text, caretOffset: excerpt?.caret ?? 0))
    }

    /// Reports a problem at a node's position (the start of the node; 1:1 if unknown).
    func report(_ node: Node?, _ path: Path, _ message: String, allowed: String? = nil, suggestion: String? = nil) {
        let (line, column) = Self.position(of: node)
        report(line: line, column: column, path: path, message, allowed: allowed, suggestion: suggestion)
    }

    static func position(of node: Node?) -> (line: Int, column: Int) {
        guard let mark = node?.mark else { return (1, 1) }
        return (mark.line, mark.column)
    }

    /// The diagnostics sorted by line and column (ties keep the order found), plus a closing note when
    /// some were dropped.
    var sortedDiagnostics: [Diagnostic] {
        var sorted = diagnostics.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
        if overflowed, let last = sorted.last {
            sorted.append(Diagnostic(file: file, line: last.line, column: last.column, path: "",
                                     message: "too many problems; only the first \(ScenarioLoader.maximumDiagnostics) are shown"))
        }
        return sorted
    }

    // MARK: Mappings

    /// The entries of a mapping node. Keys must be non-empty scalars and unique (Yams rejects exact
    /// duplicates; this also catches `1:` next to `"1":`). Anything other than a mapping is reported as
    /// "expected `expected`", except that an empty value (`key:` with nothing after it) gives an empty
    /// mapping when `emptyAllowed` is true.
    func fields(of node: Node, at path: Path, expected: String, emptyAllowed: Bool = false) -> Fields? {
        if emptyAllowed, isNull(node) { return Fields(node: node, path: path, entries: []) }
        guard case .mapping(let mapping) = node else {
            report(node, path, "expected \(expected), found \(describe(node))")
            return nil
        }
        var entries: [Entry] = []
        var seen: [String: Node] = [:]
        for (keyNode, value) in mapping {
            let (line, column) = Self.position(of: keyNode)
            if let repeated = repeatedKeys.removeValue(forKey: Position(line: line, column: column)) {
                report(repeated, path: path.key(repeated.key))
                continue
            }
            guard case .scalar(let scalar) = keyNode else {
                report(keyNode, path, "a key must be a plain name, found \(describe(keyNode))")
                continue
            }
            let key = scalar.string
            if key.isEmpty || isNull(keyNode) {
                report(keyNode, path, "a key is missing before ':'")
                continue
            }
            if let first = seen[key] {
                let line = Self.position(of: first).line
                report(keyNode, path.key(key), "duplicate key '\(SourceText.quote(key))' (first given on line \(line))")
                continue
            }
            seen[key] = keyNode
            entries.append(Entry(key: key, keyNode: keyNode, value: value, path: path.key(key)))
        }
        return Fields(node: node, path: path, entries: entries)
    }

    /// Reports the repeated keys not met while checking (inside values that were not checked).
    func reportRepeatedKeys() {
        for repeated in repeatedKeys.values.sorted(by: { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }) {
            report(repeated, path: .root)
        }
        repeatedKeys = [:]
    }

    private func report(_ repeated: RepeatedKey, path: Path) {
        report(line: repeated.position.line, column: repeated.position.column, path: path,
               "duplicate key '\(SourceText.quote(repeated.key))' (first given on line \(repeated.firstLine))")
    }

    /// Reports every key of `fields` that was not taken and is not in `known`, suggesting the nearest
    /// known key. `context` names the mapping in the message (`in a herniation`).
    func rejectUnknownKeys(_ fields: Fields, known: [String], context: String? = nil) {
        for entry in fields.untaken where !known.contains(entry.key) {
            if overflowed { return }  // no need to spell-check keys nobody will see
            let shown = SourceText.quote(entry.key)
            let message = "unknown key '\(shown)'" + (context.map { " in \($0)" } ?? "")
            report(entry.keyNode, entry.path, message, allowed: known.joined(separator: ", "),
                   suggestion: Suggestions.nearest(to: entry.key, among: known))
        }
    }

    /// Reports a required key that is absent, at the mapping that should hold it.
    func reportMissing(_ key: String, in fields: Fields, detail: String? = nil, allowed: String? = nil) {
        let message = "missing required key '\(key)'" + (detail.map { " (\($0))" } ?? "")
        report(fields.node, fields.path, message, allowed: allowed)
    }
}
