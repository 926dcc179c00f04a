import Anatomy
import Clinical
import Pathology

extension Simulator {
    /// The clinical picture of `roots`: involvements → pain map, deficits and tests (``ClinicalPicture/derive``),
    /// then what the red flags change — saddle numbness and the S3–S5 findings when the sacral bundle is
    /// crushed (cauda equina or conus syndrome, §D4), and no posture advice with any red flag.
    static func clinicalPicture(_ roots: [RootFinding], flags: [RedFlag], input: SimulationInput) -> ClinicalPicture {
        clinicalBasis(roots, flags: flags, input: input).picture()
    }

    /// Everything the clinical picture of `roots` is derived from.
    static func clinicalBasis(_ roots: [RootFinding], flags: [RedFlag], input: SimulationInput) -> ClinicalBasis {
        let cauda = flags.contains { $0.kind == .caudaEquinaSyndrome }
        let conus = flags.contains { $0.kind == .conusMedullaris }
        return ClinicalBasis(involvements: roots.map { clinicalInvolvement($0, lesions: input.lesions, caudaEquinaSyndrome: cauda) },
                             atlas: input.atlas, somaticSources: somaticSources(input.lesions, roots: roots),
                             mechanism: mechanism(roots, lesions: input.lesions), cauda: cauda, conus: conus, anyFlag: !flags.isEmpty)
    }
}

/// Everything a simulation's clinical picture is derived from: the roots' involvements, the atlas, the somatic
/// sources, the mechanism and the red flags. The picture is a function of it (``picture()``), so a run of many
/// simulations can derive each basis's picture once.
public struct ClinicalBasis: Sendable, Hashable {
    var involvements: [RootInvolvement]
    var atlas: Atlas
    var somaticSources: [SomaticSource]
    var mechanism: Mechanism
    var cauda, conus, anyFlag: Bool

    /// The clinical picture: ``ClinicalPicture/derive`` of the involvements, then what the red flags change — the
    /// S3–S5 roots of the saddle are crushed by a disc filling the sac, or the conus is: saddle anaesthesia, the
    /// sign that goes with those red flags (§D4, §E5 CES row). A sac crowded slowly by stenosis or a slip gives
    /// neurogenic claudication instead, without fixed sacral deficits (§C3); and no posture advice with any flag.
    public func picture() -> ClinicalPicture {
        var clinical = ClinicalPicture.derive(involvements: involvements, atlas: atlas, somaticSources: somaticSources, mechanism: mechanism)
        if cauda || conus {
            let saddle = Side.allCases.map { PainEntry(region: .perineum, side: $0, roots: [], kind: .numbness, intensity: 0.8) }
            clinical.painMap = PainEntry.merged(clinical.painMap + saddle)
        }
        if anyFlag {
            clinical = clinical.withRedFlag(sacralSigns: cauda ? SacralSign.caudaEquina : (conus ? SacralSign.conusMedullaris : []))
        }
        return clinical
    }

    /// The same basis with every root's flattening set to 0. Which regions hurt, and which knee regions, do not
    /// depend on flattening — only how much they hurt does: a compressed root's pain and numbness have floors above 0
    /// (``ClinicalRules/compressionPainMinimum``, ``ClinicalRules/markedNumbnessMinimum``), and its `crushed` flag (the
    /// one thing flattening decides) is kept. So a count of who hurts where may share one picture among bases that
    /// differ only in flattening (Tests/PopulationTests/RunTests checks it): a population's samples differ in
    /// flattening by fractions of a percent, and deriving each one's picture cost more than simulating it.
    public var withoutFlattening: ClinicalBasis {
        var b = self
        for i in b.involvements.indices { b.involvements[i].deformationPercent = 0 }
        return b
    }

    /// Hashes a fingerprint of what varies between a population's samples (each involvement's grade, flags and
    /// flattening), not every field through the hasher: the synthesized hash cost more than the rest of a
    /// sample's clinical picture. Equal bases give equal fingerprints; `==` is still every field.
    public func hash(into hasher: inout Hasher) {
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
