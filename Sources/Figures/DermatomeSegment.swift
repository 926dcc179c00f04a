import Anatomy
import Clinical
import Diagram

/// A dermatome the atlas figures draw: one root L1–S2, or the S3–S5 saddle, which Radix follows as
/// one bundle (§D1 last row) and which is the same in every map.
public enum DermatomeSegment: Hashable, Sendable, Comparable {
    case root(Root)
    case saddle

    /// Every segment, cranial first: L1 … S2, then S3–S5.
    public static let all: [DermatomeSegment] = Root.allCases.map { .root($0) } + [.saddle]

    /// "L4", "S3–S5".
    public var name: String {
        switch self {
        case .root(let r): r.name
        case .saddle: "S3–S5"
        }
    }

    /// Position in ``all`` (0 for L1), the order of the palette.
    public var index: Int {
        switch self {
        case .root(let r): r.rawValue - 1
        case .saddle: Root.allCases.count
        }
    }

    public static func < (a: DermatomeSegment, b: DermatomeSegment) -> Bool { a.index < b.index }

    /// The segments reaching `region` in `atlas`, cranial first, each with its weight (0 … 1): the
    /// atlas tables for L1–S2 (§D1), ``DermatomeAtlas/caudaEquina`` for the saddle.
    public static func shares(of region: BodyRegion, in atlas: Atlas) -> [(segment: DermatomeSegment, weight: Double)] {
        var out: [(DermatomeSegment, Double)] = Root.allCases.compactMap { root in
            let w = DermatomeAtlas.areas(of: root, in: atlas).weight(of: region)
            return w > 0 ? (.root(root), w) : nil
        }
        let saddle = DermatomeAtlas.caudaEquina.weight(of: region)
        if saddle > 0 { out.append((.saddle, saddle)) }
        return out
    }
}

extension Palette {
    /// The fill of a dermatome: one colour per segment in cranio-caudal order, warm to cool (L1
    /// golden … S2 teal, the saddle green). Colour-blind: the eight Okabe–Ito colours in the same
    /// warm-to-cool order. Print: greys that alternate plain and patterned (hatch, cross-hatch,
    /// stipple), so that neighbouring roots differ in texture as well as lightness.
    public func dermatome(_ segment: DermatomeSegment) -> Paint {
        let i = segment.index
        switch theme {
        case .color:
            let hex: [UInt32] = [0xF2C14E, 0xF08A3C, 0xD9463B, 0xB0307A, 0x6A4C9C, 0x2E6FB0, 0x2A9A8C, 0x7FB86A]
            return .solid(Color(hex: hex[i]))
        case .colorblind:
            // Okabe–Ito: yellow, orange, vermillion, reddish purple, blue, sky blue, bluish green, grey.
            let hex: [UInt32] = [0xF0E442, 0xE69F00, 0xD55E00, 0xCC79A7, 0x0072B2, 0x56B4E9, 0x009E73, 0x999999]
            return .solid(Color(hex: hex[i]))
        case .print:
            let ink = Color(white: 0.15)
            switch i {
            case 0: return .solid(Color(white: 0.90))
            case 1: return .hatch(Hatch(color: ink, background: Color(white: 0.84), spacing: 14, lineWidth: 2, angleDegrees: 45))
            case 2: return .solid(Color(white: 0.68))
            case 3: return .hatch(Hatch(color: ink, background: Color(white: 0.92), spacing: 16, lineWidth: 2, angleDegrees: 45, crossed: true))
            case 4: return .solid(Color(white: 0.52))
            case 5: return .stipple(Stipple(color: ink, background: Color(white: 0.80), spacing: 12, dotRadius: 2.6))
            case 6: return .hatch(Hatch(color: Color(white: 0.95), background: Color(white: 0.40), spacing: 14, lineWidth: 2.5, angleDegrees: -45))
            default: return .hatch(Hatch(color: ink, background: Color(white: 0.74), spacing: 12, lineWidth: 2, angleDegrees: 0))
            }
        }
    }

    /// The main colour of a segment's fill (for a swatch border or a pixel test).
    public func dermatomeColor(_ segment: DermatomeSegment) -> Color {
        switch dermatome(segment) {
        case .solid(let c): c
        case .hatch(let h): h.background ?? h.color
        case .stipple(let s): s.background ?? s.color
        case .linearGradient(let g): g.stops.first?.color ?? .white
        case .radialGradient(let g): g.stops.first?.color ?? .white
        }
    }

    /// Laid over a segment's fill where the region is only the edge of its territory or its overlap
    /// with a neighbour: white stripes, so the root's colour still shows but reads paler.
    public func dermatomeEdge(unit: Double) -> Paint {
        .hatch(Hatch(color: Color.white.withAlpha(0.78), spacing: unit * 2.6, lineWidth: unit * 1.0, angleDegrees: -60))
    }
}
