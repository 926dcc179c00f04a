import Anatomy

extension DeformedSpine {
    /// The measurements that grading needs, and no more: the canal's mid-sagittal gap, the dural-sac area and
    /// whether the posterior fat is gone — exactly as ``measure(_:solids:)`` takes them. Recess depths and
    /// foraminal heights are report-only (no grade reads them) and the costliest to take (two sections per side,
    /// and a room search for a foramen with lesion tissue in it); they are left empty. For many simulations
    /// whose report nobody reads (`radix population`).
    public func measureSac(_ level: DiscLevel, solids: [Solid]? = nil) -> LevelMeasurements {
        let all = solids ?? self.solids(for: level)
        let central = canalGap(level, solids: all)
        return LevelMeasurements(canalAP: central.length, duralArea: duralArea(level, solids: all),
                                 posteriorFatGone: Self.fatGone(behind: central.range, self[level].anatomy),
                                 recessDepth: [:], foramenHeight: [:])
    }
}
