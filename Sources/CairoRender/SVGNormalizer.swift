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
}
