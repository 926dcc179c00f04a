import Yams

/// Turns scenario text into a YAML node tree with Yams, guarding against the inputs that would make
/// Yams slow or fragile, and turning its errors into located diagnostics.
///
/// What Yams/libyaml 0.2.5 do with hostile input, and the guards here:
/// - Deep nesting: libyaml refuses more than 1000 nested collections ("maximum nesting level"), but
///   Yams composes recursively (about two stack frames per level, twice as many levels for `[a: [a: …`).
///   The loader therefore runs on a thread of its own with a large stack (`ScenarioLoader.parse`).
/// - Aliases are not copied: an alias node *is* its anchor's node, so a "billion laughs" costs nothing to
///   compose — until a mapping key contains one: Yams hashes every key to find duplicates, which walks
///   the whole expansion (9 levels of 9 aliases take minutes). So no more than
///   `ScenarioLoader.maximumAliases` alias marks (`*name`) are allowed in a file; that bounds the work at
///   3^(32/3) ≈ 10⁵ nodes per key.
/// - Repeated keys stop Yams; each is noted, blanked out of the text (same length) and the text read again.
/// - Several documents, undefined aliases, tabs for indentation and control characters are errors of
///   Yams/libyaml, reported at their line and column.
enum YAMLStage {
    /// The root node, nil for an empty stream (only comments or nothing), or the diagnostic that stops
    /// the file from being read.
    static func compose(_ source: SourceText, checker: Checker) -> (node: Node?, ok: Bool) {
        if let offset = excessAliasOffset(in: source.text) {
            let (line, column) = source.location(utf8Offset: offset)
            checker.report(line: line, column: column, path: .root,
                           "more than \(ScenarioLoader.maximumAliases) YAML aliases (*name); "
                           + "a scenario file may use at most \(ScenarioLoader.maximumAliases)")
            return (nil, false)
        }
        var text = source.text
        for pass in 0...maximumRepeatedKeys {
            do {
                return (try Yams.compose(yaml: text, .default, .default, .utf8), true)
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                // Yams stops at the first repeated key. Note it, blank it out and read on, so that the
                // file's other problems are reported too.
                guard pass < maximumRepeatedKeys, let key = duplicates.sorted().first,
                      let repeated = RepeatedKey.find(key, after: context.mark, in: SourceText(text)),
                      let blanked = repeated.blank(in: text, pass: pass)
                else {
                    reportDuplicates(duplicates, at: context.mark, checker: checker)
                    return (nil, false)
                }
                checker.repeatedKeys[repeated.position] = repeated
                text = blanked
            } catch let error as YamlError {
                report(error, source: source, checker: checker)
                return (nil, false)
            } catch {
                checker.report(line: 1, column: 1, path: .root, "cannot read the YAML: \(error)")
                return (nil, false)
            }
        }
        return (nil, false)
    }

    /// How many repeated keys are blanked out and read past before giving up.
    static let maximumRepeatedKeys = 16

    /// The UTF-8 offset of the first alias mark beyond the allowed number, counting every `*` followed by
    /// a character that may start an anchor name, wherever it is (in a quoted string or comment too): an
    /// over-count is harmless, an under-count is not.
    static func excessAliasOffset(in text: String) -> Int? {
        var count = 0
        var previousWasStar = false
        for (offset, byte) in text.utf8.enumerated() {
            if previousWasStar, isAnchorStart(byte) {
                count += 1
                if count > ScenarioLoader.maximumAliases { return offset - 1 }
            }
            previousWasStar = byte == UInt8(ascii: "*")
        }
        return nil
    }

    /// libyaml anchor names are letters, digits, `-` and `_`; non-ASCII bytes are counted too, to be safe.
    private static func isAnchorStart(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "-"), UInt8(ascii: "_"), 0x80...: true
        default: false
        }
    }

    // MARK: Yams errors

    private static func report(_ error: YamlError, source: SourceText, checker: Checker) {
        switch error {
        case let .reader(problem, offset, _, _):
            let (line, column) = offset.map { source.location(characterOffset: $0) } ?? (1, 1)
            checker.report(line: line, column: column, path: .root, readerMessage(problem))
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let (message, suggestion) = syntaxMessage(problem: problem, context: context, mark: mark, source: source)
            checker.report(line: mark.line, column: mark.column, path: .root, message, suggestion: suggestion)
        case let .duplicatedKeysInMapping(duplicates, context):
            reportDuplicates(duplicates, at: context.mark, checker: checker)
        case .memory:
            checker.report(line: 1, column: 1, path: .root, "out of memory while reading the YAML")
        default:
            checker.report(line: 1, column: 1, path: .root, "cannot read the YAML: \(error)")
        }
    }

    private static func readerMessage(_ problem: String) -> String {
        if problem.contains("control characters") {
            return "the file contains a control character, which YAML does not allow (is it a text file?)"
        }
        return "cannot read the text: \(problem)"
    }

    private static func syntaxMessage(problem: String, context: YamlError.Context?, mark: Mark,
                                      source: SourceText) -> (String, String?) {
        let lineText = source.line(mark.line)
        let scalarAtMark = lineText.flatMap { line -> Unicode.Scalar? in
            let index = line.index(line.startIndex, offsetBy: mark.column - 1, limitedBy: line.endIndex)
            return index.flatMap { $0 < line.endIndex ? line[$0] : nil }
        }
        if problem.contains("cannot start any token"), scalarAtMark == "\t" {
            return ("a tab cannot indent YAML or separate its parts here; use spaces", nil)
        }
        if lineText?.contains("\t") == true, problem.contains("cannot start any token") || problem.contains("tab") {
            return ("YAML syntax error: \(problem) (tabs are not allowed for indentation; use spaces)", nil)
        }
        if problem.contains("Maximum nesting level") {
            return ("the YAML is nested too deeply (libyaml stops at 1000 levels; a scenario needs 5)", nil)
        }
        if problem.contains("another document") {
            return ("a scenario file holds one YAML document, but a second one starts here", nil)
        }
        if problem.contains("undefined alias") {
            return ("this alias (*name) refers to no anchor (&name) defined before it", nil)
        }
        var message = "YAML syntax error: \(problem)"
        if let context, !context.text.isEmpty {
            message += " (\(context.text) that starts at line \(context.mark.line), column \(context.mark.column))"
        }
        return (message, nil)
    }

    /// A repeated key that could not be read past, reported where Yams found the first of them.
    private static func reportDuplicates(_ duplicates: [String], at mark: Mark, checker: Checker) {
        let names = duplicates.sorted().map { "'\(SourceText.quote($0))'" }.joined(separator: ", ")
        checker.report(line: mark.line, column: mark.column, path: .root,
                       "duplicate key \(names): a key may appear only once in a mapping")
    }
}
