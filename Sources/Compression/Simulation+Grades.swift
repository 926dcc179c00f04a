import Anatomy
import Clinical
import Pathology

/// What a population counts of one simulation: every root's grade, the clinical picture and the cauda
/// equina — the same values ``Simulator/run(_:)`` gives (Tests/CompressionTests check it), without the
/// report-only parts (recess depths, foraminal heights, Lee grades, lesion findings).
public struct SimulationGrades: Sendable {
    /// Every root L1–S2 on both sides, cranial first, left before right.
    public var roots: [RootFinding]
    public var clinical: ClinicalPicture
    public var caudaEquina: CaudaEquinaFinding
}

extension Simulator {
    /// The grades and clinical picture of `input`, as ``run(_:)`` computes them, about a third faster: only
    /// the measurements a grade reads are taken (``DeformedSpine/measureSac(_:solids:)``).
    public static func grades(_ input: SimulationInput) -> SimulationGrades {
        let g = gradesAndBasis(input)
        return SimulationGrades(roots: g.roots, clinical: g.clinical.picture(), caudaEquina: g.caudaEquina)
    }

    /// The grades, and what their clinical picture is derived from without deriving it: for a run that counts
    /// what the pictures share (a population derives each ``ClinicalBasis/withoutFlattening`` once).
    ///
    /// With `exactClearances` false, the clearance of a root station that no tissue comes within 0.1 mm of is not
    /// measured (``DeformedSpine/room(for:among:scratch:exactClearance:)``): only an unhurt root's finding can differ —
    /// which of its normal stations is named its worst, with that station's clearance and contacts. Every grade, every
    /// hurt root's finding (hurt places included), the cauda equina and the clinical basis are the same, since none of
    /// them reads an unhurt root's site, clearance or lesions (the involvement of a normal root names no site or level;
    /// somatic sources, mechanism and red flags read hurt roots only). Tests/PopulationTests/FastPathTests compares the
    /// two on many random samples. What a population counts; not for a report.
    public static func gradesAndBasis(_ input: SimulationInput, exactClearances: Bool = true)
        -> (roots: [RootFinding], caudaEquina: CaudaEquinaFinding, clinical: ClinicalBasis) {
        let spine = input.anatomy == AnatomyOptions() ? defaultSpine : Spine(options: input.anatomy)
        let deformed = DeformedSpine(spine: spine, posture: input.posture, lesions: input.lesions)
        // One section buffer for every level's measurements (``DeformedSpine/measureSac(_:solids:scratch:)``).
        var scratch = SectionScratch()
        let segments = DiscLevel.allCases.map { level -> SegmentFinding in
            let m = deformed.measureSac(level, scratch: &scratch)
            let state = deformed[level]
            let schizas = Grading.schizas(area: m.duralArea, neural: state.anatomy.segment.neuralArea, posteriorFatGone: m.posteriorFatGone)
            return SegmentFinding(level: level, measurements: m, schizas: schizas, leeForaminal: [:],
                                  meyerding: state.slipPercent.map { MeyerdingGrade(slipPercent: $0) }, slipPercent: state.slipPercent)
        }
        let roots = rootFindings(deformed, segments: segments, exactClearances: exactClearances)
        let cauda = caudaEquina(deformed, segments: segments)
        let flags = redFlags(roots: roots, cauda: cauda, segments: segments, deformed: deformed)
        return (roots, cauda, clinicalBasis(roots, flags: flags, input: input))
    }
}
