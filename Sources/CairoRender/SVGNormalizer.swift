#if canImport(Glibc)
import Glibc
#endif

/// Makes Cairo's SVG output depend only on the scene. Cairo 1.16 names the groups it emits for
/// surface patterns (hatch and stipple tiles, transparency groups) after process-wide surface
/// counters (`id="surface37"`), so the same scene drawn twice in one process gets different ids.
/// All other ids (`clip`, `glyph`, `pattern`, `mask`, gradients) are counted per document.
enum SVGNormalizer {
    /// Renumbers every `surfaceN` id and reference (`id="surfaceN"`, `#surfaceN`) 1, 2, 3… in order of
    /// first appearance; everything else, including "surface" in any other context, is left as it is.
    static func renumberSurfaceIDs(_ svg: [UInt8]) -> [UInt8] {
        let name = Array("surface".utf8)
        var numbers: [Int: Int] = [:]
        var result: [UInt8] = []
        result.reserveCapacity(svg.count + 64)
        svg.withUnsafeBufferPointer { input in
            guard let base = input.baseAddress else { return }
            var copied = 0  // input[..<copied] is already in result
            var searchFrom = 0
            while searchFrom < input.count {
                guard let found = memchr(base + searchFrom, Int32(name[0]), input.count - searchFrom) else { break }
                let start = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                guard start + name.count <= input.count, memcmp(base + start, name, name.count) == 0 else {
                    searchFrom = start + 1
                    continue
                }
                var end = start + name.count
                var value = 0
                while end < input.count, input[end] >= UInt8(ascii: "0"), input[end] <= UInt8(ascii: "9"), value < 1 << 40 {
                    value = value * 10 + Int(input[end] - UInt8(ascii: "0"))
                    end += 1
                }
                searchFrom = start + name.count
                // Only `"surfaceN` (an id) and `#surfaceN` (a reference) with digits are Cairo's ids.
                guard start > 0, input[start - 1] == UInt8(ascii: "\"") || input[start - 1] == UInt8(ascii: "#"),
                    end > start + name.count
                else { continue }
                let number: Int
                if let known = numbers[value] {
                    number = known
                } else {
                    number = numbers.count + 1
                    numbers[value] = number
                }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied..<(start + name.count)]))
                result.append(contentsOf: String(number).utf8)
                copied = end
                searchFrom = end
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: input[copied...]))
        }
        return result
    }

    /// Puts the figure's title and alt text into the document as `<title>` and `<desc>`, the first children of
    /// the root `<svg>` (where screen readers and search look), and labels the root by them (`role="img"`,
    /// `aria-labelledby`). Text is escaped for XML; control characters XML cannot hold are left out. A document
    /// without an `<svg …>` tag, or with neither text, is returned as it is.
    static func insertTitle(_ svg: [UInt8], title: String?, description: String?) -> [UInt8] {
        guard title != nil || description != nil else { return svg }
        let open = Array("<svg".utf8)
        guard let start = svg.firstRange(of: open)?.lowerBound,
              let close = svg[start...].firstIndex(of: UInt8(ascii: ">")), close > start, svg[close - 1] != UInt8(ascii: "/")
        else { return svg }
        var labelled: [String] = []
        var inside = ""
        if let title {
            labelled.append("radix-title")
            inside += "<title id=\"radix-title\">\(escape(title))</title>\n"
        }
        if let description {
            labelled.append("radix-desc")
            inside += "<desc id=\"radix-desc\">\(escape(description))</desc>\n"
        }
        var result = Array(svg[..<close])
        result += Array(" role=\"img\" aria-labelledby=\"\(labelled.joined(separator: " "))\">\n".utf8)
        result += Array(inside.utf8)
        var rest = close + 1
        if rest < svg.count, svg[rest] == UInt8(ascii: "\n") { rest += 1 }
        result += svg[rest...]
        return result
    }

    /// XML character data: `&`, `<`, `>` and `"` as entities, control characters other than tab and newline dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
