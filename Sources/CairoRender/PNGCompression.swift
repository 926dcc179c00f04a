/// How Radix's PNG writer compresses: an ISA-L deflate level and a PNG row filter.
public struct PNGCompression: Hashable, Sendable {
    /// PNG row filters (the same one on every row).
    public enum Filter: String, CaseIterable, Hashable, Sendable {
        /// Bytes as they are.
        case none
        /// Each byte minus the same channel of the pixel to its left.
        case sub
        /// Each byte minus the same byte in the row above.
        case up
    }

    /// ISA-L igzip level, 0…3 (0 fastest, 3 smallest); out-of-range values are clamped.
    public var level: Int
    public var filter: Filter

    public init(level: Int, filter: Filter) {
        self.level = min(3, max(0, level))
        self.filter = filter
    }

    /// Level 1, no filter: chosen by `render-benchmark` on its 2400×1600 plate (288 items, 78 texts),
    /// fastest of 15 runs on this machine (AMD EPYC, one thread):
    ///
    ///     level  filter none        sub           up
    ///     0      5.9 ms 592 KB      7.0 ms 632 KB  7.5 ms 652 KB
    ///     1      6.0 ms 496 KB      7.2 ms 529 KB  7.6 ms 554 KB
    ///     2      6.0 ms 495 KB      7.1 ms 528 KB  7.5 ms 553 KB
    ///     3     46   ms 479 KB     46   ms 517 KB 46   ms 545 KB
    ///     (cairo_surface_write_to_png: 167 ms, 442 KB)
    ///
    /// Flat-coloured figures compress best unfiltered: long runs of equal pixels already deflate well,
    /// and filters only add bytes around antialiased edges. Level 0 is no faster but 19% larger;
    /// level 2 saves 0.3% for a little more time; level 3 saves 3% for eight times the time.
    public static let `default` = PNGCompression(level: 1, filter: .none)
}
