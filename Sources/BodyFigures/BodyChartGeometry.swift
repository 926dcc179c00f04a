import Anatomy
import Clinical
import Diagram
import FigureStyle

/// The views of the body chart.
public enum BodyView: String, CaseIterable, Sendable, Hashable {
    /// From the front: the patient's left on the viewer's right.
    case anterior
    /// From behind: the patient's left on the viewer's left.
    case posterior
    /// The soles, tipped up as if the patient knelt facing away: drawn under the posterior view's
    /// feet, in its frame, the left sole on the viewer's left.
    case soles
}

/// The shapes of the body chart as plain data in a normalized frame: units of one head height, x to
/// the viewer's right of the figure's midline, y down from the top of the head (the standing figure
/// is 7.5 heads tall). ``BodyFigureMapping`` places a view on the page.
///
/// Every ``BodyRegion`` has a shape on both sides in at least one view; regions of one side tile the
/// limb (neighbours share their borders exactly).
public enum BodyChartGeometry {
    /// Height of the standing figure, in head heights.
    public static let height = 7.5

    /// +1 when the patient's `side` is drawn on the viewer's right in `view`, −1 on the left.
    public static func viewerSign(_ side: Side, in view: BodyView) -> Double {
        switch view {
        case .anterior: side == .left ? 1 : -1
        case .posterior, .soles: side == .left ? -1 : 1
        }
    }

    /// The regions drawn in `view`, in vocabulary order.
    public static func regions(in view: BodyView) -> [BodyRegion] {
        shapes(view).map(\.region).sorted()
    }

    /// The outline of `region` on the patient's `side` in `view`, normalized; `nil` when the region
    /// does not show in that view.
    public static func outline(of region: BodyRegion, side: Side, in view: BodyView) -> Path? {
        shape(region, side, view).map { parts in parts.reduce(into: Path()) { $0.append($1.path()) } }
    }

    /// A point well inside `region` on `side` in `view` (where its label points), normalized.
    public static func anchor(of region: BodyRegion, side: Side, in view: BodyView) -> Point? {
        guard let shape = shapes(view).first(where: { $0.region == region }) else { return nil }
        return place(shape.anchor, side, view)
    }

    /// The outline of the whole figure in `view` (for the soles, both soles), normalized.
    public static func silhouette(_ view: BodyView) -> Path { silhouetteOutlines(view).reduce(into: Path()) { $0.append($1.path()) } }

    /// Landmark lines (patella, clavicle, toe clefts, popliteal crease, scapula), normalized, open.
    public static func landmarks(_ view: BodyView) -> [Path] {
        let half: HalfFigure
        switch view {
        case .anterior: half = HalfFigures.anterior
        case .posterior: half = HalfFigures.posterior
        case .soles: return []
        }
        let midline: Path = view == .anterior
            ? Outline(HalfFigures.ellipse(center: Point(x: 0, y: 3.08), rx: 0.028, ry: 0.028)).path()
            : .line(from: Point(x: 0, y: 1.30), to: Point(x: 0, y: 2.62))
        return [midline] + Side.allCases.flatMap { side in
            half.landmarks.map { $0.mapped { place($0, side, view) }.path(closed: false) }
        }
    }

    /// The view showing `root`'s ISNCSCI key sensory point and where it lies on `side`, normalized:
    /// L1–L5 in front (upper and mid-anterior thigh, medial femoral condyle, medial malleolus, third
    /// MTP joint), S1 and S2 behind (lateral heel, popliteal fossa).
    public static func keyPoint(of root: Root, side: Side) -> (view: BodyView, point: Point) {
        if let p = HalfFigures.anterior.keyPoints[root] { return (.anterior, place(p, side, .anterior)) }
        let p: Point = HalfFigures.posterior.keyPoints[root] ?? Point(x: 0.5, y: 5.45)
        return (.posterior, place(p, side, .posterior))
    }

    /// The silhouette with `regions` (each on its side) cut out, wound against it, for clipping a soft
    /// edge so that it does not spill onto neighbours painted the same way.
    static func silhouette(_ view: BodyView, excluding regions: [(BodyRegion, Side)]) -> Path {
        let outer = silhouetteOutlines(view)
        let sign = outer.first.map { area($0) >= 0 } ?? true
        var path = outer.reduce(into: Path()) { $0.append($1.path()) }
        for (region, side) in regions {
            for part in shape(region, side, view) ?? [] {
                path.append((area(part) >= 0) == sign ? part.reversed.path() : part.path())
            }
        }
        return path
    }

    /// Signed area of a closed outline (sampled), positive when clockwise on the page.
    static func area(_ outline: Outline) -> Double {
        let p = outline.sampled()
        var sum = 0.0
        for i in p.indices {
            let a = p[i], b = p[(i + 1) % p.count]
            sum += a.x * b.y - b.x * a.y
        }
        return sum / 2
    }

    /// The box holding everything drawn in `view`, normalized.
    public static func bounds(_ view: BodyView) -> Rect {
        silhouette(view).bounds ?? Rect(x: -1, y: 0, width: 2, height: height)
    }

    // MARK: Internals

    static func shapes(_ view: BodyView) -> [RegionShape] {
        switch view {
        case .anterior: HalfFigures.anterior.regions
        case .posterior: HalfFigures.posterior.regions
        case .soles: SoleInset.regions
        }
    }

    /// The region's outline on `side` in `view`, in the normalized frame.
    static func shape(_ region: BodyRegion, _ side: Side, _ view: BodyView) -> [Outline]? {
        shapes(view).first { $0.region == region }.map { $0.parts.map { $0.mapped { place($0, side, view) } } }
    }

    /// A half-figure point (x lateral) on `side` of `view`.
    static func place(_ p: Point, _ side: Side, _ view: BodyView) -> Point {
        let sign = viewerSign(side, in: view)
        if view == .soles { return SoleInset.place(p, sign: sign) }
        return Point(x: sign * p.x, y: p.y)
    }

    static func silhouetteOutlines(_ view: BodyView) -> [Outline] {
        switch view {
        case .soles:
            return [-1.0, 1.0].flatMap { sign in SoleInset.outlines.map { $0.mapped { SoleInset.place($0, sign: sign) } } }
        case .anterior, .posterior:
            let half = Outline(view == .anterior ? HalfFigures.anterior.chain : HalfFigures.posterior.chain)
            let mirror = half.mapped { Point(x: -$0.x, y: $0.y) }.reversed
            return [Outline(half.segments + mirror.segments)]
        }
    }
}

/// Places a normalized body view on the page: `scale` points per head height, the figure's vertex
/// (top of the head, on the midline) at `origin`.
public struct BodyFigureMapping: Sendable, Hashable {
    public var scale: Double
    public var origin: Point

    public init(scale: Double, origin: Point) {
        self.scale = scale
        self.origin = origin
    }

    public func point(_ p: Point) -> Point { Point(x: origin.x + p.x * scale, y: origin.y + p.y * scale) }

    public func rect(_ r: Rect) -> Rect {
        Rect(x: origin.x + r.minX * scale, y: origin.y + r.minY * scale, width: r.width * scale, height: r.height * scale)
    }

    /// The path moved onto the page.
    public func path(_ path: Path) -> Path {
        Path(path.commands.map { command in
            switch command {
            case .move(let p): .move(to: point(p))
            case .line(let p): .line(to: point(p))
            case .cubic(let p, let c1, let c2): .cubic(to: point(p), control1: point(c1), control2: point(c2))
            case .arc(let c, let r, let a0, let a1, let d): .arc(center: point(c), radius: r * scale, startAngle: a0, endAngle: a1, direction: d)
            case .close: .close
            }
        })
    }
}
