/// The text of a scenario file, split into lines the way libyaml counts them, for locating problems and
/// quoting the offending line under a diagnostic.
///
/// Line breaks are LF, CRLF, CR, NEL (U+0085), LS (U+2028) and PS (U+2029), as in YAML 1.1 / libyaml.
/// Columns are 1-based and counted in Unicode scalars.
struct SourceText: Sendable {
    let text: String
    /// Lines are split only when a diagnostic first needs one.
    private let lines: LazyLines

    init(_ text: String) {
        self.text = text
        self.lines = LazyLines(text)
    }

    /// The text of a 1-based line, without its break; nil past the end.
    func line(_ number: Int) -> Substring.UnicodeScalarView? {
        let all = lines.value
        guard number >= 1, number <= all.count else { return nil }
        return all[number - 1]
    }

    /// The 1-based line and column of a UTF-8 byte offset into the text (clamped to the end).
    func location(utf8Offset: Int) -> (line: Int, column: Int) {
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: max(0, utf8Offset), limitedBy: utf8.endIndex) ?? utf8.endIndex
        return Self.location(in: text.unicodeScalars[..<end])
    }

    /// The 1-based line and column of an offset counted in `Character`s (Yams reports reader errors so).
    func location(characterOffset: Int) -> (line: Int, column: Int) {
        let end = text.index(text.startIndex, offsetBy: max(0, characterOffset), limitedBy: text.endIndex) ?? text.endIndex
        return Self.location(in: text.unicodeScalars[..<end])
    }

    /// The line and column just after `prefix`.
    static func location(in prefix: Substring.UnicodeScalarView) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var previousWasCR = false
        for scalar in prefix {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if isBreak(scalar) {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }

    static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }

    /// The widest source excerpt shown under a diagnostic, in Unicode scalars.
    static let excerptWidth = 120

    /// The line to quote under a diagnostic at (line, column), made safe to print, and the caret offset in
    /// it. Long lines are cut to a window around the column, marked with `…`.
    func excerpt(line number: Int, column: Int) -> (text: String, caret: Int)? {
        guard let scalars = line(number) else { return nil }
        let all = Array(scalars)
        let target = max(0, column - 1)
        var start = 0
        var end = all.count
        if all.count > Self.excerptWidth {
            start = max(0, min(target - Self.excerptWidth / 2, all.count - Self.excerptWidth))
            end = min(all.count, start + Self.excerptWidth)
        }
        var out = String.UnicodeScalarView()
        if start > 0 { out.append("…") }
        for scalar in all[start..<end] { out.append(Self.printable(scalar)) }
        if end < all.count { out.append("…") }
        let caret = min(target, end) - start + (start > 0 ? 1 : 0)
        return (String(out), max(0, caret))
    }

    /// Replaces characters that could garble a terminal (control characters other than tab, bidirectional
    /// overrides) with U+FFFD.
    static func printable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x09: scalar
        case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: "\u{FFFD}"
        default: scalar
        }
    }

    /// A value quoted into a message: control characters made visible and cut to `limit` characters.
    static func quote(_ text: String, limit: Int = 40) -> String {
        var out = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if count == limit { out.append("…"); break }
            out.append(printable(scalar))
            count += 1
        }
        return String(out)
    }
}

/// The lines of a text, computed on first use (most files have no problems to quote).
private final class LazyLines: @unchecked Sendable {
    // Only ever touched from the thread that owns the enclosing SourceText (one parse runs on one thread).
    private let text: String
    private var cached: [Substring.UnicodeScalarView]?

    init(_ text: String) { self.text = text }

    var value: [Substring.UnicodeScalarView] {
        if let cached { return cached }
        var result: [Substring.UnicodeScalarView] = []
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if SourceText.isBreak(scalar) {
                result.append(scalars[start..<index])
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        result.append(scalars[start..<scalars.endIndex])
        cached = result
        return result
    }
}
