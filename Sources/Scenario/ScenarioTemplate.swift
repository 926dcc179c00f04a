import Foundation
import Yams

/// A valid scenario file kept as its YAML tree, so that one value can be changed and the result checked
/// exactly as a file would be — for `radix sweep`. Every variant goes through the same decoder and
/// checker as `ScenarioLoader.parse`, so an out-of-range step is refused with the loader's own located
/// error (at the swept value's line and column, quoting the line as the variant would read).
/// Not `Sendable`: the tree holds Yams tags, classes that resolve themselves lazily; use a template on
/// one thread (each variant is a modified copy of the tree).
public struct ScenarioTemplate {

    /// The file as given on the command line (recorded in every variant's `Scenario.file`).
    public let file: String
    /// The file as written.
    public let base: Scenario
    /// The text of the file (without a byte-order mark).
    let text: String
    let root: Node

    /// Reads and checks `path` like `ScenarioLoader.load(path:)`, keeping its YAML tree.
    public static func load(path: String) throws(ScenarioError) -> ScenarioTemplate {
        let data: Data
        switch FileReader.read(path: path, limit: ScenarioLoader.maximumFileSize) {
        case .success(let bytes): data = bytes
        case .tooLarge:
            _ = try ScenarioLoader.load(path: path)  // reports the size as the loader does
            throw .unreadable(path: path, reason: "the file changed while it was read")
        case .failure(let reason): throw .unreadable(path: path, reason: reason)
        }
        let base = try ScenarioLoader.parse(data, file: path)
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        return try make(base: base, text: String(decoding: bytes, as: UTF8.self), file: path)
    }

    /// Checks scenario text held in memory; `file` names it in diagnostics.
    public static func parse(_ text: String, file: String) throws(ScenarioError) -> ScenarioTemplate {
        try make(base: ScenarioLoader.parse(text, file: file), text: text, file: file)
    }

    private static func make(base: Scenario, text: String, file: String) throws(ScenarioError) -> ScenarioTemplate {
        let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
        // The text has just been read without a problem, so composing it again cannot fail; if it did,
        // the file is reported as unreadable YAML rather than trusted.
        let composed = ScenarioLoader.onLargeStack { () -> NodeBox in
            NodeBox(node: try? Yams.compose(yaml: body, .default, .default, .utf8))
        }
        guard let root = composed.node else {
            throw .invalid(file: file, diagnostics: [Diagnostic(file: file, line: 1, column: 1, path: "",
                                                                message: "cannot read the YAML a second time")])
        }
        return ScenarioTemplate(file: file, base: base, text: body, root: root)
    }

    /// The value at `path` (as typed after `--vary`) if the format has it and the file can take it.
    /// - Throws: `SweepError` naming the part of the path at fault, what is allowed there, and the
    ///   nearest valid path.
    public func parameter(_ path: String) throws(SweepError) -> SweepParameter {
        do {
            return try ParameterResolver(root: root, path: ParameterPath(parsing: path)).resolve()
        } catch {
            throw checkedSuggestion(error)
        }
    }

    /// `error` with a suggestion that is itself a valid path: each part of a path is corrected on its own
    /// (`ANATOMY.SCALE` first becomes `anatomy.SCALE`), so a suggestion is followed while it still fails
    /// with a further correction, and dropped when it leads nowhere.
    private func checkedSuggestion(_ error: SweepError) -> SweepError {
        var result = error
        var seen: Set<String> = []
        while let suggestion = result.suggestion, seen.insert(suggestion).inserted, seen.count <= 4 {
            do {
                _ = try ParameterResolver(root: root, path: ParameterPath(parsing: suggestion)).resolve()
                return result
            } catch {
                result.suggestion = error.suggestion
            }
        }
        if result.suggestion != nil, seen.count > 4 { result.suggestion = nil }
        return result
    }

    /// The scenario with `parameter` set to `text` (a value as it would be written in the file), checked
    /// like a file.
    /// - Throws: `ScenarioError.invalid` with the loader's diagnostics when the variant is not valid.
    public func scenario(setting parameter: SweepParameter, to text: String) throws(ScenarioError) -> Scenario {
        let edit = TreeEdit(value: text, removing: parameter.removedKeys)
        let (changed, replaced) = edit.apply(to: root, along: parameter.path.components[...], parentMark: root.mark)
        // Decoded on this thread: the tree of a valid file is a few levels deep (every value of the
        // format is, and unknown keys were refused), so the parser's large stack is not needed here.
        let checker = Checker(file: file, source: SourceText(self.text))
        if let scenario = ScenarioDecoder(checker: checker, file: file).decode(changed), checker.diagnostics.isEmpty {
            return scenario
        }
        // Problems are quoted from the line as the variant reads, the new value in place of the old: the
        // source only matters for the excerpts, so it is spliced only now, and the variant checked again.
        guard let mark = replaced.mark, let old = replaced.old,
              let spliced = SourceText(self.text).replacing(line: mark.line, column: mark.column, old: old, with: text) else {
            throw .invalid(file: file, diagnostics: checker.sortedDiagnostics)
        }
        let quoting = Checker(file: file, source: SourceText(spliced))
        _ = ScenarioDecoder(checker: quoting, file: file).decode(changed)
        throw .invalid(file: file, diagnostics: quoting.sortedDiagnostics)
    }
}

/// Carries a YAML tree to and from the parser's thread (trees are not `Sendable`: their tags are classes).
struct NodeBox: @unchecked Sendable {
    let node: Node?
}

/// Sets one value of a YAML tree, creating the mappings on the way when they are missing (an absent
/// `anatomy.levels.L4-L5`), and removing sibling keys of the value.
struct TreeEdit {
    /// The new scalar, as text (resolved like a plain scalar of a file: `7` is a number, `flexion` a word).
    let value: String
    /// Keys removed from the mapping that holds the value.
    let removing: [String]

    /// The tag the default resolver gives a plain scalar `value`, set directly for decimal numbers (the
    /// resolver's regular expressions cost more than the rest of checking a step); words are resolved.
    var tag: Tag {
        if NumberSyntax.isInteger(value) { return Tag(.int) }
        if NumberSyntax.isDecimal(value) { return Tag(.float) }
        return Tag(.implicit)
    }

    /// Where the replaced scalar was written and its text (plain scalars only), to splice the source.
    struct Replaced {
        var mark: Mark?
        var old: String?
    }

    /// The edited copy of `node` along `path`; created nodes carry `parentMark` so that problems with
    /// them are reported at the nearest place in the file.
    func apply(to node: Node, along path: ArraySlice<ParameterPath.Component>, parentMark: Mark?) -> (Node, Replaced) {
        let mark = node.mark ?? parentMark
        guard let first = path.first else {
            var replaced = Replaced()
            if case .scalar(let old) = node, old.style == .plain, old.mark != nil {
                replaced = Replaced(mark: old.mark, old: old.string)
            }
            return (.scalar(Node.Scalar(value, tag, .plain, mark)), replaced)
        }
        let rest = path.dropFirst()
        switch first {
        case .index(let i):
            guard case .sequence(var sequence) = node, sequence.indices.contains(i) else { return (node, Replaced()) }
            let (child, replaced) = apply(to: sequence[i], along: rest, parentMark: mark)
            sequence[i] = child
            return (.sequence(sequence), replaced)
        case .key(let key):
            var pairs: [(Node, Node)] = []
            var tag = Tag(.implicit), style = Node.Mapping.Style.any
            if case .mapping(let mapping) = node {
                pairs = mapping.map { ($0.key, $0.value) }
                tag = mapping.tag
                style = mapping.style
            }
            if rest.isEmpty { pairs.removeAll { removing.contains($0.0.scalar?.string ?? "") } }
            var replaced = Replaced()
            if let i = pairs.firstIndex(where: { $0.0.scalar?.string == key }) {
                let (child, r) = apply(to: pairs[i].1, along: rest, parentMark: pairs[i].0.mark ?? mark)
                pairs[i].1 = child
                replaced = r
            } else {
                // A placeholder without a mark: what is built from it carries the parent's mark.
                let empty = Node.scalar(Node.Scalar("", Tag(.implicit), .plain, nil))
                let (child, r) = apply(to: empty, along: rest, parentMark: mark)
                pairs.append((.scalar(Node.Scalar(key, Tag(.implicit), .plain, mark)), child))
                replaced = r
            }
            return (.mapping(Node.Mapping(pairs, tag, style, mark)), replaced)
        }
    }
}
