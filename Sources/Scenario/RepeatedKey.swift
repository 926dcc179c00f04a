import Yams

/// A 1-based line and column.
struct Position: Hashable, Sendable {
    let line: Int
    let column: Int
}

/// A key given twice in one mapping. Yams refuses the whole file at the first one, naming the key and
/// pointing at its *first* occurrence; this finds the repeat in the text so that it can be reported
/// there, then blanks it out (keeping every line and column where it was) so the rest of the file can
/// be read and checked as well.
struct RepeatedKey: Sendable {
    let key: String
    /// Where the repeated key starts (its opening quote, if quoted): where Yams will place its node.
    let position: Position
    /// The line of the first occurrence.
    let firstLine: Int
    let quoted: Bool

    /// Finds the repeat of `key` after its first occurrence at `mark`: later on the same line (flow
    /// style), or further down at the same column before the mapping's indentation ends (block style).
    static func find(_ key: String, after mark: Mark, in source: SourceText) -> RepeatedKey? {
        let keyScalars = Array(key.unicodeScalars)
        guard !keyScalars.isEmpty else { return nil }
        // The key at `start` (or just after a quote there), followed by `:` after optional spaces/quote.
        func keyStarts(in line: [Unicode.Scalar], at start: Int) -> Bool? {
            guard start >= 0, start < line.count else { return nil }
            let quoted = line[start] == "\"" || line[start] == "'"
            let column = quoted ? start + 1 : start
            guard column + keyScalars.count <= line.count,
                  Array(line[column..<(column + keyScalars.count)]) == keyScalars else { return nil }
            let rest = line[(column + keyScalars.count)...].drop { $0 == " " || (quoted && ($0 == "\"" || $0 == "'")) }
            return rest.first == ":" ? quoted : nil
        }
        let column = mark.column - 1
        if let line = source.line(mark.line).map(Array.init) {
            var c = column + 1
            while c < line.count {
                if [" ", "{", ","].contains(line[c - 1]), let quoted = keyStarts(in: line, at: c) {
                    return RepeatedKey(key: key, position: Position(line: mark.line, column: c + 1),
                                       firstLine: mark.line, quoted: quoted)
                }
                c += 1
            }
        }
        var number = mark.line + 1
        while let scalars = source.line(number) {
            let line = Array(scalars)
            let indent = line.prefix { $0 == " " }.count
            let blank = indent == line.count || line[indent] == "#"
            if !blank {
                if indent < column { return nil }
                if indent == column, let quoted = keyStarts(in: line, at: column) {
                    return RepeatedKey(key: key, position: Position(line: number, column: column + 1),
                                       firstLine: mark.line, quoted: quoted)
                }
            }
            number += 1
        }
        return nil
    }

    /// `text` with this key replaced by as many private-use characters (U+E000…), the first one
    /// depending on `pass` so that two blanked keys never collide; nil if the key is not there.
    func blank(in text: String, pass: Int) -> String? {
        let scalars = text.unicodeScalars
        var line = 1
        var column = 1
        var index = scalars.startIndex
        var previousWasCR = false
        while index < scalars.endIndex, (line, column) != (position.line, position.column) {
            let scalar = scalars[index]
            if !(scalar == "\n" && previousWasCR) {
                if SourceText.isBreak(scalar) { line += 1; column = 1 } else { column += 1 }
            }
            previousWasCR = scalar == "\r"
            index = scalars.index(after: index)
        }
        guard (line, column) == (position.line, position.column) else { return nil }
        if quoted { index = scalars.index(after: index) }
        let count = key.unicodeScalars.count
        guard let end = scalars.index(index, offsetBy: count, limitedBy: scalars.endIndex),
              Array(scalars[index..<end]) == Array(key.unicodeScalars),
              let first = Unicode.Scalar(0xE000 + UInt32(pass % 0x1000)), let fill = Unicode.Scalar(0xE000) else { return nil }
        var result = String.UnicodeScalarView(scalars[..<index])
        result.append(first)
        result.append(contentsOf: repeatElement(fill, count: count - 1))
        result.append(contentsOf: scalars[end...])
        return String(result)
    }
}
