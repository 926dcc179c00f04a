import Anatomy

extension RedFlag {
    /// Cauda equina syndrome: a massive central lesion compressing the sacral roots of both sides (§D4, §G2).
    ///
    /// `level`: the disc level of the compression, nil when unknown.
    // §D4 red flags — cauda equina syndrome [C S57]
    public static func caudaEquinaSyndrome(level: DiscLevel?) -> RedFlag {
        RedFlag(.caudaEquinaSyndrome, level: level,
                why: "the sacral roots in the thecal sac are compressed" + at(level)
                    + ": expect saddle (perineal) numbness, bladder dysfunction (often painless retention with overflow), bowel and sexual dysfunction and leg weakness on both sides; emergency decompression, best before continence is lost")
    }

    /// Conus medullaris syndrome: a large central lesion at the cone of the cord, usually L1-L2 (§D4, §C1).
    // §D4 conus medullaris syndrome [GK]; conus usually ends at L1–L2 (§A7 [C2 S46b, C S46c])
    public static func conusMedullaris(level: DiscLevel?) -> RedFlag {
        RedFlag(.conusMedullaris, level: level,
                why: "the lesion" + at(level)
                    + " reaches the tip of the spinal cord: early sphincter loss and saddle numbness, possibly with upper motor neuron signs")
    }

    /// Weakness on both sides: raised when `motor` lists deficits on the left and on the right (§D4
    /// "variable leg weakness", bilateral sciatica); nil otherwise.
    // §D4 [C S57]: bilateral sciatica and leg weakness belong to the cauda equina picture
    public static func bilateralMotorDeficit(_ motor: [MotorDeficit], level: DiscLevel? = nil) -> RedFlag? {
        let sides = Set(motor.map(\.side))
        guard sides.count == Side.allCases.count else { return nil }
        let roots = Array(Set(motor.map(\.root))).sorted().map(\.name).joined(separator: ", ")
        return RedFlag(.bilateralMotorDeficit, level: level,
                       why: "muscles of both legs are weak (\(roots)): look for saddle numbness and bladder or bowel change")
    }

    private static func at(_ level: DiscLevel?) -> String {
        level.map { " at \($0.name)" } ?? ""
    }
}

extension PainEntry {
    /// What the entry comes from, in words: its roots ("L5, S1"); "S3–S5" for the saddle numbness of a compressed cauda
    /// equina (``saddleNumbness(intensity:)``: no ``Root``); "disc/facet" for somatic referred pain (§D1, §E).
    public var sourceName: String {
        if !roots.isEmpty { return roots.map(\.name).joined(separator: ", ") }
        if kind == .somaticReferred { return "disc/facet" }
        if region == .perineum { return "\(SacralSign.roots.first ?? "")–\(SacralSign.roots.last ?? "")" }
        return "—"
    }

    /// Saddle numbness of a compressed cauda equina (S3–S5, §D1 last row), on both sides, with no
    /// ``Root`` (S3–S5 are followed as one bundle). `intensity` 0 … 1; empty when 0.
    public static func saddleNumbness(intensity: Double) -> [PainEntry] {
        let value = ClinicalRules.clampUnit(intensity)
        guard value > 0 else { return [] }
        return Side.allCases.flatMap { side in
            DermatomeAtlas.caudaEquina.map {
                PainEntry(region: $0.region, side: side, roots: [], kind: .numbness, intensity: value * $0.weight)
            }
        }
    }
}
