import Clinical
import Diagram

/// Colour schemes (figures guide, "Colour"): atlas colours; grey-scale safe for print; Okabe–Ito for
/// colour-blind readers. Every distinction that matters is also carried by lightness or pattern.
public enum Theme: String, CaseIterable, Sendable, Hashable {
    case color, print, colorblind
}

/// The colours and paints of one theme.
public struct Palette: Sendable, Hashable {
    public let theme: Theme
    /// True for a quiz figure (`LabelMode.none`): every root is filled as unhurt, so the colours do not
    /// give the answer away.
    public let neutralGrades: Bool

    public init(_ theme: Theme, neutralGrades: Bool = false) {
        self.theme = theme
        self.neutralGrades = neutralGrades
    }

    private var grey: Bool { theme == .print }

    // Tissue (atlas conventions).
    public var bone: Color { grey ? Color(white: 0.93) : Color(hex: 0xF3EBD3) }
    public var boneOutline: Color { grey ? Color(white: 0.35) : Color(hex: 0x8A7A55) }
    public var cancellous: Color { grey ? Color(white: 0.86) : Color(hex: 0xE6D9B4) }
    public var annulus: Color { grey ? Color(white: 0.78) : Color(hex: 0x9FB3C8) }
    public var nucleus: Color { grey ? Color(white: 0.88) : Color(hex: 0xD3E0EE) }
    public var discOutline: Color { grey ? Color(white: 0.3) : Color(hex: 0x4A6582) }
    public var dura: Color { grey ? Color(white: 0.9, alpha: 0.8) : Color(hex: 0xBFD9F2, alpha: 0.75) }
    public var duraOutline: Color { grey ? Color(white: 0.45) : Color(hex: 0x5B8DB8) }
    public var ligament: Color { grey ? Color(white: 0.7) : Color(hex: 0xD2B48C) }
    public var fat: Color { grey ? Color(white: 0.91) : Color(hex: 0xFFF6D5) }
    public var root: Color { grey ? Color(white: 0.98) : Color(hex: 0xF5D33A) }
    public var rootOutline: Color { grey ? Color(white: 0.15) : Color(hex: 0x6B5A00) }
    public var ink: Color { Color(white: 0.1) }
    public var mutedInk: Color { Color(white: 0.38) }
    public var background: Color { .white }
    /// Outline of herniated disc material and other lesions: strong so the lesion stands out.
    public var lesionOutline: Color {
        switch theme {
        case .color: Color(hex: 0xB2182B)
        case .print: Color(white: 0.0)
        case .colorblind: Color(hex: 0xD55E00)  // Okabe–Ito vermillion
        }
    }

    /// Root fill by Pfirrmann grade: one ordinal scale, unhurt yellow → contact → deviation → compression
    /// in a strong warm colour; in print, darkening greys. The same in every panel.
    public func rootFill(_ grade: RootGrade) -> Color {
        let grade = neutralGrades ? .normal : grade
        return switch theme {
        case .color: [Color(hex: 0xF5D33A), Color(hex: 0xF9A03F), Color(hex: 0xE8562A), Color(hex: 0xB2182B)][grade.rawValue]
        case .print: [Color(white: 0.98), Color(white: 0.75), Color(white: 0.5), Color(white: 0.2)][grade.rawValue]
        // Okabe–Ito: yellow, orange, vermillion, reddish purple — ordered by lightness too.
        case .colorblind: [Color(hex: 0xF0E442), Color(hex: 0xE69F00), Color(hex: 0xD55E00), Color(hex: 0xCC79A7).darkened(0.35)][grade.rawValue]
        }
    }

    /// Hypertrophied ligament, facet, osteophyte, cyst: hatched so it reads in grey.
    public func hypertrophy(_ base: Color) -> Paint {
        .hatch(Hatch(color: grey ? Color(white: 0.2) : lesionOutline, background: base, spacing: 12, lineWidth: 2.5, angleDegrees: 45))
    }

    /// Pain-map paint for a kind and intensity (0…1): radicular filled by intensity; numbness stippled;
    /// somatic-referred a soft diffuse wash (figures guide, "Colour").
    public func pain(_ kind: PainKind, intensity: Double) -> Paint {
        let t = max(0.15, min(1, intensity))
        switch kind {
        case .radicular:
            switch theme {
            case .color: return .solid(Color(hex: 0xD7301F, alpha: 0.25 + 0.6 * t))
            case .print: return .solid(Color(white: 0.75 - 0.45 * t))
            case .colorblind: return .solid(Color(hex: 0xD55E00, alpha: 0.25 + 0.6 * t))
            }
        case .numbness:
            let dot = theme == .print ? Color(white: 0.1) : (theme == .colorblind ? Color(hex: 0x0072B2) : Color(hex: 0x2C3E99))
            // Sparse enough that the radicular fill beneath still shows (body-chart review).
            return .stipple(Stipple(color: dot, background: nil, spacing: 14 - 3 * t, dotRadius: 1.4 + 0.6 * t))
        case .somaticReferred:
            switch theme {
            case .color: return .solid(Color(hex: 0x8E6BB8, alpha: 0.2 + 0.4 * t))
            case .print: return .hatch(Hatch(color: Color(white: 0.35), spacing: 14, lineWidth: 1.5, angleDegrees: -45))
            case .colorblind: return .solid(Color(hex: 0x56B4E9, alpha: 0.25 + 0.45 * t))
            }
        }
    }
}

extension Color {
    /// The colour mixed towards black by `amount` (0…1).
    public func darkened(_ amount: Double) -> Color {
        Color(red: red * (1 - amount), green: green * (1 - amount), blue: blue * (1 - amount), alpha: alpha)
    }
}
