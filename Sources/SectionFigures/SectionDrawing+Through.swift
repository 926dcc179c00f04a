import Diagram
import FigureStyle

extension SectionDrawing {
    /// `callouts` where one whose leader passes through another call-out's circle, or whose circle a leader passes through
    /// (a leader through a circle reads as that call-out's leader, issue 11), is placed again knowing every other call-out
    /// and the column leaders (`base`): kept when that lowers the number of such passes and adds no crossing of leaders.
    /// A few rounds, each call-out in order (the first, most important, first). The anchors stay where they are.
    /// At most `trialBudget` placings are tried in all: a figure has a handful of call-outs, but one drawn with a hundred
    /// lesions has thousands of passes, and trying each (every trial counts all pairs again) ran for minutes.
    static func unthreaded(_ callouts: [SectionCallout], base: CalloutSpot.Surroundings, radius: Double, gap: Double) -> [SectionCallout] {
        var out = callouts
        var trials = 0
        /// `base` with every call-out but those in `moving`: their circles and leaders, and guards round every other anchor.
        func surroundings(without moving: Set<Int>, guarding own: Int) -> CalloutSpot.Surroundings {
            var around = base
            around.keepClear += out.indices.filter { $0 != own }.map { anchorGuard(out[$0].request.anchor, gap: gap) }
            for k in out.indices where !moving.contains(k) {
                guard let spot = out[k].spot else { continue }
                around.circles.append((spot.centre, radius))
                if let l = leg(spot) { around.segments.append(l) }
            }
            return around
        }
        for _ in 0..<3 {
            var changed = false
            for pair in passes(out, base: base, radius: radius) {
                guard trials < trialBudget else { return out }
                let before = passes(out, base: base, radius: radius).count, crossed = crossings(out, base: base)
                guard before > 0 else { break }
                // The one alone, the other alone, then both together in either order.
                let orders: [[Int]] = pair.0 == pair.1 ? [[pair.0]] : [[pair.0], [pair.1], [pair.0, pair.1], [pair.1, pair.0]]
                for order in orders {
                    trials += 1
                    var trial = out
                    let moving = Set(order)
                    for i in order {
                        var around = surroundings(without: moving, guarding: i)
                        for k in order where k != i && trial[k].spot != out[k].spot {
                            guard let spot = trial[k].spot else { continue }
                            around.circles.append((spot.centre, radius))
                            if let l = leg(spot) { around.segments.append(l) }
                        }
                        trial[i].spot = CalloutSpot.find(anchor: out[i].request.anchor, radius: radius, gap: gap, around: around)
                    }
                    guard passes(trial, base: base, radius: radius).count < before, crossings(trial, base: base) <= crossed else { continue }
                    out = trial
                    changed = true
                    break
                }
            }
            if !changed { break }
        }
        return out
    }

    /// How many placings ``unthreaded(_:base:radius:gap:)`` tries at most (each a call-out or a pair in one order). The
    /// teaching scenarios' views use far fewer; the bound keeps a figure of a hundred lesions to a fraction of a second.
    static let trialBudget = 64

    /// A call-out's leader as one segment (anchor to the circle's edge); nil when the circle stands on its anchor.
    static func leg(_ spot: CalloutSpot?) -> Segment? {
        guard let l = spot?.leader, l.count == 2 else { return nil }
        return Segment(l[0], l[1])
    }

    /// The leaders (the call-outs' and the column labels' in `base`) that pass through a call-out's circle not their own,
    /// nearer its centre than `radius`: per pass, the circle's call-out and the leader's (the circle's again for a column
    /// label's leader, which stays where it is), by index.
    private static func passes(_ callouts: [SectionCallout], base: CalloutSpot.Surroundings, radius: Double) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        for (i, a) in callouts.enumerated() {
            guard let centre = a.spot?.centre else { continue }
            for s in base.segments where Polygons.segmentDistance(centre, s.start, s.end) < radius { pairs.append((i, i)) }
            for (j, b) in callouts.enumerated() where j != i {
                guard let l = leg(b.spot), Polygons.segmentDistance(centre, l.start, l.end) < radius else { continue }
                pairs.append((i, j))
            }
        }
        return pairs
    }

    /// How many pairs of leaders cross: call-outs' with each other and with the column labels' in `base`.
    private static func crossings(_ callouts: [SectionCallout], base: CalloutSpot.Surroundings) -> Int {
        let legs = callouts.compactMap { leg($0.spot) }
        var n = 0
        for (i, a) in legs.enumerated() {
            n += base.segments.filter { $0.crosses(a) }.count
            n += legs[(i + 1)...].filter { $0.crosses(a) }.count
        }
        return n
    }
}
