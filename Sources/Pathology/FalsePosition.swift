/// Root finding for the model's monotone measures.
enum FalsePosition {
    /// A point where a falling function `f` has come down to `target`, between `lo` (where it is above, `flo`)
    /// and `hi` (where it is at or below, `fhi`): false position with the Illinois correction, which keeps the
    /// bracket (as safe as bisection) and needs a few evaluations where bisection needs a dozen or more when `f`
    /// falls smoothly. Every trial stays `margin` inside the bracket. Returns a point where `f` ≤ `target`:
    /// the first whose value is within `close` of the target, else the bracket's end once it is narrower
    /// than `tolerance` or `steps` trials are spent.
    static func fallingCrossing(lo: Double, hi: Double, flo: Double, fhi: Double, target: Double,
                                tolerance: Double, margin: Double, close: Double, steps: Int,
                                _ f: (Double) -> Double) -> Double {
        var lo = lo, hi = hi, flo = flo, fhi = fhi
        var side = 0
        for _ in 0..<steps where hi - lo > tolerance {
            let denominator = flo - fhi
            var x = denominator > 1e-12 ? lo + (flo - target) / denominator * (hi - lo) : (lo + hi) / 2
            x = min(max(x, lo + margin), hi - margin)
            let fx = f(x)
            if fx <= target {
                if target - fx < close { return x }
                hi = x; fhi = fx
                if side == -1 { flo = target + (flo - target) / 2 }
                side = -1
            } else {
                lo = x; flo = fx
                if side == 1 { fhi = target + (fhi - target) / 2 }
                side = 1
            }
        }
        return hi
    }
}
