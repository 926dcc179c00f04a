import Diagram
import Foundation
import Geometry

/// Where the axial view's "Superior articular process" label touches the process: on its bone, clear of everything
/// drawn over it. The exiting root (ganglion and its course out, seen from above) lies over the front of the process
/// beside the foramen, so a fixed point there named the root "superior articular process" (issue 11: every scenario).
extension AxialSection {
    /// The point of the superior articular process on side `g` (+1 left, −1 right) farthest, within the process, from
    /// its edges (the arch's outline and the joint line's chord) and from every root, root course and lesion drawn
    /// there: searched on a 0.25 mm grid between the medial pedicle wall and the process's lateral edge, from the
    /// disc's margin back to the joint's posterolateral end. Nil when no grid point is free. In-plane mm.
    func superiorProcessAnchor(sign g: Double) -> Vec2? {
        let s = scale, step = 0.25 * s
        let arch = archOutline().map { Point(x: $0.x, y: $0.y) }
        let (p, _, _, q) = jointCurve(sign: g)
        let chord = q - p, chordLength = max(1e-9, chord.length)
        // The process lies on the side of the joint line its bow points to (in front and lateral).
        let bow = Vec2(g, -1)
        let sapSide = chord.x * bow.y - chord.y * bow.x
        func beyondJoint(_ v: Vec2) -> Double {
            let w = v - p
            return (chord.x * w.y - chord.y * w.x) / chordLength * (sapSide >= 0 ? 1 : -1)
        }
        // What is drawn over the process: roots (their ellipses), each side's root course, lesions as drawn.
        let marks = roots.filter { !$0.station.intrathecal }
        // Each side's root course (foraminal to extraforaminal mark) and the lesions' drawn boxes do not depend on the
        // grid point: found once, not at every point (the spurs' outline alone is 65 samples of the disc's back).
        let courses: [(a: RootMark, b: RootMark)] = [1.0, -1.0].compactMap { side in
            let mine = marks.filter { ($0.centre.x >= 0 ? 1.0 : -1.0) == side }
            guard let a = mine.first(where: { $0.station.site == .foramen }), let b = mine.first(where: { $0.station.site == .extraforaminal }) else { return nil }
            return (a, b)
        }
        let lesionRects = lesions.filter { $0.offPlane == nil }.map(labelRect)
        func clearOfRoots(_ v: Vec2) -> Double {
            var d = Double.infinity
            for m in marks {
                let u = Vec2((v.x - m.centre.x) / m.rx, (v.y - m.centre.y) / m.ry)
                d = min(d, (u.length - 1) * min(m.rx, m.ry))
            }
            for (a, b) in courses {
                let ab = b.centre - a.centre, t = max(0, min(1, ((v - a.centre).x * ab.x + (v - a.centre).y * ab.y) / max(1e-9, ab.x * ab.x + ab.y * ab.y)))
                d = min(d, (v - (a.centre + ab * t)).length - 0.8 * max(a.station.radius, b.station.radius))
            }
            for rect in lesionRects {
                d = min(d, rect.signedDistance(to: v))
            }
            return d
        }
        var best: (score: Double, point: Vec2)?
        var x = anatomy.pedicleWallX
        while x <= lateralEdge + 1e-9 {
            var y = (discBack(g * x) ?? 0) + step
            while y <= q.y + 1e-9 {
                let v = Vec2(g * x, y)
                let point = Point(x: v.x, y: v.y)
                if Polygons.contains(arch, point) {
                    let score = min(Polygons.distance(arch, point), beyondJoint(v), clearOfRoots(v))
                    if score > 0, best.map({ score > $0.score + 1e-9 }) ?? true { best = (score, v) }
                }
                y += step
            }
            x += step
        }
        return best?.point
    }
}
