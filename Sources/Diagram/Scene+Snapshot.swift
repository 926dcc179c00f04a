extension Scene {
    /// A stable, human-readable listing of the scene for snapshot tests: one line per node, indented by
    /// depth, giving kind, id, page-space bounds rounded to whole points and the main style. Text is
    /// measured with `measurer` (by default the font-free approximation, so snapshots need no fonts).
    ///
    ///     scene 800x600 background #ffffff
    ///     group "figure" bounds 10,10 400x300 transform 1,0,0,1,10,10
    ///       path "disc.L4-L5" bounds 100,200 50x30 fill #aabbcc stroke #000000 2
    ///       text "label.root.L5.left" bounds 500,120 96x16 font 14 bold start "Left L5"
    public func snapshot(measurer: some TextMeasurer = ApproximateTextMeasurer()) -> String {
        var lines = ["scene \(Self.number(width))x\(Self.number(height)) background \(background.hexString)"]
        func visit(_ nodes: [Node], depth: Int, transform: Transform) {
            for node in nodes {
                let indent = String(repeating: "  ", count: depth)
                let bounds = node.bounds(measurer: measurer, transform: transform).map(Self.describe) ?? "none"
                var line = "\(indent)\(node.kind) \"\(node.id)\" bounds \(bounds)"
                switch node {
                case .group(let group):
                    if let t = group.transform {
                        line += " transform " + [t.a, t.b, t.c, t.d, t.tx, t.ty].map { Self.number($0, digits: 3) }.joined(separator: ",")
                    }
                    if group.clip != nil { line += " clip" }
                    if group.opacity < 1 { line += " opacity \(Self.number(group.opacity, digits: 2))" }
                    lines.append(line)
                    let inner = group.transform.map { $0.concatenated(with: transform) } ?? transform
                    visit(group.children, depth: depth + 1, transform: inner)
                case .path(let path):
                    if let fill = path.fill { line += " fill " + Self.describe(fill.paint) }
                    if let stroke = path.stroke {
                        line += " stroke \(stroke.color.hexString) \(Self.number(stroke.width, digits: 1))"
                        if !stroke.dash.isEmpty { line += " dashed" }
                    }
                    if path.opacity < 1 { line += " opacity \(Self.number(path.opacity, digits: 2))" }
                    if let soft = path.softEdge, soft > 0 { line += " soft \(Self.number(soft))" }
                    lines.append(line)
                case .text(let text):
                    let font = text.font
                    line += " font \(Self.number(font.size, digits: 1))"
                    if font.weight == .bold { line += " bold" }
                    if font.italic { line += " italic" }
                    line += " \(text.anchor.rawValue) \(text.color.hexString) \"\(text.string.replacingNewlines())\""
                    lines.append(line)
                }
            }
        }
        visit(nodes, depth: 0, transform: .identity)
        return lines.joined(separator: "\n") + "\n"
    }

    static func describe(_ rect: Rect) -> String {
        "\(number(rect.minX)),\(number(rect.minY)) \(number(rect.width))x\(number(rect.height))"
    }

    static func describe(_ paint: Paint) -> String {
        switch paint {
        case .solid(let color): color.hexString
        case .hatch(let h): "hatch \(h.color.hexString) \(number(h.angleDegrees))deg \(number(h.spacing, digits: 1))pt" + (h.crossed ? " crossed" : "")
        case .stipple(let s): "stipple \(s.color.hexString) \(number(s.spacing, digits: 1))pt"
        case .linearGradient(let g): "linear-gradient " + g.stops.map(\.color.hexString).joined(separator: "-")
        case .radialGradient(let g): "radial-gradient " + g.stops.map(\.color.hexString).joined(separator: "-")
        }
    }

    /// `value` rounded to `digits` decimals, without trailing zeros and never "-0".
    static func number(_ value: Double, digits: Int = 0) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n")
    }
}
