extension Double {
    /// The value rounded by `rule` as an `Int` clamped to `range`; the range's lower end for NaN. Unlike
    /// `Int(_:)`, it never traps, whatever geometry a scenario produces (±∞, NaN, beyond `Int.max`).
    package func clampedInt(_ rule: FloatingPointRoundingRule = .down, in range: ClosedRange<Int>) -> Int {
        let r = rounded(rule)
        guard !r.isNaN else { return range.lowerBound }
        if r <= Double(range.lowerBound) { return range.lowerBound }
        if r >= Double(range.upperBound) { return range.upperBound }
        return Int(r)
    }
}
