import XCTest
@testable import CairoRender

/// The deflater is reused from one image to the next (in one process, in one batch worker). Its output must
/// depend only on the input: not on the images compressed before it, nor on whether a stream was abandoned
/// midway (the encoder starts RGB and restarts as RGBA when it meets a translucent pixel).
final class DeflaterHistoryTests: XCTestCase {
    /// Compressible bytes that differ with `seed`: rows of a pattern with runs and repeats, as PNG rows are.
    private func data(seed: UInt64, count: Int) -> [UInt8] {
        var state = seed
        var out = [UInt8](repeating: 0, count: count)
        var i = 0
        while i < count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let run = Int(state >> 58) + 3
            let value = UInt8(truncatingIfNeeded: state >> 33)
            for k in 0..<min(run, count - i) { out[i + k] = value &+ UInt8(k % 3) }
            i += run
        }
        return out
    }

    private func compress(_ d: ISALDeflater, _ input: [UInt8], level: Int, abandonAfter: Int? = nil) -> [UInt8] {
        d.begin(level: level, expectedInput: input.count)
        if let cut = abandonAfter {
            _ = input.withUnsafeBytes { d.deflate(UnsafeRawBufferPointer(rebasing: $0[0..<cut]), last: false) }
            d.begin(level: level, expectedInput: input.count)
        }
        let status = input.withUnsafeBytes { d.deflate($0, last: true) }
        XCTAssertNil(status)
        return Array(UnsafeRawBufferPointer(start: d.output, count: d.count))
    }

    func testOutputDoesNotDependOnEarlierStreams() {
        let a = data(seed: 1, count: 600_000), b = data(seed: 2, count: 900_000)
        for level in 1...3 {
            let fresh = compress(ISALDeflater(), a, level: level)
            let reused = ISALDeflater()
            _ = compress(reused, b, level: level)
            XCTAssertEqual(compress(reused, a, level: level), fresh, "level \(level): output depends on the previous stream")
            XCTAssertEqual(compress(reused, a, level: level, abandonAfter: 200_000), fresh, "level \(level): output depends on an abandoned stream")
        }
    }

    /// The encoder hands the deflater bands of rows from a buffer that holds other bytes after them (the rest of an
    /// earlier band, or whatever lies past the buffer): the output must not depend on what lies past the input.
    func testOutputDoesNotDependOnBytesPastTheInput() {
        let a = data(seed: 3, count: 300_000)
        let band = 65_536
        for level in 1...3 {
            var outputs: [[UInt8]] = []
            for trailing in [UInt8(0), 0xFF, 0x5A] {
                let d = ISALDeflater()
                d.begin(level: level, expectedInput: a.count)
                var offset = 0
                while offset < a.count {
                    let n = min(band, a.count - offset)
                    // The band, followed by 4 kB of `trailing` bytes that are not part of the input.
                    var buffer = Array(a[offset..<(offset + n)]) + [UInt8](repeating: trailing, count: 4096)
                    buffer[n] = trailing
                    let status = buffer.withUnsafeBytes { d.deflate(UnsafeRawBufferPointer(rebasing: $0[0..<n]), last: offset + n == a.count) }
                    XCTAssertNil(status)
                    offset += n
                }
                outputs.append(Array(UnsafeRawBufferPointer(start: d.output, count: d.count)))
            }
            XCTAssertEqual(outputs[0], outputs[1], "level \(level): output depends on bytes past the input")
            XCTAssertEqual(outputs[0], outputs[2], "level \(level): output depends on bytes past the input")
        }
    }
}
