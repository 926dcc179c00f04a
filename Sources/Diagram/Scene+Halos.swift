#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Scene {
    /// The scene with the halo taken off every label that sits on blank page.
    ///
    /// A halo (a pale outline around the letters) keeps a label readable over a drawing; over nothing it
    /// changes no pixel, yet a vector backend writes it as the outline of every glyph, the largest part of
    /// an SVG or PDF figure after the drawings themselves. A halo stays when the label's box meets any
    /// shape painted before it: the inside of a fill, or a stroke's band. Clipped shapes are treated as
    /// unclipped and curves by their control polygon's flattening, so a halo is kept whenever in doubt.
    /// Labels are not tested against one another (label layout keeps them apart).
    public func droppingIdleHalos(measurer: some TextMeasurer) -> Scene {
        var pass = HaloPass(measurer: measurer)
        var copy = self
        copy.nodes = nodes.map { pass.visit($0, transform: .identity) }
        return copy
    }
}

/// One walk over the nodes in painting order, remembering what has been painted.
private struct HaloPass<Measurer: TextMeasurer> {
    let measurer: Measurer
    var painted: [PaintedShape] = []

    mutating func visit(_ node: Node, transform: Transform) -> Node {
        switch node {
        case .path(let shape):
            if let painted = PaintedShape(shape, transform: transform) { self.painted.append(painted) }
            return node
        case .group(var group):
            let inner = group.transform.map { $0.concatenated(with: transform) } ?? transform
            group.children = group.children.map { visit($0, transform: inner) }
            return .group(group)
        case .text(var label):
            guard label.halo != nil else { return node }
            // The letters' box, a little inside the line box (whose leading is blank), in page space.
            let frame = transform.apply(measurer.frame(of: label)).insetBy(min(1, label.font.size * 0.08))
            var seen = false
            for i in painted.indices where painted[i].meets(frame) {
                seen = true
                break
            }
            if !seen { label.halo = nil }
            return .text(label)
        }
    }
}

/// A painted path: its box, and its page-space segments once a label comes near it.
private struct PaintedShape {
    var path: Path
    var transform: Transform
    var box: Rect
    var filled: Bool
    /// Half the stroke width (0 when not stroked), or the soft edge of a fill, points.
    var reach: Double
    private var flattened: [(Point, Point)]?

    init?(_ shape: PathNode, transform: Transform) {
        guard shape.opacity > 0, shape.fill != nil || (shape.stroke?.width ?? 0) > 0,
              let hull = Self.hull(shape.path) else { return nil }
        path = shape.path
        self.transform = transform
        filled = shape.fill != nil
        reach = max(shape.stroke.map { $0.width / 2 } ?? 0, filled ? shape.softEdge ?? 0 : 0)
        box = transform.apply(hull.outsetBy(reach))
    }

    /// A box around every point and control point (and whole circles for arcs): never smaller than the
    /// path, and cheaper than its exact bounds.
    private static func hull(_ path: Path) -> Rect? {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        func add(_ p: Point, _ r: Double = 0) {
            minX = min(minX, p.x - r); maxX = max(maxX, p.x + r)
            minY = min(minY, p.y - r); maxY = max(maxY, p.y + r)
        }
        for command in path.commands {
            switch command {
            case .move(let p), .line(let p): add(p)
            case .cubic(let p, let c1, let c2): add(p); add(c1); add(c2)
            case .arc(let c, let r, _, _, _): add(c, abs(r))
            case .close: break
            }
        }
        guard minX.isFinite, minY.isFinite, maxX.isFinite, maxY.isFinite else { return nil }
        return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// Whether the shape paints anything inside `rect`.
    mutating func meets(_ rect: Rect) -> Bool {
        guard box.intersects(rect) else { return false }
        if flattened == nil { flattened = Self.flatten(path, transform) }
        let segments = flattened ?? []
        let grown = rect.outsetBy(reach)
        for (a, b) in segments where Self.segment(a, b, meets: grown) { return true }
        // No edge crosses the box: it is wholly inside a fill, or wholly outside the shape.
        return filled && contains(Point(x: rect.minX + rect.width / 2, y: rect.minY + rect.height / 2))
    }

    /// Even-odd containment over the closed subpaths (a label wholly inside a fill of either rule).
    private func contains(_ p: Point) -> Bool {
        var inside = false
        for (a, b) in flattened ?? [] where (a.y > p.y) != (b.y > p.y) {
            let x = a.x + (p.y - a.y) / (b.y - a.y) * (b.x - a.x)
            if x > p.x { inside.toggle() }
        }
        return inside
    }

    /// Liang–Barsky: whether the segment from `a` to `b` touches `r`.
    private static func segment(_ a: Point, _ b: Point, meets r: Rect) -> Bool {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - r.minX), (dx, r.maxX - a.x), (-dy, a.y - r.minY), (dy, r.maxY - a.y)] {
            if p == 0 {
                if q < 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
                if t0 > t1 { return false }
            }
        }
        return true
    }

    /// Straight segments along the path, every subpath closed (a fill closes them; for a stroke the
    /// extra closing edge only keeps a halo that might not be needed), in page space.
    private static func flatten(_ path: Path, _ transform: Transform) -> [(Point, Point)] {
        var out: [(Point, Point)] = []
        var current: Point?, start: Point?
        func line(to p: Point) {
            if let c = current, c != p { out.append((transform.apply(c), transform.apply(p))) }
            if start == nil { start = p }
            current = p
        }
        func closeSubpath() {
            if let s = start, let c = current, s != c { out.append((transform.apply(c), transform.apply(s))) }
        }
        for command in path.commands {
            switch command {
            case .move(let p):
                closeSubpath()
                current = p
                start = p
            case .line(let p):
                line(to: p)
            case .cubic(let p, let c1, let c2):
                let p0 = current ?? c1
                for i in 1...8 {
                    let t = Double(i) / 8, u = 1 - t
                    let x = u * u * u * p0.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t * t * t * p.x
                    let y = u * u * u * p0.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t * t * t * p.y
                    line(to: Point(x: x, y: y))
                }
            case .arc(let c, let r, let a0, let a1, let direction):
                guard a0.isFinite, a1.isFinite, r.isFinite else { continue }
                // Cairo's sweep: forward from a0 to a1 (plus whole turns), at most one turn.
                var sweep = direction == .increasingAngle ? a1 - a0 : a0 - a1
                sweep = sweep < 0 ? sweep.truncatingRemainder(dividingBy: 2 * Double.pi) + 2 * Double.pi : min(sweep, 2 * Double.pi)
                let end = direction == .increasingAngle ? a0 + sweep : a0 - sweep
                let steps = max(4, Int((sweep / (Double.pi / 8)).rounded(.up)))
                let first = Point(x: c.x + r * cos(a0), y: c.y + r * sin(a0))
                if current == nil { current = first; start = first } else { line(to: first) }
                for i in 1...steps {
                    let a = a0 + (end - a0) * Double(i) / Double(steps)
                    line(to: Point(x: c.x + r * cos(a), y: c.y + r * sin(a)))
                }
            case .close:
                closeSubpath()
                current = start
            }
        }
        closeSubpath()
        return out
    }
}
