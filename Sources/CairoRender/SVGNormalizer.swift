/// Makes Cairo's SVG output depend only on the scene. Cairo 1.16 names the groups it emits for
/// surface patterns (hatch and stipple tiles, transparency groups) after process-wide surface
/// counters (`id="surface37"`), so the same scene drawn twice in one process gets different ids.
/// All other ids (`clip`, `glyph`, `pattern`, `mask`, gradients) are counted per document.
enum SVGNormalizer {
    /// Renumbers every `surfaceN` id and reference (`id="surfaceN"`, `#surfaceN`) 1, 2, 3… in order of
    /// first appearance; everything else is left as it is.
    static func renumberSurfaceIDs(_ svg: [UInt8]) -> [UInt8] {
        let name = Array("surface".utf8)
        var numbers: [ArraySlice<UInt8>: Int] = [:]
        var result: [UInt8] = []
        result.reserveCapacity(svg.count)
        var i = 0
        while i < svg.count {
            let byte = svg[i]
            // A surface id follows `"` (in id="…") or `#` (in href="#…" and url(#…)).
            if (byte == UInt8(ascii: "#") || byte == UInt8(ascii: "\"")) && svg[(i + 1)...].starts(with: name) {
                var end = i + 1 + name.count
                while end < svg.count && svg[end] >= UInt8(ascii: "0") && svg[end] <= UInt8(ascii: "9") { end += 1 }
                let digits = svg[(i + 1 + name.count)..<end]
                if !digits.isEmpty {
                    let number: Int
                    if let known = numbers[digits] {
                        number = known
                    } else {
                        number = numbers.count + 1
                        numbers[digits] = number
                    }
                    result.append(byte)
                    result += name
                    result += Array(String(number).utf8)
                    i = end
                    continue
                }
            }
            result.append(byte)
            i += 1
        }
        return result
    }
}
