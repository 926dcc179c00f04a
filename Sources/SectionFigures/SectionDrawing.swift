import Diagram
import FigureStyle
import Foundation
import Geometry
import Pathology

/// How a model section plane is laid on the page: in-plane millimetres (u, v) → page points.
///
/// Axial sections are drawn seen from above with anterior at the top: u = x (the patient's left, +x,
/// on the page's left), v = y (posterior, +y, down the page). Parasagittal sections are drawn seen
/// from the side shown: u = y (anterior on the page's left for the left side, on the right for the
/// right side), v = z (cranial up).
public struct SectionView: Sendable, Hashable {
    public enum Orientation: Sendable, Hashable {
        case axial, parasagittal
    }

    public var mapping: ModelMapping
    public var orientation: Orientation

    public init(mapping: ModelMapping, orientation: Orientation) {
        self.mapping = mapping
        self.orientation = orientation
    }

    /// The view that fits the in-plane window `u` × `v` (mm) into `frame`, centred, keeping aspect, at no
    /// more than `maxScale` points per millimetre. `uToLeft`: u grows towards the page's left.
    public static func fitting(u: ClosedRange<Double>, v: ClosedRange<Double>, into frame: Rect,
                               orientation: Orientation, uToLeft: Bool, maxScale: Double = .infinity) -> SectionView {
        let vPage = orientation == .axial ? (-v.upperBound)...(-v.lowerBound) : v
        let m = ModelMapping.fitting(u: u, v: vPage, into: frame, horizontal: uToLeft ? -1 : 1, maxScale: maxScale)
        return SectionView(mapping: m, orientation: orientation)
    }

    /// The page point of in-plane point (u, v) mm.
    public func point(_ u: Double, _ v: Double) -> Point {
        orientation == .axial ? mapping.point(u, -v) : mapping.point(u, v)
    }

    public func point(_ q: Vec2) -> Point { point(q.x, q.y) }

    /// A length in mm on the page, points.
    public func length(_ mm: Double) -> Double { mapping.length(mm) }

    /// The page rectangle covering the in-plane window `u` × `v` (mm).
    public func rect(u: ClosedRange<Double>, v: ClosedRange<Double>) -> Rect {
        let a = point(u.lowerBound, v.lowerBound), b = point(u.upperBound, v.upperBound)
        return Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(a.x - b.x), height: abs(a.y - b.y))
    }

    /// A model rounded rectangle on the page.
    public func path(_ r: RoundedRect) -> Path {
        .roundedRectangle(rect(u: r.minX...r.maxX, v: r.minY...r.maxY), radius: length(r.rounding))
    }

    /// A closed outline through in-plane points (mm).
    public func polygon(_ points: [Vec2]) -> Path { .polygon(points.map(point)) }

    /// An open line through in-plane points (mm).
    public func polyline(_ points: [Vec2]) -> Path { .polyline(points.map(point)) }

    /// An axis-aligned ellipse centred at `centre` with semi-axes `a` (u) and `b` (v), mm.
    public func ellipse(centre: Vec2, a: Double, b: Double) -> Path {
        .ellipse(in: rect(u: (centre.x - a)...(centre.x + a), v: (centre.y - b)...(centre.y + b)))
    }
}

extension RoundedRect {
    /// The outline as points (mm), anticlockwise in (u, v) from the right edge, `steps` per corner.
    func outline(steps: Int = 6) -> [Vec2] {
        let r = rounding, ix = half.x - r, iy = half.y - r
        let corners = [(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]
        var points: [Vec2] = []
        for (k, (sx, sy)) in corners.enumerated() {
            let c = Vec2(center.x + sx * ix, center.y + sy * iy)
            let start = Double(k) * Double.pi / 2
            for i in 0...max(1, steps) {
                let t = start + Double(i) / Double(max(1, steps)) * Double.pi / 2
                points.append(Vec2(c.x + r * cos(t), c.y + r * sin(t)))
            }
        }
        return points
    }
}

/// Tissue and lesion styles shared by the section views (atlas colours from the palette).
enum SectionStyle {
    /// Lesion material: the structures lesions add to a spine.
    static let lesionStructures: Set<Structure> = [
        .herniation, .ligamentumFlavum, .facetHypertrophy, .osteophyte, .synovialCyst, .discBulge, .parsNodule,
    ]

    static func boneStroke(_ c: FigureContext) -> Stroke {
        Stroke(color: c.palette.boneOutline, width: c.type.line * 2.2)
    }

    static func discStroke(_ c: FigureContext) -> Stroke {
        Stroke(color: c.palette.discOutline, width: c.type.line * 2)
    }

    static func ligamentStroke(_ c: FigureContext) -> Stroke {
        Stroke(color: c.palette.ligament.darkened(0.45), width: c.type.line * 1.4)
    }

    /// The strong outline of lesion material; dashed when the material lies outside the section plane.
    static func lesionStroke(_ c: FigureContext, projected: Bool = false) -> Stroke {
        let w = c.type.line * 3
        return projected ? Stroke(color: c.palette.lesionOutline, width: w, dash: [w * 3, w * 2])
            : Stroke(color: c.palette.lesionOutline, width: w, join: .round)
    }

    /// Lesion fill: disc material keeps the annulus colour (not the nucleus's, too close to the sac's); hypertrophied
    /// ligament, facet, osteophyte, cyst and pars fibrocartilage are hatched so they read in grey.
    static func lesionFill(_ solid: Solid, _ c: FigureContext) -> Fill {
        let p = c.palette
        switch solid.structure {
        case .herniation, .discBulge: return Fill(p.tissue(.annulus))
        case .ligamentumFlavum, .parsNodule: return Fill(p.hypertrophy(p.ligament))
        case .synovialCyst: return Fill(p.hypertrophy(p.nucleus))
        default: return Fill(p.hypertrophy(p.bone))
        }
    }

    /// Colour of dimension lines and their arrowheads.
    static func measureInk(_ c: FigureContext) -> Color {
        c.options.theme == .print ? c.palette.ink : Color(hex: 0x16325C)
    }
}

/// Node builders shared by the section views: dimension lines, merged bone silhouettes.
enum SectionDrawing {
    /// A dimension line between `a` and `b` (page points) with arrowheads at both ends touching the
    /// boundaries measured, end bars, and a white halo so it reads over tissue. A line shorter than its
    /// arrowheads gets them outside, pointing in.
    /// `millimetre`: page points per model millimetre, which caps the arrowheads on small drawings.
    /// `metadata` (on the "<id>.line" node): the model's measurement the line stands for (`gapMetadata`).
    static func dimension(id: String, from a: Point, to b: Point, millimetre: Double, context c: FigureContext,
                          metadata: [String: String] = [:]) -> [Node] {
        let t = c.type, ink = SectionStyle.measureInk(c)
        let dx = b.x - a.x, dy = b.y - a.y, length = (dx * dx + dy * dy).squareRoot()
        guard length > 1e-6 else { return [] }
        let angle = atan2(dy, dx), ux = dx / length, uy = dy / length
        let k = min(1, 1.2 * millimetre / (t.unit * 3.5))
        let head = t.unit * 3.5 * k, width = t.unit * 2.4 * k, bar = t.unit * 2.2 * k
        let inside = length >= 2.4 * head
        var line = Path.line(from: a, to: b)
        if !inside {
            line.append(.line(from: Point(x: a.x - ux * head * 1.8, y: a.y - uy * head * 1.8), to: a))
            line.append(.line(from: b, to: Point(x: b.x + ux * head * 1.8, y: b.y + uy * head * 1.8)))
        }
        var bars = Path()
        for p in [a, b] {
            bars.append(.line(from: Point(x: p.x - uy * bar, y: p.y + ux * bar), to: Point(x: p.x + uy * bar, y: p.y - ux * bar)))
        }
        var heads = Path()
        heads.append(.arrowhead(tip: a, direction: inside ? angle + Double.pi : angle, length: head, width: width))
        heads.append(.arrowhead(tip: b, direction: inside ? angle : angle + Double.pi, length: head, width: width))
        var halo = line
        halo.append(bars)
        return [
            .path(PathNode(id: "\(id).halo", path: halo, stroke: Stroke(color: Color(white: 1, alpha: 0.85), width: t.line * 6 * k, cap: .round))),
            .path(PathNode(id: "\(id).line", path: line, stroke: Stroke(color: ink, width: t.line * 2 * max(0.6, k)), metadata: metadata)),
            .path(PathNode(id: "\(id).bars", path: bars, stroke: Stroke(color: ink, width: t.line * 2 * max(0.6, k)))),
            .path(PathNode(id: id, path: heads, fill: .color(ink))),
        ]
    }

    /// The identity of a dimension line, as scene metadata: `measure` (the model's name for it), `value` (the
    /// report's number, mm), `from` and `to` (the gap's ends as the model measured them, global "x,y,z" mm).
    static func gapMetadata(_ gap: MeasuredGap, measure: String) -> [String: String] {
        func text(_ p: Vec3) -> String { [p.x, p.y, p.z].map { String(format: "%.3f", $0) }.joined(separator: ",") }
        return ["measure": measure, "value": String(format: "%.3f", gap.value), "from": text(gap.from), "to": text(gap.to)]
    }

    /// Lesion material lying outside the section plane, projected onto it: a faint fill (`id`) under a
    /// dashed outline ("<id>.outline"), so it does not read as tissue in the plane.
    static func projectedLesion(id: String, path: Path, fill: Fill, context c: FigureContext, metadata: [String: String] = [:]) -> [Node] {
        [.path(PathNode(id: id, path: path, fill: fill, opacity: 0.3, metadata: metadata)),
         .path(PathNode(id: "\(id).outline", path: path, stroke: SectionStyle.lesionStroke(c, projected: true), metadata: metadata))]
    }

    /// Pieces of one bone drawn as one silhouette: every outline first (twice as wide), then every
    /// fill, so shapes that touch or overlap merge and only the outer cortex shows.
    static func bone(id: String, parts: [(name: String, path: Path)], context c: FigureContext, fill: Color? = nil) -> Node {
        let stroke = SectionStyle.boneStroke(c)
        let wide = Stroke(color: stroke.color, width: stroke.width * 2, join: .round)
        let outlines = parts.map { Node.path(PathNode(id: "\(id).\($0.name).cortex", path: $0.path, stroke: wide)) }
        let fills = parts.map { Node.path(PathNode(id: "\(id).\($0.name)", path: $0.path, fill: .color(fill ?? c.palette.bone))) }
        return .group(GroupNode(id: id, children: outlines + fills))
    }
}
