import Clinical
import Foundation
import Geometry

/// The ganglion squeezed by the foramen itself (issue 11): where the model grades it deviated or compressed in the
/// foramen and no lesion presses it — lost foraminal height (disc collapse, isthmic slip, retrolisthesis) — it is drawn
/// as the report reads, flattened between the walls the foramen's drawn outline brings closest to it (the pedicle
/// above, the disc or superior articular process below or behind), not as a round disc in free fat. Its thickness is
/// the axial view's rule (`RootSqueeze.thickness`); where it lies and which way it is squeezed come from the drawn
/// walls. Every ganglion in the plane is then moulded to the foramen's free space (`mouldedToTheForamen`): never drawn
/// inside bone. In-plane mm.
extension ForamenSection {
    /// The drawn outlines that bound the foramen — bodies, disc, pedicles, articular process, pars, the capsule's shelf — as
    /// `ForamenDrawing` draws them, in-plane mm.
    var wallOutlines: [[Vec2]] {
        var walls: [[Vec2]] = []
        if let b = upperBodyOutline { walls.append(bodyShape(b)) }
        if let b = lowerBodyOutline { walls.append(bodyShape(b)) }
        if let d = discOutline { walls.append(discShape(d)) }
        if let p = upperPedicleShape { walls.append(p) }
        if let p = lowerPedicleShape { walls.append(p) }
        if let f = superiorFacetOutline() { walls.append(f) }
        if let p = parsOutline() { walls.append(p) }
        if let c = capsuleShelf { walls.append(c.outline(steps: 4)) }
        return walls
    }

    /// `roots` with every ganglion in the plane that the model grades deviated or compressed and that no lesion
    /// presses flattened against the walls (`flattenedGanglion`); the rest as they are.
    func flattenedByTheForamen(_ roots: [RootMark]) -> [RootMark] {
        let walls = wallOutlines + lesions.filter { $0.offPlane == nil }.map { $0.rect.outline(steps: 8) }
        return roots.map { mark in
            guard !mark.projected, mark.pressed == nil, mark.station.site == .foramen, RootSqueeze.thickness(mark.grade) < 1 else { return mark }
            var m = mark
            let p = Self.flattenedGanglion(rest: mark.centre, radius: mark.station.radius, grade: mark.grade,
                                           reach: max(mark.station.mobility, mark.station.radius), walls: walls, step: 0.2 * scale)
            (m.drawn, m.rx, m.ry) = (p.centre, p.rx, p.ry)
            return m
        }
    }

    /// The ganglion (model centre `rest`, radius `r`) as an ellipse squeezed between the two drawn `walls` that narrow
    /// the foramen round it: cranio-caudally (lost height: the pedicle above, the disc, endplate or articular process
    /// below) where those close on it within `reach` of `rest`, else antero-posteriorly (a slip: the body's back in front,
    /// the articular process or pars behind) where those do (`squeezed`). Where neither pair closes on it, against the wall
    /// the model's ganglion lies nearest — a slipped body's back in front (then as tall as the walls above and below let
    /// it), else the roof (the pedicle's notch) — as thin as its grade leaves it. Round at `rest` when no place fits.
    /// `step`: how finely the walls are sampled, mm.
    static func flattenedGanglion(rest: Vec2, radius r: Double, grade: RootGrade, reach: Double, walls: [[Vec2]],
                                  step: Double) -> RootSqueeze.Placement {
        let vertical = squeezed(rest: rest, radius: r, grade: grade, reach: reach, walls: walls, step: step, againstUpper: true)
        if let v = vertical, v.both { return v.p }
        func swap(_ v: Vec2) -> Vec2 { Vec2(v.y, v.x) }
        let swapped = walls.map { $0.map(swap) }
        // Across: against the wall in front (a slipped body's back) or behind, whichever the model's ganglion enters more.
        // The nearest wall in front, behind and above the model's ganglion (within 45° of each direction), mm.
        let dense = walls.flatMap { RootSqueeze.densified($0, step: step) }.filter { ($0 - rest).length < 3 * r }
        func nearest(_ inCone: (Vec2) -> Bool) -> Double { dense.map { $0 - rest }.filter(inCone).map(\.length).min() ?? .infinity }
        let front = nearest { $0.x < 0 && -$0.x >= abs($0.y) }, back = nearest { $0.x > 0 && $0.x >= abs($0.y) }
        let upper = nearest { $0.y > 0 && $0.y >= abs($0.x) }
        let across = squeezed(rest: swap(rest), radius: r, grade: grade, reach: reach, walls: swapped, step: step, againstUpper: back < front)
        guard let a = across, a.both || (vertical?.both != true && min(front, back) < upper) else {
            return vertical?.p ?? RootSqueeze.Placement(centre: rest, rx: r, ry: r, towardsLesion: nil)
        }
        return RootSqueeze.Placement(centre: swap(a.p.centre), rx: a.p.ry, ry: a.p.rx, towardsLesion: nil)
    }

    /// The ganglion squeezed between the walls above and below it (in-plane y; `flattenedGanglion` swaps the axes for
    /// front and back): at the place within `reach` of `rest` where they leave least room without entering it, it starts
    /// as thin as its grade leaves it (`RootSqueeze.thickness` of `r`) and as much wider as it is thinner (at most 1.7
    /// `r`); where the walls there leave more than that thickness it fills the gap — thicker, at most round, and as much
    /// narrower — so that it touches both, with no fat drawn between it and either (the model grades a root compressed
    /// from 10 % flattening, `RootRoom.deformationThreshold`: a gap left open would say it has room). `both`: it touches
    /// both walls; false: against the one above (`againstUpper`) or below, or the only one there is. Nil when no place fits.
    static func squeezed(rest: Vec2, radius r: Double, grade: RootGrade, reach: Double, walls: [[Vec2]],
                         step: Double, againstUpper: Bool) -> (p: RootSqueeze.Placement, both: Bool)? {
        let k = RootSqueeze.thickness(grade)
        let thin = k * r, widest = min(1.7 * r, r / k)
        let around: Double = reach + 2 * widest + 2 * r
        let sampled: [Vec2] = walls.flatMap { RootSqueeze.densified($0, step: step) }
        let near: [Vec2] = sampled.filter { ($0 - rest).length < around }
        /// The room left above and below an ellipse (semi-axes `wide`, `h`) centred at `c`, over its width, mm.
        func room(_ c: Vec2, _ wide: Double, _ h: Double) -> (up: Double, down: Double) {
            var up = Double.infinity, down = Double.infinity
            for q in near where abs(q.x - c.x) < wide {
                let u = (q.x - c.x) / wide, e = h * (1 - u * u).squareRoot()
                if q.y >= c.y { up = min(up, q.y - c.y - e) } else { down = min(down, c.y - q.y - e) }
            }
            return (up, down)
        }
        var best: (slack: Double, moved: Double, p: RootSqueeze.Placement)?
        let n = 12
        var wide = widest
        // The widest ellipse that fits somewhere within reach (narrower by a tenth of the radius at a time).
        while wide >= thin - 1e-9 && best == nil {
            for i in -n...n {
                for j in -n...n {
                    let c = rest + Vec2(Double(i), Double(j)) * (reach / Double(n))
                    guard (c - rest).length <= reach + 1e-9, !walls.contains(where: { RootSqueeze.contains($0, c) }) else { continue }
                    let (up, down) = room(c, wide, thin)
                    guard up >= -1e-9, down >= -1e-9, up.isFinite || down.isFinite else { continue }
                    // Where the walls leave least room over its thickness (both there: it is filled below); else against
                    // the one above, or the one wall there is.
                    let slack = up.isFinite && down.isFinite ? up + down : min(up, down)
                    let shift = up.isFinite && down.isFinite ? (up - down) / 2 : (up.isFinite ? up : -down)
                    let centre = Vec2(c.x, c.y + shift), moved = (centre - rest).length
                    if best.map({ slack < $0.slack - 1e-6 || (abs(slack - $0.slack) <= 1e-6 && moved < $0.moved) }) ?? true {
                        best = (slack, moved, RootSqueeze.Placement(centre: centre, rx: wide, ry: thin, towardsLesion: nil))
                    }
                }
            }
            wide -= 0.1 * r
        }
        guard var p = best?.p else { return nil }
        // Filling the gap: thicker by the room left, centred between the walls, narrower as it grows thicker (never
        // narrower than thick), until it touches both or is round.
        for _ in 0..<8 {
            let (up, down) = room(p.centre, p.rx, p.ry)
            guard up.isFinite, down.isFinite, up + down > 0.01 * r, p.ry < r - 1e-9 else { break }
            let h = min(r, p.ry + (up + down) / 2)
            p.centre.y += (up - down) / 2
            p.ry = h
            p.rx = max(h, min(p.rx, r * r / h))
        }
        let (up, down) = room(p.centre, p.rx, p.ry)
        // Round and still room: not squeezed between these walls; as thin as its grade, against the one above.
        if up.isFinite && down.isFinite && up + down > 0.02 * r {
            // Against that wall at its middle: narrower (a tenth of the radius at a time) where a corner would hold it off.
            let first = best!.p
            var fallback: RootSqueeze.Placement?
            for w in stride(from: first.rx, through: first.ry, by: -0.1 * r) {
                var q = first
                q.rx = w
                let (u, d) = room(q.centre, w, q.ry)
                if againstUpper || !d.isFinite { q.centre.y += u.isFinite ? u : 0 } else { q.centre.y -= d }
                if fallback == nil { fallback = q }
                let side = near.filter { abs($0.x - q.centre.x) < 0.3 * w && (againstUpper ? $0.y > q.centre.y : $0.y < q.centre.y) }
                let gap = side.map { abs($0.y - q.centre.y) - q.ry }.min() ?? .infinity
                if gap <= 0.05 * r { fallback = q; break }
            }
            return (fallback ?? first, false)
        }
        // Clear of both walls by their sampling (a shrink of at most a hair).
        if up < 0 || down < 0 { p.ry = max(0.3 * r, p.ry + min(0, up, down)) }
        return (p, up.isFinite && down.isFinite)
    }

    /// `roots` with every ganglion in the plane moulded to the foramen's free space (`moulded`): where a drawn wall —
    /// body, disc, pedicle, articular process, pars — would cut into its ellipse, its outline follows that wall,
    /// `clearance` (0.15 mm) short of it, so that no root is drawn inside bone and a squeezed ganglion shows the flats the
    /// walls press on it. An unhurt or touched one a wall only grazes is moved clear instead (at most a fifth of its radius). Lesion tissue is not a wall here: it is moulded round the root (`RootSqueeze.indent`).
    func mouldedToTheForamen(_ roots: [RootMark]) -> [RootMark] {
        var walls = wallOutlines
        if let f = inferiorFacetOutline() { walls.append(f) }
        // Osteophytes are bone: a ganglion pinched on one is moulded to it too (flat where it bears on it).
        if roots.contains(where: \.pinched) {
            walls += lesions.filter { $0.offPlane == nil && $0.solid.structure == .osteophyte }.map { osteophyteOutline($0.rect) }
        }
        let clearance = 0.15 * scale, step = 0.1 * scale
        // The walls sampled once for every ganglion and every place tried (finer than the clearance).
        let samples = walls.flatMap { RootSqueeze.densified($0, step: step) }
        func moulded(_ mark: RootMark, at centre: Vec2) -> [Vec2]? {
            Self.moulded(centre: centre, rx: mark.rx, ry: mark.ry, walls: walls, samples: samples, step: step, clearance: clearance)
        }
        return roots.map { mark in
            guard !mark.projected, mark.station.site == .foramen, let outline = moulded(mark, at: mark.drawn) else { return mark }
            var m = mark
            // A ganglion a wall only grazes is moved clear (up to a fifth of its radius, the nearest place), not bitten; one the
            // model grades deviated or compressed stays against the walls that squeeze it, moulded.
            let n = mark.grade > .contact ? 0 : 4, reach = 0.2 * mark.station.radius
            var shifts: [Vec2] = []
            for i in -n...n { for j in -n...n { shifts.append(Vec2(Double(i), Double(j)) * (reach / Double(n))) } }
            shifts = shifts.filter { $0.length <= reach + 1e-9 }.sorted { ($0.length, $0.x, $0.y) < ($1.length, $1.x, $1.y) }
            if let d = shifts.first(where: { d in
                moulded(mark, at: mark.drawn + d) == nil && !walls.contains { RootSqueeze.contains($0, mark.drawn + d) }
            }) {
                m.drawn = mark.drawn + d
                return m
            }
            m.outline = outline
            return m
        }
    }

    /// The ellipse centred at `centre` with semi-axes `rx`, `ry` (mm) as a closed outline of 96 points, each ray from the
    /// centre stopped `clearance` short of the first wall it meets (`samples`: the `walls`' outlines sampled every `step`
    /// mm, more finely than `clearance`); nil when no ray meets one, or when the centre itself lies in a wall (nothing to
    /// mould to).
    static func moulded(centre c: Vec2, rx: Double, ry: Double, walls: [[Vec2]], samples: [Vec2], step: Double, clearance: Double) -> [Vec2]? {
        let reach = max(rx, ry) + clearance + step
        let near = samples.filter { ($0 - c).length < reach }
        guard !near.isEmpty, !near.contains(where: { ($0 - c).length < clearance }),
              !walls.contains(where: { RootSqueeze.contains($0, c) }) else { return nil }
        var out: [Vec2] = [], changed = false
        let n = 96
        for i in 0..<n {
            let t = 2 * Double.pi * Double(i) / Double(n)
            let e = Vec2(rx * cos(t), ry * sin(t)), len = e.length
            let d = e * (1 / len)
            // The first point along the ray within `clearance` of a wall sample: a segment that enters a wall crosses its
            // boundary, sampled finer than the clearance.
            var s = len
            for q in near {
                let w = q - c, along = w.x * d.x + w.y * d.y
                let off = abs(w.x * d.y - w.y * d.x)
                guard off < clearance, along > -clearance else { continue }
                s = min(s, max(0, along - (clearance * clearance - off * off).squareRoot()))
            }
            if s < len - 1e-9 { changed = true }
            out.append(c + d * s)
        }
        return changed ? out : nil
    }
}
