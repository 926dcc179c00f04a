import Clinical
import Foundation
import Geometry

/// The ganglion squeezed by the foramen itself (issue 11): where the model grades it deviated or compressed in the
/// foramen and no lesion presses it — lost foraminal height (disc collapse, isthmic slip, retrolisthesis) — it is drawn
/// as the report reads, flattened between the walls the foramen's drawn outline brings closest to it (the pedicle
/// above, the disc or superior articular process below or behind), not as a round disc in free fat. Its thickness is
/// the axial view's rule (`RootSqueeze.thickness`); where it lies and which way it is squeezed come from the drawn
/// walls. In-plane mm.
extension ForamenSection {
    /// The drawn outlines that bound the foramen — bodies, disc, pedicles, articular process, pars — as
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

    /// The ganglion (model centre `rest`, radius `r`) as an ellipse as thick as its grade leaves it (`RootSqueeze.thickness`
    /// of `r`) and as much wider as it is thinner (at most 1.7 `r`, less where the walls leave less room), squeezed
    /// cranio-caudally (lost height: the pedicle above, the disc or articular process below), at the place within `reach`
    /// of `rest` where the drawn `walls` come closest above and below it without entering it: midway between them where
    /// they leave no more than its thickness (it touches both), else against the wall above (the pedicle's notch). Round
    /// at `rest` when no place fits. `step`: how finely the walls are sampled, mm.
    static func flattenedGanglion(rest: Vec2, radius r: Double, grade: RootGrade, reach: Double, walls: [[Vec2]],
                                  step: Double) -> RootSqueeze.Placement {
        let k = RootSqueeze.thickness(grade)
        let thin = k * r, widest = min(1.7 * r, r / k)
        let around: Double = reach + 2 * widest + 2 * r
        let sampled: [Vec2] = walls.flatMap { RootSqueeze.densified($0, step: step) }
        let near: [Vec2] = sampled.filter { ($0 - rest).length < around }
        var best: (slack: Double, moved: Double, p: RootSqueeze.Placement)?
        let n = 12
        var wide = widest
        // The widest ellipse that fits somewhere within reach (narrower by a tenth of the radius at a time).
        while wide >= thin - 1e-9 && best == nil {
            for i in -n...n {
                for j in -n...n {
                    let c = rest + Vec2(Double(i), Double(j)) * (reach / Double(n))
                    guard (c - rest).length <= reach + 1e-9, !walls.contains(where: { RootSqueeze.contains($0, c) }) else { continue }
                    // The room left above and below the ellipse centred at `c`, over its width.
                    var up = Double.infinity, down = Double.infinity
                    for q in near where abs(q.x - c.x) < wide {
                        let u = (q.x - c.x) / wide, h = thin * (1 - u * u).squareRoot()
                        if q.y >= c.y { up = min(up, q.y - c.y - h) } else { down = min(down, c.y - q.y - h) }
                    }
                    guard up >= -1e-9, down >= -1e-9, up.isFinite || down.isFinite else { continue }
                    // Midway between the walls where they leave little more than its thickness (it touches both); else
                    // against the roof (the pedicle, under which the ganglion lies), or the one wall there is.
                    let slack = up.isFinite && down.isFinite ? up + down : min(up, down)
                    let shift = up.isFinite && down.isFinite && slack <= 0.1 * r ? (up - down) / 2 : (up.isFinite ? up : -down)
                    let centre = Vec2(c.x, c.y + shift), moved = (centre - rest).length
                    if best.map({ slack < $0.slack - 1e-6 || (abs(slack - $0.slack) <= 1e-6 && moved < $0.moved) }) ?? true {
                        best = (slack, moved, RootSqueeze.Placement(centre: centre, rx: wide, ry: thin, towardsLesion: nil))
                    }
                }
            }
            wide -= 0.1 * r
        }
        return best?.p ?? RootSqueeze.Placement(centre: rest, rx: r, ry: r, towardsLesion: nil)
    }
}
