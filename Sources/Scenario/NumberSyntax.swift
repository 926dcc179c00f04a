/// The spelling of numbers in scenario files: plain decimal, as in YAML 1.2's core schema.
///
/// Accepted: `7`, `-3`, `+2`, `7.5`, `7.`, `.5`, `1e3`, `2.5E-1`. Not accepted: `0x1F`, `0o17`, `1_000`,
/// `1:30` (YAML 1.1 extras), `.inf`, `.nan`. A leading zero is decimal (`010` is ten, not eight).
enum NumberSyntax {
    /// The value of a decimal number; nil when `text` is not one. Numbers beyond the range of a Double
    /// (`1e400`) come back as ±infinity so that callers report them as out of range.
    static func parse(_ text: String) -> Double? {
        guard isDecimal(text) else { return nil }
        return Double(text)
    }

    /// True for a decimal number with neither a fraction nor an exponent (`12`, `-3`, `+0`).
    static func isInteger(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        return !bytes.isEmpty && bytes.allSatisfy(isDigit)
    }

    /// `[-+]? (digits [. digits?] | . digits) ([eE] [-+]? digits)?`
    static func isDecimal(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var i = 0
        if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
        let integerStart = i
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        var digits = i - integerStart
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            digits += i - fractionStart
        }
        guard digits > 0 else { return false }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            let exponentStart = i
            while i < bytes.count, isDigit(bytes[i]) { i += 1 }
            guard i > exponentStart else { return false }
        }
        return i == bytes.count
    }

    /// The number at the front of a value that carries a unit: `7mm` → `7`, `7.5 mm` → `7.5`,
    /// `30%` → `30`. Nil unless what follows the number is a unit-like word (letters, `%`, `°`, `²`, `µ`).
    static func leadingNumber(_ text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var end = 0
        while end < scalars.count, "+-.0123456789".unicodeScalars.contains(scalars[end]) { end += 1 }
        guard end > 0, end < scalars.count else { return nil }
        let number = String(String.UnicodeScalarView(scalars[..<end]))
        guard isDecimal(number) else { return nil }
        let unit = scalars[end...].drop { $0 == " " }
        guard !unit.isEmpty, unit.count <= 8,
              unit.allSatisfy({ $0.properties.isAlphabetic || "%°²µ".unicodeScalars.contains($0) }) else { return nil }
        return number
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
