import Diagram

/// Small scenes for the renderer tests, in page points.
enum TestScenes {
    static let red = Color(hex: 0xD03020)
    static let blue = Color(hex: 0x2050C0)
    static let background = Color(hex: 0xFAF7F0)

    /// A red square at (20, 20)–(80, 80), a blue disc centred at (150, 50) radius 30, a hatched
    /// rectangle, a soft-edged translucent blob centred at (180, 105), a dashed line and a label at (20, 130).
    static func basic(background: Color = background) -> Scene {
        Scene(width: 240, height: 160, background: background, nodes: [
            .path(PathNode(id: "square", path: .rectangle(Rect(x: 20, y: 20, width: 60, height: 60)), fill: .color(red))),
            .path(PathNode(id: "disc", path: .circle(center: Point(x: 150, y: 50), radius: 30), fill: .color(blue), stroke: Stroke(color: .black, width: 2))),
            .path(PathNode(id: "hatched", path: .rectangle(Rect(x: 190, y: 20, width: 40, height: 60)), fill: Fill(.hatch(Hatch(color: .black, background: .white, spacing: 6))))),
            .path(PathNode(id: "blob", path: .ellipse(in: Rect(x: 160, y: 90, width: 40, height: 30)), fill: .color(red.withAlpha(0.5)), softEdge: 6)),
            .path(PathNode(id: "dashed", path: .line(from: Point(x: 160, y: 140), to: Point(x: 230, y: 140)), stroke: .dashed(color: .black, width: 2))),
            .text(TextNode(id: "label", string: "L4–L5 disc", position: Point(x: 20, y: 130), font: Font(size: 16, weight: .bold))),
        ], title: "Test scene")
    }

    /// A plate-like scene with every kind of node and paint, for determinism checks.
    static func everything() -> Scene {
        var nodes = basic().nodes
        nodes.append(.group(GroupNode(id: "group", children: [
            .path(PathNode(id: "stippled", path: .rectangle(Rect(x: 0, y: 0, width: 30, height: 30)), fill: Fill(.stipple(Stipple(color: .black))))),
            .path(PathNode(id: "gradient", path: .rectangle(Rect(x: 35, y: 0, width: 30, height: 30)), fill: Fill(.linearGradient(LinearGradient(start: .zero, end: Point(x: 30, y: 0), stops: [GradientStop(offset: 0, color: red), GradientStop(offset: 1, color: blue)]))))),
            .path(PathNode(id: "radial", path: .circle(center: Point(x: 85, y: 15), radius: 15), fill: Fill(.radialGradient(RadialGradient(center: Point(x: 85, y: 15), radius: 15, stops: [GradientStop(offset: 0, color: blue), GradientStop(offset: 1, color: blue.withAlpha(0))]))))),
            .text(TextNode(id: "wrapped", string: "Hypertrophied ligamentum flavum", position: Point(x: 0, y: 40), baseline: .top, font: Font(size: 10, italic: true), maxWidth: 80, halo: Halo())),
        ], transform: Transform.rotation(0.1).concatenated(with: .translation(x: 20, y: 10)), clip: .rectangle(Rect(x: 0, y: 0, width: 110, height: 80)), opacity: 0.8)))
        return Scene(width: 240, height: 160, background: background, nodes: nodes, title: "Everything")
    }
}
