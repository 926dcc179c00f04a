/// Per-row pixel conversions for the PNG writer, written as plain loops over raw pointers.
enum PixelRows {
    /// Converts `width` premultiplied ARGB32 words to RGB (`channels` 3, alpha dropped) or straight
    /// RGBA (`channels` 4, un-premultiplied with rounding as Cairo's PNG writer does). Returns the AND
    /// of all words.
    @inline(__always)
    static func convert(_ words: UnsafePointer<UInt32>, _ width: Int, _ channels: Int, _ out: UnsafeMutablePointer<UInt8>) -> UInt32 {
        var and: UInt32 = 0xFFFF_FFFF
        if channels == 3 {
            var o = out
            for x in 0..<width {
                let p = words[x]
                and &= p
                o[0] = UInt8(truncatingIfNeeded: p >> 16)
                o[1] = UInt8(truncatingIfNeeded: p >> 8)
                o[2] = UInt8(truncatingIfNeeded: p)
                o += 3
            }
        } else {
            var o = out
            for x in 0..<width {
                let p = words[x]
                and &= p
                let a = p >> 24
                if a == 0xFF {
                    o[0] = UInt8(truncatingIfNeeded: p >> 16)
                    o[1] = UInt8(truncatingIfNeeded: p >> 8)
                    o[2] = UInt8(truncatingIfNeeded: p)
                    o[3] = 0xFF
                } else if a == 0 {
                    o[0] = 0; o[1] = 0; o[2] = 0; o[3] = 0
                } else {
                    o[0] = UInt8(truncatingIfNeeded: (((p >> 16) & 0xFF) * 255 + a / 2) / a)
                    o[1] = UInt8(truncatingIfNeeded: (((p >> 8) & 0xFF) * 255 + a / 2) / a)
                    o[2] = UInt8(truncatingIfNeeded: ((p & 0xFF) * 255 + a / 2) / a)
                    o[3] = UInt8(truncatingIfNeeded: a)
                }
                o += 4
            }
        }
        return and
    }

    /// `out[i] = current[i] − previous[i]` (mod 256) for `count` bytes, eight at a time.
    @inline(__always)
    static func subtract(_ current: UnsafePointer<UInt8>, _ previous: UnsafePointer<UInt8>, _ count: Int, _ out: UnsafeMutablePointer<UInt8>) {
        var i = 0
        while i + 8 <= count {
            let c = UnsafeRawPointer(current + i).loadUnaligned(as: SIMD8<UInt8>.self)
            let p = UnsafeRawPointer(previous + i).loadUnaligned(as: SIMD8<UInt8>.self)
            UnsafeMutableRawPointer(out + i).storeBytes(of: c &- p, as: SIMD8<UInt8>.self)
            i += 8
        }
        while i < count {
            out[i] = current[i] &- previous[i]
            i += 1
        }
    }
}
