import Diagram
import FigureStyle

extension SagittalPanel {
    /// The level labels the left column cannot hold (``SagittalLabels/resolvingSides(_:)`` sent them right: the anchor
    /// lies behind a posterior structure's, e.g. S1 under a forward-slipped spine), written beside their vertebra in
    /// front of it instead (the atlas's place for a level name), never a call-out: of a few spots left of and below
    /// the anchor, the first whose text box is clear of `taken`, of the `leaders` and of every solid's outline in
    /// `solids` (page points); else the first. Ids "sagittal.label.level.<name>", like a column label's.
    static func levelNames(_ labels: [(id: String, text: String, anchor: Point)], taken: inout [Rect], leaders: [Segment],
                           solids: [[Point]], context c: FigureContext) -> [Node] {
        let t = c.type, h = t.label.size * 1.3
        var nodes: [Node] = []
        for label in labels {
            let w = c.options.measurer.metrics(of: label.text, font: t.label).width
            let p = label.anchor, gap = t.unit * 3
            // The right-hand ends of the candidate boxes' middles: in front of the anchor, then lower and further forward.
            let candidates = (0..<6).flatMap { down in
                (0..<4).map { out in Point(x: p.x - gap - Double(out) * w, y: p.y + Double(down) * h) }
            }
            func box(_ at: Point) -> Rect { Rect(x: at.x - w, y: at.y - h / 2, width: w, height: h) }
            func clear(_ b: Rect) -> Bool {
                let corners = [Point(x: b.minX, y: b.minY), Point(x: b.maxX, y: b.minY), Point(x: b.maxX, y: b.maxY), Point(x: b.minX, y: b.maxY)]
                let edges = zip(corners, corners.dropFirst() + [corners[0]]).map { Segment($0, $1) }
                return !taken.contains { $0.intersects(b) } && !leaders.contains { $0.crosses(b) }
                    && !solids.contains { o in corners.contains { Polygons.contains(o, $0) } || edges.contains { Polygons.crosses(o, $0.start, $0.end) } }
            }
            let at = candidates.first { clear(box($0)) } ?? candidates[0]
            taken.append(box(at))
            nodes.append(.text(TextNode(id: "sagittal.label.\(label.id)", string: label.text, position: at, anchor: .end,
                                        baseline: .middle, font: t.label, color: c.palette.ink)))
        }
        return nodes
    }
}
