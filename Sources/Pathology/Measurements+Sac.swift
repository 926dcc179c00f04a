import Anatomy

extension DeformedSpine {
    /// The measurements that grading needs, and no more: the canal's mid-sagittal gap, the dural-sac area and
    /// whether the posterior fat is gone — exactly as ``measure(_:solids:)`` takes them. Recess depths and
    /// foraminal heights are report-only (no grade reads them) and the costliest to take (two sections per side,
    /// and a room search for a foramen with lesion tissue in it); they are left empty. For many simulations
    /// whose report nobody reads (`radix population`).
    public func measureSac(_ level: DiscLevel, solids: [Solid]? = nil) -> LevelMeasurements {
        var scratch = SectionScratch()
        return measureSac(level, solids: solids, scratch: &scratch)
    }

    /// ``measureSac(_:solids:)`` cutting its sections in `scratch`'s storage: the same measurements. A population
    /// measures five levels per person; lending them one buffer saves about ten allocations a person (the canal's
    /// field and the sac's scratch at every level).
    public func measureSac(_ level: DiscLevel, solids: [Solid]? = nil, scratch: inout SectionScratch) -> LevelMeasurements {
        let all = solids ?? self.solids(for: level)
        let central = canalGap(level, solids: all, scratch: &scratch)
        return LevelMeasurements(canalAP: central.length, duralArea: duralArea(level, solids: all, scratch: &scratch),
                                 posteriorFatGone: Self.fatGone(behind: central.range, self[level].anatomy),
                                 recessDepth: [:], foramenHeight: [:])
    }
}
