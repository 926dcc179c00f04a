import Anatomy
import Clinical
import Diagram
import FigureStyle

/// One body-chart view cropped to a window and painted with the dermatomes of one atlas: the body
/// chart's own shapes (``BodyChartGeometry``), each region filled by its segments' bands
/// (``DermatomeBands``), region borders, the knee outlined, landmarks and the silhouette, all clipped
/// to the window; where the window cuts the body (the waist, mid-thigh) the drawing fades out.
///
/// Ids: "<prefix>.<view>.<side>.<region>" for a region's group, ".<segment>" under it for a band
/// (".edge" added for the edge hatching over it), "<prefix>.<view>.outline" for the silhouette.
struct AtlasBodyDrawing {
    var atlas: Atlas
    var view: BodyView
    /// The part of the normalized frame shown (head heights).
    var window: Rect
    var mapping: BodyFigureMapping
    /// The sides drawn (both for a whole figure, one for a close-up of one leg).
    var sides: [Side] = Side.allCases
    /// Which window edges cut through the body and fade out.
    var fadeTop = true
    var fadeBottom = false

    /// The window's box on the page.
    var box: Rect { mapping.rect(window) }

    /// Places `window` with its top-left corner at `topLeft`, `scale` points per head height.
    static func mapping(window: Rect, topLeft: Point, scale: Double) -> BodyFigureMapping {
        BodyFigureMapping(scale: scale, origin: Point(x: topLeft.x - window.minX * scale, y: topLeft.y - window.minY * scale))
    }

    /// The views drawn together in one figure: the posterior view carries the soles.
    var views: [BodyView] { view == .posterior ? [.posterior, .soles] : [view] }

    /// The bands of every drawn view and side whose middle shows in the window.
    func bands() -> [DermatomeBand] {
        views.flatMap { v in sides.flatMap { DermatomeBands.bands(atlas, view: v, side: $0) } }
            .filter { window.contains($0.anchor) }
    }

    func nodes(prefix: String, palette: Palette, type t: Typography) -> [Node] {
        var inner: [Node] = []
        for v in views {
            let silhouette = mapping.path(BodyChartGeometry.silhouette(v))
            let id = "\(prefix).\(v.rawValue)"
            inner.append(.path(PathNode(id: "\(id).skin", path: silhouette, fill: .color(palette.skin))))
            inner += bandNodes(v, prefix: id, palette: palette, type: t)
            inner += lineNodes(v, prefix: id, palette: palette, type: t)
            inner.append(.path(PathNode(id: "\(id).outline", path: silhouette,
                                        stroke: Stroke(color: palette.ink.withAlpha(0.85), width: t.line * 1.6))))
        }
        var nodes: [Node] = [.group(GroupNode(id: "\(prefix).\(view.rawValue).window", children: inner, clip: .rectangle(box)))]
        nodes += fadeNodes(prefix: "\(prefix).\(view.rawValue)", palette: palette)
        return nodes
    }

    /// Each region's bands, clipped to the region, with white edge hatching over the edge shares.
    func bandNodes(_ v: BodyView, prefix: String, palette: Palette, type t: Typography) -> [Node] {
        var nodes: [Node] = []
        for side in sides {
            var byRegion: [(BodyRegion, [DermatomeBand])] = []
            for band in DermatomeBands.bands(atlas, view: v, side: side) {
                if let last = byRegion.last, last.0 == band.region { byRegion[byRegion.count - 1].1.append(band) } else {
                    byRegion.append((band.region, [band]))
                }
            }
            for (region, bands) in byRegion {
                let id = "\(prefix).\(side.rawValue).\(region.rawValue)"
                var children: [Node] = []
                for band in bands {
                    let path = mapping.path(.polygon(band.polygon))
                    children.append(.path(PathNode(id: "\(id).\(band.segment.name)", path: path, fill: Fill(palette.dermatome(band.segment)),
                                                   metadata: ["root": band.segment.name, "region": region.rawValue, "side": side.rawValue])))
                    if band.isEdge {
                        children.append(.path(PathNode(id: "\(id).\(band.segment.name).edge", path: path, fill: Fill(palette.dermatomeEdge(unit: t.unit)))))
                    }
                }
                guard let outline = bands.first?.outline else { continue }
                nodes.append(.group(GroupNode(id: id, children: children, clip: mapping.path(outline))))
            }
        }
        return nodes
    }

    /// Region borders, the knee's dashed outline, landmark lines.
    func lineNodes(_ v: BodyView, prefix: String, palette: Palette, type t: Typography) -> [Node] {
        var borders: [Node] = [], knees: [Node] = []
        let thin = Stroke(color: palette.regionLine, width: t.line * 0.7)
        let knee = Stroke(color: palette.ink.withAlpha(0.75), width: t.line * 1.3, dash: [t.unit * 1.6, t.unit * 1.0])
        for side in sides {
            for region in BodyChartGeometry.regions(in: v) {
                guard let outline = BodyChartGeometry.outline(of: region, side: side, in: v) else { continue }
                let node = Node.path(PathNode(id: "\(prefix).\(side.rawValue).\(region.rawValue).border", path: mapping.path(outline),
                                              stroke: region.isKnee ? knee : thin))
                if region.isKnee { knees.append(node) } else { borders.append(node) }
            }
        }
        let landmark = Stroke(color: palette.mutedInk.withAlpha(0.7), width: t.line * 0.8, cap: .round)
        let lines = BodyChartGeometry.landmarks(v).enumerated().map { i, line in
            Node.path(PathNode(id: "\(prefix).landmark.\(i)", path: mapping.path(line), stroke: landmark))
        }
        return borders + knees + lines
    }

    /// White fades over the window's cut edges, so the body seems to continue beyond them.
    func fadeNodes(prefix: String, palette: Palette) -> [Node] {
        let b = box, depth = min(mapping.scale * 0.35, b.height * 0.15)
        var nodes: [Node] = []
        let bg = palette.background
        if fadeTop {
            let r = Rect(x: b.minX - 1, y: b.minY - 1, width: b.width + 2, height: depth + 1)
            nodes.append(.path(PathNode(id: "\(prefix).fade.top", path: .rectangle(r), fill: Fill(.linearGradient(LinearGradient(
                start: Point(x: r.minX, y: r.minY), end: Point(x: r.minX, y: r.maxY),
                stops: [GradientStop(offset: 0, color: bg), GradientStop(offset: 1, color: bg.withAlpha(0))]))))))
        }
        if fadeBottom {
            let r = Rect(x: b.minX - 1, y: b.maxY - depth, width: b.width + 2, height: depth + 1)
            nodes.append(.path(PathNode(id: "\(prefix).fade.bottom", path: .rectangle(r), fill: Fill(.linearGradient(LinearGradient(
                start: Point(x: r.minX, y: r.maxY), end: Point(x: r.minX, y: r.minY),
                stops: [GradientStop(offset: 0, color: bg), GradientStop(offset: 1, color: bg.withAlpha(0))]))))))
        }
        return nodes
    }
}
