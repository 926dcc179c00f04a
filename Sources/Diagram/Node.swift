/// One element of a scene. Ids name anatomy the way the rest of Radix does ("disc.L4-L5",
/// "root.L5.left"); they should be unique within a scene but nothing enforces it
/// (`Scene.duplicateIDs` finds repeats).
public enum Node: Hashable, Sendable {
    case group(GroupNode)
    case path(PathNode)
    case text(TextNode)

    public var id: String {
        switch self {
        case .group(let group): group.id
        case .path(let path): path.id
        case .text(let text): text.id
        }
    }

    /// The model values the node stands for (`root`, `side`, `grade`, `region`, `kind` …), for writers that
    /// can keep them (the editable SVG writes each as `data-<key>`); empty for text and for plain drawing.
    public var metadata: [String: String] {
        switch self {
        case .group(let group): group.metadata
        case .path(let path): path.metadata
        case .text: [:]
        }
    }

    /// The node's kind as a word: "group", "path" or "text".
    public var kind: String {
        switch self {
        case .group: "group"
        case .path: "path"
        case .text: "text"
        }
    }
}

/// Children drawn in order (later on top), optionally moved by a transform, clipped, and faded as one.
public struct GroupNode: Hashable, Sendable {
    public var id: String
    public var children: [Node]
    /// Maps the children's coordinates into the parent's; `nil` for none.
    public var transform: Transform?
    /// Only what falls inside this outline (in the group's own coordinates, after `transform`) shows.
    public var clip: Path?
    /// Opacity of the group as a whole, 0…1, applied after its children are composed together.
    public var opacity: Double
    /// Model values the group stands for (see `Node.metadata`); not drawn.
    public var metadata: [String: String]

    public init(id: String, children: [Node] = [], transform: Transform? = nil, clip: Path? = nil, opacity: Double = 1,
                metadata: [String: String] = [:]) {
        self.id = id
        self.children = children
        self.transform = transform
        self.clip = clip
        self.opacity = opacity
        self.metadata = metadata
    }
}

/// A filled and/or stroked outline. The fill is drawn first, then the stroke on top of it.
public struct PathNode: Hashable, Sendable {
    public var id: String
    public var path: Path
    public var fill: Fill?
    public var stroke: Stroke?
    /// Opacity of the fill and stroke taken together, 0…1.
    public var opacity: Double
    /// Width in points of a soft edge outside the outline, where the fill fades to nothing (for diffuse
    /// regions such as referred pain); `nil` or 0 for a sharp edge. Needs a fill.
    public var softEdge: Double?
    /// Model values the shape stands for, for tests and tools that read the scene: a root's `root`, `side`,
    /// `grade`, `state`, `site`, `intrathecal`, `pressed`; a pain region's `region`, `side`, `kind`; a named
    /// structure's `structure` ("dural sac"); a numbered call-out's `callout` (its number) and `label` (the text its key gives).
    /// Not drawn; the editable SVG writes them as `data-` attributes.
    public var metadata: [String: String]

    public init(
        id: String, path: Path, fill: Fill? = nil, stroke: Stroke? = nil, opacity: Double = 1, softEdge: Double? = nil,
        metadata: [String: String] = [:]
    ) {
        self.id = id
        self.path = path
        self.fill = fill
        self.stroke = stroke
        self.opacity = opacity
        self.softEdge = softEdge
        self.metadata = metadata
    }
}

/// Which part of a text block `TextNode.position` marks horizontally.
public enum TextAnchor: String, Hashable, Sendable {
    /// The left edge; lines are left-aligned.
    case start
    /// The centre; lines are centred.
    case middle
    /// The right edge; lines are right-aligned.
    case end
}

/// Which part of a text block `TextNode.position` marks vertically.
public enum TextBaseline: String, Hashable, Sendable {
    /// The top of the first line's box.
    case top
    /// Half-way down the block (all lines).
    case middle
    /// The baseline of the first line.
    case alphabetic
    /// The bottom of the last line's box.
    case bottom
}

/// A light outline drawn behind letters so they stay legible over a busy drawing.
public struct Halo: Hashable, Sendable {
    public var color: Color
    /// Total width of the outline in points (half of it shows outside the letters).
    public var width: Double

    public init(color: Color = .white, width: Double = 3) {
        self.color = color
        self.width = width
    }
}

/// A run of text, wrapped at word boundaries when `maxWidth` is set. Explicit newlines break lines.
public struct TextNode: Hashable, Sendable {
    public var id: String
    public var string: String
    /// The point that `anchor` and `baseline` pin, in points.
    public var position: Point
    public var anchor: TextAnchor
    public var baseline: TextBaseline
    public var font: Font
    public var color: Color
    /// Wrapping width in points; `nil` for no wrapping. A single word wider than this overflows.
    public var maxWidth: Double?
    public var halo: Halo?
    public var opacity: Double

    public init(
        id: String, string: String, position: Point, anchor: TextAnchor = .start,
        baseline: TextBaseline = .alphabetic, font: Font, color: Color = .black, maxWidth: Double? = nil,
        halo: Halo? = nil, opacity: Double = 1
    ) {
        self.id = id
        self.string = string
        self.position = position
        self.anchor = anchor
        self.baseline = baseline
        self.font = font
        self.color = color
        self.maxWidth = maxWidth
        self.halo = halo
        self.opacity = opacity
    }
}
