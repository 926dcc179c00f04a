/// How Radix's PNG writer compresses: an ISA-L deflate level and a PNG row filter.
///
/// Chosen from measurements (`render-benchmark`, 2400×1600 plate of about 250 items): see
/// `PNGCompression.default`.
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

    /// Level 1 with the `up` filter (see the benchmark table in the CairoRender notes).
    public static let `default` = PNGCompression(level: 1, filter: .up)
}
