import Diagram
import FigureStyle
import Geometry
import Pathology

/// Bone grown as a lesion — a hypertrophied superior articular process, an osteophyte — drawn the same way in every
/// section view (issue 11): filled as the bone it grew from, its cortex only where it is free (not where it lies on the
/// bone it grew from, so the two read as one enlarged bone), and along that free edge the lesion's outline under the
/// cortex, as every lesion is outlined. In bone's line alone the growth read as normal bone.
extension SectionDrawing {
    /// The nodes of one grown piece of bone: "<id>.outline" (the lesion's stroke, twice as wide, under the bone, so
    /// its outer half shows; no metadata: it is the lesion's mark, not a structure), "<id>" (the bone fill, structure
    /// `structure`) and "<id>.cortex" (bone's stroke along the free runs). `outline` and `free` are in section mm.
    static func grownBone(id: String, outline: [Vec2], free: [[Vec2]], structure: Structure, view: SectionView,
                          context: FigureContext) -> [Node] {
        let metadata = ["structure": structure.rawValue]
        var cortex = Path()
        for run in free { cortex.append(view.polyline(run)) }
        var edge = SectionStyle.lesionStroke(context)
        edge.width *= 2
        edge.join = .round
        edge.cap = .round
        var stroke = SectionStyle.boneStroke(context)
        stroke.join = .round
        return [
            .path(PathNode(id: "\(id).outline", path: cortex, stroke: edge)),
            .path(PathNode(id: id, path: view.polygon(outline), fill: .color(context.palette.bone), metadata: metadata)),
            .path(PathNode(id: "\(id).cortex", path: cortex, stroke: stroke, metadata: metadata)),
        ]
    }

    /// The runs of the closed outline `polygon` lying outside every one of `regions` (closed outlines), each an open
    /// polyline: its edges whose midpoints lie outside them all, joined where they follow one another. The whole outline,
    /// closed, when no edge lies inside; none when every edge does. Edges are first cut into pieces no longer than
    /// `piece` (section mm), so a long edge that leaves a region is split where it does (to within that length).
    static func runs(of outline: [Vec2], outside regions: [[Point]], piece: Double = 0.25) -> [[Vec2]] {
        var polygon: [Vec2] = []
        for i in outline.indices {
            let a = outline[i], b = outline[(i + 1) % outline.count]
            let k = max(1, Int(((b - a).length / piece).rounded(.up)))
            for j in 0..<k { polygon.append(a + (b - a) * (Double(j) / Double(k))) }
        }
        let n = polygon.count
        guard n > 1 else { return [] }
        let free = (0..<n).map { i -> Bool in
            let m = (polygon[i] + polygon[(i + 1) % n]) * 0.5
            return !regions.contains { Polygons.contains($0, Point(x: m.x, y: m.y)) }
        }
        guard let start = free.firstIndex(of: false) else { return [polygon + [polygon[0]]] }
        var runs: [[Vec2]] = [], run: [Vec2] = []
        for step in 1...n {
            let i = (start + step) % n
            if free[i] {
                if run.isEmpty { run.append(polygon[i]) }
                run.append(polygon[(i + 1) % n])
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }
}
