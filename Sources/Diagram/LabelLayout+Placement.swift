extension LabelLayout {
    /// Places `requests` (see the type's description); deterministic for equal inputs. Measure with
    /// the measurer of the renderer that will draw the labels (`CairoTextMeasurer` for Cairo), so that
    /// text wraps into the same lines when drawn as when placed.
    public func place(_ requests: [LabelRequest], measurer: some TextMeasurer) -> LabelPlacement {
        let columns = Columns(layout: self, anchors: requests.map(\.anchor))
        // Each leader's way to each column clear of the obstacles (straight at the anchor's height when there are none).
        let step = font.size / 2
        let walls = Walls(obstacles, from: page.minY, to: page.maxY, rowHeight: step / 2)
        // Bends are sought from the leaders nearest each column outwards, each a line's height beyond the bends before it
        // on its side and crossing none of them, so that a leader from farther in bends beyond the nearer ones'.
        let routes = requests.map { Route(walls: walls, anchor: $0.anchor, tolerance: elbowGap / 2) }
        var ways = [[Way?]](repeating: [nil, nil], count: requests.count)
        for (index, side) in LabelSide.allCases.enumerated() {
            let elbowX = columns.elbowX(side)
            var taken: [Double] = [], legs: [Segment] = []
            for i in requests.indices.sorted(by: { (abs(requests[$0].anchor.x - elbowX), $0) < (abs(requests[$1].anchor.x - elbowX), $1) }) {
                ways[i][index] = routes[i].way(elbowX: elbowX, step: step, low: page.minY, high: foot(side), near: 2 * font.size,
                                               drawing: drawing, taken: taken, separation: font.size + spacing, avoiding: legs,
                                               reach: reach)
                if let bend = ways[i][index]?.bend {
                    taken.append(bend.y)
                    legs += [Segment(requests[i].anchor, bend), Segment(bend, Point(x: elbowX, y: bend.y))]
                }
            }
        }
        let reachable = ways.map { $0.map { $0 != nil } }
        let measured = requests.map { request in
            LabelSide.allCases.map { side -> TextBlock? in
                let width = columns.width(side)
                guard width > 0 else { return nil }
                let block = measurer.block(request.text, font: font, maxWidth: width)
                return block.width <= width && block.height <= page.height ? block : nil
            }
        }
        var kept = Array(requests.indices).filter { measured[$0][0] != nil || measured[$0][1] != nil }
        var split = chooseSplit(kept, requests, measured, reachable)
        while split == nil, !kept.isEmpty {
            kept.removeLast()
            split = chooseSplit(kept, requests, measured, reachable)
        }
        guard let (left, right) = split else {
            return LabelPlacement(labels: [], unplaced: requests)
        }
        // A bent leader that crosses another leader gives its bend up (the less important of two bent ones), until none does.
        var placed: [Int: PlacedLabel] = [:]
        var straightened = Set<Int>()
        while true {
            placed = [:]
            for (side, members) in [(LabelSide.left, left), (LabelSide.right, right)] where !members.isEmpty {
                let index = side == .left ? 0 : 1
                let blocks = members.map { measured[$0][index] }.compactMap { $0 }
                let chosen = members.map { i in
                    straightened.contains(i) ? ways[i][index].map { Way(bend: nil, height: $0.straight ?? requests[i].anchor.y, straight: $0.straight) } : ways[i][index]
                }
                for (member, label) in zip(members, stack(side, members, blocks, requests, columns, chosen)) {
                    placed[member] = label
                }
            }
            let give = Self.crossingBends(placed, straightened: straightened)
            if give.isEmpty { break }
            straightened.formUnion(give)
        }
        let keptSet = Set(placed.keys)
        return LabelPlacement(
            labels: requests.indices.compactMap { placed[$0] },
            unplaced: requests.indices.filter { !keptSet.contains($0) }.map { requests[$0] })
    }

    /// The requests (indices into `placed`) whose bent leaders cross another leader and should give their bends up: of two
    /// bent leaders that cross, the later request's.
    static func crossingBends(_ placed: [Int: PlacedLabel], straightened: Set<Int>) -> Set<Int> {
        let keys = placed.keys.sorted()
        func segments(_ i: Int) -> [Segment] {
            guard let leader = placed[i]?.leader else { return [] }
            return zip(leader, leader.dropFirst()).map { Segment($0, $1) }
        }
        let all = Dictionary(uniqueKeysWithValues: keys.map { ($0, segments($0)) })
        func bent(_ i: Int) -> Bool { (placed[i]?.leader.count ?? 0) > 3 }
        var give = Set<Int>()
        for (n, a) in keys.enumerated() {
            for b in keys[(n + 1)...] where bent(a) || bent(b) {
                guard let sa = all[a], let sb = all[b], sa.contains(where: { s in sb.contains { s.crosses($0) } }) else { continue }
                give.insert(bent(b) ? b : a)
            }
        }
        return give.subtracting(straightened)
    }

    /// Splits `kept` by anchor x into a left and a right set that fit their columns, breaking as few
    /// side preferences as possible; `nil` when no split fits.
    /// A label whose leader can reach only one column clear of the obstacles (`reachable`) wants that one.
    private func chooseSplit(
        _ kept: [Int], _ requests: [LabelRequest], _ measured: [[TextBlock?]], _ reachable: [[Bool]]
    ) -> (left: [Int], right: [Int])? {
        let order = kept.sorted { a, b in
            let p = requests[a].anchor, q = requests[b].anchor
            return (p.x, p.y, a) < (q.x, q.y, b)
        }
        func wants(_ i: Int) -> LabelSide {
            let side = requests[i].preferredSide ?? (requests[i].anchor.x < drawing.midX ? .left : .right)
            let other: LabelSide = side == .left ? .right : .left
            let index = { (s: LabelSide) in s == .left ? 0 : 1 }
            return !reachable[i][index(side)] && reachable[i][index(other)] ? other : side
        }
        func fits(_ members: ArraySlice<Int>, _ side: Int) -> Bool {
            guard !members.isEmpty else { return true }
            var total = 0.0
            for i in members {
                guard let block = measured[i][side] else { return false }
                total += block.height
            }
            return total + Double(members.count - 1) * spacing <= foot(side == 0 ? .left : .right) - page.minY
        }
        let leftWanted = order.filter { wants($0) == .left }.count
        var best: (cost: Int, distance: Int, k: Int)?
        for k in 0...order.count {
            guard fits(order[..<k], 0), fits(order[k...], 1) else { continue }
            let cost = order[..<k].filter { wants($0) == .right }.count + order[k...].filter { wants($0) == .left }.count
            let candidate = (cost, abs(k - leftWanted), k)
            if best.map({ candidate < $0 }) ?? true { best = candidate }
        }
        guard let k = best?.k else { return nil }
        return (Array(order[..<k]), Array(order[k...]))
    }

    /// Stacks one side's labels in slots as tall as each label, near their anchors, and matches them to slots without
    /// crossings. A slot is as tall as the label in it (not as the column's tallest: one long wrapped label does not push
    /// every other label in its column away from its anchor), so matching and slotting alternate until the order holds.
    /// Returns the placed labels in the order of `members`.
    private func stack(
        _ side: LabelSide, _ members: [Int], _ blocks: [TextBlock], _ requests: [LabelRequest], _ columns: Columns,
        _ ways: [Way?]
    ) -> [PlacedLabel] {
        let elbowX = columns.elbowX(side)
        let desired = members.indices.map { ways[$0]?.height ?? requests[members[$0]].anchor.y }
        let byHeight = members.indices.sorted { a, b in
            let p = requests[members[a]].anchor, q = requests[members[b]].anchor
            return (desired[a], p.x, a) < (desired[b], q.x, b)
        }
        // Slots are matched to where each leader's run to its slot starts: its bend, else its anchor.
        let anchors = members.indices.map { ways[$0]?.start(requests[members[$0]].anchor) ?? requests[members[$0]].anchor }
        /// The slot centres for the labels in `order` (slot k holds `order[k]`), each label's own height tall.
        func centres(_ order: [Int]) -> [Double] {
            guard let first = order.first, let last = order.last else { return [] }
            var offsets = [0.0]
            for k in order.indices.dropFirst() {
                offsets.append(offsets[k - 1] + (blocks[order[k - 1]].height + blocks[order[k]].height) / 2 + spacing)
            }
            return Self.slotCentres(desired: order.map { desired[$0] }, offsets: offsets,
                                    low: page.minY + blocks[first].height / 2, high: foot(side) - blocks[last].height / 2)
        }
        var assignment = byHeight
        var slots = centres(assignment)
        for _ in 0..<Self.restackRounds {
            let matched = Self.uncross(slots: assignment, ports: slots.map { Point(x: elbowX, y: $0) }, anchors: anchors)
            if matched == assignment { break }
            assignment = matched
            slots = centres(assignment)
        }
        var result = [PlacedLabel?](repeating: nil, count: members.count)
        for (slot, local) in assignment.enumerated() {
            let request = requests[members[local]]
            let block = blocks[local]
            let y = slots[slot]
            let direction = side == .left ? -1.0 : 1.0
            let end = Point(x: elbowX + direction * leaderRun, y: y)
            let textX = end.x + direction * textGap
            let frameX = side == .left ? textX - block.width : textX
            result[local] = PlacedLabel(
                id: request.id, text: request.text, side: side, lines: block.lines,
                frame: Rect(x: frameX, y: y - block.height / 2, width: block.width, height: block.height),
                leader: [request.anchor] + (ways[local]?.bend.map { [$0] } ?? []) + [Point(x: elbowX, y: y), end],
                textPosition: Point(x: textX, y: y), maxWidth: columns.width(side))
        }
        return result.compactMap { $0 }
    }

    /// How many times a column's labels are matched to slots and the slots re-stacked for the new order (slots as tall
    /// as their labels move when labels change places).
    static let restackRounds = 6

    /// Centres of `desired.count` slots `pitch` apart, in order, as near as possible (least squares) to
    /// `desired` (sorted), with every centre in `low…high`. Needs `(count − 1)·pitch ≤ high − low`.
    static func slotCentres(desired: [Double], pitch: Double, low: Double, high: Double) -> [Double] {
        slotCentres(desired: desired, offsets: desired.indices.map { Double($0) * pitch }, low: low, high: high)
    }

    /// Centres of `desired.count` slots, slot k at least `offsets[k] − offsets[k − 1]` below the one before (offsets
    /// ascending from 0: the slots' cumulative pitches, points), in order, as near as possible (least squares) to `desired`
    /// (sorted), the first centre no higher than `low` and the last no lower than `high`. Needs `offsets.last ≤ high − low`.
    static func slotCentres(desired: [Double], offsets: [Double], low: Double, high: Double) -> [Double] {
        // With z_k = centre_k − offset_k the constraint is z non-decreasing: isotonic regression
        // (pool adjacent violators), then clamping z into its feasible range.
        var blocks: [(sum: Double, count: Int)] = []
        for (k, d) in desired.enumerated() {
            blocks.append((d - offsets[k], 1))
            while blocks.count > 1 {
                let last = blocks[blocks.count - 1], previous = blocks[blocks.count - 2]
                guard previous.sum / Double(previous.count) > last.sum / Double(last.count) else { break }
                blocks.removeLast(2)
                blocks.append((previous.sum + last.sum, previous.count + last.count))
            }
        }
        let zHigh = high - (offsets.last ?? 0)
        var centres: [Double] = []
        for block in blocks {
            let z = min(max(block.sum / Double(block.count), low), max(low, zHigh))
            for _ in 0..<block.count { centres.append(z + offsets[centres.count]) }
        }
        return centres
    }

    /// Reassigns labels to slots until no two leader segments (anchor → port) cross. Each swap of a
    /// crossing pair shortens the total leader length, so this ends; `slots[k]` is the label in slot k.
    static func uncross(slots: [Int], ports: [Point], anchors: [Point]) -> [Int] {
        var assignment = slots
        var changed = true
        var rounds = 0
        while changed && rounds < 10_000 {
            changed = false
            rounds += 1
            for a in assignment.indices {
                for b in (a + 1)..<assignment.count
                where Segment(anchors[assignment[a]], ports[a]).crosses(Segment(anchors[assignment[b]], ports[b])) {
                    assignment.swapAt(a, b)
                    changed = true
                }
            }
        }
        return assignment
    }
}

/// The x positions of the two label columns.
struct Columns {
    let layout: LabelLayout
    let anchorMinX: Double
    let anchorMaxX: Double

    init(layout: LabelLayout, anchors: [Point]) {
        self.layout = layout
        anchorMinX = min(layout.drawing.minX, anchors.map(\.x).min() ?? layout.drawing.minX)
        anchorMaxX = max(layout.drawing.maxX, anchors.map(\.x).max() ?? layout.drawing.maxX)
    }

    func elbowX(_ side: LabelSide) -> Double {
        side == .left ? anchorMinX - layout.elbowGap : anchorMaxX + layout.elbowGap
    }

    /// Room for text in the column, in points (zero or less when there is none).
    func width(_ side: LabelSide) -> Double {
        let inner = layout.elbowGap + layout.leaderRun + layout.textGap
        return side == .left ? anchorMinX - inner - layout.page.minX : layout.page.maxX - anchorMaxX - inner
    }
}
