import Anatomy

/// Where an irritated root's pain is felt — which is not where its numbness is (§D1, Harrison's table).
///
/// Radicular pain follows the root's whole course and myotome as well as its skin: L5 pain starts in the
/// buttock and back of the thigh, while L5 numbness is on the leg and foot. Radix draws radicular pain
/// over the union of this distribution (the same in every map) and the root's dermatome in the chosen
/// atlas, so the pain map changes with the atlas where the maps disagree.
public enum RadicularPainDistribution {
    /// The pain distribution of `root`, independent of the atlas, each region once.
    public static func areas(of root: Root) -> [DermatomeArea] {
        guard let areas = table[root] else { preconditionFailure("pain table lacks \(root.name)") }
        return areas
    }

    /// Radicular pain territory in `atlas`: this distribution united with the atlas dermatome, taking the
    /// larger weight where both name a region. Sorted in ``BodyRegion`` order.
    public static func radicularTerritory(of root: Root, atlas: Atlas) -> [DermatomeArea] {
        let pain = areas(of: root)
        let skin = DermatomeAtlas.areas(of: root, in: atlas)
        return BodyRegion.allCases.compactMap { region in
            let weight = max(pain.weight(of: region), skin.weight(of: region))
            return weight > 0 ? DermatomeArea(region: region, weight: weight) : nil
        }
    }

    // §D1 "Radicular pain distribution" (Harrison's, pain column) [C S52]; core/fringe weights [D].
    // - L1 and S2 are not in Harrison's table: L1 = the inguinal pain of its dermatome [GK];
    //   S2 = posterior thigh and popliteal fossa, continuing the S1 pattern [GK].
    // - "knee" for L3 = anterior and medial knee (Cyriax: front of knee is L3 skin [C S79]);
    //   for L4 = medial knee (saphenous / infrapatellar side, §D5), so the *anterior* knee of L4 comes
    //   only from the Keegan–Garrett dermatome — the map disagreement of §D1 / §G7.
    // - "posterolateral thigh" (L5) = fringe of both posterior and lateral thigh; buttock pain of
    //   L5/S1 is core (sciatica starts there).
    // - S1 pain "passes behind the knee" but the knee is not one of its areas (§D1 knee column, §G7).
    static let table: [Root: [DermatomeArea]] = [
        .L1: [.core(.groin), .fringe(.anteriorThigh)],
        .L2: [.core(.anteriorThigh), .fringe(.groin), .fringe(.medialThigh)],
        .L3: [.core(.anteriorThigh), .core(.anteriorKnee), .core(.medialKnee), .fringe(.medialThigh)],
        .L4: [.core(.medialKnee), .core(.medialLeg), .fringe(.anteriorThigh), .fringe(.lateralThigh)],
        .L5: [.core(.buttock), .core(.lateralLeg), .core(.dorsumFoot), .fringe(.posteriorThigh), .fringe(.lateralThigh)],
        .S1: [.core(.buttock), .core(.posteriorThigh), .core(.posteriorLeg), .core(.sole), .fringe(.heel), .fringe(.lateralFoot)],
        .S2: [.core(.posteriorThigh), .core(.posteriorKnee), .fringe(.buttock), .fringe(.posteriorLeg)],
    ]
}
