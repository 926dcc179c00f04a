import Foundation

extension LabelLayout {
    /// The ids of the placed labels whose leader crosses one of ``obstacles`` other than its target (the solids its anchor
    /// lies in or within half the elbow gap of, as ``LabelLayout/place(_:measurer:)`` counts them), in placement order.
    /// Such a label is better drawn as a numbered call-out on its structure (``CalloutSpot``).
    public func leadersCrossingObstacles(_ placement: LabelPlacement) -> [String] {
        guard !obstacles.isEmpty else { return [] }
        let solids = obstacles.map { $0.compactMap(Outline.init) }
        return placement.labels.filter { label in
            guard let anchor = label.leader.first else { return false }
            let legs = zip(label.leader, label.leader.dropFirst())
            return solids.contains { outlines in
                let target = outlines.contains { $0.contains(anchor) || $0.distance(anchor) <= elbowGap / 2 }
                return !target && outlines.contains { o in legs.contains { o.crosses($0, $1) } }
            }
        }.map(\.id)
    }
}

/// Where a numbered call-out's circle goes: on its structure at the anchor when the circle is clear there, else as near
/// the anchor as it is clear, joined to it by a short straight leader (the way an atlas plate numbers a dense drawing).
public struct CalloutSpot: Hashable, Sendable {
    /// The circle's centre, page points.
    public var centre: Point
    /// Anchor then the point where the leader meets the circle's edge; empty when the circle stands on the anchor.
    public var leader: [Point]

    public init(centre: Point, leader: [Point]) {
        self.centre = centre
        self.leader = leader
    }

    /// What a call-out keeps clear of, page points.
    public struct Surroundings: Sendable {
        /// Outlines the circle must not touch nor its leader cross (roots, dimension lines: an open outline of two
        /// points is a segment).
        public var keepClear: [[Point]]
        /// Solids the leader must not cross unless the anchor lies in or on one (bones), each as its pieces' outlines.
        public var solids: [[[Point]]]
        /// Leader segments already drawn: the circle keeps clear of them and the call-out's leader does not cross them.
        public var segments: [Segment]
        /// Circles already placed: centre and radius.
        public var circles: [(centre: Point, radius: Double)]
        /// The circle stays inside this rectangle (the drawing).
        public var box: Rect

        public init(keepClear: [[Point]], solids: [[[Point]]], segments: [Segment], circles: [(centre: Point, radius: Double)], box: Rect) {
            self.keepClear = keepClear
            self.solids = solids
            self.segments = segments
            self.circles = circles
            self.box = box
        }
    }

    /// Directions tried on each ring round the anchor.
    static let directions = 24
    /// Rings tried, each a radius further out.
    static let rings = 12

    /// The spot for a circle of `radius` standing for the structure at `anchor`, `gap` clear of `around`: the anchor
    /// itself when clear; else the first clear point on rings 1.5, 2.5, … radii out, right first and turning
    /// clockwise (on the page); else, of those clear of roots and circles, the one whose leader crosses no leader, then
    /// the one that no leader passes through and whose leader passes through no circle (a leader through a circle reads
    /// as that call-out's), then the one with the most room from lines; else, of those touching no other circle, the one
    /// with the most room; else the one with the most room. Deterministic.
    public static func find(anchor: Point, radius: Double, gap: Double, around s: Surroundings) -> CalloutSpot {
        let outlines = s.keepClear.compactMap(Outline.init)
        let open = s.keepClear.filter { $0.count == 2 }
        let others = s.solids.map { $0.compactMap(Outline.init) }.filter { solid in
            !solid.contains { $0.contains(anchor) || $0.distance(anchor) <= gap }
        }.flatMap { $0 }
        /// How much room a circle at `c` has from what it must never touch (the keep-clear outlines but open ones, other
        /// circles) and from what it had better not (dimension lines, leaders); whether its leader crosses a leader, and
        /// whether a leader passes through it or its leader through another circle. Hard room −∞ when it leaves the box or
        /// its leader crosses what it must not.
        func room(_ c: Point) -> (hard: Double, soft: Double, crossing: Bool, through: Bool, circles: Double) {
            guard s.box.insetBy(radius).contains(c) else { return (-.infinity, -.infinity, true, true, -.infinity) }
            var hard = Double.infinity, soft = Double.infinity, lines = Double.infinity, circles = Double.infinity
            for o in outlines {
                // An outline whose box is farther than the nearest found so far cannot come nearer.
                let dx = max(o.box.minX - c.x, 0, c.x - o.box.maxX), dy = max(o.box.minY - c.y, 0, c.y - o.box.maxY)
                if hard < .infinity, hard >= 0, (dx * dx + dy * dy).squareRoot() > hard { continue }
                hard = min(hard, o.contains(c) ? -o.distance(c) : o.distance(c))
            }
            for k in s.circles { circles = min(circles, c.distance(to: k.centre) - k.radius) }
            hard = min(hard, circles)
            for o in open { soft = min(soft, Polygons.distance(o, c)) }
            for g in s.segments { lines = min(lines, Polygons.segmentDistance(c, g.start, g.end)) }
            soft = min(soft, lines)
            var crossing = false, through = lines < radius
            if c != anchor {
                let edge = edgePoint(anchor, c, radius)
                let leg = Segment(anchor, edge)
                if others.contains(where: { $0.crosses(anchor, edge) })
                    || outlines.contains(where: { !$0.contains(anchor) && $0.crosses(anchor, edge) }) {
                    return (-.infinity, -.infinity, true, true, -.infinity)
                }
                crossing = s.segments.contains { $0.crosses(leg) }
                through = through || s.circles.contains { Polygons.segmentDistance($0.centre, anchor, edge) < $0.radius }
            }
            return (hard - radius, soft - radius, crossing, through, circles - radius)
        }
        var candidates = [anchor]
        for ring in 0..<rings {
            let r = (1.5 + Double(ring)) * radius
            for d in 0..<directions {
                let angle = Double(d) * 2 * Double.pi / Double(directions)
                candidates.append(Point(x: anchor.x + r * cos(angle), y: anchor.y + r * sin(angle)))
            }
        }
        // The first spot clear of everything; else, of those clear of what they must never touch, one whose leader crosses
        // no leader, then one clear of leaders passing through, then the most room from the rest; else, of those that touch
        // no other circle, the one with the most room (a circle may lie over a root strand, which shows through round it,
        // but one over another circle hides that circle's number: issue 11, 15's lesion and root); else the most room.
        var best: (score: (Int, Int, Int, Double), point: Point)?
        for c in candidates {
            let (hard, soft, crossing, through, circles) = room(c)
            if hard >= gap && soft >= gap && !crossing && !through { return spot(anchor, c, radius) }
            guard hard > -.infinity else { continue }
            let score = hard >= gap ? (1, crossing ? 0 : 1, through ? 0 : 1, soft) : (0, circles >= 0 ? 1 : 0, 0, hard)
            if best.map({ score > $0.score }) ?? true { best = (score, c) }
        }
        return spot(anchor, best?.point ?? anchor, radius)
    }

    private static func spot(_ anchor: Point, _ centre: Point, _ radius: Double) -> CalloutSpot {
        CalloutSpot(centre: centre, leader: centre == anchor ? [] : [anchor, edgePoint(anchor, centre, radius)])
    }

    /// Where the line from `anchor` to `centre` meets the circle of `radius` round `centre`.
    static func edgePoint(_ anchor: Point, _ centre: Point, _ radius: Double) -> Point {
        let d = anchor.distance(to: centre)
        guard d > radius else { return anchor }
        let t = (d - radius) / d
        return Point(x: anchor.x + (centre.x - anchor.x) * t, y: anchor.y + (centre.y - anchor.y) * t)
    }
}
