import Foundation

/// One step of a sweep: the value written into the file, where it sits on the plot's axis, and its label.
public struct SweepValue: Sendable, Hashable {
    /// As written into the scenario: `7.5`, `flexion`, `II`.
    public var text: String
    /// Position on the axis: the number itself, or the place of a word in its order (0, 1, 2 …).
    public var position: Double
}

/// `--vary PATH=FROM...TO:STEPS`, split and read.
public struct SweepSpec: Sendable, Hashable {
    public var path: String
    public var range: String

    /// The form shown in messages.
    public static let form = "PATH=FROM...TO:STEPS, e.g. lesions[0].size_mm=2...10:9 or posture=flexion...extension"

    /// Splits at the first `=`.
    public init(parsing text: String) throws(SweepError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw SweepError("'\(SourceText.quote(text, limit: 80))' has no '='; expected \(Self.form)")
        }
        path = String(text[..<equals])
        range = String(text[text.index(after: equals)...]).trimmingWhitespace
    }
}

/// Reads `FROM...TO:STEPS` for a parameter into evenly spaced values, first to last (FROM may be larger
/// than TO: a decreasing sweep).
///
/// - Decimals need STEPS, 2 … `maximumSteps`.
/// - Whole numbers (Pfirrmann, Lee) step through every integer when STEPS is left out; with STEPS, the
///   steps must land on integers.
/// - Words in order (posture, morphology, Schizas, Meyerding) take every word from FROM to TO; STEPS may
///   be left out, and when given must be that count.
///
/// Values are not range-checked here: each step is checked by the scenario loader, which knows the limits.
public enum SweepRange {
    public static let maximumSteps = 200

    public static func values(_ text: String, for parameter: SweepParameter) throws(SweepError) -> [SweepValue] {
        let p = parameter.path.description
        let example: String = switch parameter.kind {
        case .decimal: "\(p)=\(parameter.original ?? "2")...\(suggestedEnd(parameter.original)):9"
        case .whole: "\(p)=1...5"
        case .ordered(let words, _): "\(p)=\(words[0])...\(words[words.count - 1])"
        }
        let normalized = text.replacingOccurrences(of: "\u{2026}", with: "...")
        let parts = normalized.components(separatedBy: "...")
        guard parts.count == 2, !normalized.contains("....") else {
            // `2..10:5`, `2-10:5`, `2..10`: the user's own numbers with three dots, when that reads.
            var repaired: String?
            for separator in ["..", "-", "\u{2013}", " to "] where !normalized.contains("...") {
                let pieces = normalized.components(separatedBy: separator)
                if pieces.count == 2, !pieces[0].isEmpty, !pieces[1].isEmpty {
                    let candidate = pieces[0] + "..." + pieces[1]
                    repaired = [candidate, candidate + ":9"].first { (try? values($0, for: parameter)) != nil }.map { "\(p)=\($0)" }
                    break
                }
            }
            let hint = normalized.contains("..") ? " (three dots between FROM and TO)" : ""
            throw SweepError("'\(SourceText.quote(text, limit: 60))' is not a range\(hint); expected FROM...TO:STEPS",
                             allowed: "FROM...TO:STEPS with 2 ≤ STEPS ≤ \(maximumSteps)", suggestion: repaired ?? example)
        }
        let from = parts[0].trimmingWhitespace
        var to = parts[1].trimmingWhitespace
        var steps: Int?
        if let colon = to.lastIndex(of: ":") {
            let count = String(to[to.index(after: colon)...]).trimmingWhitespace
            to = String(to[..<colon]).trimmingWhitespace
            guard let n = Int(count), (2...maximumSteps).contains(n) else {
                let clamped = Int(count).map { min(maximumSteps, max(2, $0)) } ?? 9
                throw SweepError("':\(SourceText.quote(count))' is not a number of steps", allowed: "2 ≤ STEPS ≤ \(maximumSteps)",
                                 suggestion: "\(p)=\(parts[0].trimmingWhitespace)...\(to):\(clamped)")
            }
            steps = n
        }
        switch parameter.kind {
        case .decimal: return try decimals(from, to, steps, parameter)
        case .whole: return try wholes(from, to, steps, parameter)
        case .ordered(let words, let numbered): return try ordered(from, to, steps, words, numbered, parameter)
        }
    }

    private static func decimals(_ fromText: String, _ toText: String, _ steps: Int?,
                                 _ parameter: SweepParameter) throws(SweepError) -> [SweepValue] {
        let (from, to) = try numbers(fromText, toText, parameter)
        guard let steps else {
            throw SweepError("\(parameter.path) takes decimals: say how many steps with ':STEPS'", suggestion: "\(parameter.path)=\(fromText)...\(toText):9")
        }
        return (0..<steps).map { i in
            var x = i == steps - 1 ? to : from + (to - from) * Double(i) / Double(steps - 1)
            if !x.isFinite {
                // `to - from` overflowed (1e308...-1e308): weigh the ends instead, which stays between them,
                // so that every step is a value the user's range holds (and is checked as such).
                let t = Double(i) / Double(steps - 1)
                x = from * (1 - t) + to * t
            }
            let text = decimalText(x)
            return SweepValue(text: text, position: Double(text) ?? x)
        }
    }

    private static func wholes(_ fromText: String, _ toText: String, _ steps: Int?, _ parameter: SweepParameter) throws(SweepError) -> [SweepValue] {
        let (from, to) = try numbers(fromText, toText, parameter)
        guard from == from.rounded(), to == to.rounded(), abs(from) < 1e6, abs(to) < 1e6 else {
            throw SweepError("\(parameter.path) takes whole numbers; '\(fromText)...\(toText)' does not start and end on one")
        }
        let (a, b) = (Int(from), Int(to))
        let span = abs(b - a)
        let n = steps ?? (span + 1)
        guard n <= maximumSteps else {
            throw SweepError("\(a)...\(b) has \(n) whole numbers; a sweep has at most \(maximumSteps) steps",
                             allowed: "2 ≤ STEPS ≤ \(maximumSteps)")
        }
        guard n <= span + 1, span % (n - 1) == 0 else {
            let fitting = (2...max(2, span + 1)).filter { span % ($0 - 1) == 0 }.map(String.init).joined(separator: ", ")
            throw SweepError("\(parameter.path) takes whole numbers: \(a)...\(b) in \(n) steps would fall between them",
                             allowed: "STEPS \(fitting) (or leave ':STEPS' out for every whole number)",
                             suggestion: "\(parameter.path)=\(a)...\(b)")
        }
        let stride = (b - a) / (n - 1)
        return (0..<n).map { SweepValue(text: String(a + $0 * stride), position: Double(a + $0 * stride)) }
    }

    private static func ordered(_ fromText: String, _ toText: String, _ steps: Int?, _ words: [String], _ numbered: Int?,
                                _ parameter: SweepParameter) throws(SweepError) -> [SweepValue] {
        func index(_ text: String) throws(SweepError) -> Int {
            if let i = words.firstIndex(where: { $0.lowercased() == text.lowercased() }) { return i }
            if let first = numbered, let n = Int(text), (first..<(first + words.count)).contains(n) { return n - first }
            throw SweepError("'\(SourceText.quote(text))' is not a value of \(parameter.path)",
                             allowed: words.joined(separator: ", ") + " (in this order)",
                             suggestion: Suggestions.nearest(to: text, among: words))
        }
        let a = try index(fromText), b = try index(toText)
        guard a != b else { throw SweepError("FROM and TO are both '\(words[a])'; a sweep needs two different values") }
        let chosen = a < b ? Array(words[a...b]) : Array(words[b...a].reversed())
        if let steps, steps != chosen.count {
            throw SweepError("\(words[a])...\(words[b]) has \(chosen.count) values (\(chosen.joined(separator: ", "))), not \(steps)",
                             suggestion: "\(parameter.path)=\(words[a])...\(words[b])")
        }
        return chosen.map { w in SweepValue(text: w, position: Double(words.firstIndex(of: w) ?? 0)) }
    }

    private static func numbers(_ fromText: String, _ toText: String, _ parameter: SweepParameter) throws(SweepError) -> (Double, Double) {
        guard let from = NumberSyntax.parse(fromText), from.isFinite else {
            throw SweepError("FROM '\(SourceText.quote(fromText))' is not a number", allowed: "plain decimals such as 2, 7.5, -1")
        }
        guard let to = NumberSyntax.parse(toText), to.isFinite else {
            throw SweepError("TO '\(SourceText.quote(toText))' is not a number", allowed: "plain decimals such as 2, 7.5, -1")
        }
        guard from != to else { throw SweepError("FROM and TO are both \(fromText); a sweep needs two different values") }
        return (from, to)
    }

    /// A number as a scenario file would write it: at most 6 decimals, no trailing zeros, no `-0`
    /// (`2.6000000000000001` → `2.6`). Locale-independent.
    public static func decimalText(_ x: Double) -> String {
        let micro = (x * 1_000_000).rounded()
        guard micro.magnitude < 1e15 else { return String(x) }
        let whole = Int64(micro.magnitude)
        var text = String(whole / 1_000_000)
        var fraction = String(whole % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { text += "." + fraction }
        return micro < 0 ? "-" + text : text
    }

    private static func suggestedEnd(_ original: String?) -> String {
        guard let x = original.flatMap(NumberSyntax.parse) else { return "10" }
        return decimalText(x * 2)
    }
}
