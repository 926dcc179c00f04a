/// Memory for an image surface that is kept from one figure to the next: a fresh 40–70 MB surface for
/// every sheet is memory the kernel maps, zero-fills page by page and unmaps again (about a seventh of a
/// sheet's CPU time, and the lock it takes stalls the other workers of a batch), and freed surfaces of
/// varying sizes fragment the heap. Grows when too small, with a quarter to spare so that a slightly
/// taller figure next does not reallocate (pages never drawn on are never made resident). Not thread-safe:
/// one per renderer.
final class PixelScratch {
    private var pointer: UnsafeMutableRawPointer?
    private var capacity = 0

    /// At least `bytes` bytes, valid until the next call or until this scratch is released.
    func memory(bytes: Int) -> UnsafeMutableRawPointer {
        if let pointer, bytes <= capacity { return pointer }
        pointer?.deallocate()
        capacity = bytes + bytes / 4
        let fresh = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 64)
        pointer = fresh
        return fresh
    }

    deinit { pointer?.deallocate() }
}
