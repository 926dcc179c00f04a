import Anatomy
import Clinical
import Compression
import Diagram
import FigureStyle
import Foundation
import Geometry
import Pathology

/// The words and measurements of the axial view: root ids, dimension lines, labels, alt text.
struct AxialAnnotations {
    let section: AxialSection
    let result: SimulationResult
    let context: FigureContext

    /// A label before it is placed: model anchor, text, and whether `minimal` keeps it.
    typealias Item = SectionLabelItem

    private var level: DiscLevel { section.level }
    private var segment: SegmentFinding { result.segment(level) }

    // MARK: Roots

    /// Node id of every root mark: "axial.root.<root>.<side>"; the exiting root's second station gets
    /// its site as a suffix (the bare id goes to where the simulation found it worst); the S3–S5
    /// bundle is "axial.cauda.<side>".
    var rootIDs: [RootStation: String] {
        var ids: [RootStation: String] = [:]
        for mark in section.roots {
            let st = mark.station
            guard let root = st.root else {
                ids[st] = "axial.cauda.\(st.side.rawValue)"
                continue
            }
            let bare = "axial.root.\(root.name).\(st.side.rawValue)"
            if st.site == .foramen || st.site == .extraforaminal {
                ids[st] = st.site == exitingMainSite(root, st.side) ? bare : "\(bare).\(st.site.rawValue)"
            } else {
                ids[st] = bare
            }
        }
        return ids
    }

    /// Where the exiting root is shown under its bare id: where it was found worst at this level.
    private func exitingMainSite(_ root: Root, _ side: Side) -> CourseSite {
        if let f = result.finding(root, side), f.level == level, f.site == .extraforaminal { return .extraforaminal }
        return .foramen
    }

    // MARK: Dimensions

    /// Canal AP on the midline and recess depth on each side, as the simulation measured them.
    func dimensionNodes(view: SectionView) -> [Node] {
        var nodes: [Node] = []
        let m = section.measurements
        if let gap = section.canalGap, let model = m.canalGap {
            nodes += SectionDrawing.dimension(id: "axial.dim.canal", from: view.point(gap.from), to: view.point(gap.to),
                                              millimetre: view.length(1), context: context,
                                              metadata: SectionDrawing.gapMetadata(model, measure: "canal AP"))
        }
        for side in Side.allCases {
            guard let gap = section.recessGap(side), let model = m.recessGaps[side], (gap.to - gap.from).length > 0.05 else { continue }
            nodes += SectionDrawing.dimension(id: "axial.dim.recess.\(side.rawValue)", from: view.point(gap.from),
                                              to: view.point(gap.to), millimetre: view.length(1), context: context,
                                              metadata: SectionDrawing.gapMetadata(model, measure: "recess depth"))
        }
        return nodes
    }

    // MARK: Labels

    /// The texts `mode` keeps (to size the label columns).
    func labels(mode: LabelMode) -> [Item] {
        items(mode: mode)
    }

    /// Label requests in priority order (hurt roots, lesions, measurements, then the anatomy).
    /// Requests on the side of the drawing (`drawn`, page points) their anchors fall, as the layout sized the columns.
    func labelRequests(mode: LabelMode, view: SectionView, drawn: Rect) -> [LabelRequest] {
        SectionDrawing.labelRequests(items(mode: mode), view: view, drawn: drawn)
    }

    /// The axial view never labels its measurements: they are read in a line under the section (``measurementNote``; the
    /// panel sets it), beside their dimension lines.
    private func items(mode: LabelMode) -> [Item] {
        // The worst root first, then the lesions, then the other roots: what is left out first when the
        // columns are full is the least important.
        let roots = rootItems()
        let hurt = roots.filter(\.essential)
        let ordered = hurt.prefix(1) + lesionItems() + hurt.dropFirst()
        switch mode {
        case .none: return []
        case .minimal: return Array(ordered)
        case .full: return ordered + roots.filter { !$0.essential } + anatomyItems()
        }
    }

    /// The measurements as one line of text under the section (the recess depths with their reading): "Canal AP 15.0 mm
    /// · dural sac 170 mm² (Schizas A) · recess depth left 0.0 mm (stenosis), right 6.0 mm". Schizas's grade stands with
    /// the sac, whose morphology it grades, not with the bony AP diameter.
    var measurementNote: String {
        let m = section.measurements
        let recess = Side.allCases.map { side in
            let depth = m.recessDepth[side] ?? 0
            return "\(side.rawValue) \(Describe.mm(depth))" + (Grading.recessReading(depth: depth).map { " (\($0.rawValue))" } ?? "")
        }.joined(separator: ", ")
        return "Canal AP \(Describe.mm(m.canalAP)) · dural sac \(Describe.mm2(m.duralArea)) (Schizas \(segment.schizas.rawValue)) · recess depth \(recess)"
    }

    /// More hurt roots in the sac than this share one label.
    static let maxSacLabels = 4

    /// Hurt roots first (worst first), then the others (not essential). Unhurt roots in the sac share one
    /// label; so do hurt ones when there are many (a crowded sac).
    private func rootItems() -> [Item] {
        let ids = rootIDs
        let marks = section.roots.sorted { ($0.grade, $0.station.radius) > ($1.grade, $1.station.radius) }
        let sacHurt = marks.filter { $0.station.intrathecal && $0.grade > .normal }
        let groupSac = sacHurt.count > Self.maxSacLabels
        var items: [Item] = []
        var bundle: [AxialSection.RootMark] = []
        for mark in marks {
            let st = mark.station
            guard let id = ids[st] else { continue }
            let hurt = mark.grade > .normal
            if st.intrathecal && (!hurt || groupSac) {
                if !hurt { bundle.append(mark) }
                continue
            }
            let text: String
            if let root = st.root {
                let detail: String? = switch st.site {
                case .lateralRecess: "in the lateral recess"
                case .foramen: "ganglion in the foramen"
                case .extraforaminal: "beyond the foramen"
                case .centralCanal: "in the dural sac"
                }
                // A root drawn dashed lies above the plane (`RootMark.above`): said as the lesions beside the plane say it.
                text = StationGrade.label(root, st.side, grade: mark.grade, detail: hurt ? (st.site == .foramen ? "ganglion" : nil) : detail,
                                          abovePlane: mark.above)
                    + StationGrade.elsewhere(root, st.side, here: mark.grade, result: result)
            } else {
                guard !items.contains(where: { $0.id == "root.cauda" }) else { continue }
                text = "S3–S5 roots (cauda equina) — \(mark.grade.state) (grade \(mark.grade.rawValue))"
            }
            let name = st.root == nil ? "root.cauda" : String(id.dropFirst("axial.".count))
            items.append(Item(id: name, text: text, anchor: mark.centre, essential: hurt))
        }
        if groupSac, let worst = sacHurt.map(\.grade).max() {
            let sides = Set(sacHurt.map(\.station.side))
            let side = sides.count > 1 ? "both sides" : sides.first.map(\.rawValue) ?? ""
            let grade = Set(sacHurt.map(\.grade)).count > 1 ? "up to \(worst.state)" : worst.state
            items.append(Item(id: "root.sac", text: "Roots in the sac (\(side)): \(Self.names(sacHurt)) — \(grade) (grade \(worst.rawValue))",
                              anchor: onRoots(sacHurt), essential: true))
        }
        if !bundle.isEmpty {
            items.append(Item(id: "root.bundle", text: "Cauda equina: \(Self.names(bundle)) roots", anchor: onRoots(bundle), essential: false))
        }
        if let conus = section.conus {
            items.append(Item(id: "conus", text: "Conus medullaris (its tip)", anchor: conus.centre, essential: false))
        }
        return items.sorted { $0.essential && !$1.essential }
    }

    /// Where a label for the roots `marks` is anchored: their centroid, or, when the conus tip is drawn there (the roots
    /// surround it), the centre of the root nearest that centroid.
    private func onRoots(_ marks: [AxialSection.RootMark]) -> Vec2 {
        let c = Self.centroid(marks)
        guard let conus = section.conus, (c - conus.centre).length < conus.radius + 0.5,
              let nearest = marks.min(by: { ($0.centre - c).length < ($1.centre - c).length }) else { return c }
        return nearest.centre
    }

    /// "S1, S2 and S3–S5": the roots of `marks` in the order they leave, the sacral bundle last.
    private static func names(_ marks: [AxialSection.RootMark]) -> String {
        // A station with no root is the S3–S5 bundle of the cauda equina (`RootStation.root` is nil there).
        var names = Set(marks.compactMap(\.station.root)).sorted { $0.rawValue < $1.rawValue }.map(\.name)
        if marks.contains(where: { $0.station.root == nil }) { names.append("S3–S5") }
        return names.joinedList
    }

    private static func centroid(_ marks: [AxialSection.RootMark]) -> Vec2 {
        let n = Double(max(1, marks.count))
        return Vec2(marks.map(\.centre.x).reduce(0, +) / n, marks.map(\.centre.y).reduce(0, +) / n)
    }

    /// One label per lesion near this level: its summary and MSU code, anchored on its largest piece.
    private func lesionItems() -> [Item] {
        var items: [Item] = []
        var done = Set<Int>()
        let pieces = section.lesions.sorted { ($0.offPlane == nil ? 0 : 1, -area($0.rect)) < ($1.offPlane == nil ? 0 : 1, -area($1.rect)) }
        for piece in pieces {
            guard let index = piece.solid.lesions.first, !done.contains(index), let finding = result.lesions.first(where: { $0.index == index }) else { continue }
            done.insert(index)
            var text = piece.solid.structure == .parsNodule ? "Fibrocartilage of the pars defect" : SectionLabels.lesionText(finding, level: level)
            if let off = piece.offPlane { text += ", \(off) this plane" }
            let r = section.labelRect(piece)
            let preferred = Vec2(r.center.x, max(r.minY, min(r.maxY, r.maxY - min(1.5 * section.scale, r.half.y))))
            let anchor = SectionLabels.lesionAnchor(r, preferred: preferred, avoiding: section.roots.map { ($0.centre, $0.station.radius) },
                                                    inset: min(1 * section.scale, r.half.x, r.half.y))
            items.append(Item(id: "lesion.\(index)", text: text, anchor: anchor, essential: true))
        }
        return items
    }

    private func area(_ r: RoundedRect) -> Double { 4 * r.half.x * r.half.y }

    /// The structures, named once each, anchored alternately on the two sides.
    private func anatomyItems() -> [Item] {
        let s = section, sc = s.scale, X = s.lateralEdge, up = level.upper.name, low = level.lower.name
        let n = s.nucleus
        let j = s.jointCurve(sign: 1)
        var items: [Item] = [
            Item(id: "disc", text: "Annulus fibrosus", anchor: Vec2(0.72 * s.discHalfWidth, n.centre.y - 0.2 * n.b), essential: false),
            Item(id: "nucleus", text: "Nucleus pulposus", anchor: Vec2(-0.45 * n.a, n.centre.y), essential: false),
            Item(id: "pll", text: "Posterior longitudinal ligament", anchor: Vec2(-0.6 * s.sacSemiAxes.a, s.discBack(-0.6 * s.sacSemiAxes.a).map { $0 - 0.5 * sc } ?? s.discBackMidline), essential: false),
            Item(id: "flavum", text: "Ligamentum flavum", anchor: Vec2(0.5 * s.laminaHalfWidth, s.laminaFront + 0.5 * s.flavumThickness), essential: false),
            Item(id: "lamina", text: "Lamina (\(up))", anchor: Vec2(-0.45 * X, s.facetBack + 4.5 * sc), essential: false),
            Item(id: "spinous", text: "Spinous process (\(up))", anchor: Vec2(0, s.spinousTip - 6 * sc), essential: false),
            Item(id: "sap", text: "Superior articular process (\(low))", anchor: s.superiorProcessAnchor(sign: 1) ?? Vec2(X - 3 * sc, s.facetBack - 3 * sc),
                 essential: false),
            Item(id: "iap", text: "Inferior articular process (\(up))", anchor: Vec2(-(X - 5.5 * sc), s.facetBack + 3.5 * sc), essential: false),
            Item(id: "joint", text: "Facet joint", anchor: (j.1 + j.2) * 0.5, essential: false),
        ]
        // The posterior epidural fat inside the canal, between the back of the sac and the flavum (beside
        // the midline, off the canal's dimension line); none to name when the sac reaches the flavum.
        let sacBack = s.sacCentre.y + s.sacSemiAxes.b
        let fat = Vec2(-1.2 * sc, (sacBack + s.laminaFront) / 2)
        if s.laminaFront - sacBack > 0.8 * sc, !s.lesions.contains(where: { $0.offPlane == nil && $0.rect.signedDistance(to: fat) < 0.3 * sc }) {
            items.append(Item(id: "fat", text: "Epidural fat", anchor: fat, essential: false))
        }
        if let front = s.ligamentFront {
            items.append(Item(id: "ligament", text: "Intertransverse ligament", anchor: Vec2(X + 6 * sc, front + 1.2 * sc), essential: false))
        }
        return items
    }

    // MARK: Alt text

    /// One or two sentences with the numbers.
    func altText(title: String) -> String {
        let m = section.measurements
        let lesions = result.lesions.filter { $0.lesion.level == level }.map { $0.summary + ($0.msu.map { " (MSU \($0))" } ?? "") }
        var first = "\(title)"
        if !lesions.isEmpty { first += ", showing a " + lesions.joined(separator: " and a ") }
        let hurt = result.hurtRoots.filter { $0.level == level }.map { "\(Describe.root($0.root, $0.side)) (\($0.grade.state), grade \($0.grade.rawValue))" }
        first += hurt.isEmpty ? "; no root is hurt at this level." : "; hurt roots: " + hurt.joined(separator: ", ") + "."
        let recess = Side.allCases.map { side in
            let depth = m.recessDepth[side] ?? 0
            return "\(side.rawValue) \(Describe.mm(depth))" + (Grading.recessReading(depth: depth).map { " \($0.rawValue)" } ?? "")
        }.joined(separator: ", ")
        let second = "Canal AP \(Describe.mm(m.canalAP)), dural sac \(Describe.mm2(m.duralArea)) (Schizas \(segment.schizas.rawValue)), lateral recess depth \(recess)."
        return first + " " + second
    }
}
