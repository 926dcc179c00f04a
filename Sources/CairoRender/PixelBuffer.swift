/// One pixel, 8 bits per channel, straight (not premultiplied) alpha.
public struct RGBA8: Hashable, Sendable, CustomStringConvertible {
    public var red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        self.red = red; self.green = green; self.blue = blue; self.alpha = alpha
    }

    public var description: String { "rgba(\(red), \(green), \(blue), \(alpha))" }
}

/// A raster image in memory: rows top to bottom, four bytes per pixel (R, G, B, A; straight alpha).
public struct PixelBuffer: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// `width × height × 4` bytes.
    public var bytes: [UInt8]

    public init(width: Int, height: Int, bytes: [UInt8]) {
        precondition(width >= 0 && height >= 0 && bytes.count == width * height * 4, "PixelBuffer: size does not match")
        self.width = width
        self.height = height
        self.bytes = bytes
    }

    /// The pixel at column `x`, row `y` (both from 0 at the top-left); they must be inside the image.
    public subscript(x: Int, y: Int) -> RGBA8 {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "PixelBuffer: (\(x), \(y)) is outside \(width)×\(height)")
        let i = (y * width + x) * 4
        return RGBA8(red: bytes[i], green: bytes[i + 1], blue: bytes[i + 2], alpha: bytes[i + 3])
    }

    /// Reads premultiplied ARGB32 rows (as Cairo stores them), un-premultiplying with Cairo's rounding;
    /// with `opaque` the top byte is ignored and every pixel gets alpha 255 (Cairo's RGB24).
    init(argb32 pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int, opaque: Bool = false) {
        var bytes = [UInt8](repeating: 0, count: width * height * 4)
        bytes.withUnsafeMutableBufferPointer { out in
            guard let base = out.baseAddress else { return }  // an empty image
            for y in 0..<height {
                let row = pixels.advanced(by: y * stride).assumingMemoryBound(to: UInt32.self)
                let destination = base + y * width * 4
                if opaque {
                    for x in 0..<width {
                        let p = row[x]
                        destination[4 * x] = UInt8(truncatingIfNeeded: p >> 16)
                        destination[4 * x + 1] = UInt8(truncatingIfNeeded: p >> 8)
                        destination[4 * x + 2] = UInt8(truncatingIfNeeded: p)
                        destination[4 * x + 3] = 255
                    }
                } else {
                    _ = PixelRows.convert(row, width, 4, destination)
                }
            }
        }
        self.init(width: width, height: height, bytes: bytes)
    }
}
