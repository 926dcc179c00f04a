import Anatomy
import Clinical
import Diagram
import FigureStyle

/// Labels of the atlas figures: each segment named once per figure on its band — inside it when the
/// name fits (bold, haloed), else in a column beside the figure with a leader — and the ISNCSCI key
/// sensory points as dots with their root.
enum AtlasLabels {
    /// Where a segment's name goes.
    enum Placement {
        /// Inside the band: the page points where the name fits, best first, and the name's box size.
        case inside(DermatomeSegment, candidates: [Point], size: (width: Double, height: Double))
        /// In a column, with a leader to this page point inside the band.
        case leader(DermatomeSegment, Point)
    }

    /// One name per segment present in `bands` (cranial first): inside a band that holds it, the
    /// largest first, core bands only when the segment has any; a leader to the largest band otherwise.
    static func place(_ bands: [DermatomeBand], mapping: BodyFigureMapping, window: Rect, font: Font,
                      measurer: any TextMeasurer, unit: Double) -> [Placement] {
        var out: [Placement] = []
        for segment in DermatomeSegment.all {
            let mine = bands.filter { $0.segment == segment }
                .sorted { a, b in a.isEdge != b.isEdge ? !a.isEdge : (a.area != b.area ? a.area > b.area : a.region < b.region) }
            guard let best = mine.first else { continue }
            let m = measurer.metrics(of: segment.name, font: font)
            let size = (width: m.width + unit * 1.2, height: m.height + unit * 0.2)
            let w = size.width / mapping.scale, h = size.height / mapping.scale
            let inner = window.insetBy(max(w, h) * 0.6)
            // A name belongs on the root's core: edge bands carry it only when the root has no core here.
            let hosts = mine.contains { !$0.isEdge } ? mine.filter { !$0.isEdge } : mine
            let candidates = hosts.flatMap { $0.fittingCentres(width: w, height: h) }.filter { inner.contains($0) }.map(mapping.point)
            out.append(candidates.isEmpty ? .leader(segment, mapping.point(best.anchor)) : .inside(segment, candidates: candidates, size: size))
        }
        return out
    }

    /// The names of `placements` and the `extra` column labels (key points) as nodes: the column labels
    /// placed by `engine` first, then each name inside its band at the first place whose box no leader
    /// crosses (the best place when every one is crossed). `preferred` is the column for names that
    /// need a leader.
    static func nodes(_ placements: [Placement], extra: [LabelRequest], preferred: LabelSide?, engine: LabelLayout,
                      prefix: String, options: FigureOptions) -> [Node] {
        let t = options.type, palette = options.palette, nameFont = t.label.bold
        var requests: [LabelRequest] = []
        for case .leader(let segment, let p) in placements {
            requests.append(LabelRequest(id: segment.name, text: segment.name, anchor: p, preferredSide: preferred))
        }
        let placed = engine.place(requests + extra, measurer: options.measurer)
        let leaders = placed.labels.flatMap { label in zip(label.leader, label.leader.dropFirst()).map { ($0, $1) } }
        var nodes: [Node] = []
        for case .inside(let segment, let candidates, let size) in placements {
            let clear = candidates.first { c in
                let box = Rect(x: c.x - size.width / 2, y: c.y - size.height / 2, width: size.width, height: size.height)
                return !leaders.contains { Polygon.segment($0.0, $0.1, crosses: box) }
            }
            guard let at = clear ?? candidates.first else { continue }
            nodes.append(insideNode(id: "\(prefix).name.\(segment.name)", segment, at: at, font: nameFont, palette: palette, unit: t.unit))
        }
        // Names in columns use the label font; bold only for the segment names.
        return nodes + placedNodes(placed, prefix: prefix, font: t.label, boldIDs: Set(requests.map(\.id)), palette: palette, type: t)
    }

    /// The name of a segment written on its band.
    static func insideNode(id: String, _ segment: DermatomeSegment, at p: Point, font: Font, palette: Palette, unit: Double) -> Node {
        .text(TextNode(id: id, string: segment.name, position: p, anchor: .middle, baseline: .middle, font: font,
                       color: palette.ink, halo: Halo(color: .white, width: unit * 1.6)))
    }

    /// A key sensory point: a dark dot in a white ring.
    static func keyPointNodes(id: String, at p: Point, unit: Double, palette: Palette, line: Double) -> [Node] {
        let r = unit * 2.1
        return [
            .path(PathNode(id: id, path: .circle(center: p, radius: r), fill: .color(.white), stroke: Stroke(color: palette.ink, width: line * 2.2))),
            .path(PathNode(id: "\(id).dot", path: .circle(center: p, radius: r * 0.5), fill: .color(palette.ink))),
        ]
    }

    /// Leaders (with a dot at the anchor unless the label points at a key point, which has its own
    /// mark) and haloed text for placed labels.
    static func placedNodes(_ placement: LabelPlacement, prefix: String, font: Font, boldIDs: Set<String> = [], palette: Palette,
                            type t: Typography) -> [Node] {
        LeaderLabels.nodes(placement, prefix: prefix, style: LeaderStyle(
            leader: Stroke(color: palette.ink.withAlpha(0.85), width: t.line * 1.1),
            casing: Stroke(color: Color.white.withAlpha(0.8), width: t.line * 3.2, cap: .round),
            dotRadius: t.unit * 0.9, dotFill: palette.ink, dotStroke: Stroke(color: .white, width: t.line * 1.2), keyPointsUndotted: true,
            font: font, boldIDs: boldIDs, textColor: palette.ink, halo: Halo(color: .white, width: t.unit * 1.2)))
    }

    /// The key point's words: "L3 key point (medial femoral condyle)" in full, "L3 key point" in minimal.
    static func keyPointText(_ root: Root, labels: LabelMode) -> String {
        labels == .full ? "\(root.name) key point (\(BodyChartPanel.keyPointLandmark(root)))" : "\(root.name) key point"
    }
}
