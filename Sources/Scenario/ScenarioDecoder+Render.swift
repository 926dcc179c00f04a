import Anatomy
import Yams

extension ScenarioDecoder {
    static let viewsAllowed = "sheet, sagittal, axial[:LEVEL], foramen[:LEVEL[:SIDE]], body, knee"

    /// `render: {views, formats}`; each list optional (default `[sheet]` and `[png]`), each non-empty and
    /// without repeats when given. An empty `render:` gives the defaults. Nil after a problem.
    func render(_ entry: Entry) -> RenderDefaults? {
        guard var fields = checker.fields(of: entry.value, at: entry.path,
                                          expected: "a mapping with views and/or formats", emptyAllowed: true)
        else { return nil }
        var ok = true
        var defaults = RenderDefaults()
        if let views = fields.take("views") {
            if let parsed = list(views, noun: "view", example: "sheet", allowed: Self.viewsAllowed, parse: view) {
                defaults.views = parsed
            } else { ok = false }
        }
        if let formats = fields.take("formats") {
            let parsed = list(formats, noun: "format", example: "png", allowed: Vocabulary.format.allowed) {
                checker.choice($0, at: $1, Vocabulary.format)
            }
            if let parsed { defaults.formats = parsed } else { ok = false }
        }
        checker.rejectUnknownKeys(fields, known: ["views", "formats"], context: "render")
        return ok ? defaults : nil
    }

    /// A non-empty list of distinct items, each parsed by `parse` (which reports its own problems).
    private func list<Item: Hashable>(_ entry: Entry, noun: String, example: String, allowed: String,
                                      parse: (Node, Path) -> Item?) -> [Item]? {
        guard case .sequence(let sequence) = entry.value else {
            let single = checker.hasSupportedTag(entry.value) && !checker.isNull(entry.value)
                ? entry.value.scalar.map { "[\(SourceText.quote($0.string))]" } : nil
            checker.report(entry.value, entry.path,
                           "expected a list of \(noun)s such as [\(example)], found \(checker.describe(entry.value))",
                           allowed: allowed, suggestion: single)
            return nil
        }
        if sequence.isEmpty {
            checker.report(entry.value, entry.path,
                           "the list of \(noun)s is empty; give at least one, or leave the key out for the default",
                           allowed: allowed)
            return nil
        }
        var ok = true
        var items: [Item] = []
        for (i, node) in sequence.enumerated() {
            let path = entry.path.index(i)
            guard let item = parse(node, path) else { ok = false; continue }
            if items.contains(item) {
                checker.report(node, path, "\(noun) '\(SourceText.quote(node.scalar?.string ?? ""))' is listed twice")
                ok = false
                continue
            }
            items.append(item)
        }
        return ok ? items : nil
    }

    /// A view spelling (`ViewSpec(parsing:)`), with a suggestion built from the nearest view name and level.
    private func view(_ node: Node, at path: Path) -> ViewSpec? {
        guard let text = checker.scalar(node, at: path, expected: "a view", allowed: Self.viewsAllowed)?.string
        else { return nil }
        if let view = ViewSpec(parsing: text) { return view }
        checker.report(node, path, "'\(SourceText.quote(text))' is not a view", allowed: Self.viewsAllowed,
                       suggestion: Self.suggestView(for: text))
        return nil
    }

    static func suggestView(for text: String) -> String? {
        var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard let head = parts.first else { return nil }
        if !ViewSpec.names.contains(head.lowercased()) {
            guard let name = Suggestions.nearest(to: head, among: ViewSpec.names) else { return nil }
            parts[0] = name
        }
        if parts.count >= 2, DiscLevel(parsing: parts[1]) == nil {
            guard let level = Vocabulary.nearestDiscLevel(to: parts[1]) else { return nil }
            parts[1] = level
        }
        if parts.count == 3, Side(rawValue: parts[2].lowercased()) == nil {
            guard let side = Suggestions.nearest(to: parts[2], among: Side.allCases.map(\.rawValue)) else { return nil }
            parts[2] = side
        }
        let suggestion = parts.joined(separator: ":")
        return ViewSpec(parsing: suggestion) == nil ? nil : SourceText.quote(suggestion)
    }
}

extension ViewSpec {
    /// Why `text` is not a view, for the command line (`--view`), in the words a file's `render.views` gets:
    /// which part is wrong, what is allowed, and the nearest valid spelling when there is one.
    public static func problem(with text: String) -> String {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let head = parts[0].lowercased()
        let reason: String
        var suggestion = ScenarioDecoder.suggestView(for: text)
        if !names.contains(head) {
            reason = "'\(SourceText.quote(parts[0]))' is not a view"
        } else if ["sheet", "sagittal", "body", "knee"].contains(head) {
            reason = "the \(head) view takes no level or side"
            suggestion = head
        } else if head == "axial" && parts.count > 2 {
            reason = "an axial view takes a level only, as in axial:L4-L5"
            suggestion = DiscLevel(parsing: parts[1]).map { "axial:\($0.name)" } ?? suggestion
        } else if parts.count > 3 {
            reason = "a foramen view takes a level and a side at most, as in foramen:L5-S1:left"
            suggestion = nil
        } else if DiscLevel(parsing: parts[1]) == nil {
            reason = "'\(SourceText.quote(parts[1]))' is not a disc level (\(DiscLevel.allCases.map(\.name).joined(separator: ", ")))"
        } else {
            reason = "'\(SourceText.quote(parts[2]))' is not a side of a foramen (left, right)"
        }
        var message = "\(reason); allowed: \(ScenarioDecoder.viewsAllowed)"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message
    }
}
