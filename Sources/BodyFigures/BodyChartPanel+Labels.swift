import Anatomy
import Clinical
import Diagram
import FigureStyle

extension BodyChartPanel {
    /// Where each region is labelled: the view that shows it best (the lateral leg from the front, the
    /// heel from behind, the sole on the soles).
    static func labelView(_ region: BodyRegion) -> BodyView {
        switch region {
        case .lowBack, .buttock, .perineum, .posteriorThigh, .posteriorKnee, .posteriorLeg, .lateralAnkle, .heel: .posterior
        case .sole, .lateralFoot: .soles
        default: .anterior
        }
    }

    /// The short landmark of a root's key point, for full labels.
    static func keyPointLandmark(_ root: Root) -> String {
        switch root {
        case .L1: "upper thigh"
        case .L2: "mid-thigh"
        case .L3: "medial femoral condyle"
        case .L4: "medial malleolus"
        case .L5: "3rd\u{00A0}MTP\u{00A0}joint"
        case .S1: "lateral heel"
        case .S2: "popliteal fossa"
        }
    }

    /// A region's label: its name and the roots behind it (unless `namesRoots` is false, when one
    /// root explains the whole map and the subtitle names it), "referred" for somatic pain.
    static func regionText(_ region: BodyRegion, entries: [PainEntry], namesRoots: Bool = true) -> String {
        var sources = namesRoots ? Array(Set(entries.flatMap(\.roots))).sorted().map(\.name) : []
        let referred = entries.contains { $0.kind == .somaticReferred }
        let rootPain = entries.contains { $0.kind != .somaticReferred }
        if referred { sources.append(sources.isEmpty && rootPain ? "+\u{00A0}referred" : "referred") }
        // The perineum region is the whole saddle of the S3–S5 roots (perianal skin, perineum, medial buttocks).
        if region == .perineum, sources.isEmpty || sources == ["referred"] { sources.insert("S3–S5", at: 0) }
        let name = region == .perineum ? "Saddle" : region.phrase.prefix(1).uppercased() + region.phrase.dropFirst()
        return sources.isEmpty ? name : "\(name) (\(sources.joined(separator: ", ")))"
    }

    /// A complaint region's label: "Groin (complaint)" (the legend says no root explains it).
    static func complaintText(_ region: BodyRegion) -> String {
        region.phrase.prefix(1).uppercased() + region.phrase.dropFirst() + " (complaint)"
    }

    /// A knee region's note: "Medial knee skin: L3 (edge L4) · saphenous" — the roots whose dermatome covers
    /// its skin in `atlas` (§D1 knee column) and its cutaneous nerve (§D5). `brief`: the name and the roots only
    /// ("Medial knee skin: L3 (edge L4)"), for a crowded column. Drawn as a note (``placedNodes(_:prefix:notes:context:)``),
    /// not as a pain label: it says who supplies the skin, not that it hurts.
    static func kneeRegionText(_ region: BodyRegion, atlas: Atlas, brief: Bool = false) -> String {
        let name = region.phrase.prefix(1).uppercased() + region.phrase.dropFirst()
        let roots = KneeSupply.cutaneous(region, atlas: atlas)
        let weight = { (r: Root) in DermatomeAtlas.areas(of: r, in: atlas).weight(of: region) }
        let core = roots.filter { weight($0) >= DermatomeArea.core }.map(\.name)
        let edge = roots.filter { weight($0) < DermatomeArea.core }.map(\.name)
        // "variable": the map gives this skin to no constant root (Lee 2008 leaves it blank).
        var who = core.isEmpty ? (edge.isEmpty ? "variable" : "edge of \(edge.joined(separator: "/"))") : core.joined(separator: "/")
        if !core.isEmpty && !edge.isEmpty { who += " (edge \(edge.joined(separator: "/")))" }
        let nerve = brief ? "" : KneeSupply.cutaneousNerve(region).map { " · \($0)" } ?? ""
        return "\(name) skin: \(who)\(nerve)"
    }

    /// Labels in columns beside each figure, with leaders; none in `none` mode.
    func labelNodes(layout: BodyChartLayout, map: PainMapIndex, context: FigureContext) -> [Node] {
        // No words on a thumbnail: a figure under about twelve type units a head has no room for them.
        guard context.options.labels != .none, layout.anterior.scale >= context.type.unit * 12 else { return [] }
        let requests = labelRequests(layout: layout, map: map, context: context)
        let t = context.type, lengths = BodyChartLayout.leaderLengths(t)
        var nodes: [Node] = []
        for (figure, slot, box) in [("anterior", layout.anteriorSlot, layout.anteriorBox), ("posterior", layout.posteriorSlot, layout.posteriorBox)] {
            var mine = requests.filter { $0.figure == figure }.map(\.request)
            guard !mine.isEmpty else { continue }
            let engine = LabelLayout(font: t.label, drawing: box, page: slot, spacing: t.unit * 1.2,
                                     elbowGap: lengths.elbow, leaderRun: lengths.run, textGap: lengths.text)
            var placement = engine.place(mine, measurer: context.options.measurer)
            // A knee region's label put in the far column would reach across the other leg, and one left over by a full
            // column is missing from the knee. The knee labels are first shortened to their roots (the knee panel names
            // the nerves) and placed again; then the key points' landmarks give way (the legend's mark and the knee panel
            // say where they are); one that still lands in the far column is left out (the knee panel names the region)
            // and the rest placed again.
            let preferred = Dictionary(mine.map { ($0.id, $0.preferredSide) }, uniquingKeysWith: { a, _ in a })
            func strays(_ p: LabelPlacement) -> Set<String> {
                Set(p.labels.filter { $0.id.hasPrefix("knee.") && preferred[$0.id] != $0.side }.map(\.id))
            }
            func kneeMissing(_ p: LabelPlacement) -> Bool {
                !strays(p).isEmpty || p.unplaced.contains { $0.id.hasPrefix("knee.") }
            }
            let atlas = context.result.input.atlas
            let reliefs: [(LabelRequest) -> LabelRequest] = [
                { request in
                    guard request.id.hasPrefix("knee."), let region = BodyRegion(rawValue: String(request.id.dropFirst(5))) else { return request }
                    var brief = request
                    brief.text = Self.kneeRegionText(region, atlas: atlas, brief: true)
                    return brief
                },
                { request in
                    guard request.id.hasPrefix("keypoint."), let cut = request.text.range(of: " (") else { return request }
                    var brief = request
                    brief.text = String(request.text[..<cut.lowerBound])
                    return brief
                },
            ]
            for relief in reliefs where kneeMissing(placement) {
                mine = mine.map(relief)
                placement = engine.place(mine, measurer: context.options.measurer)
            }
            let left = strays(placement)
            if !left.isEmpty {
                placement = engine.place(mine.filter { !left.contains($0.id) }, measurer: context.options.measurer)
            }
            // The knee's skin notes apart from the pain labels, in the muted note style.
            var pain = placement, notes = placement
            pain.labels = placement.labels.filter { !$0.id.hasPrefix("knee.") }
            notes.labels = placement.labels.filter { $0.id.hasPrefix("knee.") }
            nodes += placedNodes(pain, prefix: "body.\(figure)", context: context)
            nodes += placedNodes(notes, prefix: "body.\(figure)", notes: true, context: context)
        }
        return nodes
    }

    /// Requests for the key points (first: they matter most), the affected regions (strongest
    /// first) and, in `full` mode, the knee regions not already named.
    func labelRequests(layout: BodyChartLayout, map: PainMapIndex, context: FigureContext) -> [(figure: String, request: LabelRequest)] {
        let full = context.options.labels == .full
        var out: [(String, LabelRequest)] = []
        func column(_ side: Side, _ view: BodyView) -> LabelSide {
            BodyChartGeometry.viewerSign(side, in: view) > 0 ? .right : .left
        }
        func mapping(_ view: BodyView) -> BodyFigureMapping { view == .anterior ? layout.anterior : layout.posterior }
        func figure(_ view: BodyView) -> String { view == .anterior ? "anterior" : "posterior" }

        let findings = keyPointRoots(context.result)
        for root in Root.allCases {
            let sides = findings.filter { $0.root == root }.map(\.side)
            guard let side = sides.first else { continue }
            let (view, p) = BodyChartGeometry.keyPoint(of: root, side: side)
            let name = sides.count > 1 ? "\(root.name) key points" : "\(root.name) key point"
            let text = full ? "\(name) (\(Self.keyPointLandmark(root)))" : name
            out.append((figure(view), LabelRequest(id: "keypoint.\(root.name)", text: text, anchor: mapping(view).point(p),
                                                   preferredSide: column(side, view))))
        }

        if Self.saddleFlagged(context.result) {
            let points = Self.saddleKeyPoints(layout.posterior)
            if let s3 = points.first(where: { $0.0 == "S3.left" }) {
                out.append(("posterior", LabelRequest(id: "keypoint.S3", text: full ? "S3 key points (ischial tuberosity)" : "S3 key points",
                                                      anchor: s3.1, preferredSide: column(.left, .posterior))))
            }
            if let s45 = points.first(where: { $0.0 == "S4-5" }) {
                out.append(("posterior", LabelRequest(id: "keypoint.S4-5", text: full ? "S4–5 key point (perianal)" : "S4–5 key point",
                                                      anchor: s45.1, preferredSide: column(.right, .posterior))))
            }
        }

        var perColumn: [String: Int] = [:]
        let ranked = map.regions.sorted { a, b in
            let ia = max(map.intensity(a, .left), map.intensity(a, .right)), ib = max(map.intensity(b, .left), map.intensity(b, .right))
            return ia != ib ? ia > ib : a < b
        }
        for region in ranked {
            let view = Self.labelView(region)
            let l = map.intensity(region, .left), r = map.intensity(region, .right)
            var side: Side = l >= r ? .left : .right
            if l > 0 && r > 0 && abs(l - r) < 1e-9 {
                let key = { (s: Side) in "\(figure(view)).\(column(s, view).rawValue)" }
                side = (perColumn[key(.left)] ?? 0) <= (perColumn[key(.right)] ?? 0) ? .left : .right
            }
            guard let anchor = BodyChartGeometry.anchor(of: region, side: side, in: view) else { continue }
            perColumn["\(figure(view)).\(column(side, view).rawValue)", default: 0] += 1
            let text = Self.regionText(region, entries: map.entries(region, side), namesRoots: map.roots.count > 1)
            out.append((figure(view), LabelRequest(id: region.rawValue, text: text, anchor: mapping(view).point(anchor),
                                                   preferredSide: column(side, view))))
        }

        // The complaint no root explains, on the region the chart cross-hatches (``complaintNodes``).
        for complaint in context.unexplainedComplaint {
            let view = Self.labelView(complaint.region)
            guard let anchor = BodyChartGeometry.anchor(of: complaint.region, side: complaint.side, in: view) else { continue }
            out.append((figure(view), LabelRequest(id: "complaint.\(complaint.side.rawValue).\(complaint.region.rawValue)",
                                                   text: Self.complaintText(complaint.region), anchor: mapping(view).point(anchor),
                                                   preferredSide: column(complaint.side, view))))
        }

        if full {
            // The knee's regions on the affected knee (the one the knee panel draws), each with the roots
            // whose dermatome covers it in the chosen atlas and its cutaneous nerve — the regions the pain
            // map already names keep their pain label.
            let side = KneePanel().side(context)
            let atlas = context.result.input.atlas
            let said = Set(context.unexplainedComplaint.filter { $0.side == side }.map(\.region))
            for region in KneeSupply.parts where !map.regions.contains(region) && !said.contains(region) {
                let view: BodyView = region == .posteriorKnee ? .posterior : .anterior
                guard let anchor = BodyChartGeometry.anchor(of: region, side: side, in: view) else { continue }
                out.append((figure(view), LabelRequest(id: "knee.\(region.rawValue)", text: Self.kneeRegionText(region, atlas: atlas),
                                                       anchor: mapping(view).point(anchor), preferredSide: column(side, view))))
            }
        }
        return out
    }

    /// Leaders (with a dot at the anchor) and haloed text for placed labels. `notes`: the knee's skin notes
    /// (``kneeRegionText(_:atlas:brief:)``), which name no pain — muted italic words on a dashed leader like the knee
    /// region's own dashed outline, so that a student does not read "Lateral knee skin" as a painful place.
    func placedNodes(_ placement: LabelPlacement, prefix: String, notes: Bool = false, context: FigureContext) -> [Node] {
        let t = context.type, palette = context.palette
        let ink = notes ? palette.mutedInk : palette.ink.withAlpha(0.8)
        // A white casing keeps the leader legible where it crosses a dark shading.
        return LeaderLabels.nodes(placement, prefix: prefix, style: LeaderStyle(
            leader: Stroke(color: ink, width: t.line * 1.1, dash: notes ? [t.unit * 1.6, t.unit * 1.0] : []),
            casing: Stroke(color: Color.white.withAlpha(0.8), width: t.line * 3.2, cap: .round),
            dotRadius: t.unit * 1.0, dotFill: notes ? palette.mutedInk : palette.ink, dotStroke: Stroke(color: .white, width: t.line * 1.4),
            keyPointsUndotted: true, font: notes ? t.label.italicized : t.label, textColor: notes ? palette.mutedInk : palette.ink,
            halo: Halo(color: .white, width: t.unit * 1.2)))
    }
}
