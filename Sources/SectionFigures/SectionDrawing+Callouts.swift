import Diagram
import FigureStyle

/// A label drawn as a numbered call-out: a small circle on (or just beside) its structure, its text in a key.
struct SectionCallout {
    var request: LabelRequest
    /// The column the label stood in before it became a call-out: its key entry goes there (single views).
    var side: LabelSide
    var spot: CalloutSpot?
}

extension SectionDrawing {
    /// Rounds of placing the column labels and turning those whose leaders cross bone into call-outs.
    static let calloutRounds = 8

    /// The call-outs' circle radius, points: room for a two-digit number.
    static func calloutRadius(_ c: FigureContext) -> Double {
        let t = c.type
        return 0.5 * max(c.options.measurer.metrics(of: "00", font: t.small.bold).width, t.small.size) + 0.9 * t.unit
    }

    /// Places `requests` in the columns; a label whose leader would cross bone other than its target (``LabelLayout/obstacles``),
    /// or that the columns have no room for once a key is set under them, becomes a numbered call-out on its structure.
    /// `numbers`: the column labels are numbers too, their texts in the sheet's key strip; else each column keeps room
    /// under its labels for its call-outs' key (``LabelLayout/columnFoot``). Returns the final placement and the call-outs
    /// (without their spots), and each side's text edge and width (x where a right column's text starts or a left
    /// column's ends).
    /// `farSide`: a label whose anchor lies more than this share of the drawing's width past its middle, away from the
    /// label's column, becomes a call-out too (its leader would cross the drawing, e.g. the canal to the far recess).
    static func splitCallouts(_ requests: [LabelRequest], layout: LabelLayout, numbers: Bool, farSide: Double = .infinity,
                              anatomy: [Point] = [], context c: FigureContext)
        -> (placement: LabelPlacement, callouts: [SectionCallout], columns: [LabelSide: (x: Double, width: Double)]) {
        var rest = requests, callouts: [SectionCallout] = [], columns: [LabelSide: (x: Double, width: Double)] = [:]
        var round = 0
        while true {
            var l = layout
            if !numbers {
                for side in LabelSide.allCases {
                    let key = columnKey(callouts, columns: columns, side: side, body: l.page, anatomy: anatomy, context: c)
                    if key.height > 0 { l.columnFoot[side] = l.page.maxY - key.height - c.type.gap }
                }
            }
            let placement = l.place(numbers ? rest.map { var r = $0; r.text = calloutPlaceholder; return r } : rest, measurer: c.options.measurer)
            for label in placement.labels { columns[label.side] = (label.textPosition.x, label.maxWidth) }
            let reach = farSide * l.drawing.width
            let far = placement.labels.filter { ($0.side == .right ? -1.0 : 1.0) * ($0.leader[0].x - l.drawing.midX) > reach }.map(\.id)
            let crossing = Set(l.leadersCrossingObstacles(placement) + far)
            // Labels the columns lost to the key become call-outs too (not while there is no key: nothing was taken).
            let lost: [String] = callouts.isEmpty ? [] : placement.unplaced.map(\.id)
            guard round < calloutRounds - 1, !crossing.isEmpty || !lost.isEmpty else { return (placement, callouts, columns) }
            for label in placement.labels where crossing.contains(label.id) {
                // A label from the far side is keyed on its anchor's side.
                let other: LabelSide = label.side == .left ? .right : .left
                let side = far.contains(label.id) && columns[other] != nil ? other : label.side
                if let r = rest.first(where: { $0.id == label.id }) { callouts.append(SectionCallout(request: r, side: side)) }
            }
            for r in rest where lost.contains(r.id) {
                let side = r.preferredSide ?? (r.anchor.x < layout.drawing.midX ? .left : .right)
                callouts.append(SectionCallout(request: r, side: columns[side] == nil ? (side == .left ? .right : .left) : side))
            }
            rest.removeAll { crossing.contains($0.id) || lost.contains($0.id) }
            round += 1
        }
    }

    /// The circles of `callouts`, placed in order (the first requests, the most important, get the best spots) clear of
    /// the column labels' leaders, `keepClear` (roots, dimension lines) and each other; leaders do not cross `obstacles`.
    static func spotCallouts(_ callouts: [SectionCallout], placement: LabelPlacement, drawing: Rect, obstacles: [[[Point]]],
                             keepClear: [[Point]], context c: FigureContext) -> [SectionCallout] {
        let radius = calloutRadius(c)
        var around = CalloutSpot.Surroundings(
            keepClear: keepClear, solids: obstacles,
            segments: placement.labels.flatMap { l in zip(l.leader, l.leader.dropFirst()).map { Segment($0, $1) } }, circles: [], box: drawing)
        let base = around
        var out = callouts
        for i in out.indices {
            // Clear of the other call-outs' anchors too: a circle over one hides it, and its leader then seems to start in the circle.
            var here = around
            here.keepClear += out.indices.filter { $0 != i }.map { anchorGuard(out[$0].request.anchor, gap: c.type.unit) }
            let spot = CalloutSpot.find(anchor: out[i].request.anchor, radius: radius, gap: c.type.unit, around: here)
            out[i].spot = spot
            around.circles.append((spot.centre, radius))
            if spot.leader.count == 2 { around.segments.append(Segment(spot.leader[0], spot.leader[1])) }
        }
        out = uncrossed(out, radius: radius, obstacles: obstacles, gap: c.type.unit)
        out = respotted(out, base: base, radius: radius, gap: c.type.unit)
        return unthreaded(out, base: base, radius: radius, gap: c.type.unit)
    }

    /// A small square round a call-out's anchor (its dot) that other call-outs' circles and leaders keep clear of.
    static func anchorGuard(_ anchor: Point, gap: Double) -> [Point] {
        let d = 1.5 * gap
        return [Point(x: anchor.x - d, y: anchor.y - d), Point(x: anchor.x + d, y: anchor.y - d),
                Point(x: anchor.x + d, y: anchor.y + d), Point(x: anchor.x - d, y: anchor.y + d)]
    }

    /// `callouts` where a call-out placed early, whose leader a later one's crosses (a later call-out in a crowded place
    /// may find no spot clear of the leaders drawn before it), is placed again knowing every other call-out: kept when
    /// its new leader crosses no leader at all.
    static func respotted(_ callouts: [SectionCallout], base: CalloutSpot.Surroundings, radius: Double, gap: Double) -> [SectionCallout] {
        var out = callouts
        func leg(_ k: Int) -> Segment? { Self.leg(out[k].spot) }
        for i in out.indices {
            guard let mine = leg(i), out.indices.contains(where: { $0 != i && leg($0).map { $0.crosses(mine) } == true }) else { continue }
            var around = base
            for k in out.indices where k != i {
                guard let spot = out[k].spot else { continue }
                around.circles.append((spot.centre, radius))
                if let l = leg(k) { around.segments.append(l) }
            }
            let spot = CalloutSpot.find(anchor: out[i].request.anchor, radius: radius, gap: gap, around: around)
            let crosses = spot.leader.count == 2 && around.segments.contains { $0.crosses(Segment(spot.leader[0], spot.leader[1])) }
            if !crosses { out[i].spot = spot }
        }
        return repaired(out, base: base, radius: radius, gap: gap)
    }

    /// `callouts` where two call-outs whose leaders still cross (anchors a few points apart in a crowded canal: each, placed
    /// knowing the other, finds only spots across the other's leader) are placed again together, knowing every other
    /// call-out: the one then the other, or the other first; kept when neither new leader crosses any leader. The anchors
    /// stay where they are, on the structures they name.
    static func repaired(_ callouts: [SectionCallout], base: CalloutSpot.Surroundings, radius: Double, gap: Double) -> [SectionCallout] {
        var out = callouts
        for i in out.indices {
            for j in out.indices where j > i {
                guard let a = leg(out[i].spot), let b = leg(out[j].spot), a.crosses(b) else { continue }
                var around = base
                for k in out.indices where k != i && k != j {
                    guard let spot = out[k].spot else { continue }
                    around.circles.append((spot.centre, radius))
                    if let l = leg(spot) { around.segments.append(l) }
                }
                for (first, second) in [(i, j), (j, i)] {
                    // The first kept off the second's anchor (its leader passing by that anchor leaves the second no way out).
                    var near = around
                    near.keepClear.append(anchorGuard(out[second].request.anchor, gap: gap))
                    let one = CalloutSpot.find(anchor: out[first].request.anchor, radius: radius, gap: gap, around: near)
                    near = around
                    near.circles.append((one.centre, radius))
                    if let l = leg(one) { near.segments.append(l) }
                    let two = CalloutSpot.find(anchor: out[second].request.anchor, radius: radius, gap: gap, around: near)
                    let legs = [leg(one), leg(two)].compactMap { $0 }
                    let crossing = legs.contains { l in around.segments.contains { $0.crosses(l) } }
                        || (legs.count == 2 && legs[0].crosses(legs[1]))
                    // Nor may the one's leader run through the other's circle (it would read as that call-out's leader).
                    let through = [(one, leg(two)), (two, leg(one))].contains { spot, other in
                        other.map { Polygons.segmentDistance(spot.centre, $0.start, $0.end) < radius } ?? false
                    }
                    // Nor may either circle hide another call-out's anchor.
                    let hides = [(one, first), (two, second)].contains { spot, own in
                        out.indices.contains { $0 != own && spot.centre.distance(to: out[$0].request.anchor) < radius + gap }
                    }
                    guard !crossing && !through && !hides else { continue }
                    out[first].spot = one
                    out[second].spot = two
                    break
                }
            }
        }
        return out
    }

    /// `callouts` with the circles of any two whose leaders cross swapped (anchors close together, circles side by side:
    /// swapping uncrosses them) when neither new leader then crosses one of `obstacles` other than its anchor's (within
    /// `gap`), until none cross or a few rounds have passed.
    static func uncrossed(_ callouts: [SectionCallout], radius: Double, obstacles: [[[Point]]], gap: Double) -> [SectionCallout] {
        func clear(_ leader: [Point]) -> Bool {
            guard leader.count == 2 else { return true }
            return !obstacles.contains { solid in
                !solid.contains { Polygons.contains($0, leader[0]) || Polygons.distance($0, leader[0]) <= gap }
                    && solid.contains { Polygons.crosses($0, leader[0], leader[1]) }
            }
        }
        var out = callouts
        func leader(_ anchor: Point, _ centre: Point) -> [Point] {
            let d = anchor.distance(to: centre)
            guard d > radius else { return [] }
            let k = (d - radius) / d
            return [anchor, Point(x: anchor.x + (centre.x - anchor.x) * k, y: anchor.y + (centre.y - anchor.y) * k)]
        }
        for _ in 0..<4 {
            var changed = false
            for i in out.indices {
                for j in out.indices where j > i {
                    guard let a = out[i].spot, let b = out[j].spot, a.leader.count == 2, b.leader.count == 2,
                          Segment(a.leader[0], a.leader[1]).crosses(Segment(b.leader[0], b.leader[1])) else { continue }
                    let first = leader(a.leader[0], b.centre), second = leader(b.leader[0], a.centre)
                    guard clear(first), clear(second) else { continue }
                    out[i].spot = CalloutSpot(centre: b.centre, leader: first)
                    out[j].spot = CalloutSpot(centre: a.centre, leader: second)
                    changed = true
                }
            }
            if !changed { break }
        }
        return out
    }

    /// A call-out's marks: its short leader with the anchor dot (when the circle stands beside the anchor), the circle and
    /// its number. Ids "<prefix>.leader.<id>", "<prefix>.leader.<id>.dot", "<prefix>.callout.<id>", "<prefix>.callout.<id>.number";
    /// the circle carries its number and its label's text as metadata (`data-callout`, `data-label` in the editable SVG).
    static func calloutNodes(_ callout: SectionCallout, number: Int, prefix: String, context c: FigureContext) -> [Node] {
        guard let spot = callout.spot else { return [] }
        let t = c.type, id = callout.request.id, ink = c.palette.mutedInk
        var nodes: [Node] = []
        if let anchor = spot.leader.first {
            nodes.append(.path(PathNode(id: "\(prefix).leader.\(id)", path: .polyline(spot.leader), stroke: Stroke(color: ink, width: t.line * 1.6))))
            nodes.append(.path(PathNode(id: "\(prefix).leader.\(id).dot", path: .circle(center: anchor, radius: t.unit * 1.1), fill: .color(ink))))
        }
        nodes.append(.path(PathNode(id: "\(prefix).callout.\(id)", path: .circle(center: spot.centre, radius: calloutRadius(c)),
                                    fill: .color(c.palette.background), stroke: Stroke(color: ink, width: t.line * 1.6),
                                    metadata: ["callout": "\(number)", "label": callout.request.text])))
        nodes.append(.text(TextNode(id: "\(prefix).callout.\(id).number", string: "\(number)", position: spot.centre, anchor: .middle,
                                    baseline: .middle, font: t.small.bold, color: c.palette.ink)))
        return nodes
    }

    /// The key of a single view's call-outs in its columns: per side, "n  text" entries in number order, the block's outer
    /// edge on the column's text edge, a gap under the column's last label (room for it was kept at the column's foot).
    /// Ids "<prefix>.key.<id>.number" and "<prefix>.label.<id>" (the label's text keeps its id wherever it stands).
    /// `anatomy`: outlines (page points) of the drawing; where none reaches into the column's width beside the key, the
    /// key widens over the free space (the drawing's outer edge narrows below its widest part) so its entries wrap less.
    static func columnKeyNodes(_ numbered: [(callout: SectionCallout, number: Int)], columns: [LabelSide: (x: Double, width: Double)],
                               placement: LabelPlacement, body: Rect, prefix: String, anatomy: [Point] = [],
                               context c: FigureContext) -> [Node] {
        let t = c.type, m = c.options.measurer, indent = calloutIndent(c)
        var nodes: [Node] = []
        for side in LabelSide.allCases {
            let entries = numbered.filter { $0.callout.side == side }
            guard let column = columns[side], !entries.isEmpty else { continue }
            let key = columnKey(entries.map(\.callout), columns: columns, side: side, body: body, anatomy: anatomy, context: c)
            // Under the column's labels (at the body's foot in a column that has none); a key widened over the free space
            // beside the column's foot stands at the foot, where that space was found.
            let below = placement.labels.filter { $0.side == side }.map { $0.frame.maxY + t.gap }.max() ?? body.maxY
            var y = key.width > column.width ? body.maxY - key.height : max(body.minY, min(below, body.maxY - key.height))
            let outer = side == .left ? column.x - column.width : column.x + column.width
            let width = max(1, key.width - indent)
            let blocks = entries.map { m.block($0.callout.request.text, font: t.label, maxWidth: width) }
            let blockWidth = indent + (blocks.map(\.width).max() ?? 0)
            // Against the column's text edge; a key wider than the column stands from the page's edge inwards.
            let x = side == .left ? max(outer, column.x - blockWidth) : min(column.x, outer - blockWidth)
            for (entry, block) in zip(entries, blocks) {
                let id = entry.callout.request.id
                nodes.append(.text(TextNode(id: "\(prefix).key.\(id).number", string: "\(entry.number)", position: Point(x: x, y: y),
                                            anchor: .start, baseline: .top, font: t.label.bold, color: c.palette.ink)))
                nodes.append(.text(TextNode(id: "\(prefix).label.\(id)", string: entry.callout.request.text, position: Point(x: x + indent, y: y),
                                            anchor: .start, baseline: .top, font: t.label, color: c.palette.ink, maxWidth: width)))
                y += block.height + SectionLabels.spacing * t.unit
            }
        }
        return nodes
    }

    /// The width and height of one side's key of `callouts` at the foot of its column (nothing when it has none): as wide
    /// as the column, or wider over the free space beside the column's foot clear of `anatomy` (page points of the drawing's
    /// outlines, none: no widening; at most half the body), so that its entries wrap less.
    static func columnKey(_ callouts: [SectionCallout], columns: [LabelSide: (x: Double, width: Double)], side: LabelSide, body: Rect,
                          anatomy: [Point], context c: FigureContext) -> (width: Double, height: Double) {
        let t = c.type, m = c.options.measurer, indent = calloutIndent(c)
        let mine = callouts.filter { $0.side == side }
        guard let column = columns[side], !mine.isEmpty else { return (0, 0) }
        func height(_ width: Double) -> Double {
            mine.map { m.block($0.request.text, font: t.label, maxWidth: max(1, width - indent)).height }.reduce(0, +)
                + Double(mine.count - 1) * SectionLabels.spacing * t.unit
        }
        let narrow = height(column.width)
        guard !anatomy.isEmpty else { return (column.width, narrow) }
        // The free room beside the foot as tall as the narrow key, from the column's outer edge to the anatomy.
        let xs = anatomy.filter { $0.y >= body.maxY - narrow - t.gap }.map(\.x)
        let outer = side == .left ? column.x - column.width : column.x + column.width
        let inner = side == .left ? (xs.min() ?? body.midX) - 2 * t.gap : (xs.max() ?? body.midX) + 2 * t.gap
        let room = min(0.5 * body.width, side == .left ? inner - outer : outer - inner)
        guard room > column.width else { return (column.width, narrow) }
        // No wider than it needs: the narrowest width (to a point) that keeps the key as short as the whole room would. Its
        // lines are then balanced — filled to the whole room, an entry could leave "3)" alone on its last line (posterior
        // view of 14: "Left S1 — compression (grade" / "3)").
        let least = height(room)
        var lo = column.width, hi = room
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if height(mid) <= least { hi = mid } else { lo = mid }
        }
        return (hi, least)
    }
}
