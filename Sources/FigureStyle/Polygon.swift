import Diagram

/// Small polygon helpers for splitting body-chart regions into bands (``DermatomeBands``).
package enum Polygon {
    /// One scan line through a region: at `position` along the scan axis, the region spans `low … high`
    /// on the other axis.
    package struct Line {
        var position: Double
        var low: Double
        var high: Double
    }

    /// How far a band reaches past its region's border (normalized units), so that clipping by the
    /// region leaves no sliver unpainted.
    static let overshoot = 0.04

    /// Scan lines through a region, and the region's whole extent on both axes.
    package struct Scan {
        var lines: [Line]
        /// The region's extent along the scan axis (where the lines sit) …
        var along: ClosedRange<Double>
        /// … and across it (where the spans lie).
        var across: ClosedRange<Double>
    }

    /// Scan lines through `polygons` (closed, points in order): horizontal lines (spans in x) when
    /// `across`, else vertical ones (spans in y); `samples` lines at the centres of equal steps over the
    /// middle of the polygons' extent (`trim` of it left out at each end, where a line would graze a
    /// slanting side), each spanning from the lowest to the highest crossing. Lines that miss are dropped.
    package static func scan(_ polygons: [[Point]], across: Bool, samples: Int, trim: Double = 0.1) -> Scan? {
        let points = polygons.flatMap { $0 }
        let along = points.map { across ? $0.y : $0.x }, other = points.map { across ? $0.x : $0.y }
        guard let minP = along.min(), let maxP = along.max(), maxP > minP, samples > 0,
              let minQ = other.min(), let maxQ = other.max() else { return nil }
        let from = minP + trim * (maxP - minP), to = maxP - trim * (maxP - minP)
        var lines: [Line] = []
        for i in 0..<samples {
            let p = from + (Double(i) + 0.5) / Double(samples) * (to - from)
            var crossings: [Double] = []
            for poly in polygons where poly.count > 2 {
                var j = poly.count - 1
                for k in poly.indices {
                    let a = poly[j], b = poly[k]
                    let (pa, pb) = across ? (a.y, b.y) : (a.x, b.x)
                    let (qa, qb) = across ? (a.x, b.x) : (a.y, b.y)
                    if (pa > p) != (pb > p) { crossings.append(qa + (p - pa) / (pb - pa) * (qb - qa)) }
                    j = k
                }
            }
            if let lo = crossings.min(), let hi = crossings.max() { lines.append(Line(position: p, low: lo, high: hi)) }
        }
        return lines.isEmpty ? nil : Scan(lines: lines, along: minP...maxP, across: minQ...maxQ)
    }

    /// The band between fractions `f0 < f1` (0 … 1) of every line's span, counted from its low end when
    /// `fromLow`, else from its high end. The band's outer edges (fraction 0 or 1) lie ``overshoot``
    /// beyond the region's whole extent, and its ends reach as far beyond the region's extent along the
    /// scan, continuing the first and last lines' split. Returns the polygon and the band's middle line.
    package static func band(_ scan: Scan, from f0: Double, to f1: Double, fromLow: Bool, across: Bool) -> (polygon: [Point], spine: [Point]) {
        let lowEdge = scan.across.lowerBound - overshoot, highEdge = scan.across.upperBound + overshoot
        func value(_ line: Line, _ f: Double) -> Double {
            if f <= 0 { return fromLow ? lowEdge : highEdge }
            if f >= 1 { return fromLow ? highEdge : lowEdge }
            return fromLow ? line.low + f * (line.high - line.low) : line.high - f * (line.high - line.low)
        }
        func point(_ position: Double, _ v: Double) -> Point { across ? Point(x: v, y: position) : Point(x: position, y: v) }
        let lines = scan.lines
        guard let first = lines.first, let last = lines.last else { return ([], []) }
        var ends = lines
        ends.insert(Line(position: scan.along.lowerBound - overshoot, low: first.low, high: first.high), at: 0)
        ends.append(Line(position: scan.along.upperBound + overshoot, low: last.low, high: last.high))
        let side0 = ends.map { point($0.position, value($0, f0)) }
        let side1 = ends.reversed().map { point($0.position, value($0, f1)) }
        let mid = (f0 + f1) / 2
        let spine = lines.map { point($0.position, fromLow ? $0.low + mid * ($0.high - $0.low) : $0.high - mid * ($0.high - $0.low)) }
        return (side0 + side1, spine)
    }

    /// The slab of a region scanned in rows (`scan` of horizontal lines) between fractions `f0 < f1`
    /// (0 … 1) of its area counted from the top: a band between two horizontal cuts, reaching
    /// ``overshoot`` beyond the region wherever it meets the region's border. Returns the polygon and
    /// the centres of the rows inside it (the slab's middle line).
    package static func slab(_ scan: Scan, from f0: Double, to f1: Double) -> (polygon: [Point], spine: [Point]) {
        let lines = scan.lines
        guard lines.count > 1 else { return ([], []) }
        let step = lines[1].position - lines[0].position
        let widths = lines.map { max(0, $0.high - $0.low) }
        let total = widths.reduce(0, +)
        func cut(_ f: Double) -> Double {
            if f <= 0 { return scan.along.lowerBound - overshoot }
            if f >= 1 { return scan.along.upperBound + overshoot }
            var sum = 0.0
            for (line, w) in zip(lines, widths) {
                if w > 0, sum + w >= f * total { return line.position - step / 2 + (f * total - sum) / w * step }
                sum += w
            }
            return scan.along.upperBound + overshoot
        }
        let y0 = cut(f0), y1 = cut(f1)
        let x0 = scan.across.lowerBound - overshoot, x1 = scan.across.upperBound + overshoot
        let polygon = [Point(x: x0, y: y0), Point(x: x1, y: y0), Point(x: x1, y: y1), Point(x: x0, y: y1)]
        var spine = lines.filter { $0.position > y0 && $0.position < y1 }
        if spine.isEmpty, let nearest = lines.min(by: { abs($0.position - (y0 + y1) / 2) < abs($1.position - (y0 + y1) / 2) }) {
            spine = [nearest]
        }
        return (polygon, spine.map { Point(x: ($0.low + $0.high) / 2, y: $0.position) })
    }

    /// True when the segment from `a` to `b` touches `box` (an end inside it, or crossing an edge).
    package static func segment(_ a: Point, _ b: Point, crosses box: Rect) -> Bool {
        if box.contains(a) || box.contains(b) { return true }
        let corners = [Point(x: box.minX, y: box.minY), Point(x: box.maxX, y: box.minY),
                       Point(x: box.maxX, y: box.maxY), Point(x: box.minX, y: box.maxY)]
        func side(_ p: Point, _ q: Point, _ r: Point) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        for i in 0..<4 {
            let c = corners[i], d = corners[(i + 1) % 4]
            if side(a, b, c) * side(a, b, d) <= 0, side(c, d, a) * side(c, d, b) <= 0 { return true }
        }
        return false
    }

    /// True when `q` is inside the closed polygon (even–odd rule).
    package static func contains(_ p: [Point], _ q: Point) -> Bool {
        guard p.count > 2 else { return false }
        var inside = false
        var j = p.count - 1
        for i in p.indices {
            if (p[i].y > q.y) != (p[j].y > q.y),
               q.x < (p[j].x - p[i].x) * (q.y - p[i].y) / (p[j].y - p[i].y) + p[i].x {
                inside.toggle()
            }
            j = i
        }
        return inside
    }

    /// Signed area of a closed polygon (shoelace).
    package static func area(_ p: [Point]) -> Double {
        guard p.count > 2 else { return 0 }
        var sum = 0.0
        for i in p.indices {
            let a = p[i], b = p[(i + 1) % p.count]
            sum += a.x * b.y - b.x * a.y
        }
        return sum / 2
    }
}
