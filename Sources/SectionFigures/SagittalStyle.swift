import Clinical
import Diagram
import FigureStyle

/// The paints and line widths of the sagittal drawing (page points), taken from the theme.
struct SagittalStyle {
    let palette: Palette
    /// Standard outline width, points.
    let line: Double

    init(_ context: FigureContext) {
        palette = context.palette
        line = context.type.line
    }

    var boneStroke: Stroke { Stroke(color: palette.boneOutline, width: line * 1.6) }
    var thinBoneStroke: Stroke { Stroke(color: palette.boneOutline.withAlpha(0.6), width: line) }
    var discStroke: Stroke { Stroke(color: palette.discOutline, width: line * 1.2) }
    var duraStroke: Stroke { Stroke(color: palette.duraOutline, width: line * 1.3) }
    var ligamentStroke: Stroke { Stroke(color: palette.ligament.darkened(0.35), width: line) }
    /// Outline of what lies lateral to the section plane, projected onto it.
    var overlayStroke: Stroke { Stroke(color: palette.boneOutline.darkened(0.3), width: line * 1.4, dash: [line * 5, line * 3]) }
    var rootStroke: Stroke { Stroke(color: palette.rootOutline, width: line * 1.3) }
    /// Outline of an exiting root, lateral to the section and projected onto it: dashed, like the other
    /// lateral structures, so that it does not read as a midline structure.
    var projectedRootStroke: Stroke { Stroke(color: palette.rootOutline, width: line * 1.3, dash: [line * 4, line * 2.5]) }
    /// The spinal cord: a pale cream, or near white in print.
    var cord: Color { Self.cord(palette) }
    /// The cord's colour in `palette`'s theme (the axial view's conus tip too).
    static func cord(_ palette: Palette) -> Color { palette.theme == .print ? Color(white: 0.97) : Color(hex: 0xF6EEDC) }
    var cordStroke: Stroke { Stroke(color: palette.rootOutline.withAlpha(0.7), width: line) }
    /// Fine lines of the cauda equina.
    func caudaStroke(_ grade: RootGrade) -> Stroke {
        grade > .normal
            ? Stroke(color: palette.rootFill(grade), width: line * 2.6, cap: .round)
            : Stroke(color: palette.rootOutline.withAlpha(0.55), width: line * 0.8, cap: .round)
    }
    /// Lesion outline: strong.
    var lesionStroke: Stroke { Stroke(color: palette.lesionOutline, width: line * 2.2) }
}
