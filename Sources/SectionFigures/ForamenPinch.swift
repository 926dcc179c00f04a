import Foundation
import Geometry

/// A ganglion pinched between lesion tissue and the foramen's wall (issue 11: "a grade-3 root is flattened between the
/// lesion and the wall"): on the model's line through its resting centre, the room the model's lesion leaves it against
/// the wall is measured from the model's boxes — the wall's surface behind it, the lesion's in front — and the ganglion is
/// drawn filling that room, so no fat shows between it and either, however much the lesion grew. In-plane mm.
extension ForamenSection {
    /// The ganglion resting at `rest` (radius `r`) between `walls` and `lesions`, pressed along `axis` (unit, from the
    /// wall towards the lesion): centred in the room between the wall's and the lesion's surfaces on the line through
    /// `rest` along `axis`, its thickness half that room plus `overlap` (mm; moulded off against the drawn walls and
    /// osteophytes, so it shows flats where they press), as much wider as it is thinner (at most 1.7 `r`). Nil when the
    /// room is wider than the ganglion (nothing pinches it) or either surface is missing.
    static func pinched(rest: Vec2, radius r: Double, axis: Vec2, walls: [RoundedRect], lesions: [RoundedRect],
                        overlap: Double) -> RootSqueeze.Placement? {
        func inside(_ rects: [RoundedRect], _ t: Double) -> Bool {
            let p = rest + axis * t
            return rects.contains { $0.signedDistance(to: p) <= 0 }
        }
        let step = 0.002 * r, far = 4 * r
        // The lesion's surface facing the wall: the first point along the axis in it, or, when it has grown over the
        // resting centre, the last point back towards the wall still in it.
        var lesion: Double?
        if inside(lesions, 0) {
            var t = 0.0
            while t > -far && inside(lesions, t - step) { t -= step }
            lesion = t
        } else {
            var t = 0.0
            while t < far { t += step; if inside(lesions, t) { lesion = t; break } }
        }
        guard let tl = lesion else { return nil }
        var tw: Double?
        var t = min(0, tl)
        while t > tl - far { t -= step; if inside(walls, t) { tw = t; break } }
        guard let tw else { return nil }
        let room = tl - tw
        guard room > 0, room < 2 * r else { return nil }
        let thin = room / 2 + overlap
        let wide = max(thin, min(1.7 * r, r * r / (room / 2)))
        let centre = rest + axis * ((tl + tw) / 2)
        let alongY = abs(axis.y) >= abs(axis.x)
        return RootSqueeze.Placement(centre: centre, rx: alongY ? wide : thin, ry: alongY ? thin : wide, towardsLesion: axis)
    }

    /// The drawn outline of an in-plane osteophyte `rect` (`osteophyteShelf`), its top flat at the model's top under every
    /// ganglion pinched on it, so the ganglion bears on it there.
    func osteophyteOutline(_ rect: RoundedRect) -> [Vec2] {
        let bearing: [ClosedRange<Double>] = roots.filter { $0.pinched && !$0.projected }.map { ($0.drawn.x - $0.rx)...($0.drawn.x + $0.rx) }
        return osteophyteShelf(rect, bearing: bearing)
    }
}
