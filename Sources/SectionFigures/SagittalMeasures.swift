import Anatomy
import Diagram
import FigureStyle
import Pathology

/// Dimension lines for what the figure measures: a slip, drawn along the lower vertebra's upper
/// endplate from its posterior corner to under the slipped vertebra's posterior-inferior corner (the
/// distance Meyerding grades). Figure millimetres; the value itself is in the lesion's label.
struct SagittalMeasures {
    let skeleton: SagittalSkeleton
    let style: SagittalStyle
    /// How far inside the lower vertebra the dimension line runs, mm.
    static let depth = 2.2

    /// The levels whose upper vertebra has slipped.
    var slipped: [DiscPose] { skeleton.discs.filter { abs($0.state.upperBodyShiftY) > 0.1 } }

    func nodes() -> [SketchNode] {
        slipped.flatMap { disc -> [SketchNode] in
            let l = disc.lower, shift = disc.state.upperBodyShiftY
            let a = l.point(0, -Self.depth), b = l.point(shift, -Self.depth)
            let tick = l.cranial * 1.4
            var points = [a, b]
            points += [b + tick, b - tick, b, disc.upper.origin]
            let stroke = Stroke(color: style.palette.ink, width: style.line * 1.3)
            let id = "sagittal.measure.slip.\(disc.level.name)"
            return [
                .shape(SketchShape(id: id, points: [a - tick, a + tick, a] + points, closed: false, stroke: stroke)),
            ]
        }
    }

    /// The middle of the slip's dimension line at `level`, for its label.
    func anchor(_ level: DiscLevel) -> PlanePoint? {
        guard let disc = skeleton.disc(level), abs(disc.state.upperBodyShiftY) > 0.1 else { return nil }
        return disc.lower.point(disc.state.upperBodyShiftY / 2, -Self.depth)
    }
}
