import Anatomy

/// Sensory territories (dermatomes) of the lumbosacral roots in the three maps Radix can draw (§D1).
///
/// The maps disagree, most of all about L4 (a band across the patella to the medial great toe in
/// Keegan & Garrett, the medial leg below the knee in Foerster and Lee), and a teaching tool should
/// show that rather than hide it. Each atlas lives in its own file; this type is the one entry point.
///
/// The territories are sensory (where numbness is felt). Radicular *pain* is wider: see
/// ``RadicularPainDistribution`` and ``RadicularPainDistribution/radicularTerritory(of:atlas:)``.
public enum DermatomeAtlas {
    /// The dermatome of `root` in `atlas`, each region once, in table order. Never empty.
    public static func areas(of root: Root, in atlas: Atlas) -> [DermatomeArea] {
        entry(root, atlas).areas
    }

    /// A short phrase for the territory, written for students ("the medial knee and the front of
    /// the lower thigh"). Mentions the knee exactly when the territory includes a knee region.
    public static func summary(of root: Root, in atlas: Atlas) -> String {
        entry(root, atlas).summary
    }

    /// The saddle territory of the cauda equina roots S3–S5, the same in every map (§D1 last row,
    /// §D4): perineum and perianal skin. Radix follows S3–S5 as one bundle, so it is not a ``Root``.
    // §D1 S3–S5 row (K&G perineum; Foerster rings around the anus; Lee perianal) [C S49, C S50]
    public static let caudaEquina: [DermatomeArea] = [.core(.perineum)]

    /// The roots whose dermatome in `atlas` contains `region`, cranial first.
    public static func roots(reaching region: BodyRegion, in atlas: Atlas) -> [Root] {
        Root.allCases.filter { areas(of: $0, in: atlas).weight(of: region) > 0 }
    }

    struct Entry {
        var areas: [DermatomeArea]
        var summary: String
    }

    static func entry(_ root: Root, _ atlas: Atlas) -> Entry {
        let table: [Root: Entry] = switch atlas {
        case .lee2008: lee2008
        case .keeganGarrett: keeganGarrett
        case .foerster: foerster
        }
        guard let entry = table[root] else { preconditionFailure("dermatome table \(atlas.rawValue) lacks \(root.name)") }
        return entry
    }
}
