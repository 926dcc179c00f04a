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

    func crosses(_ a: Point, _ b: Point) -> Bool {
        guard Swift.max(a.x, b.x) >= box.minX, Swift.min(a.x, b.x) <= box.maxX,
              Swift.max(a.y, b.y) >= box.minY, Swift.min(a.y, b.y) <= box.maxY else { return false }
        return Polygons.crosses(points, a, b)
    }

    func distance(_ p: Point) -> Double { Polygons.distance(points, p) }
}

/// How one leader keeps clear of ``LabelLayout/obstacles`` other than its target (the solids its anchor lies in or
/// on, within half the elbow gap): its straight slanted segment runs to an elbow at a height from which it crosses none.
/// Leaders stay straight, so the layout's matching of labels to slots still keeps them from crossing one another.
struct Route {
    let anchor: Point
    /// The outlines of the solids that are not the target.
    let obstacles: [Outline]

    init(layout: LabelLayout, anchor: Point) {
        self.anchor = anchor
        let tolerance = layout.elbowGap / 2
        obstacles = layout.obstacles.map { $0.compactMap(Outline.init) }.filter { solid in
            !solid.contains { $0.contains(anchor) || $0.distance(anchor) <= tolerance }
        }.flatMap { $0 }
    }

    func clear(to port: Point) -> Bool { !obstacles.contains { $0.crosses(anchor, port) } }

    /// The height of the elbow at `elbowX` nearest the anchor's, in steps of `step` within `low…high`, from which the
    /// leader runs clear; nil when none is.
    func clearHeight(elbowX: Double, step: Double, low: Double, high: Double) -> Double? {
        guard !obstacles.isEmpty, step > 0 else { return anchor.y }
        if clear(to: Point(x: elbowX, y: anchor.y)) { return anchor.y }
        var k = 1.0
        while anchor.y - k * step >= low || anchor.y + k * step <= high {
            for y in [anchor.y - k * step, anchor.y + k * step] where y >= low && y <= high && clear(to: Point(x: elbowX, y: y)) {
                return y
            }
            k += 1
        }
        return nil
    }
}
