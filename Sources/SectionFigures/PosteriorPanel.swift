import Anatomy
import Clinical
import Compression
import Diagram
import FigureStyle
import Geometry
import Pathology

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The canal opened from behind (issue 11): a coronal view of L1–S1 seen from the patient's back with the
/// laminae, facets and ligamenta flava removed — the plate that teaches traversing against exiting roots.
/// The posterior faces of the L1–L5 bodies and the discs, their pedicles cut at their roots (ovals, named), the upper
/// sacrum (S1 as its top segment, with its alae, the sacral canal and the first and second sacral foramina: `PosteriorSacrum`), the
/// dural sac, and every root from the sac down: each lumbar root leaves the sac above the disc it crosses (traversing),
/// runs down the lateral recess and exits under the pedicle of its own vertebra (L4 under L4's pedicle, through the
/// L4–L5 foramen), its ganglion under the pedicle; S1 runs on down the sacral canal and leaves through the first sacral
/// foramen, its ganglion there; S2 leaves the sac just above its end and goes out through the second sacral foramen. Everything is drawn to scale from the model (stations'
/// global x and z, `Morphometry` widths, the levels' heights); the lumbar curve is straightened, as in the
/// model. Lesions are drawn in place; roots are coloured piece by piece by the report's grade there.
///
/// Node ids: "posterior.body.L4", "posterior.disc.L4-L5", "posterior.pedicle.L4.left", "posterior.sac",
/// "posterior.sacrum", "posterior.sacrum.foramen.S1.left", "posterior.root.L5.left" (outline) with pieces "posterior.root.L5.left.<station>.<level>" and
/// ".ganglion", "posterior.lesion.0.part.1", labels "posterior.label.<what>".
public struct PosteriorPanel: Panel {
    public init() {}

    public func title(_ context: FigureContext) -> String { "Canal opened from behind, laminae removed" }

    /// A tall drawing (a straight column): a squarer page lets it fill more of the width.
    public var preferredAspect: Double { 1.0 }

    public func altText(_ context: FigureContext) -> String {
        "Posterior view of the lumbar canal from L1 to the sacrum with the laminae removed, drawn to scale: the dural sac, the pedicles, "
            + "and each root leaving the sac, crossing the disc below it and exiting under its own pedicle (the L4 root under L4's pedicle "
            + "through the L4–L5 foramen, the L5 root crossing the L4–L5 disc); the S1 root runs down the sacral canal and leaves through "
            + "the first sacral foramen, the S2 root leaves the sac near its end and passes out through the second sacral foramen."
    }

    public func caption(_ context: FigureContext) -> String {
        "Coronal view from behind with the laminae, ligamenta flava and normal facets removed; the patient's left is on the viewer's left, "
            + "superior up, drawn to scale (10 mm bar) from the model with the lumbar curve straightened. Pedicles are cut at their "
            + "roots (ovals); S1 is the top of the sacrum, which has none: its root leaves through the first sacral foramen, S2's through the second. Roots are coloured by the report's grade at each place along them; soft lesions in front of the sac are dashed; bony lesions (osteophytes, enlarged facets with their marginal osteophytes) are drawn as bone."
    }

    /// The solids a leader keeps clear of but for its target: each pedicle, the sac, each root (its outline).
    static func isSolid(_ id: String) -> String? {
        if id.hasPrefix("posterior.pedicle.") || id == "posterior.sac" { return id }
        // "posterior.root.L5.left", not its pieces.
        return id.hasPrefix("posterior.root.") && id.split(separator: ".").count == 4 ? id : nil
    }

    /// The height of the strip under the drawing with the compass, the scale bar and the key, points.
    static func keyHeight(_ t: Typography) -> Double { t.small.size * 4.2 }

    /// The height at which the drawing spans the width its label columns leave (``SagittalPanel/widthScale(_:labels:width:oneColumn:context:)``).
    public func fillingHeight(width: Double, context: FigureContext) -> Double? {
        let drawing = PosteriorDrawing(result: context.result, style: SagittalStyle(context))
        guard let bounds = drawing.layers().bounds else { return nil }
        let labels = context.options.labels == .none ? [] : drawing.labels(full: context.options.labels == .full, quiz: context.options.isQuiz)
        let probe = Rect(x: 0, y: 0, width: width, height: 10 * width)
        let (_, rest) = Components.panelTitle(id: "posterior", title(context), in: probe, context: context)
        let both = SagittalPanel.widthScale(bounds, labels: labels, width: width, oneColumn: false, context: context)
        let one = SagittalPanel.widthScale(bounds, labels: labels, width: width, oneColumn: true, context: context)
        let scale = SagittalPanel.floor * one.scale > both.scale ? one.scale : both.scale
        let dv = max(1e-6, bounds.v.upperBound - bounds.v.lowerBound)
        return (rest.minY - probe.minY + dv * scale + context.type.gap + Self.keyHeight(context.type)).rounded(.up)
    }

    /// The key's words: the viewpoint, the pedicles (L1–L5) and the first and second sacral foramina (S1 has no pedicles to cut); how lesions are drawn only when `drawn` has some — soft ones in
    /// front of the sac dashed, osteophytes and enlarged facets as bone, each named only when drawn (not in a quiz:
    /// the word would name its lesion).
    static func keyText(_ drawn: [Node], quiz: Bool) -> String {
        func group(_ id: String, in nodes: [Node]) -> [Node]? {
            for node in nodes {
                guard case .group(let g) = node else { continue }
                if g.id == id { return g.children }
                if let found = group(id, in: g.children) { return found }
            }
            return nil
        }
        var text = "Seen from behind: the patient's left is on your left. Ovals: pedicles, cut. Holes in the sacrum: first and second sacral foramina."
        if !(group("posterior.lesions.front", in: drawn) ?? []).isEmpty { text += " Dashed: soft lesion in front of the sac." }
        let bones = (group("posterior.lesions.bone", in: drawn) ?? []) + (group("posterior.lesions.facets", in: drawn) ?? [])
        let bone = Set(bones.compactMap { node -> String? in
            if case .path(let p) = node { return p.metadata["structure"] }
            return nil
        })
        let names = [(Structure.osteophyte.rawValue, "osteophytes"), (Structure.facetHypertrophy.rawValue, "enlarged facets")]
            .filter { bone.contains($0.0) }.map(\.1)
        if !names.isEmpty && !quiz {
            let words = names.joined(separator: " and ")
            text += " " + words.prefix(1).uppercased() + words.dropFirst() + " drawn as bone."
            if bone.contains(Structure.facetHypertrophy.rawValue) { text += " Dashed root: passes under the enlarged facet." }
        }
        return text
    }

    /// The model point (x: patient's left positive, z up) as figure mm: the viewer's right is the patient's right.
    static func plane(_ x: Double, _ z: Double) -> PlanePoint { PlanePoint(-x, z) }

    public func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        let (titleNodes, rest) = Components.panelTitle(id: "posterior", title(context), in: frame, context: context)
        let t = context.type
        let drawing = PosteriorDrawing(result: context.result, style: SagittalStyle(context))
        let shapes = drawing.layers()
        guard let bounds = shapes.bounds else { return titleNodes }
        let keyHeight = Self.keyHeight(t)
        let body = Rect(x: rest.minX, y: rest.minY, width: rest.width, height: max(1, rest.height - keyHeight - t.gap))
        let strip = Rect(x: rest.minX, y: rest.maxY - keyHeight, width: rest.width, height: keyHeight)
        let labels = context.options.labels == .none ? [] : drawing.labels(full: context.options.labels == .full, quiz: context.options.isQuiz)
        let mapping = SagittalPanel.mapping(bounds, labels: labels, in: body, context: context)
        let drawn = shapes.map { $0.node(mapping) }
        let c1 = mapping.point(bounds.u.lowerBound, bounds.v.upperBound), c2 = mapping.point(bounds.u.upperBound, bounds.v.lowerBound)
        let drawingRect = Rect(x: c1.x, y: c1.y, width: c2.x - c1.x, height: c2.y - c1.y)
        let layout = SagittalPanel.layout(context, drawing: body)
        // Leaders that would cross a pedicle, the sac or a root other than their own become numbered call-outs.
        let placed = SagittalPanel.labelNodes(
            labels.map { LabelRequest(id: $0.id, text: $0.text, anchor: mapping.point($0.anchor.u, $0.anchor.v), preferredSide: $0.side) },
            drawing: drawingRect, body: body, prefix: "posterior", drawn: drawn, isSolid: Self.isSolid,
            keepsClear: { $0.hasPrefix("posterior.root.") || $0.hasPrefix("posterior.pedicle.") },
            // The call-outs' key does not widen over the sacrum's alae (call-outs may still stand on the bone).
            keyClear: { $0 == "posterior.sacrum" }, layout: layout, context: context)
        // Vertebra names inside the pedicles (not in a quiz: they would tell the levels).
        var names: [Node] = []
        if !context.options.isQuiz && context.options.labels != .none {
            for (name, centre) in drawing.pedicleCentres() {
                let p = mapping.point(centre.u, centre.v)
                names.append(.text(TextNode(id: "posterior.name.\(name.id)", string: name.text, position: p, anchor: .middle, baseline: .middle,
                                            font: t.small.bold, color: context.palette.ink)))
            }
        }
        let side = t.small.size * 4.2
        let square = Rect(x: strip.minX, y: strip.midY - side / 2, width: side, height: side)
        var key = Components.orientation(id: "posterior", in: square, left: "L", right: "R", top: "S", bottom: "I", context: context)
        key += Components.scaleBar(id: "posterior", at: Point(x: square.maxX + t.gap * 3, y: square.maxY - t.small.size * 1.2), mapping: mapping,
                                   context: context)
        let textX = square.maxX + t.gap * 6 + max(mapping.length(10), t.unit * 40)
        key.append(.text(TextNode(id: "posterior.key.text", string: Self.keyText(drawn, quiz: context.options.isQuiz),
                                  position: Point(x: textX, y: strip.midY), anchor: .start, baseline: .middle, font: t.small,
                                  color: context.palette.ink, maxWidth: max(10, strip.maxX - textX))))
        return titleNodes + [
            .group(GroupNode(id: "posterior.drawing", children: drawn)),
            .group(GroupNode(id: "posterior.names", children: names)),
            .group(GroupNode(id: "posterior.labels", children: placed)),
            .group(GroupNode(id: "posterior.key", children: key)),
        ]
    }
}

/// The posterior view's shapes in figure mm (u = −x: the patient's right to the page's right; v = z up).
struct PosteriorDrawing {
    let result: SimulationResult
    let style: SagittalStyle
    var spine: DeformedSpine { result.spine }
    var scale: Double { spine.spine.options.scale }

    /// Straight-model z of a vertebra's body: bottom and top of its posterior face.
    func bodyRange(_ v: Vertebra) -> (bottom: Double, top: Double) {
        let below = DiscLevel.allCases.first { $0.upper == v }, above = DiscLevel.allCases.first { $0.lower == v }
        let h = Morphometry.vertebra(v).posteriorHeight * scale
        if let below {
            let bottom = spine[below].baseZ + spine[below].discHeight
            return (bottom, above.map { spine[$0].baseZ } ?? bottom + h)
        }
        let top = above.map { spine[$0].baseZ } ?? 0
        return (top - h, top)
    }

    /// A lumbar vertebra's pedicle (L1–L5: S1 is drawn as the sacrum, with no pedicles to cut): centre x (left side),
    /// width, and its bottom and top z, mm. Under the pedicle's lower margin is the roof of the foramen below
    /// (`LevelState.roofZ`). Nil for S1, which has none to cut.
    func pedicle(_ v: Vertebra) -> (x: Double, width: Double, bottom: Double, top: Double)? {
        guard let below = DiscLevel.allCases.first(where: { $0.upper == v }) else { return nil }
        let m = Morphometry.vertebra(v)
        let w = m.pedicleWidth * scale, h = m.pedicleHeight * scale
        let s = spine[below]
        let bottom = s.baseZ + s.roofZ
        return (s.anatomy.pedicleWallX + w / 2, w, bottom, bottom + h)
    }

    /// Where each vertebra is named: in its cut pedicles, and S1 (which has none) on the sacrum's lateral masses.
    func pedicleCentres() -> [(name: (id: String, text: String), centre: PlanePoint)] {
        Vertebra.allCases.flatMap { v -> [(name: (id: String, text: String), centre: PlanePoint)] in
            let (x, z) = pedicle(v).map { ($0.x, ($0.bottom + $0.top) / 2) } ?? sacralNameCentre()
            return Side.allCases.map { side in ((id: "\(v.name).\(side.rawValue)", text: v.name), PosteriorPanel.plane(side.sign * x, z)) }
        }
    }

    /// Back to front: bodies and discs, pedicles, the sac, lesions in front of the sac (seen through it),
    /// lesions behind it, the roots.
    func layers() -> [SketchNode] {
        var skeleton: [SketchNode] = []
        for level in DiscLevel.allCases {
            let s = spine[level]
            let w = s.anatomy.lower.endplateWidth * scale / 2
            let bottom = s.baseZ, top = s.baseZ + s.discHeight
            let points = SagittalShapes.rounded([PosteriorPanel.plane(w, bottom), PosteriorPanel.plane(-w, bottom),
                                                 PosteriorPanel.plane(-w - 0.8, top), PosteriorPanel.plane(w + 0.8, top)], radius: 1)
            skeleton.append(.shape(SketchShape(id: "posterior.disc.\(level.name)", points: points, fill: Fill(style.palette.tissue(.annulus)),
                                               stroke: style.discStroke, metadata: ["structure": "disc", "level": level.name])))
        }
        // S1 is the top of the sacrum (`sacrumNodes`), not a body with pedicles.
        for v in Vertebra.allCases where v != .S1 {
            let r = bodyRange(v), w = Morphometry.vertebra(v).endplateWidth * scale / 2
            // The posterior face is waisted at mid-height (as in the sagittal drawing, about 1.3 mm).
            var outline: [PlanePoint] = []
            for k in 0...10 {
                let t = Double(k) / 10, z = r.bottom + (r.top - r.bottom) * t
                outline.append(PosteriorPanel.plane(w - 1.3 * 4 * t * (1 - t), z))
            }
            for k in 0...10 {
                let t = Double(k) / 10, z = r.top - (r.top - r.bottom) * t
                outline.append(PosteriorPanel.plane(-w + 1.3 * 4 * t * (1 - t), z))
            }
            skeleton.append(.shape(SketchShape(id: "posterior.body.\(v.name)", points: SagittalShapes.rounded(outline, radius: 1.5),
                                               fill: .color(style.palette.bone), stroke: style.boneStroke,
                                               metadata: ["structure": "vertebral body", "vertebra": v.name])))
        }
        skeleton += sacrumNodes()
        var pedicles: [SketchNode] = []
        for v in Vertebra.allCases {
            guard let p = pedicle(v) else { continue }
            for side in Side.allCases {
                let c = PosteriorPanel.plane(side.sign * p.x, (p.bottom + p.top) / 2)
                let oval = SagittalShapes.ellipse(centre: c, along: (p.top - p.bottom) / 2, across: p.width / 2, angle: .pi / 2)
                pedicles.append(.shape(SketchShape(id: "posterior.pedicle.\(v.name).\(side.rawValue)", points: oval, fill: .color(style.palette.cancellous),
                                                   stroke: style.boneStroke, metadata: ["structure": "pedicle", "vertebra": v.name, "side": side.rawValue])))
            }
        }
        let (front, back, bone, facets) = lesionNodes()
        let roots = Side.allCases.flatMap { side in Root.allCases.flatMap { rootNodes($0, side) } }
        return [
            .group(id: "posterior.skeleton", children: skeleton, opacity: 1),
            .group(id: "posterior.pedicles", children: pedicles, opacity: 1),
            .group(id: "posterior.neural", children: [sac()] + caudaLines() + [cord()], opacity: 1),
            // In front of the sac, but what the figure is about: seen through it, translucent and dashed.
            .group(id: "posterior.lesions.front", children: front, opacity: 0.55),
            // Osteophytes: bone grown from the bodies' rims, opaque like the bodies (under the roots they press).
            .group(id: "posterior.lesions.bone", children: bone, opacity: 1),
            // Behind the sac (flavum, cyst): under the roots, so that the root they press is seen against them.
            .group(id: "posterior.lesions.back", children: back, opacity: 1),
            .group(id: "posterior.roots", children: roots, opacity: 1),
            // The first and second sacral foramina's lateral rims: the S1 and S2 roots pass under them out of the canal.
            .group(id: "posterior.sacrum.rims", children: foramenRims(), opacity: 1),
            // Enlarged articular processes lie dorsolateral to the sac and the root sleeves: seen from behind (laminae
            // removed) their medial margins overhang the lateral recess, over the roots they press. Drawn over the roots;
            // each root that passes under one is traced over the bone in a dashed line, as an atlas shows a structure behind
            // another. (Both groups empty where there is no enlarged facet.)
            .group(id: "posterior.lesions.facets", children: facets, opacity: 1),
            .group(id: "posterior.hidden", children: Self.hiddenOutlines(roots, under: facets, dash: style.line), opacity: 1),
        ]
    }

    /// Dashed traces ("posterior.hidden.root.L5.left.0", ".1", …) of the root outlines in `roots` where they pass under a
    /// shape of `covers`: each run of the outline inside a cover's box (0.5 mm larger), as an open line.
    static func hiddenOutlines(_ roots: [SketchNode], under covers: [SketchNode], dash line: Double) -> [SketchNode] {
        let boxes = covers.compactMap { node -> (u: ClosedRange<Double>, v: ClosedRange<Double>)? in
            guard case .shape(let s) = node, s.fill != nil, let u0 = s.points.map(\.u).min(), let u1 = s.points.map(\.u).max(),
                  let v0 = s.points.map(\.v).min(), let v1 = s.points.map(\.v).max() else { return nil }
            return ((u0 - 0.5)...(u1 + 0.5), (v0 - 0.5)...(v1 + 0.5))
        }
        func covered(_ p: PlanePoint) -> Bool { boxes.contains { $0.u.contains(p.u) && $0.v.contains(p.v) } }
        return roots.flatMap { node -> [SketchNode] in
            guard case .shape(let s) = node, s.fill == nil, let stroke = s.stroke, s.id.split(separator: ".").count == 4,
                  !s.points.isEmpty else { return [] }
            // Start the ring at an uncovered point so that no run wraps round its end.
            guard let start = s.points.firstIndex(where: { !covered($0) }) else { return [] }
            let ring = Array(s.points[start...] + s.points[..<start]) + [s.points[start]]
            var runs: [[PlanePoint]] = [], run: [PlanePoint] = []
            for p in ring {
                if covered(p) { run.append(p) } else if !run.isEmpty { runs.append(run); run = [] }
            }
            var dashed = stroke
            dashed.dash = [line * 3.5, line * 2.5]
            let id = "posterior.hidden." + s.id.dropFirst("posterior.".count)
            return runs.filter { $0.count > 1 }.enumerated().map { k, points in
                .shape(SketchShape(id: "\(id).\(k)", points: points, closed: false, stroke: dashed,
                                   metadata: ["structure": "nerve root under bone"]))
            }
        }
    }

    /// Height of the sac's top (the top of L1) and end (upper S2, 8 mm below S1's posterior face, as drawn
    /// in the sagittal), and of the conus tip (mid L1–L2 disc).
    var sacTop: Double { bodyRange(.L1).top + 2 }
    var sacEnd: Double { bodyRange(.S1).bottom - 8 }
    var conusTip: Double { AxialSection.conusTipZ(spine) }

    /// The sac's half-width at height z: the model's `sacHalfWidth` of the nearest disc level, tapering to
    /// its end in the sacrum.
    func sacHalfWidth(_ z: Double) -> Double {
        let level = DiscLevel.allCases.min { abs(spine[$0].baseZ - z) < abs(spine[$1].baseZ - z) } ?? .L4L5
        let w = spine[level].anatomy.segment.sacHalfWidth * scale
        let s1 = spine[.L5S1].baseZ
        if z < s1 { return max(0.8, w * min(1, ((z - sacEnd) / max(1, s1 - sacEnd)).squareRoot())) }
        return w
    }

    func sac() -> SketchNode {
        var left: [PlanePoint] = [], right: [PlanePoint] = []
        var z = sacTop
        while z >= sacEnd {
            let w = sacHalfWidth(z)
            left.append(PosteriorPanel.plane(w, z))
            right.append(PosteriorPanel.plane(-w, z))
            z -= 1
        }
        return .shape(SketchShape(id: "posterior.sac", points: left + right.reversed(), fill: .color(style.palette.dura), stroke: style.duraStroke,
                                  metadata: ["structure": "dural sac"]))
    }

    func cord() -> SketchNode {
        var left: [PlanePoint] = [], right: [PlanePoint] = []
        var z = sacTop
        let taper = 18.0
        while z >= conusTip {
            let w = min(sacHalfWidth(z) - 1, 4.5 * (z < conusTip + taper ? ((z - conusTip) / taper).squareRoot() : 1))
            left.append(PosteriorPanel.plane(w, z))
            right.append(PosteriorPanel.plane(-w, z))
            z -= 0.5
        }
        return .shape(SketchShape(id: "posterior.cord", points: left + [PosteriorPanel.plane(0, conusTip)] + right.reversed(),
                                  fill: .color(style.cord), stroke: style.cordStroke, metadata: ["structure": "conus medullaris"]))
    }

    /// The S3–S5 roots in the middle of the sac as fine lines, from the conus to the sac's end (the S2 roots are drawn as
    /// roots, `rootNodes`, leaving the sac for the second sacral foramina). Each line is cut at the levels and stroked in the
    /// report's in-sac grade there (the sac's crowding). Ids keep their places' numbers ("posterior.cauda.1.L4-L5", ".2.").
    func caudaLines() -> [SketchNode] {
        var out: [SketchNode] = []
        let lines: [(f: Double, root: Root?, side: Side?)] = [(-0.12, nil, nil), (0.12, nil, nil)]
        func levelAt(_ z: Double) -> DiscLevel {
            DiscLevel.allCases.min { abs(spine[$0].baseZ + spine[$0].discHeight / 2 - z) < abs(spine[$1].baseZ + spine[$1].discHeight / 2 - z) } ?? .L4L5
        }
        for (k, line) in lines.enumerated() {
            let i = k + 1
            var runs: [(level: DiscLevel, points: [PlanePoint])] = []
            var z = conusTip + 2
            while z >= sacEnd + 2 {
                let level = levelAt(z), p = PosteriorPanel.plane(-line.f * sacHalfWidth(z), z)
                if runs.last?.level != level {
                    if let last = runs.last?.points.last { runs.append((level, [last])) } else { runs.append((level, [])) }
                }
                runs[runs.count - 1].points.append(p)
                z -= 1
            }
            for run in runs where run.points.count > 1 {
                let g: RootGrade
                if let root = line.root, let side = line.side {
                    g = grade(root, side, .inSac, run.level)
                } else {
                    g = result.roots.flatMap(\.stations).filter { $0.site == .inSac && $0.level == run.level && $0.crowded }.map(\.grade).max() ?? .normal
                }
                var metadata = Components.rootMetadata(root: line.root?.name ?? "S3-S5", side: line.side?.rawValue ?? "both", grade: g,
                                                       quiz: style.palette.neutralGrades)
                metadata["station"] = StationSite.inSac.rawValue
                metadata["level"] = run.level.name
                metadata["intrathecal"] = "true"
                out.append(.shape(SketchShape(id: "posterior.cauda.\(i).\(run.level.name)", points: run.points, closed: false,
                                              stroke: style.caudaStroke(g), metadata: metadata)))
            }
        }
        return out
    }

    /// One point of a root's course: model x and z, radius, and the report's place.
    struct Point3 {
        var x: Double
        var z: Double
        var radius: Double
        var place: StationSite?
        var level: DiscLevel?
        /// Where a root's sleeve leaves the sac when that is not at its last station in the sac (S2, near the sac's end).
        var leavesSac = false
    }

    /// The course of `root` on `side` from the model's stations, top to bottom: in the sac (from the conus),
    /// its take-off above the disc it crosses, down the lateral recess, under its pedicle and out. S1 goes on
    /// down the sacral canal and out through the first sacral foramen, which the model does not follow (drawn ungraded);
    /// S2 stays in the sac (the model's stations there) until just above its end, then leaves it and goes down the sacral
    /// canal and out through the second sacral foramen (drawn ungraded).
    func course(_ root: Root, _ side: Side) -> [Point3] {
        let stations = spine.spine.stations.filter { $0.root == root && $0.side == side }
        var points = stations.map { st -> Point3 in
            let c = spine.centre(of: st)
            return Point3(x: c.x, z: c.z, radius: st.ganglion ? st.radius : st.radius, place: StationSite(st, scale: scale), level: st.level)
        }.sorted { $0.z > $1.z }
        guard var first = points.first else { return [] }
        if root == .L1 {
            // L1 has no station in the sac: it leaves the cord's end above its pedicle.
            first = Point3(x: side.sign * 0.6 * sacHalfWidth(first.z + 12), z: first.z + 12, radius: first.radius, place: nil, level: nil)
            points.insert(first, at: 0)
        } else {
            points.insert(Point3(x: first.x * 0.6, z: conusTip + 1, radius: first.radius, place: first.place, level: first.level), at: 0)
        }
        if root == .S2 {
            // The model's last S2 stations lie in the sac where the drawing tapers it to its end in the sacrum: each is held
            // inside the drawn sac (its centre a drawn root's radius and 0.3 mm in from the dura).
            points = points.map { p in
                guard p.place == .inSac else { return p }
                var q = p
                q.x = (p.x < 0 ? -1 : 1) * min(abs(p.x), max(0, sacHalfWidth(p.z) - 0.7 * p.radius - 0.3 * scale))
                return q
            }
        }
        if root == .S1 || root == .S2, let last = points.last {
            // Down the sacral canal and out through the first (S1) or second (S2) sacral foramen (`sacralCourse`; no model
            // stations there).
            points += sacralCourse(root, from: last, side)
        }
        return points
    }

    /// Centre-line samples between two stations of a root's course.
    static let samples = 8

    /// A root's drawn centre line (figure mm) through its course's points `control`: the spline through them, ``samples``
    /// a stretch (course point i is sample i × ``samples``), relaxed a little (ends held) so that its tightest turns — where
    /// the root leaves the recess for its foramen — are rounder than the root is wide: the tube's inner edge then has no
    /// fold or kink.
    static func centreLine(_ control: [PlanePoint]) -> [PlanePoint] {
        var centre = SagittalShapes.smooth(control, samples: samples)
        for _ in 0..<6 where centre.count > 2 {
            centre = centre.indices.map { i in
                i == 0 || i == centre.count - 1 ? centre[i] : (centre[i - 1] + centre[i] * 2 + centre[i + 1]) * 0.25
            }
        }
        return centre
    }

    func grade(_ root: Root, _ side: Side, _ place: StationSite?, _ level: DiscLevel?) -> RootGrade {
        guard let place, let level else { return .normal }
        return result.finding(root, side)?.stations.first { $0.site == place && $0.level == level }?.grade ?? .normal
    }

    /// One root: pieces coloured by the report's grade at each station, its outline, and its ganglion.
    func rootNodes(_ root: Root, _ side: Side) -> [SketchNode] {
        let course = course(root, side)
        guard course.count > 1 else { return [] }
        let id = "posterior.root.\(root.name).\(side.rawValue)"
        let samples = Self.samples
        let control = course.map { PosteriorPanel.plane($0.x, $0.z) }
        let centre = Self.centreLine(control)
        var radii: [Double] = []
        for i in 0..<(course.count - 1) {
            for k in 0..<samples {
                let t = Double(k) / Double(samples)
                radii.append(course[i].radius * (1 - t) + course[i + 1].radius * t)
            }
        }
        radii.append(course.last?.radius ?? 1)
        let quiz = style.palette.neutralGrades
        var pieces: [(RootGrade, Int, SketchNode)] = []
        var used: [String: Int] = [:]
        var paleIndices: Set<Int> = []
        // The last point in the sac: the root's sleeve leaves it after this one.
        // (S2's sleeve leaves the sac below its last station there, where its course marks it: `sacralCourse`.)
        let departure = course.lastIndex(where: \.leavesSac)
            ?? course.lastIndex { $0.place == .inSac || $0.place == nil && $0.z > conusTip - 1 } ?? 0
        // Inside the sac the root is seen through the dura, thinner (70 %) than its sleeve outside: the width grows
        // smoothly over the stretch where the sleeve leaves, so the root has no step there.
        let sleeve = departure * samples
        let drawnRadii = radii.enumerated().map { k, r -> Double in
            let f = k <= sleeve ? 0.7 : k >= sleeve + samples ? 1 : 0.7 + 0.3 * Double(k - sleeve) / Double(samples)
            return r * f
        }
        for (i, p) in course.enumerated() {
            let g = grade(root, side, p.place, p.level)
            let lo = max(0, i * samples - samples / 2), hi = min(centre.count - 1, i * samples + samples / 2)
            guard hi > lo else { continue }
            let (metadata, name) = RootPiece.describe(root: root, side: side, grade: g, quiz: quiz, place: p.place, level: p.level)
            let n = used[name, default: 0]
            used[name] = n + 1
            // Inside the sac the root is seen through the dura: paler than its sleeve outside. Pieces share the whole
            // course's normals and widths, so they join edge to edge.
            let inSac = p.place == .inSac && i < departure
            // One sample past its end, under the next piece, so no seam shows between them.
            let outline = SagittalShapes.tubePiece(centre, radii: drawnRadii, range: lo...min(centre.count - 1, hi + 1))
            pieces.append((g, i, .shape(SketchShape(id: "\(id).\(name)" + (n > 0 ? ".\(n)" : ""), points: outline,
                                                    fill: Fill(style.palette.gradePaint(g)), metadata: metadata))))
            if inSac && g == .normal { paleIndices.insert(i) }
        }
        // Unhurt pieces in the sac are seen through the dura: pale, as one group so their overlaps do not show.
        let sorted = pieces.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var out: [SketchNode] = [.group(id: "\(id).intrathecal", children: sorted.filter { paleIndices.contains($0.1) }.map(\.2), opacity: 0.6)]
        out += sorted.filter { !paleIndices.contains($0.1) }.map(\.2)
        let worst = result.finding(root, side)?.grade ?? .normal
        // The outline of the root from where its sleeve leaves the sac.
        let from = max(0, departure * samples - samples / 2)
        if from < centre.count - 1 {
            out.append(.shape(SketchShape(id: id, points: SagittalShapes.tubePiece(centre, radii: drawnRadii, range: from...(centre.count - 1), roundStart: true),
                                          stroke: style.rootStroke,
                                          metadata: Components.rootMetadata(root: root.name, side: side.rawValue, grade: worst, quiz: quiz))))
        }
        if let k = course.firstIndex(where: { $0.place == .foramen }) ?? (root == .S1 || root == .S2 ? course.count - 2 : nil) {
            let p = course[k]
            let g = grade(root, side, p.place, p.level)
            let r = result.spine.spine.ganglionRadius(root, side)
            var metadata = Components.rootMetadata(root: root.name, side: side.rawValue, grade: g, quiz: quiz)
            metadata["station"] = p.place?.rawValue ?? "unmodelled"
            if let level = p.level { metadata["level"] = level.name }
            let before = control[max(0, k - 1)], after = control[min(control.count - 1, k + 1)]
            let angle = atan2((after - before).v, (after - before).u)
            out.append(.shape(SketchShape(id: "\(id).ganglion", points: SagittalShapes.ellipse(centre: control[k], along: 1.4 * r, across: r, angle: angle),
                                          fill: Fill(style.palette.gradePaint(g)), stroke: style.rootStroke, metadata: metadata)))
        }
        return out
    }

    /// Lesion material (herniation, bulge, thickened flavum, hypertrophied facet, cyst) projected onto the coronal plane:
    /// parts in front of the sac's centre dashed under it, parts behind over it; osteophytes as bone (`bone`).
    func lesionNodes() -> (front: [SketchNode], back: [SketchNode], bone: [SketchNode], facets: [SketchNode]) {
        var front: [SketchNode] = [], back: [SketchNode] = [], bone: [SketchNode] = [], facets: [SketchNode] = []
        let lesionStyle = SagittalLesions(map: CanalMap(skeleton: SagittalSkeleton(spine: spine)), spine: spine, style: style)
        let (joined, within) = Self.joinedFlavumBands(spine.solids)
        for (k, solid) in spine.solids.enumerated() where !solid.lesions.isEmpty && SacProfile.isLesion(solid) && !within.contains(k) {
            let b = joined[k] ?? solid.box, state = spine[solid.level]
            let index = solid.lesions.first ?? 0
            // A foraminal osteophyte is bone: spurs from the body's rim, filled and outlined as bone (`osteophyteSpurs`).
            if solid.structure == .osteophyte {
                let points = Self.osteophyteSpurs(b).map { PosteriorPanel.plane($0.x, $0.z) }
                bone.append(.shape(SketchShape(id: "posterior.lesion.\(index).part.\(k)", points: points, fill: .color(style.palette.bone),
                                               stroke: style.boneStroke, metadata: ["structure": solid.structure.rawValue, "lesion": String(index)])))
                continue
            }
            // A hypertrophied facet is bone too: the enlarged articular processes, their medial margin set with
            // osteophytes growing into the lateral recess (`hypertrophiedFacet`), opaque; outlined as a lesion (not as the
            // body it overlaps) over a casing of the page's colour, so it stands off the body behind it.
            if solid.structure == .facetHypertrophy {
                let id = "posterior.lesion.\(index).part.\(k)", metadata = ["structure": solid.structure.rawValue, "lesion": String(index)]
                let points = Self.hypertrophiedFacet(b, scale: scale).map { PosteriorPanel.plane($0.x, $0.z) }
                let casing = Stroke(color: style.palette.background, width: style.lesionStroke.width * 2.6, join: .round)
                facets.append(.shape(SketchShape(id: "\(id).casing", points: points, stroke: casing)))
                facets.append(.shape(SketchShape(id: id, points: points, fill: .color(style.palette.bone), stroke: Self.facetStroke(style),
                                                 metadata: metadata)))
                continue
            }
            let p = [PosteriorPanel.plane(b.max.x, b.min.z), PosteriorPanel.plane(b.min.x, b.min.z),
                     PosteriorPanel.plane(b.min.x, b.max.z), PosteriorPanel.plane(b.max.x, b.max.z)]
            let outline = SagittalShapes.rounded(p, radius: min(b.rounding, (b.max.x - b.min.x) / 2, (b.max.z - b.min.z) / 2))
            // Only disc material lies in front of the sac (§A5: the disc and body bound the canal in front, the articular
            // processes behind); a thickened flavum or a synovial cyst lies behind it even
            // where the model's box reaches forward past the sac's centre, so it is never drawn (or keyed) as in front.
            let inFront = Self.liesInFront(solid.structure) && (b.min.y + b.max.y) / 2 < state.anatomy.sacCenterY
            var stroke = style.lesionStroke
            if inFront { stroke.dash = [style.line * 4, style.line * 2.5] }
            let node = SketchNode.shape(SketchShape(id: "posterior.lesion.\(index).part.\(k)", points: outline, fill: lesionStyle.paint(solid),
                                                    stroke: stroke, opacity: inFront ? 1 : 0.8,
                                                    metadata: ["structure": solid.structure.rawValue, "lesion": String(index)]))
            if inFront { front.append(node) } else { back.append(node) }
        }
        return (front, back, bone, facets)
    }

    /// A thickened flavum is modelled as side-by-side bands of one height (deeper beside the capsules than at the midline,
    /// ``Stenosis``'s two leaves); seen from behind they are one sheet of ligament. Bands of one lesion, level and height
    /// whose widths overlap are drawn as one: `joined` maps the first band's index to the box spanning them all, and
    /// `within` holds the others' indices (not drawn). Bands that do not overlap stay apart.
    static func joinedFlavumBands(_ solids: [Solid]) -> (joined: [Int: Box], within: Set<Int>) {
        /// What the bands of one sheet share: their lesion, level and height (mm, exactly: the bands are cut at one height).
        struct Sheet: Hashable { var lesion: Int, level: DiscLevel, bottom: Double, top: Double }
        var groups: [Sheet: [Int]] = [:], order: [Sheet] = []
        for (k, solid) in solids.enumerated() where solid.structure == .ligamentumFlavum && !solid.lesions.isEmpty {
            let key = Sheet(lesion: solid.lesions.first ?? -1, level: solid.level, bottom: solid.box.min.z, top: solid.box.max.z)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(k)
        }
        var joined: [Int: Box] = [:], within = Set<Int>()
        for key in order {
            guard let members = groups[key], members.count > 1 else { continue }
            let byX = members.sorted { solids[$0].box.min.x < solids[$1].box.min.x }
            var reach = solids[byX[0]].box.max.x, connected = true
            for k in byX.dropFirst() {
                if solids[k].box.min.x > reach + 1e-9 { connected = false; break }
                reach = max(reach, solids[k].box.max.x)
            }
            guard connected else { continue }
            var box = solids[members[0]].box
            for k in members.dropFirst() {
                let b = solids[k].box
                box.min = Vec3(min(box.min.x, b.min.x), min(box.min.y, b.min.y), box.min.z)
                box.max = Vec3(max(box.max.x, b.max.x), max(box.max.y, b.max.y), box.max.z)
                box.rounding = max(box.rounding, b.rounding)
                within.insert(k)
            }
            joined[members[0]] = box
        }
        return (joined, within)
    }

    /// Whether lesion tissue of this kind can lie in front of the sac: disc material (a herniation, a bulge) from the front of
    /// the canal, not the flavum, a facet, a synovial cyst or the pars's fibrocartilage behind it. (Osteophytes are drawn as
    /// bone, apart.)
    static func liesInFront(_ structure: Structure) -> Bool {
        switch structure {
        case .herniation, .discBulge, .disc, .vertebralBody, .osteophyte: true
        case .lamina, .facet, .pedicle, .pars, .transverseProcess, .intertransverseLigament, .ligamentumFlavum, .facetHypertrophy,
             .synovialCyst, .parsNodule: false
        }
    }

    /// The outline of an enlarged facet: the lesion outline's colour and width, round-joined (the bodies' is the bone's).
    static func facetStroke(_ style: SagittalStyle) -> Stroke {
        var stroke = style.lesionStroke
        stroke.join = .round
        return stroke
    }

    /// Labels: the lesions and the hurt roots (grade; S2 as well, from its finding like the others: it is drawn as a root
    /// from the sac to its foramen), and in full mode every root named at its ganglion, the sac and the conus.
    func labels(full: Bool, quiz: Bool) -> [SagittalLabel] {
        guard !quiz else { return [] }
        var out: [SagittalLabel] = []
        for finding in result.lesions {
            let parts = spine.solids.filter { $0.lesions.contains(finding.index) && SacProfile.isLesion($0) }
            guard let big = parts.max(by: { ($0.box.max.x - $0.box.min.x) * ($0.box.max.z - $0.box.min.z) < ($1.box.max.x - $1.box.min.x) * ($1.box.max.z - $1.box.min.z) })
            else { continue }
            let x = (big.box.min.x + big.box.max.x) / 2, z = (big.box.min.z + big.box.max.z) / 2
            out.append(SagittalLabel(id: "lesion.\(finding.index)", text: SagittalText.lesionLabel(finding.lesion), anchor: PosteriorPanel.plane(x, z),
                                     side: x > 0 ? .left : .right))
        }
        let bundle = bundleAnchors()
        for finding in result.roots where finding.grade > .normal {
            let id = "root.\(finding.root.name).\(finding.side.rawValue)"
            let text = "\(finding.side.rawValue.capitalized) \(finding.root.name) — \(finding.grade.state) (grade \(finding.grade.rawValue))"
            if let anchor = bundle["\(finding.root.name).\(finding.side.rawValue)"] {
                // One of several roots pressed together in the sac: on its own stretch of the bundle (``bundleAnchors()``).
                out.append(SagittalLabel(id: id, text: text, anchor: anchor, side: finding.side == .left ? .left : .right))
                continue
            }
            let place = finding.stations.max { $0.grade < $1.grade }
            let c = course(finding.root, finding.side)
            guard let k = c.firstIndex(where: { $0.place == place?.site && $0.level == place?.level }) ?? (c.isEmpty ? nil : 0) else { continue }
            var anchor = PosteriorPanel.plane(c[k].x, c[k].z)
            // A lesion's leader runs level from its anchor to its column, on the lesion's side: a root's anchor level with the
            // lesion's (within two of the root's radii, mm) and out towards that column would lie under that leader, and the
            // root's call-out could only stand on it. The root is then named a little further down its own course, halfway to
            // its next station.
            let lesions = out.filter { $0.id.hasPrefix("lesion.") }.map(\.anchor)
            if k + 1 < c.count, lesions.contains(where: { l in abs(l.v - anchor.v) < 2 * c[k].radius && (l.u - anchor.u) * (l.u < 0 ? 1 : -1) > 0 }) {
                anchor = PosteriorPanel.plane((c[k].x + c[k + 1].x) / 2, (c[k].z + c[k + 1].z) / 2)
            }
            out.append(SagittalLabel(id: id, text: text, anchor: anchor, side: finding.side == .left ? .left : .right))
        }
        guard full else { return out }
        for side in Side.allCases {
            for root in Root.allCases {
                let c = course(root, side)
                guard let k = c.firstIndex(where: { $0.place == .foramen }) ?? (root == .S1 || root == .S2 ? c.count - 2 : nil), k >= 0 else { continue }
                out.append(SagittalLabel(id: "exit.\(root.name).\(side.rawValue)", text: "\(root.name) root", anchor: PosteriorPanel.plane(c[k].x, c[k].z),
                                         side: side == .left ? .left : .right))
            }
        }
        out.append(SagittalLabel(id: "sac", text: "Dural sac", anchor: PosteriorPanel.plane(-sacHalfWidth(spine[.L2L3].baseZ) * 0.7, spine[.L2L3].baseZ - 8),
                                 side: .right))
        out.append(SagittalLabel(id: "conus", text: "Conus medullaris", anchor: PosteriorPanel.plane(0, conusTip + 4), side: .right))
        return out
    }
}
