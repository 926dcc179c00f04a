import Anatomy
import Clinical
import Compression
import Diagram
import FigureStyle

extension BodyChartPanel {
    /// One view: skin, the pain map clipped to the skin, region borders, the knee outlined, landmarks,
    /// the silhouette on top.
    func figureNodes(_ view: BodyView, mapping: BodyFigureMapping, map: PainMapIndex, underlay: Bool = true,
                     context: FigureContext) -> [Node] {
        let palette = context.palette, t = context.type
        let prefix = "body.\(view.rawValue)"
        let silhouette = mapping.path(BodyChartGeometry.silhouette(view))
        var nodes: [Node] = [.path(PathNode(id: "\(prefix).skin", path: silhouette, fill: .color(palette.skin)))]
        if underlay { nodes += underlayNodes(view, mapping: mapping, context: context) }

        var shading: [Node] = []
        for side in Side.allCases {
            for region in BodyChartGeometry.regions(in: view) {
                guard let outline = BodyChartGeometry.outline(of: region, side: side, in: view) else { continue }
                let path = mapping.path(outline)
                for entry in map.entries(region, side) {
                    let id = "\(prefix).\(side.rawValue).\(region.rawValue).\(entry.kind.rawValue)"
                    let fill = Fill(palette.pain(entry.kind, intensity: entry.intensity))
                    // The pain map's values, for the editable SVG (data-region, data-side, data-kind, data-intensity).
                    let metadata = ["region": region.rawValue, "side": side.rawValue, "kind": entry.kind.rawValue,
                                    "intensity": String((entry.intensity * 100).rounded() / 100), "view": view.rawValue]
                    guard entry.kind == .somaticReferred else {
                        shading.append(.path(PathNode(id: id, path: path, fill: fill, metadata: metadata)))
                        continue
                    }
                    // The soft edge fades over the skin around, but not over a neighbour washed too.
                    let washed = Side.allCases.flatMap { s in map.regions(kind: .somaticReferred, side: s).map { ($0, s) } }
                        .filter { $0 != (region, side) }
                    let node = Node.path(PathNode(id: id, path: path, fill: fill, softEdge: mapping.scale * 0.12, metadata: metadata))
                    if washed.isEmpty {
                        shading.append(node)
                    } else {
                        let clip = mapping.path(BodyChartGeometry.silhouette(view, excluding: washed))
                        shading.append(.group(GroupNode(id: "\(id).edge", children: [node], clip: clip)))
                    }
                }
            }
        }
        if !shading.isEmpty {
            nodes.append(.group(GroupNode(id: "\(prefix).pain", children: shading, clip: silhouette)))
        }

        var borders: [Node] = [], knees: [Node] = []
        let thin = Stroke(color: palette.regionLine, width: t.line * 0.7)
        let knee = Stroke(color: palette.mutedInk, width: t.line * 1.3, dash: [t.unit * 1.6, t.unit * 1.0])
        for side in Side.allCases {
            for region in BodyChartGeometry.regions(in: view) {
                guard let outline = BodyChartGeometry.outline(of: region, side: side, in: view) else { continue }
                let node = Node.path(PathNode(id: "\(prefix).\(side.rawValue).\(region.rawValue)", path: mapping.path(outline),
                                              stroke: region.isKnee ? knee : thin))
                if region.isKnee { knees.append(node) } else { borders.append(node) }
            }
        }
        nodes += borders + knees
        nodes += complaintNodes(view, mapping: mapping, context: context)
        // The cauda equina red flag: the saddle (S3–S5) is what to examine first, so it is the most
        // conspicuous area of the chart — outlined strongly on both sides.
        if view == .posterior && Self.saddleFlagged(context.result) {
            for side in Side.allCases {
                guard let outline = BodyChartGeometry.outline(of: .perineum, side: side, in: view) else { continue }
                let path = mapping.path(outline)
                // White under a dense stipple (numbness at its strongest), a white halo and a thick dark outline:
                // it stands out from the red of the radicular pain around it, in colour and in grey.
                nodes.append(.path(PathNode(id: "\(prefix).\(side.rawValue).saddle.halo", path: path,
                                            stroke: Stroke(color: .white, width: t.line * 5, join: .round))))
                nodes.append(.path(PathNode(id: "\(prefix).\(side.rawValue).saddle.fill", path: path, fill: .color(.white))))
                nodes.append(.path(PathNode(id: "\(prefix).\(side.rawValue).saddle.numb", path: path,
                                            fill: Fill(palette.pain(.numbness, intensity: 1)))))
                nodes.append(.path(PathNode(id: "\(prefix).\(side.rawValue).saddle", path: path,
                                            stroke: Stroke(color: palette.ink, width: t.line * 2.4, join: .round))))
            }
        }
        let landmark = Stroke(color: palette.mutedInk.withAlpha(0.7), width: t.line * 0.8, cap: .round)
        for (i, line) in BodyChartGeometry.landmarks(view).enumerated() {
            nodes.append(.path(PathNode(id: "\(prefix).landmark.\(i)", path: mapping.path(line), stroke: landmark)))
        }
        nodes.append(.path(PathNode(id: "\(prefix).outline", path: silhouette,
                                    stroke: Stroke(color: palette.ink.withAlpha(0.85), width: t.line * 1.6))))
        return nodes
    }

    /// The complaint no root explains (``FigureContext/unexplainedComplaint``): each region cross-hatched
    /// (``Palette/unexplainedComplaint(unit:)``) with a dark outline, so that the chart shows where the patient says it
    /// hurts even when the pain map, which comes from the roots, is empty there. Ids
    /// "body.<view>.<side>.<region>.complaint" (".outline" for its edge).
    func complaintNodes(_ view: BodyView, mapping: BodyFigureMapping, context: FigureContext) -> [Node] {
        let palette = context.palette, t = context.type
        var nodes: [Node] = []
        for complaint in context.unexplainedComplaint {
            guard let outline = BodyChartGeometry.outline(of: complaint.region, side: complaint.side, in: view) else { continue }
            let id = "body.\(view.rawValue).\(complaint.side.rawValue).\(complaint.region.rawValue).complaint"
            let path = mapping.path(outline)
            nodes.append(.path(PathNode(id: id, path: path, fill: Fill(palette.unexplainedComplaint(unit: t.unit)),
                                        metadata: ["region": complaint.region.rawValue, "side": complaint.side.rawValue,
                                                   "layer": "complaint-unexplained", "view": view.rawValue])))
            nodes.append(.path(PathNode(id: "\(id).outline", path: path, stroke: Stroke(color: palette.ink, width: t.line * 1.8, join: .round))))
        }
        return nodes
    }

    /// The chosen atlas's dermatomes, faint, under the pain map: each region split into its segments'
    /// bands as on the atlas plate (``DermatomeBands``), in the roots' identity colours
    /// (``Palette/faintDermatome(_:unit:)``), so that the student sees which dermatome the pain sits in.
    /// Not on a quiz figure (`labels: none`, ``showsUnderlay(_:width:)``): the underlay and its legend
    /// would name the dermatome the student is asked to find.
    func underlayNodes(_ view: BodyView, mapping: BodyFigureMapping, context: FigureContext) -> [Node] {
        let palette = context.palette, atlas = context.result.input.atlas
        let prefix = "body.\(view.rawValue).underlay"
        var groups: [Node] = []
        for side in Side.allCases {
            var byRegion: [(BodyRegion, [DermatomeBand])] = []
            for band in DermatomeBands.bands(atlas, view: view, side: side) {
                if let last = byRegion.last, last.0 == band.region { byRegion[byRegion.count - 1].1.append(band) } else {
                    byRegion.append((band.region, [band]))
                }
            }
            for (region, bands) in byRegion {
                guard let outline = bands.first?.outline else { continue }
                let id = "\(prefix).\(side.rawValue).\(region.rawValue)"
                let children: [Node] = bands.map { band in
                    .path(PathNode(id: "\(id).\(band.segment.idKey)", path: mapping.path(.polygon(band.polygon)),
                                   fill: Fill(palette.faintDermatome(band.segment, unit: context.type.unit)),
                                   metadata: ["root": band.segment.name, "region": region.rawValue, "side": side.rawValue, "layer": "underlay"]))
                }
                groups.append(.group(GroupNode(id: id, children: children, clip: mapping.path(outline))))
            }
        }
        return groups.isEmpty ? [] : [.group(GroupNode(id: prefix, children: groups, clip: mapping.path(BodyChartGeometry.silhouette(view))))]
    }

    /// True when the chart carries the dermatome underlay: every label mode but `none`, in a frame
    /// `width` wide enough for the legend's pain and marks to share one row (a narrow frame has no room
    /// for the underlay's legend row, and an underlay without its key would not say which root is which).
    static func showsUnderlay(_ context: FigureContext, width: Double) -> Bool {
        context.options.labels != .none && !legendWraps(width: width, context: context)
    }

    /// The key sensory points of the hurt roots: a white ring, with a dark centre where the simulation
    /// expects the point to be reduced (a ring alone where the root is only touched).
    func keyPointNodes(layout: BodyChartLayout, context: FigureContext) -> [Node] {
        let palette = context.palette, t = context.type
        let reduced = Set(context.result.clinical.sensory.map { "\($0.root.name).\($0.side.rawValue)" })
        var nodes: [Node] = []
        for finding in keyPointRoots(context.result) {
            let (view, p) = BodyChartGeometry.keyPoint(of: finding.root, side: finding.side)
            let mapping = view == .anterior ? layout.anterior : layout.posterior
            let centre = mapping.point(p)
            let key = "\(finding.root.name).\(finding.side.rawValue)"
            let filled = reduced.contains(key)
            guard filled || showsNormalKeyPoints else { continue }
            let r = min(t.unit * 2.3, mapping.scale * 0.07)
            nodes.append(.path(PathNode(id: "body.keypoint.\(key)", path: .circle(center: centre, radius: r), fill: .color(.white),
                                        stroke: Stroke(color: palette.ink, width: t.line * 2.2))))
            if filled {
                nodes.append(.path(PathNode(id: "body.keypoint.\(key).reduced", path: .circle(center: centre, radius: r * 0.45),
                                            fill: .color(palette.ink))))
            }
        }
        // With the cauda equina red flag, the saddle's ISNCSCI points: S3 (ischial tuberosity) on each side and
        // S4–5 (perianal), both expected reduced.
        if Self.saddleFlagged(context.result) {
            let r = min(t.unit * 2.3, layout.posterior.scale * 0.07)
            for (key, centre) in Self.saddleKeyPoints(layout.posterior) {
                nodes.append(.path(PathNode(id: "body.keypoint.\(key)", path: .circle(center: centre, radius: r), fill: .color(.white),
                                            stroke: Stroke(color: palette.ink, width: t.line * 2.2))))
                nodes.append(.path(PathNode(id: "body.keypoint.\(key).reduced", path: .circle(center: centre, radius: r * 0.45),
                                            fill: .color(palette.ink))))
            }
        }
        return nodes
    }

    /// True when the simulation raises the cauda equina (or conus) red flag: the saddle is then drawn
    /// first among equals.
    static func saddleFlagged(_ result: SimulationResult) -> Bool {
        result.redFlags.contains { $0.kind == .caudaEquinaSyndrome || $0.kind == .conusMedullaris }
    }

    /// The saddle's key points on the posterior view (page points): "S3.left", "S3.right", "S4-5".
    static func saddleKeyPoints(_ mapping: BodyFigureMapping) -> [(String, Point)] {
        Side.allCases.map { side in
            ("S3.\(side.rawValue)", mapping.point(BodyChartGeometry.place(HalfFigures.s3KeyPoint, side, .posterior)))
        } + [("S4-5", mapping.point(BodyChartGeometry.place(HalfFigures.s45KeyPoint, .left, .posterior)))]
    }

    /// Roots with grade ≥ 1, each side once, cranial first.
    func keyPointRoots(_ result: SimulationResult) -> [RootFinding] {
        result.roots.filter { $0.grade > .normal }
    }
}
