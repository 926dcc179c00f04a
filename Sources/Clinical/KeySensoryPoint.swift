import Anatomy

extension Root {
    /// The ISNCSCI (ASIA) key sensory point of this root: the one spot tested for its dermatome,
    /// in words for a report. The same in every atlas.
    ///
    /// L1 has no landmark of its own in ISNCSCI; it is defined as half-way between the T12 and L2 points.
    /// The L4 point (medial malleolus) scores lower than the L5 and S1 points even in healthy people
    /// (§D2 note [C S51b]), so a "reduced" L4 point alone is weak evidence.
    public var keySensoryPoint: String {
        // §D2 ISNCSCI key sensory points [C S51]
        switch self {
        case .L1: "upper anterior thigh, half-way between the mid-inguinal ligament and the mid-anterior thigh"
        case .L2: "mid-anterior thigh, half-way between the mid-inguinal ligament and the medial femoral condyle"
        case .L3: "medial femoral condyle, just above the medial knee"
        case .L4: "medial malleolus"
        case .L5: "dorsum of the foot at the third metatarsophalangeal joint"
        case .S1: "lateral heel (calcaneus)"
        case .S2: "popliteal fossa in the midline"
        }
    }

    /// The body-chart region holding ``keySensoryPoint``.
    public var keySensoryRegion: BodyRegion {
        // §D2 ISNCSCI key sensory points [C S51], placed on the report vocabulary [D]
        switch self {
        case .L1: .anteriorThigh
        case .L2: .anteriorThigh
        case .L3: .medialKnee
        case .L4: .medialAnkle
        case .L5: .dorsumFoot
        case .S1: .heel
        case .S2: .posteriorKnee
        }
    }
}
