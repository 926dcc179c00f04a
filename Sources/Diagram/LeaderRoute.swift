import Foundation
/// An outline with its bounding box, for quick rejection.
struct Outline {
    let points: [Point]
    let box: Rect

    init?(_ points: [Point]) {
        guard points.count > 2, let box = Rect(enclosing: points) else { return nil }
        self.points = points
        self.box = box
    }

    func contains(_ p: Point) -> Bool { box.contains(p) && Polygons.contains(points, p) }

    /// Calls `body` with every edge (from, to) of the closed outline, the last point's edge to the first included.
    @inline(__always)
    func forEachEdge(_ body: (Point, Point) -> Void) {
        var j = points.count - 1
        for i in points.indices {
            body(points[j], points[i])
            j = i
        }
    }

    func crosses(_ a: Point, _ b: Point) -> Bool {
        guard Swift.max(a.x, b.x) >= box.minX, Swift.min(a.x, b.x) <= box.maxX,
              Swift.max(a.y, b.y) >= box.minY, Swift.min(a.y, b.y) <= box.maxY else { return false }
        return Polygons.crosses(points, a, b)
    }

    func distance(_ p: Point) -> Double { Polygons.distance(points, p) }
}

/// The obstacles of a layout, prepared once for every leader: each solid's outlines, and where each solid's outline
/// crosses each row of a grid of heights (so that whether a level run out of the drawing is clear is read, not computed).
struct Walls {
    let solids: [[Outline]]
    /// The height of row 0 and the rows' spacing, in points.
    let top: Double, rowHeight: Double
    /// Per solid, per row: the least and greatest x at which the solid's outline crosses the row (nil: it does not).
    let spans: [[(min: Double, max: Double)?]]

    init(_ obstacles: [[[Point]]], from top: Double, to bottom: Double, rowHeight: Double) {
        self.top = top
        self.rowHeight = rowHeight
        solids = obstacles.map { $0.compactMap(Outline.init) }
        let count = rowHeight > 0 ? Int(((bottom - top) / rowHeight).rounded(.down)) + 1 : 0
        spans = solids.map { outlines in
            var rows = [(min: Double, max: Double)?](repeating: nil, count: max(0, count))
            for outline in outlines {
                outline.forEachEdge { a, b in
                    guard a.y != b.y, count > 0 else { return }
                    let first = max(0, Int(((min(a.y, b.y) - top) / rowHeight).rounded(.up)))
                    let last = min(count - 1, Int(((max(a.y, b.y) - top) / rowHeight).rounded(.down)))
                    guard first <= last else { return }
                    for r in first...last {
                        let y = top + Double(r) * rowHeight
                        let x = a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y)
                        rows[r] = rows[r].map { (Swift.min($0.min, x), Swift.max($0.max, x)) } ?? (x, x)
                    }
                }
            }
            return rows
        }
    }

    var rowCount: Int { spans.first?.count ?? 0 }
}

/// How one leader keeps clear of ``LabelLayout/obstacles`` other than its target (the solids its anchor lies in or
/// on, within half the elbow gap): straight to an elbow at a height from which it crosses none, or, when the anchor
/// lies in a space walled by them, with one bend in the wall's gap from which it runs level out of the drawing.
/// The layout matches labels to slots from the bend (``Way/start(_:)``), so leaders still keep from crossing one another.
struct Route {
    let anchor: Point
    let walls: Walls
    /// The solids that are not the target, by index into `walls`.
    let others: [Int]
    /// Their outlines.
    let obstacles: [Outline]

    init(walls: Walls, anchor: Point, tolerance: Double) {
        self.anchor = anchor
        self.walls = walls
        others = walls.solids.indices.filter { s in
            !walls.solids[s].contains { $0.contains(anchor) || $0.distance(anchor) <= tolerance }
        }
        obstacles = others.flatMap { walls.solids[$0] }
    }

    func clear(to port: Point) -> Bool { clear(anchor, port) }

    func clear(_ a: Point, _ b: Point) -> Bool { !obstacles.contains { $0.crosses(a, b) } }

    /// The height of the elbow at `elbowX` nearest the anchor's, in steps of `step` within `low…high` and at most
    /// `reach` from the anchor's height, from which the leader runs clear; nil when none is.
    func clearHeight(elbowX: Double, step: Double, low: Double, high: Double, reach: Double = .infinity) -> Double? {
        guard !obstacles.isEmpty, step > 0 else { return anchor.y }
        if clear(to: Point(x: elbowX, y: anchor.y)) { return anchor.y }
        var k = 1.0
        while k * step <= reach && (anchor.y - k * step >= low || anchor.y + k * step <= high) {
            for y in [anchor.y - k * step, anchor.y + k * step] where y >= low && y <= high && clear(to: Point(x: elbowX, y: y)) {
                return y
            }
            k += 1
        }
        return nil
    }

    /// The leader's way to the column whose elbows stand at `elbowX`: straight when a height within `near` of the
    /// anchor's is clear; else with a bend (``bend(elbowX:in:taken:separation:avoiding:)``); else straight from the nearest clear
    /// height anywhere in `low…high`; nil when the column cannot be reached clear of the obstacles.
    /// `reach`: how far from the anchor's height (points) the elbow of such a straight leader may stand.
    func way(elbowX: Double, step: Double, low: Double, high: Double, near: Double, drawing: Rect, taken: [Double],
             separation: Double, avoiding: [Segment], reach: Double = .infinity) -> Way? {
        if let y = clearHeight(elbowX: elbowX, step: step, low: low, high: high, reach: near) { return Way(bend: nil, height: y, straight: y) }
        let straight = clearHeight(elbowX: elbowX, step: step, low: low, high: high, reach: reach)
        if let g = bend(elbowX: elbowX, in: drawing, taken: taken, separation: separation, avoiding: avoiding, leg: reach), g.y >= low, g.y <= high {
            return Way(bend: g, height: g.y, straight: straight)
        }
        return straight.map { Way(bend: nil, height: $0, straight: $0) }
    }

    /// Directions searched for a bend.
    static let bendDirections = 24
    /// What a point of the level run costs against one of the leg to the bend: the bend is sought near the anchor,
    /// in the nearest gap, rather than far along a leg that would cut across the others.
    static let runWeight = 0.25

    /// The bend of the shortest leader (its level run counted at ``runWeight``) that leaves the anchor straight, clear of the obstacles, to a point inside
    /// `box` (the drawing) from which a level line to `elbowX` is clear too — the gap in a wall round the anchor —
    /// at least `separation` above or below the heights `taken` by other leaders' bends (so leaders leaving through one
    /// gap spread along it), with neither the leg to the bend nor the level run crossing a segment of `avoiding` (the
    /// bent leaders already routed to this column). Bends are tried where `bendDirections` rays from the anchor meet the rows of ``Walls``,
    /// short of the first obstacle on the ray by half a row. A bend whose level run keeps a row clear of every obstacle is
    /// preferred to a nearer one whose run lies along an obstacle's edge.
    /// `leg`: the longest the leg from the anchor to the bend may be, points.
    func bend(elbowX: Double, in box: Rect, taken: [Double] = [], separation: Double = 0, avoiding: [Segment] = [],
              leg: Double = .infinity) -> Point? {
        let h = walls.rowHeight, rows = walls.rowCount
        guard h > 0, rows > 0 else { return nil }
        let right = elbowX > anchor.x
        // Per row, the x nearest the column at which another solid's outline crosses it (nil inside: none does; NaN
        // if a crossing is), read once per row: the rays meet each row many times, each time at another x.
        var edges = [Double??](repeating: nil, count: rows)
        func edge(_ q: Int) -> Double? {
            if let known = edges[q] { return known }
            var e: Double?
            for s in others {
                guard let span = walls.spans[s][q] else { continue }
                let x = right ? span.max : span.min
                if let current = e { e = current.isNaN || x.isNaN ? .nan : (right ? Swift.max(current, x) : Swift.min(current, x)) } else { e = x }
            }
            edges[q] = .some(e)
            return e
        }
        /// True when a level run from `x` in row `q` to the column crosses no other solid's outline.
        func levelIn(_ q: Int, from x: Double) -> Bool {
            guard let e = edge(q) else { return true }
            return right ? e < x : e > x
        }
        var best: (length: Double, point: Point)?, roomy: (length: Double, point: Point)?
        for d in 0..<Self.bendDirections {
            let angle = Double(d) * 2 * Double.pi / Double(Self.bendDirections)
            let (dx, dy) = (cos(angle), sin(angle))
            guard abs(dy) > 1e-9 else { continue }
            let reach = min(leg, hit(dx, dy) - h / 2)
            // Rows the ray meets, nearest first.
            var r = dy > 0 ? Int(((anchor.y - walls.top) / h).rounded(.down)) + 1 : Int(((anchor.y - walls.top) / h).rounded(.up)) - 1
            while r >= 0, r < rows {
                let y = walls.top + Double(r) * h
                let t = (y - anchor.y) / dy
                if t > reach || roomy.map({ t >= $0.length }) == true { break }
                let g = Point(x: anchor.x + t * dx, y: y)
                guard box.contains(g) else { break }
                let length = t + Self.runWeight * abs(elbowX - g.x)
                if levelIn(r, from: g.x), !taken.contains(where: { abs($0 - y) < separation }),
                   !avoiding.contains(where: { $0.crosses(Segment(anchor, g)) || $0.crosses(Segment(g, Point(x: elbowX, y: y))) }) {
                    // Preferred: a level run a row clear of every other solid (the rows above and below clear too), so
                    // that it does not lie along a bone's top or bottom edge; else the nearest run at all.
                    if best.map({ length < $0.length }) ?? true { best = (length, g) }
                    if r > 0, r < rows - 1, levelIn(r - 1, from: g.x), levelIn(r + 1, from: g.x), roomy.map({ length < $0.length }) ?? true { roomy = (length, g) }
                }
                r += dy > 0 ? 1 : -1
            }
        }
        for g in [roomy?.point, best?.point].compactMap({ $0 }) where clear(anchor, g) && clear(g, Point(x: elbowX, y: g.y)) {
            return g
        }
        return nil
    }

    /// How far the ray from the anchor along (`dx`, `dy`) (a unit vector) runs before it meets an obstacle's outline.
    private func hit(_ dx: Double, _ dy: Double) -> Double {
        var nearest = Double.infinity
        for outline in obstacles {
            outline.forEachEdge { a, b in
                let ex = b.x - a.x, ey = b.y - a.y
                let denominator = dx * ey - dy * ex
                guard abs(denominator) > 1e-12 else { return }
                let wx = a.x - anchor.x, wy = a.y - anchor.y
                let t = (wx * ey - wy * ex) / denominator, s = (wx * dy - wy * dx) / denominator
                if t > 0, s >= 0, s <= 1 { nearest = Swift.min(nearest, t) }
            }
        }
        return nearest
    }
}

/// A leader's way out: the bend it makes in a gap (nil for a straight leader) and the elbow height it wants.
struct Way {
    var bend: Point?
    var height: Double
    /// The elbow height a straight leader would want, should the bend be given up (nil: none is clear).
    var straight: Double?
    /// Where the part of the leader that runs to its slot starts: the bend, else the anchor.
    func start(_ anchor: Point) -> Point { bend ?? anchor }
}
