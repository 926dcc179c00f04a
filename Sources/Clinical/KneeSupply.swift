import Anatomy

/// Which roots reach each part of the knee, for the knee panel (§D1 knee column, §D5, §G7).
///
/// Three answers, because the question has three meanings:
/// - ``cutaneous(_:atlas:)`` — whose dermatome covers the skin there (numbness), map-dependent;
/// - ``radicular(_:atlas:)`` — whose radicular pain is felt there (dermatome ∪ pain distribution);
/// - ``articular(_:)`` — which roots' fibres supply the joint itself through the peripheral nerves,
///   the pathway by which the hip (and a root) refers pain to a normal knee.
public enum KneeSupply {
    /// The four knee regions, in ``BodyRegion`` order.
    public static let parts: [BodyRegion] = BodyRegion.allCases.filter(\.isKnee)

    /// Roots whose dermatome in `atlas` includes `part`, cranial first. Empty for a non-knee region.
    public static func cutaneous(_ part: BodyRegion, atlas: Atlas) -> [Root] {
        guard part.isKnee else { return [] }
        return DermatomeAtlas.roots(reaching: part, in: atlas)
    }

    /// Roots whose radicular pain in `atlas` reaches `part`, cranial first. Empty for a non-knee region.
    public static func radicular(_ part: BodyRegion, atlas: Atlas) -> [Root] {
        guard part.isKnee else { return [] }
        return Root.allCases.filter {
            RadicularPainDistribution.radicularTerritory(of: $0, atlas: atlas).weight(of: part) > 0
        }
    }

    /// Roots supplying the knee joint capsule at `part` through its nerves, cranial first; the same in
    /// every atlas. Empty for a non-knee region.
    public static func articular(_ part: BodyRegion) -> [Root] {
        // §D5 roots → nerves → knee [C S58, C S59]: anterior/medial from femoral (L2–L4, nerves to the
        // vasti), saphenous (L3–L4, infrapatellar branch) and obturator (L2–L4); posterior from tibial
        // (L4–S3, listed to S2 here) with the sciatic trunk; lateral from common peroneal (L4–S2).
        switch part {
        case .anteriorKnee: [.L2, .L3, .L4]
        case .medialKnee: [.L2, .L3, .L4]
        case .lateralKnee: [.L4, .L5, .S1, .S2]
        case .posteriorKnee: [.L4, .L5, .S1, .S2]
        default: []
        }
    }

    /// The cutaneous nerve of the skin at `part`, short, for labels ("saphenous"); nil for a non-knee region.
    public static func cutaneousNerve(_ part: BodyRegion) -> String? {
        // §D5 roots → nerves → knee [C S58, C S59]: the infrapatellar branch of the saphenous nerve is the
        // anteromedial knee skin, with the femoral nerve's anterior cutaneous branches above it; the common
        // fibular (peroneal) nerve gives the skin of the lateral calf; the posterior femoral cutaneous
        // nerve (S1–S3) the popliteal skin.
        switch part {
        case .anteriorKnee: "femoral, infrapatellar"
        case .medialKnee: "saphenous"
        case .lateralKnee: "common fibular"
        case .posteriorKnee: "post. femoral cutaneous"
        default: nil
        }
    }
}
