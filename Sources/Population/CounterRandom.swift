import Foundation

/// A counter-based random stream: sample `i` of seed `s` draws from a SplitMix64 stream whose start is a
/// hash of `(s, i)` alone, so a sample never depends on the samples before it, on the number of workers, or
/// on which shard runs it. (SplitMix64: Steele, Lea & Flood 2014, the generator `java.util.SplittableRandom`
/// uses; its finaliser is a good 64-bit mixer, which is what keys the stream here.)
public struct CounterRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// The stream of sample `index` under `seed`.
    public init(seed: UInt64, index: UInt64) {
        // Two rounds of the finaliser over seed and index, so neighbouring seeds and indices start far apart.
        state = Self.mix(Self.mix(seed ^ 0x6A09_E667_F3BC_C909) ^ (index &* 0x9E37_79B9_7F4A_7C15))
    }

    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in (0, 1): never 0 or 1, so logarithms are finite.
    public mutating func uniform() -> Double {
        (Double(next() >> 11) + 0.5) * 0x1p-53
    }

    /// A standard normal draw (Box–Muller, one of the pair used: simpler to keep the stream's use fixed).
    public mutating func normal() -> Double {
        let u1 = uniform(), u2 = uniform()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
