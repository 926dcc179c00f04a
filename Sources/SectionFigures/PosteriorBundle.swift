import Anatomy
import Compression
import Diagram
import Geometry

extension PosteriorDrawing {
    /// Where the posterior view names the hurt roots of a pressed bundle (issue 11: call-outs stacked on one another at
    /// the conus in scenario 13). The hurt roots on one side whose worst place is in the sac at one level — the roots
    /// descending together past a central lesion there — share that station, and the one point of it would stack their
    /// call-outs. Each is named instead on its own drawn centre line (``centreLine(_:)``, figure mm), within its own
    /// stretch drawn at that worst grade, the roots spread down the stretch the bundle is pressed over: the one that leaves
    /// the bundle first highest, so the anchors stand one under another, each on the root it names. Keyed
    /// "<root>.<side>" ("L3.left"); roots alone at their place are not here (their anchor is the station's point).
    func bundleAnchors() -> [String: PlanePoint] {
        var groups: [String: [(root: Root, side: Side, station: StationFinding)]] = [:]
        for finding in result.roots where finding.grade > .normal {
            guard let worst = finding.stations.max(by: { $0.grade < $1.grade }), worst.site == .inSac else { continue }
            groups["\(finding.side.rawValue).\(worst.level.name)", default: []].append((finding.root, finding.side, worst))
        }
        var out: [String: PlanePoint] = [:]
        for key in groups.keys.sorted() {
            guard let members = groups[key], members.count > 1 else { continue }
            // Each root's centre line and the samples of its stretch drawn at the worst grade: the run of course points
            // at that grade through the worst station, each point's piece reaching half a stretch either side.
            var runs: [(name: String, order: Int, centre: [PlanePoint], range: ClosedRange<Int>)] = []
            for (n, m) in members.enumerated() {
                let c = course(m.root, m.side)
                guard let k = c.firstIndex(where: { $0.place == m.station.site && $0.level == m.station.level }) else { continue }
                let grades = c.map { grade(m.root, m.side, $0.place, $0.level) }
                var i0 = k, i1 = k
                while i0 > 0 && grades[i0 - 1] == grades[k] { i0 -= 1 }
                while i1 + 1 < c.count && grades[i1 + 1] == grades[k] { i1 += 1 }
                let centre = Self.centreLine(c.map { PosteriorPanel.plane($0.x, $0.z) })
                let s = Self.samples
                let lo = max(0, i0 * s - s / 2), hi = min(centre.count - 1, i1 * s + s / 2)
                guard hi >= lo else { continue }
                runs.append(("\(m.root.name).\(m.side.rawValue)", n, centre, lo...hi))
            }
            guard runs.count > 1 else { continue }
            func low(_ r: (name: String, order: Int, centre: [PlanePoint], range: ClosedRange<Int>)) -> Double {
                r.range.map { r.centre[$0].v }.min() ?? 0
            }
            let top = runs.flatMap { r in r.range.map { r.centre[$0].v } }.max() ?? 0
            let bottom = runs.map(low).min() ?? 0
            // The root whose stretch ends highest (it leaves the bundle first) takes the highest place.
            let ordered = runs.sorted { (low($0), -$0.order) > (low($1), -$1.order) }
            // The two sides' bundles lie either side of the midline, their call-outs between them: the left's places a
            // quarter of a place higher, the right's a quarter lower, so the two sides' call-outs alternate down the midline.
            let shift = members.first?.side == .left ? 0.25 : 0.75
            for (j, run) in ordered.enumerated() {
                let v = top - (Double(j) + shift) / Double(ordered.count) * (top - bottom)
                guard let best = run.range.min(by: { abs(run.centre[$0].v - v) < abs(run.centre[$1].v - v) }) else { continue }
                out[run.name] = run.centre[best]
            }
        }
        return out
    }
}
