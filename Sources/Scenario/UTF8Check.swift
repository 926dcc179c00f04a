/// Strict UTF-8 validation that says where the first bad byte is (Foundation only says "no").
enum UTF8Check {
    /// The byte offset of the first byte that does not start or continue a well-formed UTF-8 sequence
    /// (overlong forms, surrogates and code points above U+10FFFF count as ill-formed); nil when the
    /// whole buffer is well-formed.
    static func firstInvalidOffset<Bytes: RandomAccessCollection>(in bytes: Bytes) -> Int?
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 { i += 1; continue }
            let length: Int
            var lowest: UInt8 = 0x80
            var highest: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowest = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; highest = 0x9F
            case 0xF0: length = 4; lowest = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; highest = 0x8F
            default: return i - bytes.startIndex
            }
            guard end - i >= length else { return i - bytes.startIndex }
            let b1 = bytes[i + 1]
            guard b1 >= lowest, b1 <= highest else { return i - bytes.startIndex }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 {
                return i - bytes.startIndex
            }
            i += length
        }
        return nil
    }
}
