import Anatomy
import Clinical
import Pathology

extension Simulator {
    /// The clinical picture of `roots`: involvements → pain map, deficits and tests (``ClinicalPicture/derive``),
    /// then what the red flags change — saddle numbness and the S3–S5 findings when the sacral bundle is
    /// crushed (cauda equina or conus syndrome, §D4), and no posture advice with any red flag.
    static func clinicalPicture(_ roots: [RootFinding], flags: [RedFlag], input: SimulationInput) -> ClinicalPicture {
        var memo: ClinicalMemo?
        return clinicalPicture(roots, flags: flags, input: input, memo: &memo)
    }

    /// The same, looked up in `memo` when it holds the picture of the same involvements (a population run
    /// meets the same few pictures again and again; the picture is a function of what the key holds).
    static func clinicalPicture(_ roots: [RootFinding], flags: [RedFlag], input: SimulationInput, memo: inout ClinicalMemo?) -> ClinicalPicture {
        let cauda = flags.contains { $0.kind == .caudaEquinaSyndrome }
        let conus = flags.contains { $0.kind == .conusMedullaris }
        let involvements = roots.map { clinicalInvolvement($0, lesions: input.lesions, caudaEquinaSyndrome: cauda) }
        let key = ClinicalMemo.Key(involvements: involvements, atlas: input.atlas,
                                   somaticSources: somaticSources(input.lesions, roots: roots),
                                   mechanism: mechanism(roots, lesions: input.lesions),
                                   cauda: cauda, conus: conus, anyFlag: !flags.isEmpty)
        if let known = memo?.pictures[key] { return known }
        var clinical = ClinicalPicture.derive(involvements: key.involvements, atlas: key.atlas,
                                              somaticSources: key.somaticSources, mechanism: key.mechanism)
        if cauda || conus {
            // The S3–S5 roots of the saddle are crushed by a disc filling the sac, or the conus is: saddle
            // anaesthesia, the sign that goes with those red flags (§D4, §E5 CES row). A sac crowded slowly
            // by stenosis or a slip gives neurogenic claudication instead, without fixed sacral deficits (§C3).
            let saddle = Side.allCases.map { PainEntry(region: .perineum, side: $0, roots: [], kind: .numbness, intensity: 0.8) }
            clinical.painMap = PainEntry.merged(clinical.painMap + saddle)
        }
        if !flags.isEmpty {
            clinical = clinical.withRedFlag(sacralSigns: cauda ? SacralSign.caudaEquina : (conus ? SacralSign.conusMedullaris : []))
        }
        memo?.remember(clinical, for: key)
        return clinical
    }
}

/// Clinical pictures already derived in one run of many simulations (a population): keyed by everything the
/// picture is derived from, so a hit is exactly the picture a derivation would give. Holds at most
/// ``capacity`` pictures and starts again when full (a run of continuous grades may meet many).
public struct ClinicalMemo: Sendable {
    struct Key: Hashable {
        var involvements: [RootInvolvement]
        var atlas: Atlas
        var somaticSources: [SomaticSource]
        var mechanism: Mechanism
        var cauda, conus, anyFlag: Bool

        /// Hashes a fingerprint of what varies between a population's samples (each involvement's grade, flags and
        /// flattening), not every field through the hasher: the synthesized hash cost more than the rest of a
        /// sample's clinical picture. Equal keys give equal fingerprints; `==` is still every field.
        func hash(into hasher: inout Hasher) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for i in involvements {
                let flags = UInt64(i.grade.rawValue) | (i.chronic ? 0x100 : 0) | (i.crushed ? 0x200 : 0) | (i.inflamed ? 0x400 : 0)
                h = (h ^ flags) &* 0x100_0000_01b3
                h = (h ^ (i.deformationPercent == 0 ? 0 : i.deformationPercent.bitPattern)) &* 0x100_0000_01b3
            }
            hasher.combine(h)
            hasher.combine(involvements.count)
            hasher.combine(atlas)
            hasher.combine(mechanism)
            hasher.combine(somaticSources.count)
            hasher.combine(cauda)
            hasher.combine(conus)
            hasher.combine(anyFlag)
        }
    }

    static let capacity = 4096
    fileprivate(set) var pictures: [Key: ClinicalPicture] = [:]

    public init() {}

    mutating func remember(_ picture: ClinicalPicture, for key: Key) {
        if pictures.count >= Self.capacity { pictures.removeAll(keepingCapacity: true) }
        pictures[key] = picture
    }
}
