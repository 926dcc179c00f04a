import Foundation
import Geometry

/// A ganglion pinched between lesion tissue and the foramen's wall (issue 11: "a grade-3 root is flattened between the
/// lesion and the wall"): on the model's line through its resting centre, the lesion's and the wall's surfaces are found
/// exactly from the model's boxes, and the ganglion is drawn in that room as thin as the model finds it (its best fit,
/// `StationFinding.bestFit`: one source of truth; the figure does not measure the ganglion's room itself). In-plane mm.
extension ForamenSection {
    /// The ganglion resting at `rest` (radius `r`) between `walls` and `lesions`, pressed along `axis` (unit, from the
    /// wall towards the lesion), with the model's `halfThickness` (mm).
    /// On the line through `rest` along `axis`, the room between the wall's and the lesion's surfaces:
    /// - no wider than the model's thickness (plus `overlap` each side), or the model leaves it no room at all (its cap): it
    ///   fills the room, centred in it, its half-thickness
    ///   half the room plus `overlap` (moulded off against the drawn walls and osteophytes, so it shows flats where they
    ///   press; a soft lesion is indented round it) — and never thinner than the model's;
    /// - wider: as thin as the model's, on the lesion that presses it, with the fat the model leaves it (its ganglion is
    ///   held within `RootStation.mobility` of its rest, 0.5 mm, and may not reach the wall) between it and the wall.
    /// As much wider as it is thinner (at most 1.7 `r`); with the room, mm. Nil when the room is wider than the ganglion
    /// (nothing pinches it) or either surface is missing.
    static func pinched(rest: Vec2, radius r: Double, halfThickness model: Double, axis: Vec2,
                        walls: [RoundedRect], lesions: [RoundedRect], overlap: Double) -> (placement: RootSqueeze.Placement, room: Double)? {
        let far = 4 * r
        // Each box's span along the line `rest + axis · t` (t in mm), exactly: the line runs along one of the section's axes
        // (`RootSqueeze.place` presses along one), so it cuts a rounded rectangle in one interval.
        func spans(_ rects: [RoundedRect]) -> [ClosedRange<Double>] {
            let alongY = abs(axis.y) >= abs(axis.x), sign: Double = (alongY ? axis.y : axis.x) < 0 ? -1 : 1
            return rects.compactMap { rect in
                guard let cut = alongY ? rect.verticalInterval(atX: rest.x) : rect.horizontalInterval(atY: rest.y) else { return nil }
                let origin = alongY ? rest.y : rest.x
                let a = sign * (cut.lowerBound - origin), b = sign * (cut.upperBound - origin)
                return min(a, b)...max(a, b)
            }
        }
        let lesionSpans = spans(lesions), wallSpans = spans(walls)
        // The lesion's surface facing the wall: where the line first enters it beyond the resting centre, or, when it has grown
        // over the centre, the near end (towards the wall) of the run of lesion tissue the centre lies in — up to 4 r back.
        var lesion: Double?
        if lesionSpans.contains(where: { $0.contains(0) }) {
            var t = 0.0
            while let s = lesionSpans.first(where: { $0.lowerBound < t - 1e-12 && $0.upperBound >= t }) { t = s.lowerBound }
            lesion = max(t, -far)
        } else {
            lesion = lesionSpans.map(\.lowerBound).filter { $0 > 0 && $0 < far }.min()
        }
        guard let tl = lesion else { return nil }
        // The wall's surface: the nearest wall tissue on the line from there (or from the centre) back towards the wall.
        let start = min(0, tl)
        guard let tw = wallSpans.filter({ $0.lowerBound < start }).map({ min($0.upperBound, start) }).max(), tw > tl - far else { return nil }
        let room = tl - tw
        guard room > 0, room < 2 * r else { return nil }
        let mid = (tl + tw) / 2
        // At the model's cap ("no room left", the 15 % ribbon: `RootMark.modelHalfThickness`'s floor) the model gives no
        // thickness to draw, only that there is no room: the ganglion fills what the line leaves, touching both surfaces.
        // Drawn at the cap it was a 0.7 mm sliver floating on 11's protrusion, fat above it, hardly visible at 1000 px.
        let noRoomLeft = model <= 0.15 * r + 1e-9
        let fills = noRoomLeft || room <= 2 * (model + overlap)
        let thin = fills ? max(model, room / 2 + overlap) : model
        let t = fills ? mid : tl - thin
        let wide = max(thin, min(1.7 * r, r * r / min(thin, max(room / 2, 1e-9))))
        let centre = rest + axis * t
        let alongY = abs(axis.y) >= abs(axis.x)
        return (RootSqueeze.Placement(centre: centre, rx: alongY ? wide : thin, ry: alongY ? thin : wide, towardsLesion: axis), room)
    }

    /// The drawn outline of an in-plane osteophyte `rect` (`osteophyteShelf`), its top flat at the model's top under every
    /// ganglion pinched on it, so the ganglion bears on it there.
    func osteophyteOutline(_ rect: RoundedRect) -> [Vec2] {
        let bearing: [ClosedRange<Double>] = roots.filter { $0.pinched && !$0.projected }.map { ($0.drawn.x - $0.rx)...($0.drawn.x + $0.rx) }
        return osteophyteShelf(rect, bearing: bearing)
    }
}
