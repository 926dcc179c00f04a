/// A JSON value whose objects keep their keys in the order given, so reports read in the order of the
/// spec and are byte-identical run to run.
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number printed with a fixed number of decimals (0 prints an integer).
    case number(Double, decimals: Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.serialized() == b.serialized() }
    public func hash(into h: inout Hasher) { h.combine(serialized()) }

    public static func int(_ v: Int) -> JSONValue { .number(Double(v), decimals: 0) }
    public static func mm(_ v: Double) -> JSONValue { .number(v, decimals: 1) }

    /// Pretty-printed with two-space indentation; short arrays of scalars stay on one line.
    public func serialized(indent: Int = 0) -> String {
        var out = ""
        out.reserveCapacity(4096)
        write(into: &out, indent: indent)
        return out
    }

    /// Appends the serialization to `out`: one growing string for the whole document, not a string per value
    /// joined up the tree (a report's JSON cost several times its simulation that way).
    func write(into out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let v, let d): out += Self.format(v, decimals: d)
        case .string(let s): Self.writeQuoted(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            if items.allSatisfy(\.isScalar) {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += ", " }
                    item.write(into: &out, indent: 0)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (i, item) in items.enumerated() {
                if i > 0 { out += ",\n" }
                Self.pad(&out, indent + 1)
                item.write(into: &out, indent: indent + 1)
            }
            out += "\n"
            Self.pad(&out, indent)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            out += "{\n"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += ",\n" }
                Self.pad(&out, indent + 1)
                Self.writeQuoted(pair.0, into: &out)
                out += ": "
                pair.1.write(into: &out, indent: indent + 1)
            }
            out += "\n"
            Self.pad(&out, indent)
            out += "}"
        }
    }

    /// Two spaces per level.
    private static func pad(_ out: inout String, _ level: Int) {
        for _ in 0..<max(0, level) { out += "  " }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    /// A finite number with `decimals` places, no exponent, no "-0"; non-finite numbers become null.
    static func format(_ v: Double, decimals: Int) -> String {
        guard v.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let rounded = (v * scale).rounded() / scale
        // Beyond 1e15 the digits are not exact and beyond 9.2e18 they do not fit an Int: JSON's exponent form.
        guard rounded.magnitude * scale < 1e15, rounded.isFinite else { return String(v) }
        if decimals == 0 || rounded == rounded.rounded() {
            let i = Int(rounded.magnitude.rounded())
            return (rounded < 0 && i != 0 ? "-" : "") + String(i)
        }
        let negative = rounded < 0
        let whole = Int((rounded.magnitude * scale).rounded())
        var frac = String(whole % Int(scale))
        while frac.count < decimals { frac = "0" + frac }
        while frac.hasSuffix("0") { frac.removeLast() }
        return (negative ? "-" : "") + String(whole / Int(scale)) + (frac.isEmpty ? "" : "." + frac)
    }

    static func quote(_ s: String) -> String {
        var out = ""
        writeQuoted(s, into: &out)
        return out
    }

    /// Appends `s` as a JSON string: quotes, backslash and control characters escaped, everything else as is.
    static func writeQuoted(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape at all: append them whole.
        guard s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) else {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
