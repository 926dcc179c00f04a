internal import CISAL

/// A reusable ISA-L (igzip) deflate stream producing a zlib stream (header, deflate data, Adler-32),
/// with its scratch buffers kept between uses. Not thread-safe.
final class ISALDeflater {
    private let stream: UnsafeMutablePointer<isal_zstream>
    private var levelBuffer: UnsafeMutableRawPointer?
    private var levelBufferSize = 0
    /// The compressed output; grows as needed and is reused.
    private(set) var output: UnsafeMutableRawPointer
    private(set) var capacity: Int
    /// Bytes of `output` written by the current stream.
    private(set) var count = 0

    init(initialCapacity: Int = 1 << 20) {
        stream = .allocate(capacity: 1)
        stream.initialize(to: isal_zstream())
        capacity = max(4096, initialCapacity)
        output = .allocate(byteCount: capacity, alignment: 64)
    }

    deinit {
        stream.deinitialize(count: 1)
        stream.deallocate()
        levelBuffer?.deallocate()
        output.deallocate()
    }

    /// Starts a new zlib stream at `level` (0…3), expecting about `expectedInput` bytes in all.
    func begin(level: Int, expectedInput: Int) {
        let level = UInt32(min(3, max(0, level)))
        let needed = Int(radix_isal_level_buffer_size(level))
        if needed > levelBufferSize {
            levelBuffer?.deallocate()
            levelBuffer = .allocate(byteCount: needed, alignment: 64)
            levelBufferSize = needed
        }
        // Worst case for incompressible data is a little over the input; start at a quarter and grow.
        reserve(max(4096, expectedInput / 4))
        isal_deflate_init(stream)
        stream.pointee.level = level
        stream.pointee.level_buf = needed > 0 ? levelBuffer?.assumingMemoryBound(to: UInt8.self) : nil
        stream.pointee.level_buf_size = UInt32(needed)
        stream.pointee.gzip_flag = UInt16(IGZIP_ZLIB)
        stream.pointee.flush = UInt16(NO_FLUSH)
        stream.pointee.end_of_stream = 0
        count = 0
    }

    /// Compresses `input`; with `last` the stream is finished. Returns an ISA-L error code on failure.
    func deflate(_ input: UnsafeRawBufferPointer, last: Bool) -> Int32? {
        let s = stream
        s.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: UInt8.self))
        s.pointee.avail_in = UInt32(input.count)
        s.pointee.end_of_stream = last ? 1 : 0
        while true {
            if capacity - count < 1024 { reserve(capacity * 2) }
            s.pointee.next_out = output.advanced(by: count).assumingMemoryBound(to: UInt8.self)
            s.pointee.avail_out = UInt32(min(capacity - count, Int(UInt32.max)))
            let before = Int(s.pointee.avail_out)
            let status = isal_deflate(s)
            count += before - Int(s.pointee.avail_out)
            guard status == COMP_OK else { return status }
            let finished = s.pointee.internal_state.state == ZSTATE_END
            if last ? finished : (s.pointee.avail_in == 0 && s.pointee.avail_out > 0) { break }
            // Output space was left yet nothing more came: the stream is stuck.
            if s.pointee.avail_out > 0 && before - Int(s.pointee.avail_out) == 0 && s.pointee.avail_in == 0 {
                return ISAL_INVALID_STATE
            }
        }
        radix_clear_upper_vector_state()
        return nil
    }

    /// Makes room for at least `bytes` bytes of output, keeping what is written.
    private func reserve(_ bytes: Int) {
        guard bytes > capacity else { return }
        let grown = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: 64)
        grown.copyMemory(from: output, byteCount: count)
        output.deallocate()
        output = grown
        capacity = bytes
    }
}

/// CRC-32 as PNG uses it (ISO 3309, reflected), through ISA-L.
enum CRC32 {
    /// The CRC of `bytes` continuing from `crc` (0 to start), like zlib's `crc32`.
    static func update(_ crc: UInt32, _ bytes: UnsafeRawBufferPointer) -> UInt32 {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return crc }
        return crc32_gzip_refl(crc, base.assumingMemoryBound(to: UInt8.self), UInt64(bytes.count))
    }
}
