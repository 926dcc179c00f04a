// Smooth functions of one variable for the body-chart and knee outlines.

/// A smooth function v = f(u) through knots: piecewise cubic Hermite, the tangent at an inner knot
/// the spacing-weighted mean of the neighbouring secants, at the ends the end secant; at a `corner`
/// knot each side keeps its own secant (a clean V, as between two toes). Straight beyond the first
/// and last knot. Used both as an edge x = f(y) and as a cut y = f(x).
package struct Spline: Hashable, Sendable {
    private(set) var knots: [Double]
    private var values: [Double]
    /// Tangent arriving at each knot (from the left) and leaving it (to the right).
    private var slopesIn: [Double]
    private var slopesOut: [Double]

    /// `points` as (u, v), sorted by u here; `corners` index the sorted points. Fewer than two points
    /// give a constant (or zero) function.
    package init(_ points: [(Double, Double)], corners: Set<Int> = []) {
        let sorted = points.sorted { $0.0 < $1.0 }
        knots = sorted.map(\.0)
        values = sorted.map(\.1)
        let n = sorted.count
        var mIn = [Double](repeating: 0, count: n), mOut = mIn
        if n >= 2 {
            var d: [Double] = []
            for i in 0..<(n - 1) {
                let rise: Double = values[i + 1] - values[i]
                let run: Double = max(1e-12, knots[i + 1] - knots[i])
                d.append(rise / run)
            }
            mIn[0] = d[0]; mOut[0] = d[0]
            mIn[n - 1] = d[n - 2]; mOut[n - 1] = d[n - 2]
            for i in 1..<(n - 1) {
                if corners.contains(i) {
                    mIn[i] = d[i - 1]
                    mOut[i] = d[i]
                } else {
                    let h0 = knots[i] - knots[i - 1], h1 = knots[i + 1] - knots[i]
                    let m = (d[i - 1] * h1 + d[i] * h0) / max(1e-12, h0 + h1)
                    mIn[i] = m
                    mOut[i] = m
                }
            }
        }
        slopesIn = mIn
        slopesOut = mOut
    }

    /// A straight line through two points (u, v).
    package static func line(_ a: (Double, Double), _ b: (Double, Double)) -> Spline { Spline([a, b]) }

    /// A constant function.
    package static func constant(_ v: Double) -> Spline { Spline([(0, v), (1, v)]) }

    package func value(_ u: Double) -> Double { evaluate(u, fromRight: true).value }
    func derivative(_ u: Double) -> Double { evaluate(u, fromRight: true).slope }
    package func derivative(_ u: Double, towards w: Double) -> Double { evaluate(u, fromRight: w >= u).slope }

    private func evaluate(_ u: Double, fromRight: Bool) -> (value: Double, slope: Double) {
        guard let first = knots.first, let last = knots.last else { return (0, 0) }
        if knots.count == 1 { return (values[0], 0) }
        if u < first || (u == first && !fromRight) { return (values[0] + slopesIn[0] * (u - first), slopesIn[0]) }
        if u > last || (u == last && fromRight) {
            let k = knots.count - 1
            return (values[k] + slopesOut[k] * (u - last), slopesOut[k])
        }
        var i = 0
        while i < knots.count - 2 && (u > knots[i + 1] || (u == knots[i + 1] && fromRight)) { i += 1 }
        let h = knots[i + 1] - knots[i]
        let s = (u - knots[i]) / h
        let s2 = s * s, s3 = s2 * s
        let m0 = slopesOut[i], m1 = slopesIn[i + 1]
        let v = (2 * s3 - 3 * s2 + 1) * values[i] + (s3 - 2 * s2 + s) * h * m0
            + (-2 * s3 + 3 * s2) * values[i + 1] + (s3 - s2) * h * m1
        let dv = ((6 * s2 - 6 * s) * values[i] + (3 * s2 - 4 * s + 1) * h * m0
            + (-6 * s2 + 6 * s) * values[i + 1] + (3 * s2 - 2 * s) * h * m1) / h
        return (v, dv)
    }
}
