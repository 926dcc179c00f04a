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
    }

    static let capacity = 4096
    fileprivate(set) var pictures: [Key: ClinicalPicture] = [:]

    public init() {}

    mutating func remember(_ picture: ClinicalPicture, for key: Key) {
        if pictures.count >= Self.capacity { pictures.removeAll(keepingCapacity: true) }
        pictures[key] = picture
    }
}
