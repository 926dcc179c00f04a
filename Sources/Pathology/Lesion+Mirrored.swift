import Anatomy

extension Lesion {
    /// The same lesion on the other side of the body (central and bilateral lesions are unchanged).
    public var mirrored: Lesion {
        var copy = self
        switch kind {
        case .herniation(var h):
            h.side = h.side?.mirrored
            copy.kind = .herniation(h)
        case .stenosis(var s):
            s.laterality = s.laterality.mirrored
            copy.kind = .stenosis(s)
        case .spondylolisthesis, .degeneration:
            break
        }
        return copy
    }

    /// The side of a one-sided lesion (a herniation to one side, a left or right stenosis); nil for central,
    /// bilateral and whole-segment lesions.
    public var lateralSide: Side? {
        switch kind {
        case .herniation(let h): h.side
        case .stenosis(let s): s.laterality == .bilateral ? nil : (s.laterality == .left ? .left : .right)
        case .spondylolisthesis, .degeneration: nil
        }
    }
}
