extension SourceText {
    /// The text with `old`, written at 1-based (`line`, `column`) (columns in Unicode scalars, as libyaml
    /// counts them), replaced by `new`; nil when `old` is not written exactly there.
    func replacing(line: Int, column: Int, old: String, with new: String) -> String? {
        let scalars = text.unicodeScalars
        var currentLine = 1, currentColumn = 1
        var previousWasCR = false
        var index = scalars.startIndex
        while index < scalars.endIndex, (currentLine, currentColumn) != (line, column) {
            let scalar = scalars[index]
            defer { index = scalars.index(after: index) }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            if Self.isBreak(scalar) {
                currentLine += 1
                currentColumn = 1
            } else {
                currentColumn += 1
            }
            if currentLine > line { return nil }
        }
        guard (currentLine, currentColumn) == (line, column),
              scalars[index...].starts(with: old.unicodeScalars) else { return nil }
        let end = scalars.index(index, offsetBy: old.unicodeScalars.count)
        var out = String.UnicodeScalarView(scalars[..<index])
        out.append(contentsOf: new.unicodeScalars)
        out.append(contentsOf: scalars[end...])
        return String(out)
    }
}
