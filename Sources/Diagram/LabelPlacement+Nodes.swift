extension LabelPlacement {
    /// Scene nodes for the placed labels: each leader ("leader.<id>", with a dot at the anchor when
    /// `anchorDotRadius` is positive) followed by its text ("label.<id>"). Leaders come first so text
    /// is never covered.
    public func nodes(
        font: Font, textColor: Color = .black, leaderStroke: Stroke = Stroke(color: .black, width: 1),
        anchorDotRadius: Double = 2, halo: Halo? = nil
    ) -> [Node] {
        var leaders: [Node] = []
        var texts: [Node] = []
        for label in labels {
            leaders.append(.path(PathNode(id: "leader.\(label.id)", path: .polyline(label.leader), stroke: leaderStroke)))
            if anchorDotRadius > 0, let anchor = label.leader.first {
                leaders.append(.path(PathNode(
                    id: "leader.\(label.id).dot", path: .circle(center: anchor, radius: anchorDotRadius),
                    fill: .color(leaderStroke.color))))
            }
            texts.append(.text(TextNode(
                id: "label.\(label.id)", string: label.text, position: label.textPosition,
                anchor: label.side == .left ? .end : .start, baseline: .middle, font: font, color: textColor,
                maxWidth: label.maxWidth, halo: halo)))
        }
        return leaders + texts
    }
}
