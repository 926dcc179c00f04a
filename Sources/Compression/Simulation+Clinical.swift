import Anatomy
import Clinical
import Pathology

extension Simulator {
    /// The clinical picture of `roots`: involvements → pain map, deficits and tests (``ClinicalPicture/derive``),
    /// then what the red flags change — saddle numbness and the S3–S5 findings when the sacral bundle is
    /// crushed (cauda equina or conus syndrome, §D4), and no posture advice with any red flag.
    static func clinicalPicture(_ roots: [RootFinding], flags: [RedFlag], input: SimulationInput) -> ClinicalPicture {
        let cauda = flags.contains { $0.kind == .caudaEquinaSyndrome }
        let conus = flags.contains { $0.kind == .conusMedullaris }
        let involvements = roots.map { clinicalInvolvement($0, lesions: input.lesions, caudaEquinaSyndrome: cauda) }
        var clinical = ClinicalPicture.derive(involvements: involvements, atlas: input.atlas,
                                              somaticSources: somaticSources(input.lesions, roots: roots),
                                              mechanism: mechanism(roots, lesions: input.lesions))
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
        return clinical
    }
}
