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
}
