import Diagram
import Foundation

/// The closed polygon `polygon` with points added so that no edge is longer than `step` (its units, usually page
/// points): tests measure gaps and overlaps between outlines at these points.
public func densified(_ polygon: [Point], step: Double) -> [Point] {
    var out: [Point] = []
    for (i, p) in polygon.enumerated() {
        let q = polygon[(i + 1) % polygon.count]
        let n = max(1, Int((hypot(q.x - p.x, q.y - p.y) / step).rounded(.up)))
        for k in 0..<n { out.append(Point(x: p.x + (q.x - p.x) * Double(k) / Double(n), y: p.y + (q.y - p.y) * Double(k) / Double(n))) }
    }
    return out
}
