import Anatomy
import FigureStyle
import Pathology

/// The sections beside the sheet's sagittal: the axial and the foraminal, each at the level its own single
/// view would choose (`AxialPanel.resolvedLevel`, `ForamenPanel.resolved`). `ViewCatalog.sheetPanels`
/// lays them out; the sagittal's plane locators read their levels from here.
package enum SheetSections {
    package static func panels() -> [Panel] {
        // The foramen worth showing, by the single view's own rule (`ForamenPanel.resolved`).
        // Numbered call-outs: in a half-page column, label columns would take most of the width (issue 11).
        [AxialPanel(level: nil, callouts: true), ForamenPanel(level: nil, side: nil, callouts: true)]
    }

    /// The side a lesion is on, when it has one.
    static func lesionSide(_ lesion: Lesion) -> Side? {
        switch lesion.kind {
        case .herniation(let h): h.side
        case .stenosis(let s): s.laterality == .bilateral ? nil : s.laterality.sides.first
        default: nil
        }
    }
}
