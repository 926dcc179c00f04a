import Anatomy
import Diagram
import FigureStyle
import Geometry
import Pathology

/// The tissue, lesions and root of the foramen view as scene nodes (ids "foramen.…").
struct ForamenDrawing {
    let section: ForamenSection
    let view: SectionView
    let context: FigureContext

    private var palette: Palette { context.palette }

    /// Fat, the two vertebrae (each one silhouette: body, pedicle, articular processes), the disc, the
    /// facet joint, then the lesions.
    func nodes() -> [Node] {
        let p = palette, s = section
        let bones = Bones(s)
        var nodes: [Node] = []
        if let fat = s.fatRect {
            nodes.append(.path(PathNode(id: "foramen.fat", path: view.path(fat), fill: Fill(p.tissue(.fat)))))
        }
        // A hypertrophied articular process beside the plane lies behind the bone the plane cuts: drawn first, so
        // only what it shows of itself in the foramen shows.
        nodes += lesionNodes(beside: true, bones: bones.regions)
        nodes.append(SectionDrawing.bone(id: "foramen.lower", parts: bones.lower.map { ($0.name, view.polygon($0.outline)) }, context: context))
        nodes.append(SectionDrawing.bone(id: "foramen.upper", parts: bones.upper.map { ($0.name, view.polygon($0.outline)) }, context: context))
        nodes += cancellous()
        if let disc = s.discOutline {
            nodes.append(.path(PathNode(id: "foramen.disc", path: view.polygon(s.discShape(disc)), fill: Fill(p.tissue(.annulus)), stroke: SectionStyle.discStroke(context))))
        }
        // The articular cartilage capping both processes, the joint space between them.
        if let c = s.facetCartilage() {
            let stroke = Stroke(color: p.boneOutline, width: context.type.line * 0.8)
            for (name, outline) in [("superior", c.superior), ("inferior", c.inferior)] {
                guard let outline else { continue }
                nodes.append(.path(PathNode(id: "foramen.facet.cartilage.\(name)", path: view.polygon(outline), fill: .color(p.cartilage), stroke: stroke,
                                            metadata: ["structure": "articular cartilage"])))
            }
        }
        // The facet capsule lining the superior process's front and tip, over the joint's upper end: a thin fibrous layer.
        if let c = s.capsuleOutline() {
            nodes.append(.path(PathNode(id: "foramen.capsule", path: view.polygon(c), fill: .color(p.ligament), stroke: SectionStyle.ligamentStroke(context),
                                        metadata: ["structure": "facet capsule"])))
        }
        if s.superiorFacet != nil {
            nodes.append(.path(PathNode(id: "foramen.facet.joint", path: view.polyline([s.jointTop, s.jointBottom]),
                                        stroke: Stroke(color: p.boneOutline, width: context.type.line * 2, cap: .round))))
        }
        nodes += lesionNodes(beside: false, bones: bones.regions)
        return nodes
    }

    /// The cancellous bone inside each body, a shade darker than the cortex, so the bodies read as bone.
    private func cancellous() -> [Node] {
        let s = section, inset = 1.5 * s.scale
        return [("lower", s.lowerBodyOutline), ("upper", s.upperBodyOutline)].compactMap { name, body in
            guard let b = body, b.half.x > 2 * inset, b.half.y > 2 * inset else { return nil }
            let inner = RoundedRect(center: b.center, half: Vec2(b.half.x - inset, b.half.y - inset), rounding: 1 * s.scale)
            return .path(PathNode(id: "foramen.\(name).cancellous", path: view.polygon(s.bodyShape(inner)), fill: .color(palette.cancellous)))
        }
    }

    /// The bones the plane cuts, read from the section once per drawing: the two vertebrae's parts in drawing order
    /// (lower: body, pedicle, superior articular process; upper: body, pedicle, pars, inferior articular process) and
    /// the same outlines as regions for ``SectionDrawing/runs(of:outside:piece:)``. Section mm.
    private struct Bones {
        var lower: [(name: String, outline: [Vec2])] = []
        var upper: [(name: String, outline: [Vec2])] = []

        init(_ s: ForamenSection) {
            if let body = s.lowerBodyOutline { lower.append(("body", s.bodyShape(body))) }
            if let pedicle = s.lowerPedicleShape { lower.append(("pedicle", pedicle)) }
            if let facet = s.superiorFacetOutline() { lower.append(("facet", facet)) }
            if let body = s.upperBodyOutline { upper.append(("body", s.bodyShape(body))) }
            if let pedicle = s.upperPedicleShape { upper.append(("pedicle", pedicle)) }
            if let pars = s.parsOutline() { upper.append(("pars", pars)) }
            if let facet = s.inferiorFacetOutline() { upper.append(("facet", facet)) }
            regions = (lower + upper).map { $0.outline.map { Point(x: $0.x, y: $0.y) } }
        }

        /// Bodies, pedicles, pars, articular processes as outlines in section mm: where grown bone lies on them it is the
        /// same bone, and has no cortex or lesion edge of its own.
        let regions: [[Point]]
    }

    /// True for a hypertrophied articular process beside the plane (drawn under the bones the plane cuts).
    private static func isBoneBeside(_ piece: ForamenSection.LesionPiece) -> Bool {
        piece.offPlane != nil && piece.solid.structure == .facetHypertrophy
    }

    /// Lesion material: in the plane with a strong outline, beside it dashed and faint; a hypertrophied articular
    /// process as bone — in the plane with its cortex, beside it as projected bone (cancellous, dashed) under the bones
    /// the plane cuts (`beside` true: only those; false: the rest). Ids "foramen.lesion.<index>", further pieces ".<k>".
    /// `bones`: the bones the plane cuts as regions in section mm (``Bones/regions``).
    func lesionNodes(beside: Bool, bones: [[Point]]) -> [Node] {
        var nodes: [Node] = []
        var seen: [Int: Int] = [:]
        for piece in section.lesions.sorted(by: { ($0.offPlane == nil ? 1 : 0) < ($1.offPlane == nil ? 1 : 0) }) {
            let index = piece.solid.lesions.first ?? -1
            let k = seen[index, default: 0]
            seen[index] = k + 1
            guard Self.isBoneBeside(piece) == beside else { continue }
            let id = k == 0 ? "foramen.lesion.\(index)" : "foramen.lesion.\(index).\(k)"
            let fill = SectionStyle.lesionFill(piece.solid, context)
            // Moulded round a ganglion pressed against the wall, and round any other root it would overlap (a
            // lesion beside the plane, projected onto it, lies beside the ganglion, not over it): no root is drawn
            // inside lesion tissue or under its edge.
            var rect = piece.rect
            // A sequestered fragment is drawn apart from its disc (its front a gap behind what it left, `FreeFragment`).
            if let y = FreeFragment.drawnY(piece.solid, in: context.result.spine) {
                rect = RoundedRect(minX: y.lowerBound, maxX: y.upperBound, minY: rect.minY, maxY: rect.maxY,
                                   rounding: min(rect.rounding, (y.upperBound - y.lowerBound) / 2))
            }
            // A hypertrophied process beside the plane ends 2 mm behind the front of the process the plane cuts: further
            // back it would show through the gap behind that process's joint surface, where it is not.
            if Self.isBoneBeside(piece), let facet = section.superiorFacet, facet.minX + 2 * section.scale < rect.maxX, facet.minX > rect.minX {
                rect = RoundedRect(minX: rect.minX, maxX: facet.minX + 2 * section.scale, minY: rect.minY, maxY: rect.maxY, rounding: rect.rounding)
            }
            var outline = switch piece.solid.structure {
            case .facetHypertrophy: section.facetLump(rect)
            case .parsNodule where piece.offPlane == nil: section.parsCleftOutline(rect)
            case .osteophyte: section.osteophyteOutline(rect)
            default: rect.outline(steps: 8)
            }
            let margin = 0.35 * section.scale
            for mark in section.roots where mark.pressed != nil && piece.offPlane == nil {
                // An osteophyte is bone: a ganglion pinched on it is moulded to it (`mouldedToTheForamen`), not it round the
                // ganglion. Soft tissue is indented round a pinched ganglion with no gap, so nothing shows between them.
                if mark.pinched && piece.solid.structure == .osteophyte { continue }
                let p = RootSqueeze.Placement(centre: mark.drawn, rx: mark.rx, ry: mark.ry, towardsLesion: mark.pressed)
                outline = RootSqueeze.indent(outline, around: p, margin: mark.pinched ? 0 : margin)
            }
            let free = section.roots.filter { $0.pressed == nil || piece.offPlane != nil }.map { (centre: $0.drawn, rx: $0.rx, ry: $0.ry) }
            for p in RootSqueeze.overlapped(by: outline, roots: free, margin: margin) {
                outline = RootSqueeze.indent(outline, around: p, margin: margin)
            }
            if piece.offPlane == nil && (piece.solid.structure == .facetHypertrophy || piece.solid.structure == .osteophyte) {
                // Bone grown into the foramen: one bone with what it grew from, its free edge outlined as a lesion.
                nodes += SectionDrawing.grownBone(id: id, outline: outline, free: SectionDrawing.runs(of: outline, outside: bones),
                                                  structure: piece.solid.structure, view: view, context: context)
            } else if piece.solid.structure == .facetHypertrophy {
                // Beside the plane (in the plane it is grown bone, above) the process is seen through the foramen as the bodies'
                // cancellous bone (opaque): the cortex's colour, thinned, is all but the foraminal fat's in every theme.
                let metadata = ["structure": Structure.facetHypertrophy.rawValue]
                nodes.append(.path(PathNode(id: id, path: view.polygon(outline), fill: .color(palette.cancellous), metadata: metadata)))
                nodes.append(.path(PathNode(id: "\(id).outline", path: view.polygon(outline),
                                            stroke: SectionStyle.lesionStroke(context, projected: true), metadata: metadata)))
            } else if piece.offPlane != nil {
                nodes += SectionDrawing.projectedLesion(id: id, path: view.polygon(outline), fill: fill, context: context)
            } else {
                let metadata = piece.solid.structure == .parsNodule ? ["structure": Structure.parsNodule.rawValue] : [:]
                nodes.append(.path(PathNode(id: id, path: view.polygon(outline), fill: fill, stroke: SectionStyle.lesionStroke(context), metadata: metadata)))
            }
        }
        return nodes
    }

    /// The exiting root: beyond the foramen (projected, dashed) when drawn, then the ganglion in the plane.
    func rootNodes(ids: [RootStation: String]) -> [Node] {
        section.roots.sorted { ($0.projected ? 0 : 1) < ($1.projected ? 0 : 1) }.map { mark in
            let id = ids[mark.station] ?? "foramen.root.\(mark.station.site.rawValue)"
            let metadata = SectionDrawing.rootMetadata(mark.station, grade: mark.grade, pressed: mark.pressed != nil, quiz: context.options.isQuiz, scale: context.result.spine.spine.options.scale)
            let shape = mark.outline.map { view.polygon($0) } ?? view.ellipse(centre: mark.drawn, a: mark.rx, b: mark.ry)
            let disc = Components.root(id: id, path: shape, grade: mark.grade,
                                       context: context, metadata: metadata)
            guard mark.projected, case .path(var node) = disc else { return disc }
            node.stroke = Stroke(color: palette.rootOutline, width: context.type.line * 1.5, dash: [context.type.unit * 2, context.type.unit * 1.4])
            node.opacity = 0.85
            return .path(node)
        }
    }
}
