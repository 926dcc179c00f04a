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

    /// The name as a scene-id part, ASCII only so the editable SVG keeps the id as written: "L4", "S3-S5".
    public var idKey: String { name.replacingOccurrences(of: "–", with: "-") }

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
