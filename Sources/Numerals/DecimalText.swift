/// Numbers written for people and files: fixed decimals, independent of locale, the same bytes on every
/// machine. The one formatter of reports (`Describe.number`) and of the scenario checker's messages.
public enum DecimalText {
    /// `v` with `places` decimals (clamped to 0 … 6), rounded half away from zero: `fixed(1.25, places: 1)`
    /// is `1.3`, `fixed(-1.25, places: 1)` is `-1.3`. A value that rounds to zero is written without a sign
    /// (−0.04 → `0.0`). Infinities are `∞` and `−∞` (NaN too is `−∞`). Past 9 × 10¹⁵ units of the last
    /// place, where a Double no longer counts them exactly, Swift's own spelling of the rounded value
    /// (`1e+17`). Plain integer arithmetic: Foundation's `String(format:)` is slow on Linux and this runs
    /// hundreds of times a report.
    public static func fixed(_ v: Double, places: Int) -> String {
        guard v.isFinite else { return v > 0 ? "∞" : "−∞" }
        let d = max(0, min(6, places))
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        // Past 9e15 the units no longer fit exactly (and past 9.2e18 not in an Int at all): Swift's own spelling.
        guard abs(v) * scale < 9e15 else { return String(v.rounded()) }
        let units = Int((abs(v) * scale).rounded())
        let negative = v < 0 && units != 0
        let whole = units / Int(scale)
        var text = (negative ? "-" : "") + String(whole)
        if d > 0 {
            var frac = String(units % Int(scale))
            while frac.count < d { frac = "0" + frac }
            text += "." + frac
        }
        return text
    }
}
