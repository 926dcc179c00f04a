import Anatomy
import Clinical
import Diagram

/// Colour schemes (figures guide, "Colour"): atlas colours; grey-scale safe for print; Okabe–Ito for
/// colour-blind readers. Every distinction that matters is also carried by lightness or pattern.
public enum Theme: String, CaseIterable, Sendable, Hashable {
    case color, print, colorblind
}

/// A tissue of the sections, for ``Palette/tissue(_:)``.
public enum Tissue: String, CaseIterable, Sendable {
    case bone, cancellous, cartilage, annulus, nucleus, dura, ligament, fat, root
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

    // Tissue (atlas conventions). Print: every tissue its own grey, so that tissues that touch in a section differ by
    // at least 15 CIE L* where they meet (TissueToneTests) and labels in ink stay readable on them (WCAG contrast ≥ 4.5
    // but for the ligament and the disc, which carry no text): unhurt root L* 98, bone 83 (cancellous 81), dura/CSF 65,
    // disc 49 (a mean: lamellae on a darker grey), ligament 32; fat carries a stipple of its own (``tissue(_:)``) where it meets tissues of its grey.
    public var bone: Color { grey ? Color(white: 0.81) : Color(hex: 0xF3EBD3) }
    public var boneOutline: Color { grey ? Color(white: 0.25) : Color(hex: 0x8A7A55) }
    public var cancellous: Color { grey ? Color(white: 0.785) : Color(hex: 0xE6D9B4) }
    /// Hyaline articular cartilage capping the facets: pale blue, lighter than bone in grey.
    public var cartilage: Color { grey ? Color(white: 0.99) : Color(hex: 0xCFE6F0) }
    public var annulus: Color { grey ? Color(white: 0.40) : Color(hex: 0x9FB3C8) }
    public var nucleus: Color { grey ? Color(white: 0.63) : Color(hex: 0xD3E0EE) }
    public var discOutline: Color { grey ? Color(white: 0.12) : Color(hex: 0x4A6582) }
    /// Print: opaque, so its grey is the one the tone checks measure, whatever lies under the sac.
    public var dura: Color { grey ? Color(white: 0.62) : Color(hex: 0xBFD9F2, alpha: 0.75) }
    public var duraOutline: Color { grey ? Color(white: 0.2) : Color(hex: 0x5B8DB8) }
    public var ligament: Color { grey ? Color(white: 0.3) : Color(hex: 0xD2B48C) }
    public var fat: Color { grey ? Color(white: 0.97) : Color(hex: 0xFFF6D5) }
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
    /// in a strong warm colour; in print, darkening greys. The same in every panel. A root drawn as a shape is filled
    /// with ``gradePaint(_:)``, which in print adds the contact grade's texture to this grey.
    public func rootFill(_ grade: RootGrade) -> Color {
        let grade = neutralGrades ? .normal : grade
        return switch theme {
        // Yellow, orange, orange-red, dark wine (ColorBrewer RdBu's darkest red): compression is not the lesion
        // outline's red (and the pain map's radicular red is a crimson, not deviation's orange-red).
        case .color: [Color(hex: 0xF5D33A), Color(hex: 0xF9A03F), Color(hex: 0xE8562A), Color(hex: 0x67001F)][grade.rawValue]
        // Contact 0.70 (L* 73), about midway between bone (0.81, L* 83) and dura (0.62, L* 65), which contacted roots lie
        // on in the foramen, under the pedicles and in the sac: at 0.75 it was bone's grey (WCAG contrast 1.17) and a
        // contacted ganglion under a pedicle vanished (issue 11). No grey can be far from both; ``gradePaint(_:)`` adds lines.
        case .print: [Color(white: 0.98), Color(white: 0.70), Color(white: 0.5), Color(white: 0.2)][grade.rawValue]
        // Okabe–Ito yellow and orange, then vermillion darkened to brown and near-black brown — ordered by lightness,
        // and neither the lesion's and pain map's vermillion nor any root's colour (the roots give up yellow and orange).
        case .colorblind: [Color(hex: 0xF0E442), Color(hex: 0xE69F00), Color(hex: 0xD55E00).darkened(0.4), Color(hex: 0xD55E00).darkened(0.72)][grade.rawValue]
        }
    }

    /// The paint of a root drawn as a shape (sections, the grade legend) by Pfirrmann grade: ``rootFill(_:)`` as a solid,
    /// but in print the contact grade also lined — fine slanted lines (1 pt every 5 pt, darker grey, at −45°) on its grey —
    /// since no solid grey lies far from both bone and dura, the plain fills a contacted root lies on. Slanted, thin and
    /// close set, the lines are no tissue's texture (the annulus's lamellae run across at 6 pt, lesions' hatch is 45° at
    /// 12 pt, fat is stippled). Not vertical: a root running down the sac in the sagittal and posterior views, lined along
    /// its length, read as the cauda equina's strands drawn beside it.
    public func gradePaint(_ grade: RootGrade) -> Paint {
        let grade = neutralGrades ? .normal : grade
        let tone = rootFill(grade)
        guard grey, grade == .contact else { return .solid(tone) }
        return .hatch(Hatch(color: Color(white: 0.35), background: tone, spacing: 5, lineWidth: 1, angleDegrees: -45))
    }

    /// The paint of a tissue in a section: its colour, but in print the disc's annulus striped with lamellae (lighter lines,
    /// so herniated disc material is told from a root of any grade by texture as well as tone) and the epidural and
    /// foraminal fat stippled (fat meets root, bone and cartilage, whose greys are near its own: the dots tell it).
    /// Spacings in points.
    public func tissue(_ tissue: Tissue) -> Paint {
        switch tissue {
        case .bone: return .solid(bone)
        case .cancellous: return .solid(cancellous)
        case .cartilage: return .solid(cartilage)
        case .nucleus: return .solid(nucleus)
        case .dura: return .solid(dura)
        case .ligament: return .solid(ligament)
        case .root: return .solid(root)
        case .annulus:
            guard grey else { return .solid(annulus) }
            return .hatch(Hatch(color: Color(white: 0.58), background: annulus, spacing: 6, lineWidth: 1.5, angleDegrees: 0))
        case .fat:
            guard grey else { return .solid(fat) }
            return .stipple(Stipple(color: Color(white: 0.45), background: fat, spacing: 9, dotRadius: 1.2))
        }
    }

    /// Hypertrophied ligament, facet, osteophyte, cyst: hatched so it reads in grey.
    public func hypertrophy(_ base: Color) -> Paint {
        // Print: dark lines on a light base, light lines on a dark one (the ligament's), so the hatch shows on either.
        let lines = grey ? Color(white: base.red > 0.5 ? 0.1 : 0.92) : lesionOutline
        return .hatch(Hatch(color: lines, background: base, spacing: 12, lineWidth: 2.5, angleDegrees: 45))
    }

    /// Pain-map paint for a kind and intensity (0…1): radicular filled by intensity; numbness stippled;
    /// somatic-referred a soft diffuse wash (figures guide, "Colour").
    public func pain(_ kind: PainKind, intensity: Double) -> Paint {
        let t = max(0.15, min(1, intensity))
        switch kind {
        case .radicular:
            switch theme {
            // Crimson: a grade-2 root's orange-red is not radicular pain (CIEDE2000 ≈ 23 apart).
            case .color: return .solid(Color(hex: 0xC51B4B, alpha: 0.25 + 0.6 * t))
            // A translucent dark wash, not an opaque grey: the dermatome underlay's texture shows through it.
            case .print: return .solid(Color(white: 0, alpha: 0.2 + 0.35 * t))
            case .colorblind: return .solid(Color(hex: 0xD55E00, alpha: 0.25 + 0.6 * t))
            }
        case .numbness:
            // Colour-blind: ink dots, not Okabe–Ito blue (L1's colour).
            let dot = theme == .color ? Color(hex: 0x2C3E99) : Color(white: 0.1)
            // Sparse enough that the radicular fill beneath still shows (body-chart review).
            return .stipple(Stipple(color: dot, background: nil, spacing: 14 - 3 * t, dotRadius: 1.4 + 0.6 * t))
        case .somaticReferred:
            switch theme {
            case .color: return .solid(Color(hex: 0x8E6BB8, alpha: 0.2 + 0.4 * t))
            // Colour-blind: the print hatch, not a wash: Okabe–Ito has no colour left that is no root's (sky blue is L4).
            case .print, .colorblind: return .hatch(Hatch(color: Color(white: 0.35), spacing: 14, lineWidth: 1.5, angleDegrees: -45))
            }
        }
    }
}

// MARK: One colour per root

extension Palette {
    /// The identity colour of a root (or of the S3–S5 saddle): the one source for every figure that
    /// colours a root by *which* root it is rather than by how badly it is hurt — the atlas bands and
    /// legend, the comparison table's chips, the knee panel's parts and key, the body chart's
    /// dermatome underlay. (Grades keep their own ordinal scale, ``rootFill(_:)``.)
    ///
    /// Both colour themes draw from published colour-blind-safe sets, ordered so that neighbouring segments
    /// (L1/L2 … S2/saddle, and so L3/L4, L4/L5, L5/S1, S1/S2, which share borders on the leg) stay apart
    /// for normal, deuteranopic and protanopic vision (CIE ΔE*ab ≥ 20), and so are the pairs that meet on
    /// some map's body chart — segments two apart (L3/L5, L4/S1, L5/S2 on the leg and foot), L3/S1
    /// (Keegan & Garrett's buttock), L3/S2 and L4/S2 (knee and calf), the saddle with S2, L2 and L1
    /// (ΔE*ab ≥ 15); RootPaletteTests checks these after the Machado 2009 simulation. No root takes a
    /// grade colour (``rootFill(_:)``), the lesion outline or a pain-map colour: the sheet shows grades on
    /// the sections beside dermatomes on the body chart, and a student must not read "S1" where the figure
    /// means "contact" (CIEDE2000 ≥ 12 from every one of them; GradeAndRootColourTests). The pain map's
    /// reddish colours are not L3–S2, whose skin it paints most.
    /// - `color`: Paul Tol's schemes for areas that carry labels (Tol P., Colour Schemes,
    ///   SRON/EPS/TN/09-002, 2021; zenodo.org/record/3381072): "light" (pink, light blue, mint) with "muted"
    ///   purple (L1) and "bright" green (L5) in place of its orange, light yellow and light cyan (the first two
    ///   the grades' hues, the last a second light blue beside L3), and for S1 a light peach, for L4 a dark teal
    ///   and for the saddle a dark warm grey (not Tol's; chosen by the same ΔE checks: Tol's pear and olive were
    ///   the grades' yellow and orange for a deuteranope, ΔE00 2–6) — so L3 is the one light blue of the leg and
    ///   L5 and S1 are a dark green and a light peach, apart for deuteranopes (ΔE*ab ≈ 39);
    /// - `colorblind`: the Okabe–Ito colours (Okabe & Ito 2008, Color Universal Design; Wong B., Points
    ///   of view: Color blindness, Nat Methods 2011;8:441) without vermillion (the lesion and the pain
    ///   map), yellow and orange (unhurt and contact) and reddish purple (a deuteranope's twin of the grey), with
    ///   Tol's medium-contrast dark yellow (an ochre, L3; Tol's muted green was a second green beside L5), a pale
    ///   olive (S1), a greyish mauve (S2), a light grey (L2) and, for the saddle, a dark grey in place of black,
    ///   chosen by the same checks so that every pair of roots stays apart for a deuteranope;
    /// - `print`: greys, told apart by lightness between neighbours and by texture (see ``dermatome(_:)``).
    public func rootColor(_ segment: DermatomeSegment) -> Color {
        let i = segment.index
        switch theme {
        case .color:
            // L1 purple, L2 pink, L3 light blue, L4 dark teal, L5 green, S1 peach, S2 mint, S3–S5 dark warm grey: not Tol's
            // pear and olive, which a deuteranope sees as the grades' yellow and orange (GradeAndRootColourTests).
            let hex: [UInt32] = [0xAA4499, 0xFFAABB, 0x77AADD, 0x005566, 0x228833, 0xFFCC99, 0x44BB99, 0x665555]
            return Color(hex: hex[i])
        case .colorblind:
            // L1 blue, L2 light grey, L3 ochre, L4 sky blue, L5 bluish green, S1 pale olive, S2 greyish mauve, S3–S5 dark grey:
            // L5 the one green, so that every pair of roots stays apart for a deuteranope (CIEDE2000 ≥ 12) and for normal
            // vision (≥ 20) after the Machado 2009 simulation (GradeAndRootColourTests).
            let hex: [UInt32] = [0x0072B2, 0xBBBBBB, 0x997700, 0x56B4E9, 0x009E73, 0xCCCC88, 0xAA88AA, 0x555555]
            return Color(hex: hex[i])
        case .print:
            // L1 darker than blank skin (≈ 0.97) so that its band and the white stripes of its edge show on paper.
            return Color(white: [0.82, 0.84, 0.68, 0.92, 0.52, 0.80, 0.40, 0.74][i])
        }
    }

    /// The identity colour of `root` (``rootColor(_:)`` of its segment).
    public func rootColor(_ root: Root) -> Color { rootColor(.root(root)) }

    /// The fill of a dermatome (and of anything coloured by root identity): ``rootColor(_:)`` as a solid
    /// in the colour themes; in print, that grey under a pattern of the root's own (hatch at its angle, cross-hatch,
    /// grid, stipple fine or coarse), so that any two roots differ in texture as well as lightness.
    public func dermatome(_ segment: DermatomeSegment) -> Paint {
        let base = rootColor(segment)
        guard theme == .print else { return .solid(base) }
        let ink = Color(white: 0.15)
        // Every segment a pattern of its own (angle, crossing, dot size and density), so that no two roots share one on
        // the body chart's underlay, where the pattern is all that is left of a root at half strength (BodyChartTests).
        switch segment.index {
        case 0: return .hatch(Hatch(color: ink, background: base, spacing: 14, lineWidth: 2, angleDegrees: 90))
        case 1: return .hatch(Hatch(color: ink, background: base, spacing: 14, lineWidth: 2, angleDegrees: 45))
        case 2: return .stipple(Stipple(color: ink, background: base, spacing: 7, dotRadius: 1.3))
        case 3: return .hatch(Hatch(color: ink, background: base, spacing: 16, lineWidth: 2, angleDegrees: 45, crossed: true))
        case 4: return .hatch(Hatch(color: ink, background: base, spacing: 16, lineWidth: 1.6, angleDegrees: 0, crossed: true))
        case 5: return .stipple(Stipple(color: ink, background: base, spacing: 12, dotRadius: 2.6))
        case 6: return .hatch(Hatch(color: Color(white: 0.95), background: base, spacing: 14, lineWidth: 2.5, angleDegrees: -45))
        default: return .hatch(Hatch(color: ink, background: base, spacing: 12, lineWidth: 2, angleDegrees: 0))
        }
    }
}

extension Palette {
    /// How strongly the body chart's dermatome underlay shows (alpha of its tint).
    static let underlayAlpha = 0.22
    /// How strongly the underlay's hatching and stipple show in print.
    static let printUnderlayAlpha = 0.5

    /// A root's dermatome made faint, for the underlay of the body chart: a light tint of its identity
    /// colour crossed by fine lines of that colour, a texture that no pain kind uses (radicular pain
    /// is a wash, numbness dots, referred pain a wash or a coarse hatch the other way), so the pain map drawn over it stays the strongest
    /// thing on the chart and is never mistaken for a root's colour. Print: the atlas's grey textures,
    /// faint. `unit` is the type unit (line spacing scales with the page).
    public func faintDermatome(_ segment: DermatomeSegment, unit: Double) -> Paint {
        let a = Self.underlayAlpha
        switch dermatome(segment) {
        case .solid(let c):
            return .hatch(Hatch(color: c.withAlpha(0.85), background: c.withAlpha(a), spacing: unit * 2.2, lineWidth: unit * 0.55,
                                angleDegrees: 60))
        // Print: the atlas's textures at half strength, enough to read under the pain's translucent wash.
        case .hatch(var h):
            h.color = h.color.withAlpha(Self.printUnderlayAlpha)
            h.background = h.background?.withAlpha(0.3)
            return .hatch(h)
        case .stipple(var st):
            st.color = st.color.withAlpha(Self.printUnderlayAlpha)
            st.background = st.background?.withAlpha(0.3)
            return .stipple(st)
        case let other: return other
        }
    }
}

extension Color {
    /// The colour mixed towards black by `amount` (0…1).
    public func darkened(_ amount: Double) -> Color {
        Color(red: red * (1 - amount), green: green * (1 - amount), blue: blue * (1 - amount), alpha: alpha)
    }
}
