import Anatomy
import Compression
import Diagram
import FigureStyle
import Geometry
import Pathology

/// The tissue, lesions and roots of the axial view as scene nodes (ids "axial.…").
struct AxialDrawing {
    let section: AxialSection
    let view: SectionView
    let context: FigureContext

    private var palette: Palette { context.palette }
    private var type: Typography { context.type }

    /// True for the ids of the bone this view draws (the arch, and pedicle, pars and transverse process cut by the plane).
    static func isBone(_ id: String) -> Bool { id == "axial.arch" || id.hasPrefix("axial.bone.") }

    /// Fat, sac, disc, arch, flavum, facet joints, other bone cut by the plane, then the lesions.
    func nodes() -> [Node] {
        let p = palette, t = type, s = section
        // The posterior arch, read once: drawn here, and the bone that grown bone (enlarged processes, osteophytes) joins.
        let arch = s.archOutline()
        let archRegion = arch.map { Point(x: $0.x, y: $0.y) }
        var nodes: [Node] = [
            .path(PathNode(id: "axial.fat", path: view.polygon(s.fatOutline()), fill: Fill(p.tissue(.fat)))),
        ]
        let (a, b) = s.sacSemiAxes
        // Indented from behind and the sides by a thickened flavum or hypertrophied facets: the sac they leave.
        let sacPath = s.indentedSac().map { view.polygon($0) } ?? view.ellipse(centre: s.sacCentre, a: a, b: b)
        nodes.append(.path(PathNode(id: "axial.sac", path: sacPath, fill: .color(p.dura),
                                    stroke: Stroke(color: p.duraOutline, width: t.line * 2.2), metadata: ["structure": "dural sac"])))
        if let conus = s.conus {
            nodes.append(.path(PathNode(id: "axial.conus", path: view.ellipse(centre: conus.centre, a: conus.radius, b: conus.radius),
                                        fill: .color(SagittalStyle.cord(p)), stroke: Stroke(color: p.rootOutline.withAlpha(0.7), width: t.line),
                                        metadata: ["structure": "conus medullaris"])))
        }
        for side in Side.allCases {
            guard let band = s.ligamentBand(sign: side.sign) else { continue }
            nodes.append(.path(PathNode(id: "axial.ligament.\(side.rawValue)", path: view.polygon(band), fill: .color(p.ligament),
                                        stroke: SectionStyle.ligamentStroke(context))))
        }
        nodes += discNodes()
        nodes.append(.path(PathNode(id: "axial.pll", path: view.polygon(s.pllBand()), fill: .color(p.ligament),
                                    stroke: SectionStyle.ligamentStroke(context), metadata: ["structure": "posterior longitudinal ligament"])))
        nodes.append(.path(PathNode(id: "axial.arch", path: view.polygon(arch), fill: .color(p.bone), stroke: SectionStyle.boneStroke(context))))
        nodes.append(.path(PathNode(id: "axial.flavum", path: view.polygon(s.flavumOutline()), fill: .color(p.ligament),
                                    stroke: SectionStyle.ligamentStroke(context), metadata: ["structure": "ligamentum flavum"])))
        // A hypertrophied superior articular process is the bone itself grown: drawn with the arch, under the joint line.
        nodes += enlargedProcessNodes(arch: archRegion)
        for side in Side.allCases {
            let (p0, c1, c2, p1) = s.jointCurve(sign: side.sign)
            var path = Path()
            path.move(to: view.point(p0))
            path.cubic(to: view.point(p1), control1: view.point(c1), control2: view.point(c2))
            nodes.append(.path(PathNode(id: "axial.facet.joint.\(side.rawValue)", path: path,
                                        stroke: Stroke(color: p.boneOutline, width: view.length(0.9 * s.scale), cap: .round))))
            nodes.append(.path(PathNode(id: "axial.facet.joint.\(side.rawValue).space", path: path,
                                        stroke: Stroke(color: p.fat, width: view.length(0.35 * s.scale), cap: .round))))
        }
        for (i, piece) in s.base.enumerated() where [.pedicle, .pars, .transverseProcess].contains(piece.solid.structure) {
            let outline = AxialSection.boneOutline(piece.rect, piece.solid.structure)
            nodes.append(.path(PathNode(id: "axial.bone.\(i)", path: view.polygon(outline), fill: .color(p.bone), stroke: SectionStyle.boneStroke(context),
                                        metadata: ["structure": piece.solid.structure.rawValue])))
        }
        nodes += courseNodes()
        nodes += fissureNodes()
        nodes += lesionNodes(arch: archRegion)
        if sacCovered {
            nodes.append(.path(PathNode(id: "axial.sac.outline", path: view.ellipse(centre: s.sacCentre, a: a, b: b),
                                        stroke: .dashed(color: p.duraOutline, width: t.line * 2.2, dash: t.unit * 3, gap: t.unit * 2))))
        }
        return nodes
    }

    /// True when lesion material in the plane reaches into the sac: its resting outline is then drawn
    /// dashed over the lesion.
    private var sacCovered: Bool {
        let (a, b) = section.sacSemiAxes, c = section.sacCentre
        let sac = RoundedRect(center: c, half: Vec2(a, b), rounding: min(a, b))
        // Not for tissue grown from behind (a thickened flavum): the sac it indents is what shows.
        return section.lesions.contains { piece in
            piece.offPlane == nil && piece.solid.structure != .ligamentumFlavum
                && piece.rect.signedDistance(to: c) < min(a, b) && RoundedRect.overlap(piece.rect, sac)
        }
    }

    /// The kidney-shaped disc with its nucleus and a hint of the annulus's lamellae.
    private func discNodes() -> [Node] {
        let p = palette, t = type, s = section
        let outline = s.discOutline()
        let n = s.nucleus
        var nodes: [Node] = [
            .path(PathNode(id: "axial.disc", path: view.polygon(outline), fill: Fill(p.tissue(.annulus)), stroke: SectionStyle.discStroke(context))),
        ]
        var lamellae = Path()
        for k in [0.8, 0.62] {
            lamellae.append(view.polygon(outline.map { n.centre + ($0 - n.centre) * k }))
        }
        nodes.append(.path(PathNode(id: "axial.disc.lamellae", path: lamellae, stroke: Stroke(color: p.discOutline.withAlpha(0.35), width: t.line * 1.2))))
        nodes.append(.path(PathNode(id: "axial.nucleus", path: view.ellipse(centre: n.centre, a: n.a, b: n.b), fill: .color(p.nucleus),
                                    stroke: Stroke(color: p.discOutline.withAlpha(0.5), width: t.line * 1.2))))
        return nodes
    }

    /// The annular defect an extruded or sequestered disc herniation left: a radial fissure of nucleus material
    /// from the nucleus through the annulus to where the material in the plane leaves the disc's back, so the
    /// extrusion reads as nucleus escaped through a torn annulus; a protrusion or bulge stays behind intact
    /// outer fibres and gets none (§B8, Fardon 2014: contained or not by the outer annulus). Ids
    /// "axial.fissure.<index>". Its width is a drawing convention.
    func fissureNodes() -> [Node] {
        var nodes: [Node] = []
        var done = Set<Int>()
        let s = section, n = s.nucleus
        for piece in s.lesions where piece.offPlane == nil && piece.solid.structure == .herniation {
            guard let index = piece.solid.lesions.first, !done.contains(index),
                  let finding = context.result.lesions.first(where: { $0.index == index }),
                  case .herniation(let h) = finding.lesion.kind, h.morphology.isUncontained else { continue }
            // Where the material meets the disc's back, within the part of the margin that is the model's.
            let x = max(-s.exactDiscEdge, min(s.exactDiscEdge, piece.rect.center.x))
            guard let back = s.discBack(x) else { continue }
            done.insert(index)
            let tip = Vec2(x, back)
            let dir = tip - n.centre, l = max(1e-6, dir.length)
            let u = dir * (1 / l)
            // From the nucleus's rim along the ray to the margin.
            let t = 1 / ((u.x / n.a) * (u.x / n.a) + (u.y / n.b) * (u.y / n.b)).squareRoot()
            let start = n.centre + u * (0.7 * t)
            let w = 0.9 * s.scale, normal = Vec2(-u.y, u.x)
            let band = [start + normal * w, tip + normal * (0.6 * w) + u * (0.3 * s.scale),
                        tip - normal * (0.6 * w) + u * (0.3 * s.scale), start - normal * w]
            nodes.append(.path(PathNode(id: "axial.fissure.\(index)", path: view.polygon(band), fill: .color(palette.nucleus),
                                        stroke: Stroke(color: palette.discOutline.withAlpha(0.6), width: type.line * 1.2),
                                        metadata: ["structure": "annular fissure"])))
        }
        return nodes
    }

    /// Lesion material: cut by the plane with a strong outline (disc material joined to the disc's margin),
    /// above or below it dashed and faint. Ids "axial.lesion.<index>", further pieces ".<k>". `arch`: the posterior arch
    /// in section mm (``AxialSection/archOutline()``), which an osteophyte joins.
    func lesionNodes(arch: [Point]) -> [Node] {
        var nodes: [Node] = []
        var flavumDone = Set<Int>()
        for (piece, id) in identifiedLesions() {
            let index = piece.solid.lesions.first ?? -1
            // Drawn with the bone (`enlargedProcessNodes`).
            if piece.offPlane == nil && piece.solid.structure == .facetHypertrophy { continue }
            // A thickened flavum in the plane is drawn once, as one band lining the laminae and capsules.
            if piece.offPlane == nil && piece.solid.structure == .ligamentumFlavum {
                guard !flavumDone.contains(index) else { continue }
                flavumDone.insert(index)
                let rects = section.lesions.filter { $0.offPlane == nil && $0.solid.structure == .ligamentumFlavum && $0.solid.lesions.first == index }
                    .map(\.rect)
                if let outline = section.thickenedFlavumOutline(rects) {
                    nodes += grownFromBehind(outline, id: id, fill: SectionStyle.lesionFill(piece.solid, context))
                }
                continue
            }
            nodes += lesionNodes(piece, id: id, arch: arch)
        }
        return nodes
    }

    /// Every lesion piece with its scene id: "axial.lesion.<index>", further pieces of the same lesion ".<k>".
    private func identifiedLesions() -> [(piece: AxialSection.LesionPiece, id: String)] {
        var seen: [Int: Int] = [:]
        return section.lesions.map { piece in
            let index = piece.solid.lesions.first ?? -1
            let k = seen[index, default: 0]
            seen[index] = k + 1
            return (piece, k == 0 ? "axial.lesion.\(index)" : "axial.lesion.\(index).\(k)")
        }
    }

    /// Each hypertrophied superior articular process in the plane as the bone it is (issue 11): the process's own
    /// bone grown into the recess (`AxialSection.hypertrophiedFacetOutline`), filled like the arch, its cortex drawn
    /// only where it is free — its front with the osteophytes and its medial end — not where it lies on the arch it
    /// grew from, so arch and growth read as one enlarged process. Moulded round any root it reaches. Ids are the
    /// lesion's ("axial.lesion.<index>" and ".cortex"); structure "hypertrophied facet"; the flavum's capsular part over it
    /// ".capsule" (structure "ligamentum flavum"). `arch`: the posterior arch in section mm (``AxialSection/archOutline()``).
    func enlargedProcessNodes(arch: [Point]) -> [Node] {
        var nodes: [Node] = []
        for (piece, id) in identifiedLesions() where piece.offPlane == nil && piece.solid.structure == .facetHypertrophy {
            let outline = moulded(section.hypertrophiedFacetOutline(piece.rect))
            nodes += SectionDrawing.grownBone(id: id, outline: outline, free: SectionDrawing.runs(of: outline, outside: [arch]),
                                              structure: .facetHypertrophy, view: view, context: context)
            // The flavum's capsular part lines the grown process's medial face and front, behind the recess.
            if let capsule = section.capsularFlavum(piece.rect) {
                nodes.append(.path(PathNode(id: "\(id).capsule", path: view.polygon(moulded(capsule)), fill: .color(palette.ligament),
                                            stroke: SectionStyle.ligamentStroke(context),
                                            metadata: ["structure": "ligamentum flavum", "part": "capsular"])))
            }
        }
        return nodes
    }

    private func lesionNodes(_ piece: AxialSection.LesionPiece, id: String, arch: [Point]) -> [Node] {
        var piece = piece
        piece.rect = section.drawnRect(piece)
        let fill = SectionStyle.lesionFill(piece.solid, context)
        // A pars defect: its fibrocartilage in the cleft across the pars, not the pars's whole region.
        if piece.solid.structure == .parsNodule {
            let path = view.polygon(moulded(section.parsCleftOutline(piece.rect)))
            let metadata = ["structure": Structure.parsNodule.rawValue]
            if piece.offPlane != nil {
                return SectionDrawing.projectedLesion(id: id, path: path, fill: fill, context: context, metadata: metadata)
            }
            return [.path(PathNode(id: id, path: path, fill: fill, stroke: SectionStyle.lesionStroke(context), metadata: metadata))]
        }
        if piece.offPlane != nil {
            return SectionDrawing.projectedLesion(id: id, path: view.path(piece.rect), fill: fill, context: context)
        }
        let discMaterial = piece.solid.structure == .herniation || piece.solid.structure == .discBulge
        guard discMaterial else {
            let foraminal = AxialSection.isForaminalOsteophyte(piece.solid.structure, piece.rect, pedicleWallX: section.anatomy.pedicleWallX)
            let outline = moulded(foraminal ? section.foraminalSpurOutline(piece.rect) : piece.rect.outline(steps: 8))
            // Osteophytes are bone (in the foramen, spurs off the body's rim): one bone with the arch where they lie on it,
            // their free edge outlined as a lesion.
            if piece.solid.structure == .osteophyte {
                return SectionDrawing.grownBone(id: id, outline: outline, free: SectionDrawing.runs(of: outline, outside: [arch]),
                                                structure: .osteophyte, view: view, context: context)
            }
            return [.path(PathNode(id: id, path: view.polygon(outline), fill: fill, stroke: SectionStyle.lesionStroke(context)))]
        }
        // A sequestered fragment is free: drawn whole, its front a gap behind its parent disc's bulge.
        if let y = FreeFragment.drawnY(piece.solid, in: context.result.spine) {
            let r = piece.rect
            let rect = RoundedRect(minX: r.minX, maxX: r.maxX, minY: y.lowerBound, maxY: y.upperBound,
                                   rounding: min(r.rounding, (y.upperBound - y.lowerBound) / 2))
            return [.path(PathNode(id: id, path: view.polygon(moulded(rect.outline(steps: 8))), fill: fill,
                                   stroke: SectionStyle.lesionStroke(context), metadata: ["structure": "free fragment"]))]
        }
        let (joined, free) = joinedToDisc(piece.rect)
        let outline = moulded(joined), edges = free.map { moulded($0, closed: false, reference: joined) }
        var stroke = Path()
        for edge in edges { stroke.append(view.polyline(edge)) }
        return [
            .path(PathNode(id: id, path: view.polygon(outline), fill: fill)),
            .path(PathNode(id: "\(id).outline", path: stroke, stroke: SectionStyle.lesionStroke(context))),
        ]
    }

    /// Tissue grown from the posterior wall (a thickened flavum, a hypertrophied facet), whose outline is its free
    /// front (the first half of `outline`) then its back inside the ligament or bone it grew from: filled whole,
    /// but outlined only along its front and ends, so it reads as that tissue grown forward, not a shape laid on
    /// it. Ids `id` (the fill) and "<id>.outline".
    private func grownFromBehind(_ outline: [Vec2], id: String, fill: Fill) -> [Node] {
        let shape = moulded(outline)
        let half = outline.count / 2
        let front = moulded(Array(outline.prefix(half)), closed: false, reference: outline)
        return [
            .path(PathNode(id: id, path: view.polygon(shape), fill: fill)),
            .path(PathNode(id: "\(id).outline", path: view.polyline(front), stroke: SectionStyle.lesionStroke(context))),
        ]
    }

    /// A lesion outline moulded round every root flattened against the wall by it (so no root is drawn
    /// inside lesion tissue).
    /// Every other root the outline (`reference`: the closed outline of the same lesion, for its free edges)
    /// overlaps lies beside the lesion: the outline is moulded round it too.
    private func moulded(_ outline: [Vec2], closed: Bool = true, reference: [Vec2]? = nil) -> [Vec2] {
        var points = outline
        let margin = 0.35 * section.scale
        for mark in section.roots where mark.pressed != nil {
            let p = RootSqueeze.Placement(centre: mark.centre, rx: mark.rx, ry: mark.ry, towardsLesion: mark.pressed)
            points = RootSqueeze.indent(points, around: p, margin: margin, flank: 1 * section.scale, closed: closed)
        }
        let free = section.roots.filter { $0.pressed == nil }.map { (centre: $0.centre, rx: $0.rx, ry: $0.ry) }
        for p in RootSqueeze.overlapped(by: reference ?? outline, roots: free, margin: margin) {
            points = RootSqueeze.indent(points, around: p, margin: margin, closed: closed)
        }
        return points
    }

    /// Disc material as it leaves the disc: the part of `rect` inside the drawn disc is pressed onto the
    /// disc's margin (the model's), so the material grows out of the annulus. Returns the outline and
    /// the free edges to stroke (not the base on the margin). Material lying wholly beside the disc is
    /// extended medially to meet its side.
    private func joinedToDisc(_ rect: RoundedRect) -> (outline: [Vec2], edges: [[Vec2]]) {
        let s = section, edge = s.exactDiscEdge, inset = 0.2 * s.scale
        var r = rect
        let side = s.discHalfWidth - s.discCornerRadius / 2
        if r.minX > edge { r = RoundedRect(minX: min(r.minX, side), maxX: r.maxX, minY: r.minY, maxY: r.maxY, rounding: r.rounding) }
        if r.maxX < -edge { r = RoundedRect(minX: r.minX, maxX: max(r.maxX, -side), minY: r.minY, maxY: r.maxY, rounding: r.rounding) }
        var points: [Vec2] = []
        var pressed: [Bool] = []
        for q in r.outline(steps: 8) {
            if abs(q.x) <= edge, let back = s.discBack(q.x), q.y < back - inset {
                points.append(Vec2(q.x, back - inset))
                pressed.append(true)
            } else {
                points.append(q)
                pressed.append(false)
            }
        }
        guard let start = pressed.firstIndex(of: true) else { return (points, [points + points.prefix(1)]) }
        var edges: [[Vec2]] = []
        var run: [Vec2] = []
        for step in 0...points.count {
            let i = (start + step) % points.count
            if pressed[i] {
                if !run.isEmpty { edges.append(run + [points[i]]) }
                run = []
            } else {
                if run.isEmpty { run.append(points[(i + points.count - 1) % points.count]) }
                run.append(points[i])
            }
        }
        return (points, edges)
    }

    /// Each exiting root's course from its ganglion out through the foramen (under the lesions, which
    /// may lie over it in projection): a band from the ganglion's circle to the spinal nerve's, filled in two parts by
    /// the report's grade at each end's place — the ganglion's in the foramen, up to the pedicle's lateral border
    /// (the foramen's lateral edge, §B7 zones), the spinal nerve's beyond it — so the band never shows a grade the
    /// report does not give there; then its sides in the same two parts, each dashed when its end lies above the plane
    /// (`RootMark.above`). Ids "axial.root.course.<side>.foramen" and ".extraforaminal" (fills), "axial.root.course.<side>"
    /// (the ganglion's part of the sides) and "axial.root.course.<side>.beyond" (the spinal nerve's).
    func courseNodes() -> [Node] {
        var nodes: [Node] = []
        let marks = section.roots
        for side in Side.allCases {
            let exiting = marks.filter { $0.station.side == side && ($0.station.site == .foramen || $0.station.site == .extraforaminal) }
            guard let g = exiting.first(where: { $0.station.site == .foramen }), let e = exiting.first(where: { $0.station.site == .extraforaminal }) else { continue }
            let outline = band(g, e)
            // Where the band crosses the pedicle's lateral border, as a share of the way from the ganglion (kept off the ends).
            let edge = section.anatomy.pedicleWallX + section.anatomy.upper.pedicleWidth
            let dx = abs(e.centre.x) - abs(g.centre.x)
            let t = dx > 1e-6 ? max(0.2, min(0.8, (edge - abs(g.centre.x)) / dx)) : 0.5
            let (a0, a1, b1, b0) = (outline[0], outline[1], outline[2], outline[3])
            let m0 = a0 + (a1 - a0) * t, m1 = b0 + (b1 - b0) * t
            // No root metadata: the circles at the band's ends are the root's places the report grades (`rootNodes`).
            for (mark, part) in [(g, [a0, m0, m1, b0]), (e, [m0, a1, b1, m1])] {
                nodes.append(.path(PathNode(id: "axial.root.course.\(side.rawValue).\(mark.station.site.rawValue)", path: view.polygon(part),
                                            fill: Fill(palette.gradePaint(mark.grade)))))
            }
            // The outline's sides, each half dashed where its end's place lies above the plane: the ganglion under the
            // pedicle above an axial section through the disc, its course drawn over the superior process, reads as
            // projected, not as a nerve lying on that bone (issue 11 review: 05's and 14's L4). The ends lie inside the
            // circles, which are drawn over them.
            for (mark, part, suffix) in [(g, [(a0, m0), (b0, m1)], ""), (e, [(m0, a1), (m1, b1)], ".beyond")] {
                var path = Path()
                for (from, to) in part { path.move(to: view.point(from)); path.line(to: view.point(to)) }
                nodes.append(.path(PathNode(id: "axial.root.course.\(side.rawValue)\(suffix)", path: path,
                                            stroke: Components.rootStroke(context: context, dashed: mark.above))))
            }
        }
        return nodes
    }

    /// The roots: every root
    /// as a circle of its radius at its station (the roots in the sac where `SacRootLayout` put them),
    /// filled by its grade.
    func rootNodes(ids: [RootStation: String]) -> [Node] {
        var nodes: [Node] = []
        let marks = section.roots
        let order: [(AxialSection.RootMark) -> Bool] = [
            { $0.station.root == nil }, { $0.station.intrathecal && $0.station.root != nil },
            { $0.station.site == .lateralRecess }, { $0.station.site == .extraforaminal }, { $0.station.site == .foramen },
        ]
        for matches in order {
            for mark in marks where matches(mark) {
                let id = ids[mark.station] ?? "axial.root.\(mark.station.site.rawValue).\(mark.station.side.rawValue)"
                var metadata = SectionDrawing.rootMetadata(mark.station, grade: mark.grade, pressed: mark.pressed != nil, quiz: context.options.isQuiz, scale: context.result.spine.spine.options.scale)
                // A root above the plane (`RootMark.above`) is outlined dashed, as projected lesions are.
                if mark.above { metadata["plane"] = "above" }
                nodes.append(Components.root(id: id, path: view.ellipse(centre: mark.centre, a: mark.rx, b: mark.ry), grade: mark.grade,
                                             context: context, metadata: metadata, dashed: mark.above))
            }
        }
        return nodes
    }

    /// The outline of a root running from circle `a` to circle `b` (their outer tangents).
    private func band(_ a: AxialSection.RootMark, _ b: AxialSection.RootMark) -> [Vec2] {
        let d = b.centre - a.centre, l = max(1e-6, d.length)
        let n = Vec2(-d.y / l, d.x / l)
        let ra = min(a.rx, a.ry, a.station.radius) * 0.8, rb = b.station.radius * 0.8
        return [a.centre + n * ra, b.centre + n * rb, b.centre - n * rb, a.centre - n * ra]
    }
}

extension RoundedRect {
    /// True when the bounding boxes of `a` and `b` overlap.
    static func overlap(_ a: RoundedRect, _ b: RoundedRect) -> Bool {
        a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
    }
}
