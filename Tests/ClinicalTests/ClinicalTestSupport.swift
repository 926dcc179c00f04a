import Anatomy
@testable import Clinical
import XCTest

/// Shorthand for the derivation with no somatic sources.
func picture(_ involvements: [RootInvolvement], atlas: Atlas = .lee2008, sources: [SomaticSource] = [],
             mechanism: Mechanism = .none) -> ClinicalPicture {
    ClinicalPicture.derive(involvements: involvements, atlas: atlas, somaticSources: sources, mechanism: mechanism)
}

/// The pain-map entry for `region`, `side`, `kind`, if any.
func entry(_ p: ClinicalPicture, _ region: BodyRegion, _ side: Side, _ kind: PainKind) -> PainEntry? {
    p.painMap.first { $0.region == region && $0.side == side && $0.kind == kind }
}

/// Every way a picture can be "at least" another: each entry, deficit, reflex change and test of
/// `smaller` is in `larger` with at least the same strength. Returns the first violation, or nil.
func firstShortfall(of larger: ClinicalPicture, below smaller: ClinicalPicture) -> String? {
    for e in smaller.painMap {
        guard let f = entry(larger, e.region, e.side, e.kind) else { return "lost \(e)" }
        if f.intensity < e.intensity - 1e-12 { return "weaker \(f) than \(e)" }
        if !Set(e.roots).isSubset(of: f.roots) { return "roots lost \(e) → \(f)" }
    }
    if !Set(smaller.sensory).isSubset(of: larger.sensory) { return "sensory lost" }
    if !Set(smaller.motor).isSubset(of: larger.motor) { return "motor lost" }
    for r in smaller.reflexes {
        guard let s = larger.reflexes.first(where: { $0.reflex == r.reflex && $0.side == r.side }) else { return "reflex lost \(r)" }
        if ReflexGrade(rawValue: s.change)! < ReflexGrade(rawValue: r.change)! { return "reflex weaker \(s)" }
    }
    for t in smaller.tests {
        guard let u = larger.tests.first(where: { $0.test == t.test && $0.side == t.side }) else { return "test lost \(t)" }
        if TestExpectation(rawValue: u.expected)! < TestExpectation(rawValue: t.expected)! { return "test weaker \(u)" }
    }
    for side in Side.allCases where !Set(smaller.knee(side)).isSubset(of: larger.knee(side)) { return "knee lost \(side)" }
    if !smaller.aggravatedBy.isEmpty && larger.aggravatedBy.isEmpty { return "aggravating factors lost" }
    return nil
}

/// Deformation samples used by the property tests (percent).
let deformationSamples: [Double] = [0, 10, 30, 49.9, 50, 80, 100]
