import Foundation
internal import CISAL

/// Radix's PNG writer: turns Cairo's ARGB32 pixels into PNG rows (RGB when every pixel is opaque,
/// else RGBA with alpha un-premultiplied exactly as Cairo's writer does), filters them, and deflates
/// them with ISA-L in bands of rows so the band being compressed stays in cache. Buffers are kept
/// between images. Not thread-safe: one encoder per thread.
final class PNGEncoder {
    private let deflater = ISALDeflater()
    private var band: [UInt8] = []
    private var previousRow: [UInt8] = []
    private var currentRow: [UInt8] = []

    /// Target size of one band of filtered rows handed to the deflater, in bytes.
    static let bandBytes = 256 * 1024
    /// Largest IDAT chunk written, in bytes.
    static let chunkBytes = 1 << 20

    /// Encodes `height` rows of `width` premultiplied ARGB32 pixels (native-endian 32-bit words,
    /// `stride` bytes apart) as a PNG file.
    func encode(
        pixels: UnsafeRawPointer, width: Int, height: Int, stride: Int, compression: PNGCompression
    ) throws(RenderError) -> Data {
        precondition(width > 0 && height > 0 && stride >= 4 * width, "PNG encoder: bad image geometry")
        if let stream = try deflateRows(pixels, width, height, stride, compression, channels: 3) {
            return container(width: width, height: height, channels: 3, stream: stream)
        }
        // Some pixel is not opaque: write RGBA instead.
        guard let stream = try deflateRows(pixels, width, height, stride, compression, channels: 4) else {
            throw RenderError(.encodePNG, path: nil, detail: "RGBA rows rejected")
        }
        return container(width: width, height: height, channels: 4, stream: stream)
    }

    /// Deflates all rows as `channels`-byte pixels; `nil` when asked for RGB and a pixel is not opaque.
    private func deflateRows(
        _ pixels: UnsafeRawPointer, _ width: Int, _ height: Int, _ stride: Int, _ compression: PNGCompression,
        channels: Int
    ) throws(RenderError) -> UnsafeRawBufferPointer? {
        let rowBytes = 1 + channels * width
        let rowsPerBand = max(1, Self.bandBytes / rowBytes)
        if band.count < rowsPerBand * rowBytes { band = [UInt8](repeating: 0, count: rowsPerBand * rowBytes) }
        if previousRow.count < channels * width {
            previousRow = [UInt8](repeating: 0, count: channels * width)
            currentRow = previousRow
        }
        deflater.begin(level: compression.level, expectedInput: rowBytes * height)
        var opaque: UInt32 = 0xFFFF_FFFF
        var y = 0
        while y < height {
            let rows = min(rowsPerBand, height - y)
            band.withUnsafeMutableBytes { out in
                guard let base = out.baseAddress else { return }  // never empty: sized above
                for r in 0..<rows {
                    let source = pixels.advanced(by: (y + r) * stride)
                    opaque &= filterRow(source, width, y + r, channels, compression.filter, base.advanced(by: r * rowBytes))
                }
            }
            if channels == 3 && opaque >> 24 != 0xFF { return nil }
            let last = y + rows == height
            let status = band.withUnsafeBytes { bytes in
                deflater.deflate(UnsafeRawBufferPointer(rebasing: bytes[0..<(rows * rowBytes)]), last: last)
            }
            if let status { throw RenderError(.encodePNG, path: nil, detail: "isal_deflate returned \(status)") }
            y += rows
        }
        return UnsafeRawBufferPointer(start: deflater.output, count: deflater.count)
    }

    /// Writes one filtered row (filter byte first) to `destination`; returns the AND of its pixels, whose
    /// top byte is 0xFF only if every pixel is opaque.
    private func filterRow(
        _ source: UnsafeRawPointer, _ width: Int, _ y: Int, _ channels: Int, _ filter: PNGCompression.Filter,
        _ destination: UnsafeMutableRawPointer
    ) -> UInt32 {
        let out = destination.assumingMemoryBound(to: UInt8.self)
        let words = source.assumingMemoryBound(to: UInt32.self)
        let count = channels * width
        switch filter {
        case .none:
            out[0] = 0
            return PixelRows.convert(words, width, channels, out + 1)
        case .sub:
            out[0] = 1
            let and = PixelRows.convert(words, width, channels, out + 1)
            var i = count
            while i > channels {
                out[i] = out[i] &- out[i - channels]
                i -= 1
            }
            return and
        case .up:
            out[0] = 2
            return currentRow.withUnsafeMutableBufferPointer { current in
                previousRow.withUnsafeMutableBufferPointer { previous in
                    guard let c = current.baseAddress, let p = previous.baseAddress else { return 0 }  // sized above
                    let and = PixelRows.convert(words, width, channels, c)
                    if y == 0 {
                        (out + 1).update(from: c, count: count)
                    } else {
                        PixelRows.subtract(c, p, count, out + 1)
                    }
                    p.update(from: c, count: count)
                    return and
                }
            }
        }
    }

    /// Signature, IHDR, the zlib stream in IDAT chunks, IEND.
    private func container(width: Int, height: Int, channels: Int, stream: UnsafeRawBufferPointer) -> Data {
        var data = Data()
        data.reserveCapacity(stream.count + 64 + 12 * (stream.count / Self.chunkBytes + 1))
        data.append(contentsOf: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, channels == 4 ? 6 : 2, 0, 0, 0]  // 8 bits, RGBA or RGB, deflate, adaptive filters, no interlace
        header.withUnsafeBytes { appendChunk("IHDR", $0, to: &data) }
        var offset = 0
        repeat {
            let length = min(Self.chunkBytes, stream.count - offset)
            appendChunk("IDAT", UnsafeRawBufferPointer(rebasing: stream[offset..<(offset + length)]), to: &data)
            offset += length
        } while offset < stream.count
        appendChunk("IEND", UnsafeRawBufferPointer(start: nil, count: 0), to: &data)
        return data
    }

    private func appendChunk(_ type: String, _ body: UnsafeRawBufferPointer, to data: inout Data) {
        var prefix: [UInt8] = []
        prefix.appendBigEndian(UInt32(body.count))
        let typeBytes = Array(type.utf8)
        prefix += typeBytes
        data.append(contentsOf: prefix)
        data.append(contentsOf: body)
        var crc = typeBytes.withUnsafeBytes { CRC32.update(0, $0) }
        crc = CRC32.update(crc, body)
        var suffix: [UInt8] = []
        suffix.appendBigEndian(crc)
        data.append(contentsOf: suffix)
    }
}

extension Array where Element == UInt8 {
    mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}
