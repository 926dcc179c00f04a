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

    /// ` name="value"`: an attribute whose value is `value` written as ``number(_:places:)`` writes it.
    mutating func attribute(_ name: String, _ value: Double, places: Int = 2) {
        append(" \(name)=\"")
        number(value, places: places)
        bytes.append(UInt8(ascii: "\""))
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

    /// A coordinate as written: in hundredths of a point, rounded half away from zero (as ``number(_:places:)``).
    private static func hundredths(_ v: Double) -> Int64 {
        guard v.isFinite else { return 0 }
        return Int64(max(-9e15, min(9e15, (v * 100).rounded())))
    }

    /// A point as written, in hundredths.
    private struct Written: Equatable {
        var x: Int64
        var y: Int64
        init(_ p: Point) { x = SVGBuffer.hundredths(p.x); y = SVGBuffer.hundredths(p.y) }
    }

    /// A number of hundredths, compactly: `.5` for 0.5, `-.25` for −0.25, and no separator before a minus sign
    /// (both allowed by the SVG path grammar, read alike by browsers, librsvg, Inkscape and Illustrator).
    private mutating func compact(_ units: Int64, first: Bool) {
        if units < 0 {
            bytes.append(UInt8(ascii: "-"))
        } else if !first {
            bytes.append(UInt8(ascii: " "))
        }
        let magnitude = units.magnitude
        let whole = magnitude / 100, fraction = magnitude % 100
        if whole > 0 || fraction == 0 { appendDigits(whole) }
        guard fraction > 0 else { return }
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 > 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }

    /// An absolute point (`M x y`'s), compactly.
    private mutating func absolute(_ p: Written) {
        compact(p.x, first: true)
        compact(p.y, first: false)
    }

    /// The step from `from` to `to`, compactly (the first number with no separator before it).
    private mutating func step(from: Written, to: Written) {
        compact(to.x - from.x, first: true)
        compact(to.y - from.y, first: false)
    }

    /// SVG path data for `path`, to a hundredth of a point: the first point of the path absolute (`M`), every
    /// later one relative (`m l h v c a z`) to the point before it as written, so the relative steps add up
    /// exactly to the rounded absolute coordinates (no drift along a long outline) and a point costs a few
    /// digits instead of seven (sheets are 2400 pt wide). A Cairo arc becomes `a` segments of at most half a
    /// turn each (SVG cannot draw a whole circle in one), preceded by a line from the open subpath's current
    /// point to the arc's start, or a move when no subpath is open, as Cairo does.
    mutating func path(_ path: Path) {
        var current: Written?
        var subpathStart: Written?
        /// Moves (or, with no current point, starts) to `p`: absolute for the path's first point.
        func moveTo(_ p: Written, _ buffer: inout SVGBuffer) {
            if let c = current {
                buffer.append("m")
                buffer.step(from: c, to: p)
            } else {
                buffer.append("M")
                buffer.absolute(p)
            }
            current = p
            subpathStart = p
        }
        func lineTo(_ p: Written, _ buffer: inout SVGBuffer, from c: Written) {
            if p.y == c.y {
                buffer.append("h")
                buffer.compact(p.x - c.x, first: true)
            } else if p.x == c.x {
                buffer.append("v")
                buffer.compact(p.y - c.y, first: true)
            } else {
                buffer.append("l")
                buffer.step(from: c, to: p)
            }
            current = p
        }
        var started = false
        for command in path.commands {
            switch command {
            case .move(let p):
                moveTo(Written(p), &self)
                started = true
            case .line(let p):
                let w = Written(p)
                if let c = current, started {
                    lineTo(w, &self, from: c)
                } else {
                    moveTo(w, &self)
                    started = true
                }
            case .cubic(let p, let c1, let c2):
                let w1 = Written(c1)
                if !started || current == nil {
                    moveTo(w1, &self)
                    started = true
                }
                let c = current!
                let w2 = Written(c2), end = Written(p)
                append("c")
                step(from: c, to: w1)
                compact(w2.x - c.x, first: false)
                compact(w2.y - c.y, first: false)
                compact(end.x - c.x, first: false)
                compact(end.y - c.y, first: false)
                current = end
            case .arc(let centre, let radius, let startAngle, let endAngle, let direction):
                let r = abs(radius)
                let start = Written(Point(x: centre.x + r * cos(startAngle), y: centre.y + r * sin(startAngle)))
                if !started || current == nil {
                    moveTo(start, &self)
                    started = true
                } else if let c = current, c != start {
                    lineTo(start, &self, from: c)
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
                for k in 1...pieces {
                    let angle = startAngle + sweep * Double(k) / Double(pieces)
                    let last = Written(Point(x: centre.x + r * cos(angle), y: centre.y + r * sin(angle)))
                    append("a")
                    compact(Self.hundredths(r), first: true)
                    compact(Self.hundredths(r), first: false)
                    // x-axis rotation 0, small arc (each piece is at most half a turn), sweep flag: 1 for
                    // increasing angles (clockwise on a y-down page).
                    append(direction == .increasingAngle ? " 0 0 1 " : " 0 0 0 ")
                    step(from: current!, to: last)
                    current = last
                }
            case .close:
                append("z")
                current = subpathStart
            }
        }
    }
}
