import Clinical
import Diagram
import FigureStyle

// The soles, as if the patient knelt facing away with the feet tipped up: drawn under the posterior
// view's feet, heels at the top, toes at the bottom, the left sole under the left foot (on the
// viewer's left), the great toe towards the midline. Local frame: x grows laterally from the point
// between the two soles, y grows from the back of the heel towards the toes, in head heights before
// `SoleInset.scale`.

enum SoleInset {
    /// Size of the soles relative to the figure (a foot is about 1.1 heads long).
    static let scale = 0.95
    /// How far each sole is moved out from the midline (so that it sits under its foot), and where
    /// the heels' backs are, in the posterior view's frame.
    static let offset = 0.16
    static let top = 7.72

    static let sheet = Sheet(
        first: Spline([(0.0, 0.165), (0.3, 0.15), (0.55, 0.20), (0.8, 0.13), (1.0, 0.09), (1.15, 0.08)]),
        second: Spline([(0.0, 0.43), (0.3, 0.465), (0.6, 0.505), (0.85, 0.545), (1.0, 0.545), (1.15, 0.52)]))
    /// The back of the heel.
    static let heelBack = Spline([(0.10, 0.17), (0.2, 0.04), (0.30, 0.0), (0.40, 0.035), (0.50, 0.16)])
    /// The front of the ball of the foot, behind the toe pads.
    static let ball = Spline([(0.05, 0.98), (0.1, 1.03), (0.2, 1.06), (0.3, 1.05), (0.4, 1.02), (0.5, 0.975), (0.6, 0.90)])
    static let heelLine = Spline.constant(0.34)
    /// Toe pads, great toe first: centre and radii.
    static let toePads: [Outline] = [
        (0.165, 1.15, 0.072, 0.085), (0.282, 1.135, 0.038, 0.048), (0.36, 1.115, 0.034, 0.044),
        (0.432, 1.085, 0.031, 0.04), (0.496, 1.045, 0.029, 0.036),
    ].map { Outline(HalfFigures.ellipse(center: Point(x: $0.0, y: $0.1), rx: $0.2, ry: $0.3)) }

    static let regions: [RegionShape] = {
        let s = sheet
        return [
            RegionShape(region: .heel, outline: s.cell(0, 1, heelBack, heelLine), anchor: s.at(0.5, 0.19)),
            RegionShape(region: .sole, parts: [s.cell(0, 0.72, heelLine, ball)] + toePads[1...3], anchor: s.at(0.42, 0.68)),
            RegionShape(region: .lateralFoot, parts: [s.cell(0.72, 1, heelLine, ball), toePads[4]], anchor: s.at(0.86, 0.70)),
            RegionShape(region: .greatToe, outline: toePads[0], anchor: Point(x: 0.165, y: 1.15)),
        ]
    }()

    /// One sole's outline: the foot and its five toe pads.
    static let outlines: [Outline] = [sheet.cell(0, 1, heelBack, ball)] + toePads

    /// Local point → the posterior view's frame, for a sole drawn on the viewer's `sign` side.
    static func place(_ p: Point, sign: Double) -> Point {
        Point(x: sign * (offset + p.x * scale), y: top + p.y * scale)
    }
}
