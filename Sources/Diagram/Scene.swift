/// A figure as plain data, in page points (one point is one pixel at scale 1; y grows downwards).
/// Nodes are drawn in order, later ones on top, over the background.
public struct Scene: Hashable, Sendable {
    /// Page width in points; must be positive to render.
    public var width: Double
    /// Page height in points; must be positive to render.
    public var height: Double
    /// Painted over the whole page first; `Color.clear` leaves the page transparent.
    public var background: Color
    public var nodes: [Node]
    /// Document title, written into the PDF's metadata; `nil` for none.
    public var title: String?
    /// What the figure shows, in sentences (its alt text): written as the SVG's `<desc>` beside the title as
    /// `<title>`; `nil` for none.
    public var description: String?

    public init(width: Double, height: Double, background: Color = .white, nodes: [Node] = [], title: String? = nil,
                description: String? = nil) {
        self.width = width
        self.height = height
        self.background = background
        self.nodes = nodes
        self.title = title
        self.description = description
    }

    /// The page as a rectangle at the origin.
    public var pageBounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Every node, depth first in drawing order, with its depth (0 for top-level nodes).
    public func flattened() -> [(depth: Int, node: Node)] {
        var result: [(Int, Node)] = []
        func visit(_ nodes: [Node], _ depth: Int) {
            for node in nodes {
                result.append((depth, node))
                if case .group(let group) = node { visit(group.children, depth + 1) }
            }
        }
        visit(nodes, 0)
        return result
    }

    /// The first node with this id, searching depth first in drawing order.
    public func node(withID id: String) -> Node? {
        flattened().first { $0.node.id == id }?.node
    }

    /// Ids used by more than one node, sorted.
    public func duplicateIDs() -> [String] {
        var counts: [String: Int] = [:]
        for (_, node) in flattened() { counts[node.id, default: 0] += 1 }
        return counts.filter { $0.value > 1 }.map(\.key).sorted()
    }
}
