extension Node {
    /// The page-space rectangle the node can paint, in points, or `nil` when it paints nothing that has
    /// extent (an empty path, an empty group, a group clipped away).
    ///
    /// Strokes add half their width (miter spikes are not included), soft edges their width and halos
    /// half theirs. Under a rotating transform the result is the bounds of the rotated box, so it may be
    /// larger than the tightest box. `transform` maps the node's coordinates to the page.
    public func bounds(measurer: some TextMeasurer, transform: Transform = .identity) -> Rect? {
        switch self {
        case .path(let node):
            guard var rect = node.path.bounds else { return nil }
            rect = rect.outsetBy((node.stroke?.width ?? 0) / 2 + (node.fill == nil ? 0 : node.softEdge ?? 0))
            return transform.apply(rect)
        case .text(let node):
            let rect = measurer.frame(of: node).outsetBy((node.halo?.width ?? 0) / 2)
            return transform.apply(rect)
        case .group(let group):
            let inner = group.transform.map { $0.concatenated(with: transform) } ?? transform
            var result: Rect?
            for child in group.children {
                guard let rect = child.bounds(measurer: measurer, transform: inner) else { continue }
                result = result.map { $0.union(rect) } ?? rect
            }
            if let clip = group.clip {
                guard let clipRect = clip.bounds.map(inner.apply), let content = result else { return nil }
                return content.intersection(clipRect)
            }
            return result
        }
    }
}
