import Anatomy

/// The quiz's own random numbers: xoshiro256** seeded through SplitMix64 (Blackman & Vigna).
///
/// Only integer arithmetic defined bit for bit by Swift, and doubles built from 53 random bits with
/// one exact multiplication, so the same seed gives the same numbers on every machine and every Swift
/// version. The system generator and the standard library's `random(in:)` (whose algorithm may change
/// between releases) are never used.
struct QuizRandom {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    /// A stream for one case of a set: the set's seed and the case number (1-based) give four
    /// SplitMix64 outputs as the state, never all zero.
    init(seed: UInt64, stream: UInt64) {
        var x = seed ^ (stream &* 0xD1B5_4A32_D192_ED03)
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// The next 64 random bits (xoshiro256**).
    mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A whole number in `0 ..< bound` (bound ≥ 1), by multiply-and-take-the-high-word (Lemire); the
    /// bias is below 2⁻⁵⁰ for the small bounds used here.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound >= 1, "empty range")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A double in [0, 1): 53 random bits times 2⁻⁵³ (exact).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// True with probability `p` (0 … 1).
    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// A value of `range` on a grid of `step` (both ends included), e.g. sizes to the half millimetre,
    /// so the numbers written to a file are exactly the numbers drawn.
    mutating func grid(_ range: ClosedRange<Double>, step: Double) -> Double {
        let steps = Int(((range.upperBound - range.lowerBound) / step).rounded(.down))
        return range.lowerBound + Double(below(steps + 1)) * step
    }

    /// One of `choices`, each as likely as its weight (weights ≥ 0, not all 0).
    mutating func weighted<T>(_ choices: [(T, Int)]) -> T {
        let total = choices.reduce(0) { $0 + max(0, $1.1) }
        precondition(total > 0, "no choice has weight")
        var pick = below(total)
        for (value, weight) in choices where weight > 0 {
            if pick < weight { return value }
            pick -= weight
        }
        return choices[choices.count - 1].0
    }

    /// True or false, equally likely.
    mutating func coin() -> Bool { below(2) == 0 }

    /// Left or right, equally likely.
    mutating func side() -> Side { below(2) == 0 ? .left : .right }
}
