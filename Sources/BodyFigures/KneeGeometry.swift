import Anatomy
import Clinical
import Diagram
import FigureStyle

/// The four ways the knee panel looks at the knee.
public enum KneeView: String, CaseIterable, Sendable, Hashable {
    case front, inside, outside, behind

    /// The caption under the view.
    public var caption: String {
        switch self {
        case .front: "From the front"
        case .inside: "Inside (medial side)"
        case .outside: "Outside (lateral side)"
        case .behind: "From behind"
        }
    }

    /// One word for small figures.
    public var shortCaption: String {
        switch self {
        case .front: "Front"
        case .inside: "Inside"
        case .outside: "Outside"
        case .behind: "Behind"
        }
    }
}

/// Schematic knees as plain data: a segment of the limb from the lower thigh to the upper calf, in a
/// local frame of knee widths, y down from the top of the segment (0) to its bottom (`length`), x
/// across it from the limb's axis. On the front and back views x grows laterally; on the side views
/// it grows anteriorly. ``KneeGeometry/sign(_:side:)`` turns that into the true orientation.
enum KneeGeometry {
    static let length = 1.6
    static let bandTop = Spline.constant(0.45)
    static let bandBottom = Spline.constant(1.17)
    static let top = Spline.constant(0)
    static let bottom = Spline.constant(length)
    /// The joint line, just below the lower pole of the patella.
    static let jointLine = 0.86

    /// Front and back: medial edge (t = 0) and lateral edge (t = 1).
    static let frontSheet = Sheet(
        first: Spline([(0.0, -0.62), (0.25, -0.585), (0.47, -0.55), (0.66, -0.575), (0.84, -0.545), (1.02, -0.475), (1.3, -0.50), (1.6, -0.43)]),
        second: Spline([(0.0, 0.63), (0.25, 0.59), (0.52, 0.525), (0.72, 0.505), (0.85, 0.52), (1.0, 0.475), (1.3, 0.49), (1.6, 0.44)]))
    /// Sides: posterior edge (t = 0) and anterior edge (t = 1), with the patella's bump in front and
    /// the popliteal hollow and calf behind.
    static let sideSheet = Sheet(
        first: Spline([(0.0, -0.52), (0.3, -0.50), (0.58, -0.46), (0.8, -0.42), (1.0, -0.47), (1.22, -0.565), (1.6, -0.52)]),
        second: Spline([(0.0, 0.46), (0.3, 0.47), (0.48, 0.50), (0.64, 0.585), (0.8, 0.565), (0.91, 0.50), (1.06, 0.525), (1.25, 0.47), (1.6, 0.44)]))

    static func sheet(_ view: KneeView) -> Sheet {
        view == .front || view == .behind ? frontSheet : sideSheet
    }

    /// +1 when local +x is the viewer's right for the patient's `side` (the views are drawn as they
    /// are: the front of a right knee shows its lateral side on the viewer's left, and so on).
    static func sign(_ view: KneeView, side: Side) -> Double {
        switch view {
        case .front: side == .left ? 1 : -1
        case .behind: side == .left ? -1 : 1
        case .inside: side == .left ? 1 : -1
        case .outside: side == .left ? -1 : 1
        }
    }

    /// The skin parts shown in `view`, left to right in local x: each a ``BodyRegion`` knee part and
    /// its span (t0, t1) across the sheet.
    static func spans(_ view: KneeView) -> [(region: BodyRegion, t0: Double, t1: Double)] {
        switch view {
        case .front: [(.medialKnee, 0, 0.28), (.anteriorKnee, 0.28, 0.72), (.lateralKnee, 0.72, 1)]
        case .behind: [(.medialKnee, 0, 0.25), (.posteriorKnee, 0.25, 0.75), (.lateralKnee, 0.75, 1)]
        case .inside: [(.posteriorKnee, 0, 0.22), (.medialKnee, 0.22, 0.78), (.anteriorKnee, 0.78, 1)]
        case .outside: [(.posteriorKnee, 0, 0.22), (.lateralKnee, 0.22, 0.78), (.anteriorKnee, 0.78, 1)]
        }
    }

    /// The skin parts shown in `view`, as shapes with their label points.
    static func parts(_ view: KneeView) -> [RegionShape] {
        let s = sheet(view)
        return spans(view).map { span in
            RegionShape(region: span.region, outline: s.cell(span.t0, span.t1, bandTop, bandBottom), anchor: s.at((span.t0 + span.t1) / 2, 0.80))
        }
    }

    /// The part of `region` in `view` shrunk by `inset` (knee widths) on every side, for the bands
    /// drawn inside a highlighted part; `nil` when the region is not in the view or nothing is left.
    static func inset(_ region: BodyRegion, in view: KneeView, by inset: Double) -> Outline? {
        guard let span = spans(view).first(where: { $0.region == region }) else { return nil }
        let t0 = span.t0 + inset, t1 = span.t1 - inset
        let y0 = 0.45 + inset, y1 = 1.17 - inset
        guard t1 > t0, y1 > y0 else { return nil }
        return sheet(view).cell(t0, t1, .constant(y0), .constant(y1))
    }

    /// The thigh above and the leg below the knee parts (context, not coloured by root).
    static func context(_ view: KneeView) -> (thigh: Outline, leg: Outline) {
        let s = sheet(view)
        return (s.cell(0, 1, top, bandTop), s.cell(0, 1, bandBottom, bottom))
    }

    /// The two long sides of the segment (its ends are cut, not outlined).
    static func edges(_ view: KneeView) -> [Outline] {
        let s = sheet(view)
        return [0.0, 1.0].map { t in Outline(s.divider(t).pieces(from: 0, to: length) { y, x in Point(x: x, y: y) }) }
    }

    /// Named landmark lines of `view`, with the point a label would point at.
    static func landmarks(_ view: KneeView) -> [(name: String, outline: Outline, anchor: Point)] {
        let s = sheet(view)
        let joint = Outline([.line(s.at(0, jointLine), s.at(1, jointLine))])
        let jointAnchor = s.at(view == .front || view == .behind ? 0.9 : 0.62, jointLine)
        switch view {
        case .front:
            let patella = Outline(HalfFigures.ellipse(center: Point(x: 0.02, y: 0.65), rx: 0.165, ry: 0.2))
            let tendon = Outline([.line(Point(x: -0.05, y: 0.84), Point(x: -0.035, y: 1.05)), .line(Point(x: 0.09, y: 0.84), Point(x: 0.075, y: 1.05))])
            let tuberosity = Outline(smoothCurve([Point(x: -0.08, y: 1.11), Point(x: 0.02, y: 1.06), Point(x: 0.11, y: 1.11)]))
            return [("Patella", patella, Point(x: 0.02, y: 0.53)), ("Joint line", joint, jointAnchor),
                    ("Patellar tendon", tendon, Point(x: 0.02, y: 0.97)), ("Tibial tuberosity", tuberosity, Point(x: 0.02, y: 1.08))]
        case .inside:
            let condyle = Outline(smoothCurve([s.at(0.28, 0.79), s.at(0.36, 0.57), s.at(0.55, 0.51), s.at(0.72, 0.61), s.at(0.74, 0.79)]))
            let hamstrings = Outline(smoothCurve([s.at(0.10, 0.16), s.at(0.12, 0.61), s.at(0.22, 0.99), s.at(0.36, 1.13)]))
            return [("Medial femoral condyle", condyle, s.at(0.5, 0.55)), ("Joint line", joint, jointAnchor),
                    ("Hamstring tendons", hamstrings, s.at(0.12, 0.43))]
        case .outside:
            let fibula = Outline(HalfFigures.ellipse(center: s.at(0.28, 0.98), rx: 0.075, ry: 0.065))
            let band = Outline(smoothCurve([s.at(0.62, 0.05), s.at(0.66, 0.51), s.at(0.72, 0.93)]))
            return [("Fibular head", fibula, s.at(0.28, 0.98)), ("Joint line", joint, jointAnchor), ("Iliotibial band", band, s.at(0.64, 0.26))]
        case .behind:
            let fossa = Outline([
                .line(s.at(0.5, 0.51), s.at(0.27, 0.79)), .line(s.at(0.27, 0.79), s.at(0.5, 1.13)),
                .line(s.at(0.5, 1.13), s.at(0.73, 0.79)), .line(s.at(0.73, 0.79), s.at(0.5, 0.51)),
            ])
            let crease = Outline(smoothCurve([s.at(0.3, 0.81), s.at(0.5, 0.84), s.at(0.7, 0.81)]))
            return [("Popliteal fossa", fossa, s.at(0.4, 0.67)), ("Popliteal crease", crease, s.at(0.62, 0.825))]
        }
    }

    /// The local box of every view.
    static let bounds = Rect(x: -0.64, y: 0, width: 1.28, height: 1.6)
}
