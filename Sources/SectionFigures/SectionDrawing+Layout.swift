import Anatomy
import Clinical
import Compression
import Diagram
import FigureStyle
import Geometry
import Pathology

/// The parts of a section panel (page points): the title on top, the drawing between two label
/// columns, and a footer strip with the scale bar and the orientation compass.
struct SectionLayout {
    /// The panel title.
    var titleNodes: [Node]
    /// Where labels and leaders may go (the label layout's page).
    var body: Rect
    /// The middle of `body`, between the label columns, that the drawing is fitted into.
    var drawing: Rect
    /// The strip under the body for the scale bar and the compass.
    var footer: Rect
    /// Between the body and the footer: the key of numbered call-outs, when the panel numbers its labels.
    var key: Rect?
    /// True when the frame is too small for the full set of labels (the view falls back to minimal).
    var cramped: Bool
    /// False when the label columns would be too narrow for any label: the panel draws none.
    var labelled: Bool
}

/// Label geometry shared by the section views, in printed points (multiplied by `Typography.unit`).
enum SectionLabels {
    static let elbowGap = 4.0, leaderRun = 6.0, textGap = 1.5, spacing = 1.6
    /// The widest a label column may be, as a share of the panel's width (longer labels wrap; issue 11: the drawing
    /// keeps most of the width).
    static let maxColumnShare = 0.17
    /// The same in a cramped frame, where the drawing needs most of the width.
    static let crampedColumnShare = 0.3

    static func inner(_ t: Typography) -> Double { (elbowGap + leaderRun + textGap) * t.unit }

    /// Where a leader should touch a lesion drawn as `rect` (in-plane mm): of a few points just inside its
    /// outline, starting with `preferred`, the one farthest from the roots (`circles`: centre and radius), so
    /// the anchor dot does not land on a root. Near the preferred point when nothing is close to it.
    static func lesionAnchor(_ rect: RoundedRect, preferred: Vec2, avoiding circles: [(Vec2, Double)], inset: Double) -> Vec2 {
        let r = RoundedRect(center: rect.center, half: Vec2(max(0, rect.half.x - inset), max(0, rect.half.y - inset)), rounding: 0)
        let k = 0.6
        let candidates = [preferred, Vec2(r.center.x, r.minY), Vec2(r.minX, r.center.y), Vec2(r.maxX, r.center.y),
                          Vec2(r.center.x - k * r.half.x, r.maxY), Vec2(r.center.x + k * r.half.x, r.maxY),
                          Vec2(r.center.x - k * r.half.x, r.minY), Vec2(r.center.x + k * r.half.x, r.minY)]
        func clearance(_ p: Vec2) -> Double {
            circles.map { (p - $0.0).length - $0.1 }.min() ?? .infinity
        }
        // Keep the preferred point unless it lies on or right next to a root.
        if clearance(preferred) > inset { return preferred }
        return candidates.max { clearance($0) < clearance($1) } ?? preferred
    }

    /// A lesion's label: its summary in sentence case without the level (the title names it) or the
    /// model's encroachment, with the MSU code of a herniation: "7 mm left subarticular extrusion (MSU 2-B)".
    static func lesionText(_ finding: LesionFinding, level: DiscLevel) -> String {
        var text = finding.summary.replacingOccurrences(of: " at \(level.displayName)", with: "")
        if let open = text.range(of: " (wall moved in "), let close = text[open.upperBound...].firstIndex(of: ")") {
            text.removeSubrange(open.lowerBound...close)
        }
        if let msu = finding.msu { text += " (MSU \(msu))" }
        return text.sentenceCased
    }
}

/// How a section panel labels itself in its frame.
struct SectionLabelling {
    /// The label mode the frame affords (a cramped frame keeps the minimal set).
    var mode: LabelMode
    /// The measurements as one line of text in the footer, in every mode but `none`; nil in `none`.
    var note: String?
}

extension SectionDrawing {
    /// How a section panel in `frame` is labelled; `measurementNote` is its measurements in one line. The measurements are
    /// read in that line under the section in every frame, not as labels with leaders (issue 11): in the dense canal four
    /// measurement labels cost the axial drawing a call-out each (17 in scenario 21), and in the foramen their leaders ran
    /// along the disc's margins and across the disc. The dimension lines stay on the drawing; `none` keeps no words.
    static func labelling(_ frame: Rect, context c: FigureContext, measurementNote: @autoclosure () -> String) -> SectionLabelling {
        let mode = c.options.labels.effective(cramped: isCramped(frame, c.type))
        return SectionLabelling(mode: mode, note: mode != .none ? measurementNote() : nil)
    }

    /// The scale, points per mm, `fit` gives a section when nothing caps it (``FigureOptions/sectionScale`` unset).
    static func naturalScale(_ context: FigureContext, _ fit: (FigureContext) -> SectionView) -> Double {
        var c = context
        c.options.sectionScale = nil
        return fit(c).mapping.scale
    }

    /// True when `frame` is too narrow for label columns beside a readable drawing: the panel then keeps
    /// only the lesion and hurt-root labels and gives its measurements as a line of text in the footer.
    static func isCramped(_ frame: Rect, _ t: Typography) -> Bool { frame.width < 40 * t.label.size }

    /// Splits `frame` for a section panel whose label texts fall `labels.left` and `labels.right` of the
    /// drawing (already chosen for the label mode); `note` is text set in the footer above the scale bar
    /// (the measurements, in a cramped frame). Each column is as wide as its widest label, within a cap.
    /// `window`: the drawing's in-plane extent (mm); when the drawing is limited by the frame's height, the
    /// columns may take the width it cannot use (labels go where they cost the drawing nothing).
    /// `key`: with numbered call-outs, the texts the numbers stand for; a strip above the footer is kept for them.
    static func layout(id: String, title: String, frame: Rect, labels: (left: [String], right: [String]), note: String? = nil,
                       window: (u: Double, v: Double)? = nil, key: [String]? = nil, context c: FigureContext) -> SectionLayout {
        let t = c.type, cramped = isCramped(frame, t), m = c.options.measurer
        let (titleNodes, rest) = Components.panelTitle(id: id, title, in: frame, context: c)
        let noteWidth = max(1, rest.width - compassSide(t) - t.gap)
        // The note is left out when it would take more than a fifth of the height.
        let noteBlock = note.map { m.block($0, font: t.small, maxWidth: noteWidth) }
        let note = noteBlock.map { $0.height <= 0.2 * rest.height } == true ? note : nil
        let noteHeight = note == nil ? 0 : (noteBlock?.height ?? 0) + t.gap
        let footerHeight = max(compassSide(t), noteHeight + scaleBarHeight(t))
        let keySpace = key.map { keyHeight($0, width: rest.width, context: c) } ?? 0
        let body = Rect(x: rest.minX, y: rest.minY, width: rest.width, height: max(0, rest.height - footerHeight - keySpace - t.gap))
        let keyRect = key.map { _ in Rect(x: rest.minX, y: body.maxY + t.gap, width: rest.width, height: keySpace) }
        let footer = Rect(x: rest.minX, y: body.maxY + t.gap + keySpace, width: rest.width, height: footerHeight)
        var cap = (cramped ? SectionLabels.crampedColumnShare : SectionLabels.maxColumnShare) * rest.width
        if let window, window.u > 0, window.v > 0 {
            // The drawing as wide as the body's height lets it be: what it leaves is the columns'.
            let wide = window.u * max(0, body.height - 2 * t.gap) / window.v
            cap = max(cap, min(0.4 * rest.width, (rest.width - wide) / 2 - SectionLabels.inner(t) - t.unit))
        }
        // Columns too narrow for the longest word hold nothing: then there are none.
        let all = labels.left + labels.right
        let longestWord = all.flatMap { $0.split(separator: " ") }.map { m.metrics(of: String($0), font: t.label).width }.max() ?? 0
        let labelled = !all.isEmpty && longestWord <= cap
        func column(_ texts: [String]) -> Double {
            guard labelled, !texts.isEmpty else { return 0 }
            // A little slack, so that a label exactly as wide as its column does not wrap on rounding.
            return min(texts.map { m.metrics(of: $0, font: t.label).width }.max() ?? 0, cap) + SectionLabels.inner(t) + t.unit
        }
        let left = column(labels.left), right = column(labels.right)
        let drawing = Rect(x: body.minX + left, y: body.minY + t.gap, width: max(1, body.width - left - right),
                           height: max(1, body.height - 2 * t.gap))
        var nodes = titleNodes
        if let note {
            nodes.append(.text(TextNode(id: "\(id).note", string: note, position: Point(x: footer.minX, y: footer.minY), baseline: .top,
                                        font: t.small, color: c.palette.ink, maxWidth: noteWidth)))
        }
        return SectionLayout(titleNodes: nodes, body: body, drawing: drawing, footer: footer, key: keyRect, cramped: cramped, labelled: labelled)
    }

    /// The height of the call-outs' key for `texts` (one entry a line, "1  text", wrapped at `width`), with a gap under it.
    static func keyHeight(_ texts: [String], width: Double, context c: FigureContext) -> Double {
        guard !texts.isEmpty else { return 0 }
        let t = c.type, m = c.options.measurer, indent = calloutIndent(c)
        return texts.map { m.block($0, font: t.small, maxWidth: max(1, width - indent)).height }.reduce(0, +)
            + Double(texts.count - 1) * t.unit + t.gap
    }

    /// Where a key entry's text starts, after its number.
    static func calloutIndent(_ c: FigureContext) -> Double {
        c.options.measurer.metrics(of: "00", font: c.type.small.bold).width + 2 * c.type.unit
    }

    /// A call-out's number as placed in a column: as wide as any two-digit number, so columns are sized before numbering.
    static let calloutPlaceholder = "00"

    /// Lays a section panel out in two passes: a first fit with room for every label on both sides tells
    /// on which side each label's anchor falls (or, for an anchor walled in by bone, its gap: ``SectionLabelItem/leaves``); the columns are then sized for the labels on each side.
    /// Returns the layout, the view of the in-plane window `u` × `v` (mm) and the window's page rectangle.
    /// `callouts`: the labels are numbers in the columns, and their texts a key under the drawing (the sheet's
    /// sections, where label columns would cost the drawing most of its width).
    static func fit(id: String, title: String, frame: Rect, window: (u: ClosedRange<Double>, v: ClosedRange<Double>),
                    orientation: SectionView.Orientation, uToLeft: Bool, labels: [SectionLabelItem], note: String?,
                    callouts: Bool = false, context c: FigureContext) -> (layout: SectionLayout, view: SectionView, drawn: Rect) {
        let key = callouts && !labels.isEmpty ? labels.map(\.text) : nil
        let labels = callouts ? labels.map { var item = $0; item.text = calloutPlaceholder; return item } : labels
        let texts = labels.map(\.text)
        let extent = (u: window.u.upperBound - window.u.lowerBound, v: window.v.upperBound - window.v.lowerBound)
        let first = layout(id: id, title: title, frame: frame, labels: (texts, texts), note: note, window: extent, key: key, context: c)
        let probe = SectionView.fitting(u: window.u, v: window.v, into: first.drawing, orientation: orientation, uToLeft: uToLeft)
        let middle = probe.rect(u: window.u, v: window.v).midX
        let left = labels.filter { $0.side(probe, middle: middle) == .left }.map(\.text)
        let right = labels.filter { $0.side(probe, middle: middle) == .right }.map(\.text)
        let final = layout(id: id, title: title, frame: frame, labels: (left, right), note: note, window: extent, key: key, context: c)
        let view = SectionView.fitting(u: window.u, v: window.v, into: final.drawing, orientation: orientation, uToLeft: uToLeft,
                                       maxScale: c.options.sectionScale ?? .infinity)
        return (final, view, view.rect(u: window.u, v: window.v))
    }

    /// The least height of a frame `width` points wide at which `scale` (a section's ``Panel/drawingScale(in:context:)``)
    /// is as large as in a frame four times as tall: the drawing then spans the width its label columns leave. Points.
    static func fillingHeight(width: Double, scale: (Rect) -> Double?) -> Double? {
        let tall = 4 * width
        guard let most = scale(Rect(x: 0, y: 0, width: width, height: tall)) else { return nil }
        var low = 0.2 * width, high = tall
        for _ in 0..<16 {
            let mid = (low + high) / 2
            if (scale(Rect(x: 0, y: 0, width: width, height: mid)) ?? 0) >= 0.995 * most { high = mid } else { low = mid }
        }
        return high.rounded(.up)
    }

    /// The outlines (page points) of the path nodes among `nodes`, at any depth, whose ids `isBone` accepts.
    static func boneOutlines(_ nodes: [Node], isBone: (String) -> Bool) -> [[Point]] {
        var out: [[Point]] = []
        for node in nodes {
            switch node {
            case .path(let p) where isBone(p.id): out += p.path.polygons()
            case .group(let g): out += boneOutlines(g.children, isBone: isBone)
            default: break
            }
        }
        return out
    }

    /// Height of the scale bar with its label, points.
    static func scaleBarHeight(_ t: Typography) -> Double { t.small.size * 1.25 + t.unit * 6 }

    /// Side of the orientation compass, points.
    static func compassSide(_ t: Typography) -> Double { t.small.size * 3.4 }

    /// Places `requests` (in priority order: the last are left out first when the columns are full) in
    /// columns beside `drawing`, inside `body`. Ids become "<prefix>.label.<id>" and "<prefix>.leader.<id>".
    /// `key`: numbered call-outs — each column label is a number, read down the left column then the right, and the
    /// texts are listed by number in `key` (ids "<prefix>.key.<id>").
    /// `obstacles`: the bones, each as its pieces' outlines (``boneOutlines(_:isBone:)``), which leaders keep clear of
    /// but for their target. A label whose leader would still cross one becomes a numbered call-out on its structure
    /// (``splitCallouts(_:layout:numbers:context:)``), clear of `keepClear` (the roots and dimension lines), its
    /// text in the key: the sheet's strip, or the single view's columns under their labels.
    /// `spacing`: the layout's gaps (spacing, elbow gap, leader run, text gap, points) when not the section views' own
    /// (``SectionLabels``); `leaders`: the leaders' stroke, dot radius and colour when not the muted ones; `reach`: how far
    /// from its anchor's height a straight leader's elbow may move to keep clear of the obstacles (``LabelLayout/reach``);
    /// `farSide`: labels anchored farther than this share of the drawing's width past its middle from their column become
    /// call-outs (``splitCallouts(_:layout:numbers:farSide:context:)``); `widenKeys`: a column's key may widen over the free
    /// space beside the column's foot (``columnKey(_:columns:side:body:anatomy:context:)``), but not over `keyClear` (outlines
    /// that neither leaders nor call-outs avoid, such as the posterior view's sacrum, yet a key must not cover).
    static func labels(_ requests: [LabelRequest], drawing: Rect, body: Rect, prefix: String, key: Rect? = nil,
                       obstacles: [[[Point]]] = [], keepClear: [[Point]] = [], keyClear: [[Point]] = [],
                       spacing: (spacing: Double, elbowGap: Double, leaderRun: Double, textGap: Double)? = nil,
                       leaders: (stroke: Stroke, dot: Double, ink: Color)? = nil, reach: Double = .infinity,
                       farSide: Double = .infinity, widenKeys: Bool = false, context c: FigureContext) -> [Node] {
        guard !requests.isEmpty else { return [] }
        let t = c.type
        let gaps = spacing ?? (SectionLabels.spacing * t.unit, SectionLabels.elbowGap * t.unit, SectionLabels.leaderRun * t.unit,
                               SectionLabels.textGap * t.unit)
        var layout = LabelLayout(font: t.label, drawing: drawing, page: body, spacing: gaps.spacing, elbowGap: gaps.elbowGap,
                                 leaderRun: gaps.leaderRun, textGap: gaps.textGap)
        layout.obstacles = obstacles
        layout.reach = reach
        let ink = leaders ?? (Stroke(color: c.palette.mutedInk, width: t.line * 1.6), t.unit * 1.1, c.palette.mutedInk)
        let style = { (font: Font) in LeaderStyle(
            leader: ink.stroke, dotRadius: ink.dot, dotFill: ink.ink, font: font, textColor: c.palette.ink) }
        // The drawing's outlines, beside which a column's key may widen (the tall sagittal and posterior drawings narrow
        // towards their foot); none: keys as wide as their columns.
        let anatomy = widenKeys ? (obstacles.flatMap { $0 } + keepClear + keyClear).flatMap { $0 } : []
        let split = splitCallouts(requests, layout: layout, numbers: key != nil, farSide: farSide, anatomy: anatomy, context: c)
        var placement = split.placement
        let callouts = spotCallouts(split.callouts, placement: placement, drawing: drawing, obstacles: obstacles, keepClear: keepClear, context: c)
        guard let key else {
            // Numbered by key entry: down the left column's key, then the right's, each from the top of the drawing down.
            let ordered = callouts.sorted { a, b in
                (a.side == .left ? 0 : 1, a.spot?.centre.y ?? 0, a.spot?.centre.x ?? 0) < (b.side == .left ? 0 : 1, b.spot?.centre.y ?? 0, b.spot?.centre.x ?? 0)
            }
            let numbered = ordered.enumerated().map { (callout: $1, number: $0 + 1) }
            return LeaderLabels.nodes(placement, prefix: prefix, style: style(t.label))
                + numbered.flatMap { calloutNodes($0.callout, number: $0.number, prefix: prefix, context: c) }
                + columnKeyNodes(numbered, columns: split.columns, placement: placement, body: body, prefix: prefix,
                                 anatomy: anatomy, context: c)
        }
        // Numbered in reading order: down the left column, then down the right; a call-out on the drawing by its height,
        // on the side its column label stood.
        enum Mark { case column(Int), drawn(Int) }
        let marks = placement.labels.indices.map { (mark: Mark.column($0), side: placement.labels[$0].side, y: placement.labels[$0].frame.minY, x: placement.labels[$0].frame.minX) }
            + callouts.indices.map { (mark: Mark.drawn($0), side: callouts[$0].side, y: callouts[$0].spot?.centre.y ?? 0, x: callouts[$0].spot?.centre.x ?? 0) }
        let order = marks.sorted { a, b in (a.side == .left ? 0 : 1, a.y, a.x) < (b.side == .left ? 0 : 1, b.y, b.x) }
        let texts = Dictionary(requests.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a })
        var nodes: [Node] = [], drawn: [Node] = []
        let indent = calloutIndent(c), m = c.options.measurer, width = max(1, key.width - indent)
        var y = key.minY
        for (n, mark) in order.enumerated() {
            let number = "\(n + 1)", id: String
            switch mark.mark {
            case .column(let i):
                id = placement.labels[i].id
                placement.labels[i].text = number
                placement.labels[i].lines = [number]
            case .drawn(let i):
                id = callouts[i].request.id
                drawn += calloutNodes(callouts[i], number: n + 1, prefix: prefix, context: c)
            }
            let text = texts[id] ?? ""
            nodes.append(.text(TextNode(id: "\(prefix).key.\(id).number", string: number, position: Point(x: key.minX, y: y),
                                        anchor: .start, baseline: .top, font: t.small.bold, color: c.palette.ink)))
            nodes.append(.text(TextNode(id: "\(prefix).key.\(id)", string: text, position: Point(x: key.minX + indent, y: y),
                                        anchor: .start, baseline: .top, font: t.small, color: c.palette.ink, maxWidth: width)))
            y += m.block(text, font: t.small, maxWidth: width).height + t.unit
        }
        return LeaderLabels.nodes(placement, prefix: prefix, style: style(t.label.bold)) + drawn + nodes
    }

    /// The footer: a 10 mm scale bar on the left and an orientation compass on the right, whose
    /// letters name the page's edges (e.g. top "A", bottom "P", left "L", right "R").
    /// With a shared ``FigureOptions/sectionScale`` the bar's label says so and gives the magnification at print size.
    static func footer(id: String, in footer: Rect, mapping: ModelMapping, left: String, right: String, top: String, bottom: String,
                       context c: FigureContext) -> [Node] {
        let t = c.type, side = compassSide(t)
        let text = c.options.sectionScale == nil ? "10 mm" : "10 mm (\(Components.magnification(mapping.scale, context: c)), shared scale)"
        // The bar's label is centred over it: keep it inside the footer when the bar is short.
        let label = c.options.measurer.metrics(of: text, font: t.small).width
        let start = footer.minX + max(t.unit * 2, (label - mapping.length(10)) / 2 + 1)
        var nodes = Components.scaleBar(id: id, at: Point(x: start, y: footer.maxY - t.unit * 4), mapping: mapping, context: c, label: text)
        let box = Rect(x: footer.maxX - side, y: footer.minY, width: side, height: side)
        let arm = side / 2 - t.small.size * 0.95
        var cross = Path.line(from: Point(x: box.midX - arm, y: box.midY), to: Point(x: box.midX + arm, y: box.midY))
        cross.append(.line(from: Point(x: box.midX, y: box.midY - arm), to: Point(x: box.midX, y: box.midY + arm)))
        nodes.append(.path(PathNode(id: "\(id).compass", path: cross, stroke: Stroke(color: c.palette.mutedInk, width: t.line * 1.5))))
        nodes += Components.orientation(id: id, in: box, left: left, right: right, top: top, bottom: bottom, context: c)
        return nodes
    }
}

/// Which label modes keep which words.
extension LabelMode {
    /// The mode a panel actually uses: a cramped frame keeps only the minimal set.
    func effective(cramped: Bool) -> LabelMode { self == .full && cramped ? .minimal : self }
}

/// The grade a section view gives a root where it draws it: read from the simulation's stations, never
/// graded again here (issue 10: one source of truth). Colour means the grade at the place drawn.
enum StationGrade {
    /// The grade the simulation found for this root at this station's place and level (`RootFinding.stations`);
    /// normal when it lists none there. The S3–S5 bundle (no root) takes the grade the crowded sac gives the
    /// named roots beside it at that level.
    static func grade(_ station: RootStation, result r: SimulationResult) -> RootGrade {
        guard let root = station.root else {
            return r.roots.flatMap(\.stations).filter { $0.site == .inSac && $0.level == station.level && $0.crowded }.map(\.grade).max() ?? .normal
        }
        return finding(station, root: root, result: r)?.grade ?? .normal
    }

    /// What the simulation found for `root` at `station`'s place and level (its site as the report names it); nil where
    /// it lists no hurt place there.
    static func finding(_ station: RootStation, root: Root, result r: SimulationResult) -> StationFinding? {
        let place = StationSite(station, scale: r.spine.spine.options.scale)
        return r.finding(root, station.side)?.stations.first { $0.site == place && $0.level == station.level }
    }

    /// The half-thickness, mm, at which a view draws a root of `radius` where the simulation found `found`: the thickness
    /// the model leaves it (`StationFinding.bestFit`), no less than the ribbon the model calls "no room left" (15 % of the
    /// radius, `RootRoom.maximumDeformation`: past it the model's number means nothing more) and no more than the radius.
    /// Shared by the foramen and sagittal views, so that a flattened root is as thin in each.
    static func halfThickness(_ found: StationFinding, radius: Double) -> Double {
        min(radius, max((1 - RootRoom.maximumDeformation) * radius, found.bestFit))
    }

    /// ", worst: compression (grade 3) in the foramen at L5–S1" when the root fares worse somewhere else than
    /// at the place drawn (grade `here`), so a label that describes one place does not read as the root's
    /// whole story; empty otherwise.
    static func elsewhere(_ root: Root, _ side: Side, here: RootGrade, result r: SimulationResult) -> String {
        guard let f = r.finding(root, side), f.grade > here else { return "" }
        return "; worst: \(f.grade.state) (grade \(f.grade.rawValue)) \(f.station.phrase(f.root, at: f.level))"
    }

    /// "left L5 — compression (grade 3)"; an unhurt root just "left L5" plus `detail`. `abovePlane`: the place drawn lies
    /// above the section's plane (drawn dashed), said after `detail` as ", above this plane" (not said without a detail).
    static func label(_ root: Root, _ side: Side, grade: RootGrade, detail: String?, abovePlane: Bool = false) -> String {
        let name = Describe.root(root, side) + (detail.map { " \($0)" + (abovePlane ? ", above this plane" : "") } ?? "")
        return grade > .normal ? "\(name) — \(grade.state) (grade \(grade.rawValue))" : name
    }
}
