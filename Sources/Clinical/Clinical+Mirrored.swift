import Anatomy

extension RootInvolvement {
    /// The same involvement of the same root on the other side.
    public var mirrored: RootInvolvement {
        var copy = self
        copy.side = side.mirrored
        return copy
    }
}

extension SomaticSource {
    /// The same source referring to the other side (bilateral stays bilateral).
    public var mirrored: SomaticSource {
        var copy = self
        copy.laterality = laterality.mirrored
        return copy
    }
}

extension PainEntry {
    /// The same entry on the other side.
    public var mirrored: PainEntry {
        var copy = self
        copy.side = side.mirrored
        return copy
    }
}

extension ClinicalPicture {
    /// The same picture with left and right exchanged, in canonical order again.
    public var mirrored: ClinicalPicture {
        func swap<T>(_ items: [T], _ side: WritableKeyPath<T, Side>) -> [T] {
            items.map { var item = $0; item[keyPath: side] = item[keyPath: side].mirrored; return item }
        }
        return ClinicalPicture(
            painMap: painMap.map(\.mirrored).sorted(by: PainEntry.canonicalOrder),
            knee: [.left: knee(.right), .right: knee(.left)],
            sensory: swap(sensory, \.side).sorted(by: Self.rootSideOrder),
            motor: swap(motor, \.side).sorted(by: Self.rootSideOrder),
            reflexes: swap(reflexes, \.side).sorted(by: Self.reflexOrder),
            tests: swap(tests, \.side).sorted(by: Self.testOrder),
            aggravatedBy: aggravatedBy,
            easedBy: easedBy,
            notes: notes,
            intermittent: intermittent,
            advice: advice,
            sacralSigns: sacralSigns)
    }
}
