import Diagram

/// How placed labels are drawn: the leader (optionally over a wider casing), a dot at its anchor, and the
/// text. The figures differ only in these choices, so they all draw through `LeaderLabels.nodes`.
package struct LeaderStyle {
    /// The leader line.
    package var leader: Stroke
    /// A wider stroke drawn under the leader, keeping it legible where it crosses a dark shading.
    package var casing: Stroke?
    /// The anchor dot: radius (none when 0), fill and an optional ring.
    package var dotRadius: Double
    package var dotFill: Color
    package var dotStroke: Stroke?
    /// Labels that point at a key point carry no dot: the key point has its own mark.
    package var keyPointsUndotted: Bool
    package var font: Font
    /// Labels drawn in `font.bold`.
    package var boldIDs: Set<String>
    package var textColor: Color
    package var halo: Halo?
    /// The text's id is "<prefix>.<textKind>.<label id>".
    package var textKind: String
    /// Each label's leader, dot and text together, rather than all leaders and dots before all texts.
    package var interleaved: Bool

    package init(leader: Stroke, casing: Stroke? = nil, dotRadius: Double, dotFill: Color, dotStroke: Stroke? = nil,
                 keyPointsUndotted: Bool = false, font: Font, boldIDs: Set<String> = [], textColor: Color, halo: Halo? = nil,
                 textKind: String = "label", interleaved: Bool = false) {
        self.leader = leader
        self.casing = casing
        self.dotRadius = dotRadius
        self.dotFill = dotFill
        self.dotStroke = dotStroke
        self.keyPointsUndotted = keyPointsUndotted
        self.font = font
        self.boldIDs = boldIDs
        self.textColor = textColor
        self.halo = halo
        self.textKind = textKind
        self.interleaved = interleaved
    }
}

/// Placed labels as nodes: the one drawer of leaders and label text for every figure.
package enum LeaderLabels {
    /// Leaders, anchor dots and texts for `placement`. Ids: "<prefix>.leader.<id>" (".casing", ".dot") and
    /// "<prefix>.<textKind>.<id>".
    package static func nodes(_ placement: LabelPlacement, prefix: String, style s: LeaderStyle) -> [Node] {
        var leaders: [Node] = [], texts: [Node] = []
        for label in placement.labels {
            var marks: [Node] = []
            if let casing = s.casing {
                marks.append(.path(PathNode(id: "\(prefix).leader.\(label.id).casing", path: .polyline(label.leader), stroke: casing)))
            }
            marks.append(.path(PathNode(id: "\(prefix).leader.\(label.id)", path: .polyline(label.leader), stroke: s.leader)))
            if s.dotRadius > 0, let anchor = label.leader.first, !(s.keyPointsUndotted && label.id.hasPrefix("keypoint.")) {
                marks.append(.path(PathNode(id: "\(prefix).leader.\(label.id).dot", path: .circle(center: anchor, radius: s.dotRadius),
                                            fill: .color(s.dotFill), stroke: s.dotStroke)))
            }
            let text = Node.text(TextNode(id: "\(prefix).\(s.textKind).\(label.id)", string: label.text, position: label.textPosition,
                                          anchor: label.side == .left ? .end : .start, baseline: .middle,
                                          font: s.boldIDs.contains(label.id) ? s.font.bold : s.font,
                                          color: s.textColor, maxWidth: label.maxWidth, halo: s.halo))
            if s.interleaved {
                leaders += marks + [text]
            } else {
                leaders += marks
                texts.append(text)
            }
        }
        return leaders + texts
    }
}
