import Yams

/// A numeric range as the format states it, e.g. `0 < size_mm ≤ 20` or `0.8 ≤ scale ≤ 1.25`.
struct Bounds: Sendable, CustomStringConvertible {
    let name: String
    let lower: Double
    /// True for `lower < x`, false for `lower ≤ x`.
    let lowerExclusive: Bool
    let upper: Double

    init(_ name: String, _ range: ClosedRange<Double>) {
        self.name = name
        lower = range.lowerBound
        lowerExclusive = false
        upper = range.upperBound
    }

    /// `lower < x ≤ upper`.
    init(_ name: String, above lower: Double, upTo upper: Double) {
        self.name = name
        self.lower = lower
        lowerExclusive = true
        self.upper = upper
    }

    /// False for NaN and infinities.
    func contains(_ x: Double) -> Bool {
        guard x.isFinite else { return false }
        return (lowerExclusive ? x > lower : x >= lower) && x <= upper
    }

    var description: String {
        "\(Bounds.format(lower)) \(lowerExclusive ? "<" : "≤") \(name) ≤ \(Bounds.format(upper))"
    }

    /// `20` rather than `20.0`; `1.25` as is.
    static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(x)
    }
}

/// Which values of a key are accepted, with their aliases (matched case-insensitively).
struct Choices<Value: Sendable>: Sendable {
    /// What a value is, for messages: `'x' is not a herniation zone`.
    let noun: String
    let options: [(name: String, value: Value)]
    var aliases: [(name: String, value: Value)] = []
    /// Overrides the generated `allowed:` text.
    var allowedText: String?

    init(_ noun: String, _ options: [(name: String, value: Value)],
         aliases: [(name: String, value: Value)] = [], allowedText: String? = nil) {
        self.noun = noun
        self.options = options
        self.aliases = aliases
        self.allowedText = allowedText
    }

    func match(_ text: String) -> Value? {
        let lowered = text.lowercased()
        return (options + aliases).first { $0.name.lowercased() == lowered }?.value
    }

    var allowed: String {
        if let allowedText { return allowedText }
        let names = options.map(\.name).joined(separator: ", ")
        guard !aliases.isEmpty else { return names }
        return names + " (also " + aliases.map(\.name).joined(separator: ", ") + ")"
    }

    var spellings: [String] { options.map(\.name) + aliases.map(\.name) }
}

extension Choices where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
    /// The raw values of an enumeration as its spellings.
    init(_ noun: String, of type: Value.Type, aliases: [(name: String, value: Value)] = []) {
        self.init(noun, Value.allCases.map { ($0.rawValue, $0) }, aliases: aliases)
    }
}

extension Checker {
    // MARK: Describing nodes

    func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && node.tag.rawValue == Tag.Name.null.rawValue
    }

    /// A node's tag as written: `!!binary`, `!custom`.
    func tagName(_ node: Node) -> String {
        let raw = node.tag.rawValue
        let prefix = "tag:yaml.org,2002:"
        return SourceText.quote(raw.hasPrefix(prefix) ? "!!" + raw.dropFirst(prefix.count) : raw)
    }

    /// Tags a scenario may carry: the core schema plus those the default resolver gives plain scalars.
    private static let supportedTags: Set<String> = [
        Tag.Name.str, .int, .float, .bool, .null, .timestamp, .merge, .value, .seq, .map,
    ].reduce(into: []) { $0.insert($1.rawValue) }

    func hasSupportedTag(_ node: Node) -> Bool { Self.supportedTags.contains(node.tag.rawValue) }

    /// "a list", "nothing (an empty value)", "the text \"7mm\"", "yes (a boolean)".
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if !hasSupportedTag(node) { return "a value tagged \(tagName(node))" }
            let shown = SourceText.quote(scalar.string)
            let looksNumeric = NumberSyntax.parse(scalar.string) != nil
            if scalar.style != .plain || (node.tag.rawValue == Tag.Name.str.rawValue && looksNumeric) {
                return "the text \"\(shown)\""
            }
            switch node.tag.rawValue {
            case Tag.Name.null.rawValue: return "nothing (an empty value)"
            case Tag.Name.bool.rawValue: return "\(shown) (a yes/no value)"
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
                return looksNumeric ? "the number \(shown)" : "'\(shown)'"
            default: return "'\(shown)'"
            }
        }
    }

    // MARK: Scalars

    /// The scalar of a node expected to be one (`expected` names what was wanted); reports lists,
    /// mappings, empty values and unsupported tags.
    func scalar(_ node: Node, at path: Path, expected: String, allowed: String? = nil) -> Node.Scalar? {
        guard case .scalar(let scalar) = node, hasSupportedTag(node), !isNull(node) else {
            report(node, path, "expected \(expected), found \(describe(node))", allowed: allowed)
            return nil
        }
        return scalar
    }

    /// A text value: any non-empty scalar (a plain `2024` is taken as the text "2024").
    func text(_ node: Node, at path: Path, expected: String = "text") -> String? {
        scalar(node, at: path, expected: expected)?.string
    }

    /// One of `choices`, case-insensitively; otherwise reports the value with the allowed spellings and
    /// the nearest one.
    func choice<Value>(_ node: Node, at path: Path, _ choices: Choices<Value>) -> Value? {
        guard let scalar = scalar(node, at: path, expected: "a \(choices.noun)", allowed: choices.allowed) else {
            return nil
        }
        if let value = choices.match(scalar.string) { return value }
        report(node, path, "'\(SourceText.quote(scalar.string))' is not a \(choices.noun)", allowed: choices.allowed,
               suggestion: Suggestions.nearest(to: scalar.string, among: choices.spellings))
        return nil
    }

    // MARK: Numbers

    /// A plain decimal number within `bounds`. Quoted numbers, units (`7mm`), yes/no, `.inf`, `.nan`,
    /// hexadecimal and out-of-range values (including ones too large for a Double, like `1e400`) are
    /// reported; the message quotes the number as written.
    func number(_ node: Node, at path: Path, _ bounds: Bounds) -> Double? {
        guard let text = numericText(node, at: path, expected: "a number (\(bounds))") else { return nil }
        guard let value = NumberSyntax.parse(text), bounds.contains(value) else {
            report(node, path, "\(SourceText.quote(text)) is out of range (\(bounds))")
            return nil
        }
        return value
    }

    /// A whole number within `range`; `3.0` and `3.5` are reported as not whole.
    func integer(_ node: Node, at path: Path, _ name: String, _ range: ClosedRange<Int>) -> Int? {
        let bounds = "\(range.lowerBound) ≤ \(name) ≤ \(range.upperBound)"
        guard let text = numericText(node, at: path, expected: "a whole number (\(bounds))") else { return nil }
        guard NumberSyntax.isInteger(text) else {
            report(node, path, "expected a whole number (\(bounds)), found \(SourceText.quote(text))")
            return nil
        }
        guard let value = NumberSyntax.parse(text), value >= Double(range.lowerBound),
              value <= Double(range.upperBound), let whole = Int(exactly: value) else {
            report(node, path, "\(SourceText.quote(text)) is out of range (\(bounds))")
            return nil
        }
        return whole
    }

    /// The text of a scalar written as a plain decimal number, or nil after reporting why it is not one.
    private func numericText(_ node: Node, at path: Path, expected: String) -> String? {
        guard let scalar = scalar(node, at: path, expected: expected) else { return nil }
        let text = scalar.string
        let tag = node.tag.rawValue
        let numericTag = tag == Tag.Name.int.rawValue || tag == Tag.Name.float.rawValue
        let isNumber = NumberSyntax.parse(text) != nil
        if numericTag, isNumber { return text }
        if isNumber {
            // Quoted, or tagged !!str: text that looks like a number.
            report(node, path, "expected \(expected), found \(describe(node))", suggestion: SourceText.quote(text))
            return nil
        }
        let lowered = text.lowercased()
        if lowered.hasSuffix(".nan") || lowered.hasSuffix(".inf") {
            report(node, path, "\(SourceText.quote(text)) is not a finite number; expected \(expected)")
        } else if let leading = NumberSyntax.leadingNumber(text) {
            report(node, path, "expected \(expected), found '\(SourceText.quote(text))' (write the number alone, "
                   + "without a unit)", suggestion: leading)
        } else if numericTag {
            report(node, path, "expected \(expected) in decimal notation, found '\(SourceText.quote(text))'")
        } else {
            report(node, path, "expected \(expected), found \(describe(node))")
        }
        return nil
    }
}
