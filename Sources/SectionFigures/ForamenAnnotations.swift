import Anatomy
import Clinical
import Compression
import Diagram
import FigureStyle
import Geometry
import Pathology

/// The words and measurements of the foramen view: root ids, dimension lines, labels, alt text.
struct ForamenAnnotations {
    let section: ForamenSection
    let result: SimulationResult
    let context: FigureContext

    /// A label before it is placed: in-plane anchor (y, z), text, and whether `minimal` keeps it.
    typealias Item = SectionLabelItem

    private var level: DiscLevel { section.level }
    private var segment: SegmentFinding { result.segment(level) }
    private var lee: Int { segment.leeForaminal[section.side] ?? 0 }

    /// "foramen.root.<root>" for where the root was found worst, the other station with its site.
    var rootIDs: [RootStation: String] {
        var ids: [RootStation: String] = [:]
        let main = section.roots.count > 1 ? section.roots.first { $0.projected } : section.ganglion
        for mark in section.roots {
            let name = mark.station.root?.name ?? "cauda"
            ids[mark.station] = mark.station == main?.station ? "foramen.root.\(name)" : "foramen.root.\(name).\(mark.station.site.rawValue)"
        }
        return ids
    }

    /// True when the posterior disc height is worth a dimension line in `minimal`: the disc has
    /// collapsed or the level has slipped.
    private var discMatters: Bool {
        !section.state.discLesions.isEmpty || !section.state.upperLesions.isEmpty || section.state.discHeight < section.anatomy.segment.discHeight - 0.05
    }

    // MARK: Dimensions

    /// Foraminal height on the root's line, and the posterior disc height just in front of the margin.
    func dimensionNodes(view: SectionView, mode: LabelMode) -> [Node] {
        var nodes: [Node] = []
        let mm = view.length(1)
        if let gap = section.heightGap, let model = section.measurements.foramenGaps[section.side] {
            nodes += SectionDrawing.dimension(id: "foramen.dim.height", from: view.point(gap.from), to: view.point(gap.to),
                                              millimetre: mm, context: context,
                                              metadata: SectionDrawing.gapMetadata(model, measure: "foraminal height"))
        }
        if mode == .full || discMatters {
            let y = section.discBack - 5 * section.scale
            nodes += SectionDrawing.dimension(id: "foramen.dim.disc", from: view.point(y, section.discBottom), to: view.point(y, section.discTop),
                                              millimetre: mm, context: context)
        }
        return nodes
    }

    // MARK: Labels

    func labels(mode: LabelMode) -> [Item] {
        items(mode: mode)
    }

    /// Requests on the side of the drawing (`drawn`, page points) their anchors fall, as the layout sized the columns.
    func labelRequests(mode: LabelMode, view: SectionView, drawn: Rect) -> [LabelRequest] {
        SectionDrawing.labelRequests(items(mode: mode), view: view, drawn: drawn)
    }

    /// The foramen view never labels its measurements: they are read in a line under the section (``measurementNote``;
    /// the panel sets it).
    private func items(mode: LabelMode) -> [Item] {
        let roots = rootItems()
        switch mode {
        case .none: return []
        case .minimal: return roots.filter(\.essential) + lesionItems()
        case .full:
            // With every structure named, the forward column cannot hold the foramen's labels near the disc's height (its
            // one gap), so they stand where their anchors fall.
            return (roots.filter(\.essential) + lesionItems() + roots.filter { !$0.essential } + anatomyItems())
                .map { var item = $0; item.leaves = nil; return item }
        }
    }

    private func rootItems() -> [Item] {
        let ids = rootIDs
        return section.roots.compactMap { mark in
            guard let root = mark.station.root, let id = ids[mark.station] else { return nil }
            let hurt = mark.grade > .normal
            let detail: String? = mark.projected ? "beyond the foramen" : (hurt ? nil : "and its ganglion")
            let text = StationGrade.label(root, section.side, grade: mark.grade, detail: detail)
                + StationGrade.elsewhere(root, section.side, here: mark.grade, result: result)
            return Item(id: String(id.dropFirst("foramen.".count)), text: text, anchor: mark.drawn, essential: hurt,
                        leaves: mark.projected ? nil : Self.forward)
        }
    }

    private func lesionItems() -> [Item] {
        var items: [Item] = []
        var done = Set<Int>()
        let pieces = section.lesions.sorted { ($0.offPlane == nil ? 0 : 1) < ($1.offPlane == nil ? 0 : 1) }
        for piece in pieces {
            guard let index = piece.solid.lesions.first, !done.contains(index), let finding = result.lesions.first(where: { $0.index == index }) else { continue }
            done.insert(index)
            var text = piece.solid.structure == .parsNodule ? "Fibrocartilage of the pars defect" : SectionLabels.lesionText(finding, level: level)
            if let off = piece.offPlane { text += ", \(off) to this plane" }
            let r = piece.rect
            var preferred = Vec2(r.center.x, r.maxY - min(1 * section.scale, r.half.y))
            // A hypertrophied process beside the plane shows only in front of the process the plane cuts, which it is
            // the medial part of: anchored where the two meet, level with the disc.
            if piece.offPlane != nil, piece.solid.structure == .facetHypertrophy, let facet = section.superiorFacet, facet.minX > r.minX {
                preferred = Vec2(facet.minX - 0.3 * section.scale, section.discBottom + 0.55 * (section.discTop - section.discBottom))
            }
            // Disc material over the disc's height: in the disc at its mid-height, just in front of its margin, so its leader
            // runs out forward through the middle of the disc, not along an endplate (issue 11).
            // Clear of the roots drawn there (the far-lateral root beyond the plane lies over the disc's side): a little
            // higher or lower in the disc, or further forward, if need be.
            if [.herniation, .discBulge].contains(piece.solid.structure), let spot = discSpot(in: r) { preferred = spot }
            // Osteophytes: in the bone of the shelf, just under the hollow between its spurs — or, where the shelf reaches the
            // disc's mid-height over its margin, there, so the leader runs out forward through the middle of the disc, not
            // along its endplate (issue 11).
            if piece.offPlane == nil, piece.solid.structure == .osteophyte {
                preferred.y = r.maxY - min(1.6 * section.scale, r.half.y)
                let shelf = section.osteophyteOutline(r), z = (section.discBottom + section.discTop) / 2
                let spots = stride(from: 0.15, through: 0.5, by: 0.05).map { Vec2(r.minX + $0 * (r.maxX - r.minX), z) }
                if let spot = spots.first(where: { p in
                    RootSqueeze.contains(shelf, p) && section.roots.allSatisfy { (p - $0.drawn).length - max($0.rx, $0.ry) > 1 * section.scale }
                }) { preferred = spot }
            }
            // A pars defect's fibrocartilage: on the cleft, just behind the nodule's front.
            if piece.offPlane == nil, piece.solid.structure == .parsNodule {
                let cleft = section.parsCleftOutline(r), bone = section.parsBone(r)
                let near = cleft.filter { $0.x <= bone.minX + 1.5 * section.scale }
                let zs = near.map(\.y)
                preferred = Vec2(bone.minX + 0.5 * section.scale, ((zs.min() ?? r.center.y) + (zs.max() ?? r.center.y)) / 2)
            }
            let anchor = SectionLabels.lesionAnchor(r, preferred: preferred, avoiding: section.roots.map { ($0.drawn, max($0.rx, $0.ry)) },
                                                    inset: min(1 * section.scale, r.half.x, r.half.y))
            // In front of the root, in the foramen or the disc: labelled forward, with the foramen's other labels.
            let forward = section.ganglion.map { anchor.x < $0.centre.x } ?? false
            items.append(Item(id: "lesion.\(index)", text: text, anchor: anchor, essential: true, leaves: forward ? Self.forward : nil))
        }
        if let slip = segment.slipPercent, let body = section.upperBodyOutline, let grade = segment.meyerding {
            items.append(Item(id: "slip", text: slipText(slip, grade), anchor: slipAnchor(body), essential: true, leaves: Self.forward))
        }
        return items
    }

    /// A point of lesion rect `r` inside the disc, 1 mm in front of its margin or further forward, at mid-height or near it, at
    /// least 1 mm clear of every drawn root; nil when there is none.
    private func discSpot(in r: RoundedRect) -> Vec2? {
        let s = section, inset = 1 * s.scale, h = s.discTop - s.discBottom
        for f in [0.5, 0.4, 0.6, 0.3, 0.7] {
            let z = s.discBottom + f * h
            guard z > r.minY + inset, z < r.maxY - inset else { continue }
            var y = min(r.maxX - inset, s.discBack - inset)
            while y >= r.minX + inset {
                let p = Vec2(y, z)
                if s.roots.allSatisfy({ (p - $0.drawn).length - max($0.rx, $0.ry) > inset }) { return p }
                y -= 0.5 * s.scale
            }
        }
        return nil
    }

    /// Where the slip's label points (in-plane mm): inside the slipped body `body` (as drawn), on the side facing its label
    /// (forward: the foramen, the pedicle and the root crowd the body's back, issue 11), in the front third of its depth and
    /// the lower third of its height, so the leader leaves straight forward through the front wall, across it and not along
    /// an endplate or a pedicle's margin (its corner behind, where the slip is measured, sent the leader along the endplate
    /// or through the foramen). Clear of the "vertebral body" label's anchor, which is higher in the body.
    private func slipAnchor(_ body: RoundedRect) -> Vec2 {
        Vec2(body.minX + 0.3 * (body.maxX - body.minX), body.minY + 0.3 * (body.maxY - body.minY))
    }

    /// True when the level's slip is backwards (retrolisthesis).
    private var retrolisthesis: Bool {
        result.input.lesions.contains { lesion in
            guard lesion.level == level, case .spondylolisthesis(let slip) = lesion.kind else { return false }
            return slip.direction == .posterior
        }
    }

    /// "Slip 38 % — Meyerding II"; a backward slip is named for what it is, without a Meyerding grade.
    private func slipText(_ percent: Double, _ grade: MeyerdingGrade) -> String {
        let value = Describe.number(percent, decimals: 0)
        return retrolisthesis ? "Retrolisthesis \(value) %" : "Slip \(value) % — Meyerding \(grade.name)"
    }

    /// Forward in the section's plane (−y): the foramen is walled by the pedicles above and below and the articular
    /// processes behind; it opens only forward, through the disc, so labels of what lies in it stand on that side.
    static let forward = Vec2(-1, 0)

    private func anatomyItems() -> [Item] {
        let s = section, sc = s.scale, up = level.upper.name, low = level.lower.name
        var items: [Item] = []
        if let b = s.upperBodyOutline {
            items.append(Item(id: "body.upper", text: "\(up) vertebral body", anchor: Vec2(b.center.x, b.center.y + 0.25 * b.half.y), essential: false))
        }
        if let b = s.lowerBodyOutline {
            let name = level.lower == .S1 ? "S1 (sacrum)" : "\(low) vertebral body"
            items.append(Item(id: "body.lower", text: name, anchor: Vec2(b.center.x, b.center.y - 0.25 * b.half.y), essential: false))
        }
        if let d = s.discOutline {
            items.append(Item(id: "disc", text: "\(level.displayName) disc", anchor: Vec2(d.minX + 0.3 * (d.maxX - d.minX), d.center.y), essential: false))
        }
        if let p = s.upperPedicle { items.append(Item(id: "pedicle.upper", text: "\(up) pedicle", anchor: p.center, essential: false)) }
        if let p = s.lowerPedicle { items.append(Item(id: "pedicle.lower", text: "\(low) pedicle", anchor: p.center, essential: false)) }
        if let f = s.superiorFacet {
            items.append(Item(id: "sap", text: "Superior articular process (\(low))", anchor: Vec2(f.minX + 0.3 * (f.maxX - f.minX), f.center.y), essential: false))
        }
        if let iap = s.inferiorFacetOutline(), iap.count > 4 {
            let a = iap[3], b = iap[4]
            items.append(Item(id: "iap", text: "Inferior articular process (\(up))", anchor: (a + b) * 0.5 + Vec2(-0.5 * sc, 0.5 * sc), essential: false))
        }
        if let p = s.pars {
            items.append(Item(id: "pars", text: "Pars interarticularis (\(up))", anchor: Vec2(p.center.x + 0.25 * p.half.x, p.center.y), essential: false))
        }
        items.append(Item(id: "joint", text: "Facet joint", anchor: (s.jointTop + s.jointBottom) * 0.5, essential: false))
        if let c = s.capsuleShelf {
            // On the layer lining the process's front, a third of the way down from its tip.
            items.append(Item(id: "capsule", text: "Facet capsule", anchor: Vec2(c.minX + 0.5 * s.capsuleThickness, c.maxY - 0.3 * (c.maxY - c.minY)), essential: false))
        }
        if let fat = s.fatRect, let g = s.ganglion {
            let z = g.centre.y + g.station.radius + 0.45 * max(0, fat.maxY - (g.centre.y + g.station.radius))
            items.append(Item(id: "fat", text: "Foraminal fat", anchor: Vec2(g.centre.x + 0.6 * g.station.radius, z), essential: false,
                              leaves: Self.forward))
        }
        return items
    }

    /// The measurements as one line of text under the section: "Foraminal height 19.0 mm, room as at 12.0 mm — Lee 3 ·
    /// posterior disc height 5.0 mm" — the pedicle-to-pedicle height the simulation measured on the root's line and, when
    /// lesion tissue takes the root's room, the height it reports for that room (`LevelMeasurements.foramenHeight`).
    var measurementNote: String {
        let m = section.measurements
        let reported = m.foramenHeight[section.side] ?? 0
        let physical = m.foramenGaps[section.side].map { abs($0.to.z - $0.from.z) } ?? reported
        let height = abs(physical - reported) < 0.3 ? Describe.mm(physical) : "\(Describe.mm(physical)), room as at \(Describe.mm(reported))"
        var text = "Foraminal height \(height) — Lee \(lee) · posterior disc height \(Describe.mm(section.state.discHeight))"
        if let slip = segment.slipPercent, let grade = segment.meyerding { text += " · " + slipText(slip, grade) }
        return text
    }

    // MARK: Alt text

    func altText(title: String) -> String {
        let m = section.measurements
        var first = "\(title): foraminal height \(Describe.mm(m.foramenHeight[section.side] ?? 0)) (Lee grade \(lee)), posterior disc height \(Describe.mm(section.state.discHeight))"
        if let slip = segment.slipPercent, let grade = segment.meyerding {
            first += ", " + (retrolisthesis ? "retrolisthesis \(Describe.number(slip, decimals: 0)) %" : "slip \(Describe.number(slip, decimals: 0)) % (Meyerding \(grade.name))")
        }
        first += "."
        let lesions = Set(section.lesions.compactMap { $0.solid.lesions.first })
        let summaries = result.lesions.filter { lesions.contains($0.index) }.map(\.summary)
        var second = summaries.isEmpty ? "" : "It shows the " + summaries.joined(separator: " and the ") + "; "
        if let root = section.root, let mark = section.roots.max(by: { $0.grade < $1.grade }) {
            let where_ = mark.projected ? "just beyond the foramen" : "and its ganglion in the foramen"
            let state = mark.grade > .normal ? "\(mark.grade.state) (grade \(mark.grade.rawValue))" : "free"
            second += "the \(Describe.root(root, section.side)) root \(where_): \(state)."
        }
        return first + " " + second.sentenceCased
    }
}
