import Diagram
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 bytes of an SVG being written, with the few things the writer appends: text, escaped text,
/// numbers and path data. Numbers are printed by hand (no `printf`, no `Double.description`): fixed
/// places, trailing zeros dropped, `-0` written as `0`, so the same value always gives the same bytes.
struct SVGBuffer {
    var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// `text` with `&`, `<`, `>`, `"` and `'` as entities; control characters other than tab and newline,
    /// which XML 1.0 cannot hold, are left out.
    mutating func escaped(_ text: String) {
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): append("&amp;")
            case UInt8(ascii: "<"): append("&lt;")
            case UInt8(ascii: ">"): append("&gt;")
            case UInt8(ascii: "\""): append("&quot;")
            case UInt8(ascii: "'"): append("&apos;")
            case 0x09, 0x0A: bytes.append(byte)
            case ..<0x20, 0x7F: continue
            default: bytes.append(byte)
            }
        }
    }

    /// `value` rounded to `places` decimals (0…6). Not-a-number and infinities, which no scene should hold,
    /// are written as 0 so the document stays well formed.
    mutating func number(_ value: Double, places: Int = 2) {
        guard value.isFinite else { return bytes.append(UInt8(ascii: "0")) }
        let scale = Self.powers[min(max(places, 0), 6)]
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9e15 else {
            // Beyond exact integers in a Double: no page coordinate is this large.
            return append(String(Int64(value.rounded())))
        }
        var units = UInt64(scaled)
        if units == 0 { return bytes.append(UInt8(ascii: "0")) }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let whole = units / UInt64(scale)
        units %= UInt64(scale)
        appendDigits(whole)
        guard units > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        var digits = places
        var divisor = UInt64(scale) / 10
        while digits > 0, units > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(units / divisor))
            units %= divisor
            divisor /= 10
            digits -= 1
        }
    }

    /// Numbers separated by spaces.
    mutating func numbers(_ values: [Double], places: Int = 4) {
        for (i, value) in values.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: " ")) }
            number(value, places: places)
        }
    }

    private mutating func appendDigits(_ value: UInt64) {
        if value < 10 { return bytes.append(UInt8(ascii: "0") + UInt8(value)) }
        var digits: [UInt8] = []
        var v = value
        while v > 0 {
            digits.append(UInt8(ascii: "0") + UInt8(v % 10))
            v /= 10
        }
        bytes.append(contentsOf: digits.reversed())
    }

    private static let powers = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000]

    /// A point as written (hundredths of a point), to tell whether two points print the same.
    private static func rounded(_ p: Point) -> [Double] { [(p.x * 100).rounded(), (p.y * 100).rounded()] }

    private mutating func point(_ p: Point) {
        number(p.x)
        bytes.append(UInt8(ascii: " "))
        number(p.y)
    }

    /// SVG path data for `path`. A Cairo arc becomes `A` segments of at most half a turn each (SVG cannot
    /// draw a whole circle in one), preceded by a line from the open subpath's current point to the arc's
    /// start, or a move when no subpath is open, as Cairo does.
    mutating func path(_ path: Path) {
        var current: Point?
        var subpathStart: Point?
        for command in path.commands {
            switch command {
            case .move(let p):
                append("M")
                point(p)
                current = p
                subpathStart = p
            case .line(let p):
                append(current == nil ? "M" : "L")
                point(p)
                if current == nil { subpathStart = p }
                current = p
            case .cubic(let p, let c1, let c2):
                if current == nil {
                    append("M")
                    point(c1)
                    subpathStart = c1
                }
                append("C")
                point(c1)
                bytes.append(UInt8(ascii: " "))
                point(c2)
                bytes.append(UInt8(ascii: " "))
                point(p)
                current = p
            case .arc(let centre, let radius, let startAngle, let endAngle, let direction):
                let r = abs(radius)
                let start = Point(x: centre.x + r * cos(startAngle), y: centre.y + r * sin(startAngle))
                if current == nil {
                    append("M")
                    point(start)
                    subpathStart = start
                } else if let current, Self.rounded(current) != Self.rounded(start) {
                    append("L")
                    point(start)
                }
                // Cairo's rule: the end angle moves by whole turns until it lies on the arc's side of the start.
                var end = endAngle
                if direction == .increasingAngle {
                    while end < startAngle { end += 2 * .pi }
                } else {
                    while end > startAngle { end -= 2 * .pi }
                }
                let sweep = end - startAngle
                guard r > 0, sweep != 0, sweep.isFinite else {
                    current = start
                    continue
                }
                let pieces = max(1, Int((abs(sweep) / .pi).rounded(.up)))
                var last = start
                for k in 1...pieces {
                    let angle = startAngle + sweep * Double(k) / Double(pieces)
                    last = Point(x: centre.x + r * cos(angle), y: centre.y + r * sin(angle))
                    append("A")
                    number(r)
                    bytes.append(UInt8(ascii: " "))
                    number(r)
                    // x-axis rotation 0, small arc (each piece is at most half a turn), sweep flag: 1 for
                    // increasing angles (clockwise on a y-down page).
                    append(direction == .increasingAngle ? " 0 0 1 " : " 0 0 0 ")
                    point(last)
                }
                current = last
            case .close:
                append("Z")
                current = subpathStart
            }
        }
    }
}
