import Anatomy
import Diagram

/// Categorical colours for the roots on the knee panel: one hue per root, light enough to write on;
/// Okabe–Ito hues for colour-blind readers; in print a grey with its own line pattern per root, so
/// that no two roots rely on lightness alone.
extension Palette {
    /// The strong colour of `root`: swatch outlines and the lines of its fringe hatch.
    func rootInk(_ root: Root) -> Color {
        switch theme {
        case .color:
            [Color(hex: 0xC2A83E), Color(hex: 0x5DA5DA), Color(hex: 0x3C9A4E), Color(hex: 0xD98A1C), Color(hex: 0x8A5BB5),
             Color(hex: 0x1F9E8F), Color(hex: 0xC2487F)][root.rawValue - 1]
        // Okabe–Ito, keeping vermillion (pain) and blue (numbness) for the pain map.
        case .colorblind:
            [Color(hex: 0x999999), Color(hex: 0x56B4E9), Color(hex: 0x009E73), Color(hex: 0xE69F00), Color(hex: 0xCC79A7),
             Color(hex: 0x0072B2), Color(hex: 0xF0E442)][root.rawValue - 1]
        case .print:
            Color(white: 0.25)
        }
    }

    /// The fill of a knee part whose skin `root` supplies.
    func rootPaint(_ root: Root) -> Paint {
        switch theme {
        case .color, .colorblind:
            let c = rootInk(root)
            return .solid(Color(red: c.red + (1 - c.red) * 0.45, green: c.green + (1 - c.green) * 0.45, blue: c.blue + (1 - c.blue) * 0.45))
        case .print:
            return .hatch(printPattern(root, background: Color(white: 0.93)))
        }
    }

    /// The overlay for a root that reaches a part only at the edge of its territory (a fringe): its
    /// own colour (or pattern) in thin diagonal lines over the part's main fill.
    func rootFringe(_ root: Root) -> Paint {
        switch theme {
        case .color, .colorblind:
            return .hatch(Hatch(color: rootInk(root).darkened(0.1), background: nil, spacing: 14, lineWidth: 4, angleDegrees: -45))
        case .print:
            var hatch = printPattern(root, background: nil)
            hatch.lineWidth *= 1.6
            return .hatch(hatch)
        }
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
