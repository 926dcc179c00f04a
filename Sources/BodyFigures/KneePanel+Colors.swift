import Anatomy
import Diagram
import FigureStyle

/// The knee panel colours a part by the root that supplies its skin with that root's one identity
/// colour (``Palette/rootColor(_:)``), the same paint as the atlas band (``Palette/dermatome(_:)``), so
/// that L4 on the knee is L4 in the atlas, the comparison and the body chart's underlay.
extension Palette {
    /// The strong colour of `root`: the lines of its fringe hatch (its identity colour; in print a dark grey).
    func rootInk(_ root: Root) -> Color {
        theme == .print ? Color(white: 0.25) : rootColor(root)
    }

    /// The fill of a knee part whose skin `root` supplies: its dermatome paint.
    func rootPaint(_ root: Root) -> Paint {
        dermatome(.root(root))
    }

    /// The overlay for a root that reaches a part only at the edge of its territory (a fringe): its
    /// own colour in diagonal lines (laid over ``rootFringeCasing``, so a pale colour still shows over a
    /// pale fill); in print a line pattern of its own.
    func rootFringe(_ root: Root) -> Paint {
        switch theme {
        case .color, .colorblind:
            return .hatch(Hatch(color: rootInk(root), background: nil, spacing: 16, lineWidth: 6, angleDegrees: -45))
        case .print:
            var hatch = printPattern(root, background: nil)
            hatch.lineWidth *= 1.6
            return .hatch(hatch)
        }
    }

    /// The dark edge under the fringe lines of the colour themes (nil in print).
    var rootFringeCasing: Paint? {
        theme == .print ? nil : .hatch(Hatch(color: ink.withAlpha(0.3), background: nil, spacing: 16, lineWidth: 8, angleDegrees: -45))
    }

    /// Print: each root its own line direction and spacing.
    private func printPattern(_ root: Root, background: Color?) -> Hatch {
        let angle: [Double] = [67.5, 90, 45, -45, 0, 90, 45]
        let crossed = root == .S1 || root == .S2
        return Hatch(color: Color(white: 0.3), background: background, spacing: crossed ? 16 : 11, lineWidth: 2,
                     angleDegrees: angle[root.rawValue - 1], crossed: crossed)
    }

    /// A knee part no root reliably supplies in the chosen map.
    var unmapped: Color { Color(white: 0.95) }
}
