/// The address of one value in a scenario file, spelled as diagnostics spell it: keys joined by dots,
/// list items counted from 0 in brackets — `lesions[0].size_mm`, `lesions[1].migration.mm`,
/// `anatomy.levels.L4-L5.canal_ap_mm`, `posture`.
///
/// This type only reads the spelling; whether the path names a value of the format is decided against a
/// file by `ScenarioTemplate.parameter(_:)`.
public struct ParameterPath: Sendable, Hashable, CustomStringConvertible {
    public enum Component: Sendable, Hashable {
        case key(String)
        case index(Int)
    }

    public var components: [Component]

    /// Longest path read, in characters (the longest real path is under 40).
    public static let maximumLength = 200
    /// Largest list index accepted (a scenario holds at most `ScenarioLoader.maximumLesions` lesions).
    static let maximumIndex = 999_999

    public init(components: [Component]) { self.components = components }

    /// Reads `lesions[0].size_mm`. Surrounding blanks are ignored; keys may hold any character but
    /// `.`, `[`, `]` and blanks.
    public init(parsing raw: String) throws(SweepError) {
        let text = raw.trimmingWhitespace
        let example = "e.g. lesions[0].size_mm or anatomy.levels.L4-L5.canal_ap_mm"
        guard !text.isEmpty else { throw SweepError("the path before '=' is empty; name the value to vary, \(example)") }
        guard text.count <= Self.maximumLength else {
            throw SweepError("the path is \(text.count) characters long; a scenario path is at most \(Self.maximumLength)")
        }
        var components: [Component] = []
        var key = ""
        var chars = Array(text)[...]
        var afterIndex = false
        func fail(_ message: String) -> SweepError {
            SweepError("'\(SourceText.quote(text))': \(message)", allowed: "keys joined by dots, list items as [0], [1] …; \(example)")
        }
        while let c = chars.popFirst() {
            switch c {
            case ".":
                if key.isEmpty && !afterIndex { throw fail("a key is missing before a '.'") }
                if !key.isEmpty { components.append(.key(key)) }
                key = ""
                afterIndex = false
                if chars.isEmpty { throw fail("the path ends with a '.'") }
            case "[":
                if key.isEmpty && !afterIndex { throw fail("'[' must follow a key, as in lesions[0]") }
                if !key.isEmpty { components.append(.key(key)) }
                key = ""
                guard let close = chars.firstIndex(of: "]") else { throw fail("a '[' is not closed with ']'") }
                let digits = String(chars[chars.startIndex..<close])
                chars = chars[chars.index(after: close)...]
                guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                      let index = Int(digits), index <= Self.maximumIndex else {
                    throw fail("'[\(SourceText.quote(digits))]' is not a list index; lists count from 0: [0], [1] …")
                }
                components.append(.index(index))
                afterIndex = true
                if let next = chars.first, next != ".", next != "[" {
                    throw fail("a '.' must follow ']' before the next key, as in lesions[0].size_mm")
                }
            case "]":
                throw fail("a ']' has no '[' before it")
            default:
                if c.isWhitespace { throw fail("a path has no blanks; write it as one word, \(example)") }
                key.append(c)
            }
        }
        if !key.isEmpty { components.append(.key(key)) }
        self.components = components
    }

    /// `lesions[0].migration.mm`.
    public var description: String {
        var out = ""
        for component in components {
            switch component {
            case .key(let k): out += (out.isEmpty ? "" : ".") + k
            case .index(let i): out += "[\(i)]"
            }
        }
        return out
    }

    /// A form safe in file names: letters, digits, `_` and `-`; everything else becomes `-`, runs of `-`
    /// are merged (`lesions[0].size_mm` → `lesions-0-size_mm`).
    public var slug: String {
        var out = ""
        for scalar in description.unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
            if keep { out.unicodeScalars.append(scalar) } else if !out.isEmpty, !out.hasSuffix("-") { out += "-" }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "value" : String(out.prefix(80))
    }

    /// The path with `component` at `position` replaced (for suggestions).
    func replacing(_ position: Int, with component: Component) -> ParameterPath {
        var copy = self
        if copy.components.indices.contains(position) { copy.components[position] = component }
        return copy
    }

    /// The path of the first `count` components.
    func prefix(_ count: Int) -> ParameterPath { ParameterPath(components: Array(components.prefix(count))) }
}
