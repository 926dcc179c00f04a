import Anatomy

extension RootInvolvement {
    /// Radicular pain entries of this involvement in `atlas`, unmerged: one per region of the root's
    /// radicular territory (pain distribution ∪ dermatome), at ``ClinicalRules/radicularPain(_:)`` times
    /// the region's weight. Empty when the root is not painful.
    public func radicularPain(atlas: Atlas) -> [PainEntry] {
        let intensity = ClinicalRules.radicularPain(self)
        guard intensity > 0 else { return [] }
        return RadicularPainDistribution.radicularTerritory(of: root, atlas: atlas).map {
            PainEntry(region: $0.region, side: side, roots: [root], kind: .radicular, intensity: intensity * $0.weight)
        }
    }

    /// Numbness entries of this involvement in `atlas`, unmerged: one per region of the root's dermatome
    /// (not the wider pain distribution), at ``ClinicalRules/numbness(_:)`` times the region's weight.
    /// Empty below grade 2.
    public func numbness(atlas: Atlas) -> [PainEntry] {
        let intensity = ClinicalRules.numbness(self)
        guard intensity > 0 else { return [] }
        return DermatomeAtlas.areas(of: root, in: atlas).map {
            PainEntry(region: $0.region, side: side, roots: [root], kind: .numbness, intensity: intensity * $0.weight)
        }
    }
}

extension SomaticSource {
    /// Somatic referred pain from this disc or facet, unmerged, for each side of its laterality:
    /// low back always, buttock, and the posterior thigh only when the source is intense; never the knee
    /// or below (§D1, scenario format §2 "usually above the knee"). Roots are empty: the pain is not
    /// carried by a root. Empty when the intensity is 0 (or NaN).
    public var referredPain: [PainEntry] {
        let source = ClinicalRules.clampUnit(intensity)
        guard source > 0 else { return [] }
        var areas: [(BodyRegion, Double)] = [
            (.lowBack, ClinicalRules.somaticLowBackFactor),
            (.buttock, ClinicalRules.somaticButtockFactor),
        ]
        if source >= ClinicalRules.somaticThighThreshold {
            areas.append((.posteriorThigh, ClinicalRules.somaticThighFactor))
        }
        return laterality.sides.flatMap { side in
            areas.map { PainEntry(region: $0.0, side: side, roots: [], kind: .somaticReferred, intensity: source * $0.1) }
        }
    }
}
