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

extension FalsePosition {
    /// The smallest `k` in 1 … `n` with `f(k · step)` ≤ `target`, times `step`, for a falling `f` with
    /// `f(0)` > `target` ≥ `f(n · step)` (`f0`, `fn`): exactly the point bisection on the same grid returns, found
    /// in a handful of evaluations where bisection needs log₂ n. Trials are chosen by false position on the grid
    /// (Illinois correction), with a halving step after any trial that failed to halve the bracket, so it never
    /// needs more than about twice bisection's evaluations. `n` ≥ 1.
    static func firstGridPoint(atOrBelow target: Double, n: Int, step: Double, f0: Double, fn: Double,
                               _ f: (Double) -> Double) -> Double {
        firstGridPoint(atOrBelow: target, n: n, point: { Double($0) * step }, f0: f0, fn: fn, f)
    }

    /// The same on any rising grid: grid point `k` is at `point(k)` (`point(0)`, `point(n)` the ends, where `f` is
    /// `f0`, `fn`).
    static func firstGridPoint(atOrBelow target: Double, n: Int, point: (Int) -> Double, f0: Double, fn: Double,
                               _ f: (Double) -> Double) -> Double {
        var lo = 0, hi = n, flo = f0, fhi = fn, side = 0, halve = false
        while hi - lo > 1 {
            let width = hi - lo
            var k = lo + width / 2
            if !halve, flo - fhi > 1e-12 {
                let x = Double(lo) + (flo - target) / (flo - fhi) * Double(width)
                k = min(max(Int(x.rounded(.up)), lo + 1), hi - 1)
            }
            let fk = f(point(k))
            if fk <= target {
                hi = k; fhi = fk
                if side == -1 { flo = target + (flo - target) / 2 }
                side = -1
            } else {
                lo = k; flo = fk
                if side == 1 { fhi = target + (fhi - target) / 2 }
                side = 1
            }
            halve = (hi - lo) * 2 > width
        }
        return point(hi)
    }

    /// Where `depth` halvings of [0, `upper`] end — `hi` of `lo = 0, hi = upper; repeat { mid = (lo + hi) / 2 }` —
    /// when the first grid point (of 2^depth) at which a rising predicate holds is `k` (1 … 2^depth). Bisection's own
    /// arithmetic, step by step, so a search that finds `k` another way returns bisection's number to the last bit
    /// (`k · upper / 2^depth` can round differently when `upper` is not a power of two).
    static func bisectionPoint(_ k: Int, upper: Double, depth: Int) -> Double {
        var lo = 0.0, hi = upper, loK = 0, hiK = 1 << depth
        for _ in 0..<depth {
            let mid = (lo + hi) / 2, midK = (loK + hiK) / 2
            if midK >= k { hi = mid; hiK = midK } else { lo = mid; loK = midK }
        }
        return hi
    }
}
