import Anatomy
import Clinical
import Diagram
import FigureStyle

extension FigureContext {
    /// The scenario's complaint (what the patient says hurts) where no root in the pain map explains it
    /// (``Complaint/explainingRoots(in:)``, the report's "no root explains it"), side left first, then region
    /// vocabulary order. Empty when there is no complaint or every part of it is explained.
    var unexplainedComplaint: [Complaint] {
        let painMap = result.clinical.painMap
        return Array(Set(scenario.complaint.filter { $0.explainingRoots(in: painMap).isEmpty }))
            .sorted { ($0.side, $0.region) < ($1.side, $1.region) }
    }
}

extension Palette {
    /// The mark of a complaint no root explains: dark cross-hatching over a pale veil (which quiets the dermatome
    /// underlay), unlike every pain kind's paint — the filled radicular, the stippled numbness, the soft referred wash —
    /// and readable in grey. `unit`: the type unit, points. `veiled` false: the lines alone, over a fill that must stay
    /// readable (the knee panel's root colours).
    func unexplainedComplaint(unit: Double, veiled: Bool = true) -> Paint {
        .hatch(Hatch(color: ink.withAlpha(0.7), background: veiled ? Color.white.withAlpha(0.55) : nil, spacing: unit * 2.2,
                     lineWidth: unit * 0.4, angleDegrees: 45, crossed: true))
    }
}
