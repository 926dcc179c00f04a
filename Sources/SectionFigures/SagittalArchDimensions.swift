import Anatomy
import FigureStyle
import Pathology

/// The dimensions that place one vertebra's posterior elements, in its lower frame (mm; z from the
/// posterior-inferior corner of the body). Taken from the two levels the vertebra belongs to; where a
/// level is missing (above L1, below S1) the other one stands in.
struct ArchDimensions {
    /// Canal depth (posterior wall of the bodies to the lamina) at the upper and lower part of the
    /// vertebra: the level's canal AP less any forward shift of the wall in extension, plus the 0.5 mm the
    /// model leaves before the lamina.
    var canalTop: Double
    var canalBottom: Double
    /// Foramen width (body to superior articular process) of the foramen above and below.
    var foramenAbove: Double
    var foramenBelow: Double
    /// Pedicle: inferior margin (roof of the foramen below) and superior margin (floor of the one above).
    var pedicleBottom: Double
    var pedicleTop: Double
    /// Height of the tip of the superior articular process.
    var facetTip: Double
    /// Current posterior height of the disc below; 0 for S1.
    var discBelow: Double
    /// Spinous process size factor (L5's is smaller).
    var spinous: Double

    init(_ pose: VertebraPose, spine: DeformedSpine) {
        let below = pose.levelBelow.map { spine[$0] }
        let above = pose.levelAbove.map { spine[$0] }
        func canal(_ s: LevelState) -> Double { s.anatomy.segment.canalAP - s.canalWallShift + 0.5 }
        func foramen(_ s: LevelState) -> Double { s.anatomy.segment.foramenWidth - s.facetShift }
        let h = pose.posteriorHeight
        canalTop = (above ?? below).map(canal) ?? 15
        canalBottom = (below ?? above).map(canal) ?? 15
        foramenAbove = (above ?? below).map(foramen) ?? 7
        foramenBelow = (below ?? above).map(foramen) ?? 7
        if let below {
            pedicleBottom = below.roofZ - below.discHeight
        } else {
            pedicleBottom = h - (above?.anatomy.lowerNotch ?? 5) - pose.pedicleHeight
        }
        var top = above.map { h - $0.anatomy.lowerNotch } ?? (pedicleBottom + pose.pedicleHeight)
        if top - pedicleBottom < 0.7 * pose.pedicleHeight { top = pedicleBottom + pose.pedicleHeight }
        pedicleTop = min(h - 1.5, top)
        facetTip = h + (above?.facetTipZ ?? 5)
        discBelow = below?.discHeight ?? 0
        spinous = pose.vertebra == .L5 ? 0.85 : 1
    }
}
