import Diagram
import FigureStyle

/// A shape of the sagittal drawing in figure millimetres, before the page mapping is known.
struct SketchShape: Sendable {
    var id: String
    var points: [PlanePoint]
    var closed: Bool
    var fill: Fill?
    var stroke: Stroke?
    /// When set, the stroke's width in millimetres (a band drawn to scale) instead of points.
    var strokeMillimetres: Double?
    var opacity: Double = 1
    /// Model values for the editable SVG (see `PathNode.metadata`).
    var metadata: [String: String] = [:]

    init(id: String, points: [PlanePoint], closed: Bool = true, fill: Fill? = nil, stroke: Stroke? = nil,
         strokeMillimetres: Double? = nil, opacity: Double = 1, metadata: [String: String] = [:]) {
        self.id = id
        self.points = points
        self.closed = closed
        self.fill = fill
        self.stroke = stroke
        self.strokeMillimetres = strokeMillimetres
        self.opacity = opacity
        self.metadata = metadata
    }
}

/// The sagittal drawing in figure millimetres: shapes and groups, drawn in order.
indirect enum SketchNode: Sendable {
    case shape(SketchShape)
    case group(id: String, children: [SketchNode], opacity: Double)

    /// Every point of the drawing, for its bounds.
    var points: [PlanePoint] {
        switch self {
        case .shape(let s): s.points
        case .group(_, let children, _): children.flatMap(\.points)
        }
    }

    /// The scene node, through `mapping` (mm → page points).
    func node(_ mapping: ModelMapping) -> Node {
        switch self {
        case .group(let id, let children, let opacity):
            return .group(GroupNode(id: id, children: children.map { $0.node(mapping) }, opacity: opacity))
        case .shape(let s):
            let page = s.points.map { mapping.point($0.u, $0.v) }
            var stroke = s.stroke
            if let mm = s.strokeMillimetres { stroke?.width = mapping.length(mm) }
            return .path(PathNode(id: s.id, path: s.closed ? .polygon(page) : .polyline(page), fill: s.fill,
                                  stroke: stroke, opacity: s.opacity, metadata: s.metadata))
        }
    }
}

extension Array where Element == SketchNode {
    /// The bounding box of every point, in figure mm (u range, v range); nil when empty.
    var bounds: (u: ClosedRange<Double>, v: ClosedRange<Double>)? {
        let all = flatMap(\.points)
        guard let first = all.first else { return nil }
        var u0 = first.u, u1 = first.u, v0 = first.v, v1 = first.v
        for p in all {
            u0 = Swift.min(u0, p.u); u1 = Swift.max(u1, p.u)
            v0 = Swift.min(v0, p.v); v1 = Swift.max(v1, p.v)
        }
        return (u0...u1, v0...v1)
    }
}
