import Diagram
import Foundation
import FigureStyle

/// A mid-sagittal section of L1–S1 seen from the patient's left (anterior on the page's left, superior
/// up), drawn to scale from the simulated geometry and bent into a standing lordosis: bodies, discs,
/// laminae and spinous processes in section with their ligaments; the dural sac with the conus and the
/// cauda equina; pedicles, articular processes, foramina and the exiting roots with their ganglia as a
/// dashed parasagittal overlay; lesions to scale; hurt roots coloured by grade and labelled.
///
/// Node ids: "sagittal.body.L4", "sagittal.disc.L4-L5", "sagittal.arch.L4", "sagittal.pedicle.L4",
/// "sagittal.sac", "sagittal.root.L5.left" (with ".ganglion"), "sagittal.cauda.S1", "sagittal.lesion.0",
/// labels "sagittal.label.<what>" with leaders "sagittal.leader.<what>".
public struct SagittalPanel: Panel {
    public init() {}

    /// The drawing's extent (mm) and its labels, made once by ``prepared(for:)``: ``fillingHeight(width:context:)``
    /// needs only these, and a sheet asks it for many widths.
    private var prebuiltFill: (bounds: (u: ClosedRange<Double>, v: ClosedRange<Double>), labels: [SagittalLabel])?

    public func prepared(for context: FigureContext) -> Panel {
        var copy = self
        copy.prebuiltFill = Self.fillParts(context)
        return copy
    }

    /// The drawing's extent and labels in `context`; nil when nothing is drawn.
    private static func fillParts(_ context: FigureContext) -> (bounds: (u: ClosedRange<Double>, v: ClosedRange<Double>), labels: [SagittalLabel])? {
        let drawing = SagittalDrawing(result: context.result, style: SagittalStyle(context),
                                      locators: context.options.isQuiz ? nil : SagittalLocators(context: context))
        guard let bounds = drawing.layers().bounds else { return nil }
        return (bounds, SagittalLabels(drawing: drawing).labels(context.options.labels))
    }

    public func title(_ context: FigureContext) -> String { "Sagittal section, viewed from the left" }

    /// The drawing is tall; label columns on both sides make the panel a little wider than high.
    public var preferredAspect: Double { 4.0 / 3.0 }

    /// The section, its lesions and hurt roots, and (not in a quiz) where the sheet's other sections are cut.
    public func altText(_ context: FigureContext) -> String {
        let text = SagittalText.altText(context.result)
        guard !context.options.isQuiz else { return text }
        let l = SagittalLocators(context: context)
        return text + " Each root is named where it leaves, and a dash-dot line (A) and a dashed ring (F) show where the sheet's axial section "
            + "(through the \(l.axial.displayName) disc) and foraminal section (the \(l.foramen.side.rawValue) \(l.foramen.level.displayName) foramen) are cut."
    }

    /// The caption's account of this panel: viewpoint, scale, and how lateral structures are shown.
    public func caption(_ context: FigureContext) -> String { SagittalText.caption(quiz: context.options.isQuiz) }

    public func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        let (titleNodes, rest) = Components.panelTitle(id: "sagittal", title(context), in: frame, context: context)
        let t = context.type
        let keyHeight = SagittalKey.height(context, width: rest.width)
        let body = Rect(x: rest.minX, y: rest.minY, width: rest.width, height: max(1, rest.height - keyHeight - t.gap))
        let strip = Rect(x: rest.minX, y: rest.maxY - keyHeight, width: rest.width, height: keyHeight)

        let style = SagittalStyle(context)
        let locators = context.options.isQuiz ? nil : SagittalLocators(context: context)
        let drawing = SagittalDrawing(result: context.result, style: style, locators: locators)
        let layers = drawing.layers()
        let labels = SagittalLabels(drawing: drawing).labels(context.options.labels)

        guard let bounds = layers.bounds else { return titleNodes }
        let mapping = Self.mapping(bounds, labels: labels, in: body, context: context)
        let drawn = layers.map { $0.node(mapping) }
        let corner1 = mapping.point(bounds.u.lowerBound, bounds.v.upperBound), corner2 = mapping.point(bounds.u.upperBound, bounds.v.lowerBound)
        let drawingRect = Rect(x: corner1.x, y: corner1.y, width: corner2.x - corner1.x, height: corner2.y - corner1.y)
        let layout = Self.layout(context, drawing: body)

        // Leaders that would cross a bone or disc other than their own become numbered call-outs, keyed under their column.
        // A level name is never a call-out: one the left column cannot hold (sent right, or whose leader would cross
        // anatomy) is written in front of its vertebra instead, and the column laid out again without it.
        var inFront = Set(labels.filter { $0.id.hasPrefix("level.") && $0.side == .right }.map(\.id))
        func column() -> [Node] {
            Self.labelNodes(labels.filter { !inFront.contains($0.id) }.map {
                                LabelRequest(id: $0.id, text: $0.text, anchor: mapping.point($0.anchor.u, $0.anchor.v), preferredSide: $0.side)
                            },
                            drawing: drawingRect, body: body, prefix: "sagittal", drawn: drawn,
                            isSolid: Self.isSolid, keepsClear: Self.keepsClear, layout: layout, context: context)
        }
        var placed = column()
        for _ in 0..<Self.levelRounds {
            let numbered = Set(placed.map(\.id).filter { $0.hasPrefix("sagittal.callout.level.") && !$0.hasSuffix(".number") }
                .map { String($0.dropFirst("sagittal.callout.".count)) })
            guard !numbered.isEmpty else { break }
            inFront.formUnion(numbered)
            placed = column()
        }
        // The foraminal section's ring marked "F" (named in the key).
        var taken: [Rect] = []
        if let locators, let ring = locators.foramenRing(drawing) {
            let mark = locators.foramenMark(ring: ring.map { mapping.point($0.u, $0.v) }, drawn: drawn, labels: placed, mapping: mapping,
                                            drawing: drawing, context: context)
            placed.append(.text(mark))
            taken.append(context.options.measurer.frame(of: mark))
        }
        let levels = labels.filter { inFront.contains($0.id) }
        if !levels.isEmpty {
            var near = taken + Self.bounds(placed, measurer: context.options.measurer) { $0.hasPrefix("sagittal.callout.") || $0.hasPrefix("sagittal.label.") }
            placed += Self.levelNames(levels.map { ($0.id, $0.text, mapping.point($0.anchor.u, $0.anchor.v)) }, taken: &near,
                                      leaders: Self.leaderSegments(placed), solids: SectionDrawing.boneOutlines(drawn) { Self.isSolid($0) != nil },
                                      context: context)
        }
        // Every root named beside the end of its nerve (issue 11), in the drawing, haloed.
        if context.options.labels != .none && !context.options.isQuiz {
            // Clear of the plane locators (the axial line, the foraminal ring and its F), the lesions and one another:
            // of a few places round the nerve's end, the first that is free.
            let line = locators.flatMap { $0.axialLine(drawing) }.map { Segment(mapping.point($0.front.u, $0.front.v), mapping.point($0.back.u, $0.back.v)) }
            taken += Self.bounds(drawn, measurer: context.options.measurer) { $0 == "sagittal.locator.foramen" || $0.hasPrefix("sagittal.lesion.") }
            taken += Self.bounds(placed, measurer: context.options.measurer) { $0.hasPrefix("sagittal.callout.") || $0.hasPrefix("sagittal.label.") }
            let h = t.small.size * 1.4
            let leaders = Self.leaderSegments(placed)
            // A name's own short leader (when it stands off its nerve's end) crosses no other leader nor a dimension line:
            // 21's L5, pushed right of its crowded foramen, was tied back across the slip's dimension line (issue 11).
            let lines = leaders + Self.segments(drawn) { $0.hasPrefix("sagittal.measure.") }
            for name in SagittalLabels(drawing: drawing).rootNames() {
                let p = mapping.point(name.anchor.u, name.anchor.v)
                let w = context.options.measurer.metrics(of: name.text, font: t.small.bold).width
                let gap = t.unit * 3, drop = t.unit * 2
                // The right-hand ends of the candidate boxes' middles, nearest first: left of the nerve's end, further left,
                // below, above, right.
                let candidates = [Point(x: p.x - gap, y: p.y + drop), Point(x: p.x - gap - w / 2, y: p.y + drop),
                                  Point(x: p.x - gap - w, y: p.y + drop), Point(x: p.x - gap, y: p.y + drop + h),
                                  Point(x: p.x - gap, y: p.y - h), Point(x: p.x + gap + w, y: p.y + drop),
                                  Point(x: p.x + gap + w, y: p.y + drop + h), Point(x: p.x + gap + w, y: p.y - h),
                                  Point(x: p.x - gap - w, y: p.y + drop + h), Point(x: p.x - gap - w, y: p.y - h),
                                  Point(x: p.x - gap, y: p.y + drop + 2 * h), Point(x: p.x - gap, y: p.y - 2 * h),
                                  // Further out, where the anatomy round the nerve's end is crowded (a lesion, the F ring).
                                  Point(x: p.x - gap - 2 * w, y: p.y + drop), Point(x: p.x + gap + 2 * w, y: p.y + drop),
                                  Point(x: p.x - gap, y: p.y + drop + 3 * h), Point(x: p.x + gap + w, y: p.y + drop + 2 * h),
                                  Point(x: p.x - gap - w, y: p.y + drop + 2 * h), Point(x: p.x + gap + w, y: p.y + drop + 3 * h),
                                  // Above and in front, over the disc: a nerve's end inside a slip's dimension bracket is
                                  // reached from there without crossing it (21's L5).
                                  Point(x: p.x - gap - w, y: p.y - 2 * h), Point(x: p.x - gap - 2 * w, y: p.y - h),
                                  Point(x: p.x - gap - 2 * w, y: p.y - 2 * h), Point(x: p.x - gap, y: p.y - 3 * h),
                                  Point(x: p.x - gap - w, y: p.y - 3 * h)] + Self.upAndInFront(of: p, step: h)
                func box(_ at: Point) -> Rect { Rect(x: at.x - w, y: at.y - h / 2, width: w, height: h) }
                /// The short leader from the name's box to the nerve's end, when the box stands more than a line off it.
                func tie(_ b: Rect) -> Segment? {
                    let near = Point(x: min(max(p.x, b.minX), b.maxX), y: min(max(p.y, b.minY), b.maxY))
                    return near.distance(to: p) > h ? Segment(near, p) : nil
                }
                func free(_ b: Rect) -> Bool {
                    !(line?.crosses(b) ?? false) && !taken.contains { $0.intersects(b) } && !leaders.contains { $0.crosses(b) }
                }
                /// Whether a tie crosses none of `lines` and, with `margin`, passes no nearer than that to one (a tie
                /// grazing the end of a slip bracket's tick reads as joined to it: 22's L4).
                func clear(_ t: Segment, margin: Double) -> Bool {
                    !lines.contains { l in
                        l.crosses(t) || margin > 0 && min(Polygons.segmentDistance(l.start, t.start, t.end), Polygons.segmentDistance(l.end, t.start, t.end),
                                                          Polygons.segmentDistance(t.start, l.start, l.end)) < margin
                    }
                }
                // The first free place whose leader keeps three units clear of every line, else crosses none; else the
                // first free place.
                func fits(_ c: Point, margin: Double) -> Bool {
                    guard free(box(c)) else { return false }
                    guard let t = tie(box(c)) else { return true }
                    return clear(t, margin: margin)
                }
                let at = candidates.first { fits($0, margin: 3 * t.unit) } ?? candidates.first { fits($0, margin: 0) }
                    ?? candidates.first { free(box($0)) } ?? candidates[0]
                taken.append(box(at))
                placed.append(.text(TextNode(id: "sagittal.\(name.id)", string: name.text, position: at,
                                             anchor: .end, baseline: .middle, font: t.small.bold, color: context.palette.ink,
                                             halo: Halo(color: .white, width: t.unit * 1.2))))
                // A name pushed more than a line from its nerve's end (a crowded slip or lesion) could be read as another
                // root's or a body's: a short leader ties it to the end.
                if let tie = tie(box(at)) {
                    placed.append(.path(PathNode(id: "sagittal.\(name.id).leader", path: .line(from: tie.start, to: tie.end),
                                                 stroke: Stroke(color: context.palette.ink, width: t.line))))
                }
            }
        }
        let key = SagittalKey.nodes(in: strip, mapping: mapping, context: context)
        return titleNodes + [
            .group(GroupNode(id: "sagittal.drawing", children: drawn)),
            .group(GroupNode(id: "sagittal.labels", children: placed)),
            .group(GroupNode(id: "sagittal.key", children: key)),
        ]
    }

    /// Places for a root's name further up and in front of its nerve's end `p`, over the body or disc, past a foraminal
    /// ring round the end (22's and 31's L4, whose end lies in the ring and inside the slip's bracket): rings `step`
    /// (a line's height, points) further out each, from 3 to 9 lines, nearest the horizontal first, so that the name's
    /// leader passes over the bracket's tick rather than across it. Each point is the right-hand end of a box's middle.
    static func upAndInFront(of p: Point, step: Double) -> [Point] {
        (3...9).flatMap { (k: Int) -> [Point] in
            [150.0, 135, 165, 120, 105].map { (degrees: Double) -> Point in
                let r = Double(k) * step, a = degrees * Double.pi / 180
                return Point(x: p.x + r * cos(a), y: p.y - r * sin(a))
            }
        }
    }

    /// How many times the column is laid out again without the level names it made call-outs.
    static let levelRounds = 3

    /// The segments of the outlines of the paths among `nodes` (at any depth) whose ids `matches` accepts.
    static func segments(_ nodes: [Node], matching matches: (String) -> Bool) -> [Segment] {
        nodes.flatMap { node -> [Segment] in
            switch node {
            case .path(let p) where matches(p.id):
                return p.path.polygons().flatMap { line in zip(line, line.dropFirst()).map { Segment($0, $1) } }
            case .group(let g): return segments(g.children, matching: matches)
            default: return []
            }
        }
    }

    /// The side labels' leaders among `placed`, as segments.
    static func leaderSegments(_ placed: [Node]) -> [Segment] {
        placed.flatMap { node -> [Segment] in
            guard case .path(let leader) = node, leader.id.hasPrefix("sagittal.leader."), !leader.id.hasSuffix(".dot") else { return [] }
            return leader.path.polygons().flatMap { line in zip(line, line.dropFirst()).map { Segment($0, $1) } }
        }
    }

    /// The solids a sagittal leader keeps clear of but for its target: each body, arch and disc, and the sacrum.
    static func isSolid(_ id: String) -> String? {
        for prefix in ["sagittal.body.", "sagittal.arch.", "sagittal.disc."] where id.hasPrefix(prefix) {
            // "sagittal.body.L4", not its ".cancellous" inside nor a disc's ".nucleus".
            return id.dropFirst(prefix.count).contains(".") ? nil : id
        }
        return id == "sagittal.sacrum.lower" ? id : nil
    }

    /// What a call-out's circle keeps clear of: the roots, the cauda equina and the plane locators.
    static func keepsClear(_ id: String) -> Bool {
        id.hasPrefix("sagittal.root.") || id.hasPrefix("sagittal.cauda.") || id.hasPrefix("sagittal.locator.")
    }

    /// Column labels for `requests` beside `drawing` in `body` with the sagittal views' leaders (``layout(_:drawing:)``);
    /// a label whose leader would cross one of the solids `isSolid` names in `drawn` (their names: the pieces of one solid
    /// share it) other than its target becomes a numbered call-out on its structure, clear of what `keepsClear` accepts,
    /// its text in a key under its column (``SectionDrawing/labels(_:drawing:body:prefix:key:obstacles:keepClear:spacing:leaders:context:)``),
    /// which does not widen over the shapes `keyClear` accepts either.
    static func labelNodes(_ requests: [LabelRequest], drawing: Rect, body: Rect, prefix: String, drawn: [Node], isSolid: (String) -> String?,
                           keepsClear: (String) -> Bool, keyClear: (String) -> Bool = { _ in false }, layout: LabelLayout,
                           context: FigureContext) -> [Node] {
        var solids: [String: [[Point]]] = [:]
        func collect(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .path(let p): if let name = isSolid(p.id) { solids[name, default: []] += p.path.polygons() }
                case .group(let g): collect(g.children)
                default: break
                }
            }
        }
        collect(drawn)
        let t = context.type, ink = context.palette.ink
        return SectionDrawing.labels(requests, drawing: drawing, body: body, prefix: prefix,
                                     obstacles: solids.keys.sorted().compactMap { solids[$0] },
                                     keepClear: SectionDrawing.boneOutlines(drawn, isBone: keepsClear),
                                     keyClear: SectionDrawing.boneOutlines(drawn, isBone: keyClear),
                                     spacing: (layout.spacing, layout.elbowGap, layout.leaderRun, layout.textGap),
                                     leaders: (Stroke(color: ink, width: t.line * 1.2), t.line * 2.2, ink), reach: 4 * t.label.size, widenKeys: true, context: context)
    }

    /// The page bounds of the nodes among `nodes` (at any depth) whose ids `matches` accepts.
    static func bounds(_ nodes: [Node], measurer: some TextMeasurer, matching matches: (String) -> Bool) -> [Rect] {
        var out: [Rect] = []
        for node in nodes {
            if matches(node.id), let b = node.bounds(measurer: measurer) {
                out.append(b)
            } else if case .group(let g) = node {
                out += bounds(g.children, measurer: measurer, matching: matches)
            }
        }
        return out
    }

    /// The height of a frame `width` wide whose body holds the drawing at the scale the label columns leave its width
    /// (``scale(_:labels:width:tall:context:)``): title, drawing and key with no white space above or below. Points.
    public func fillingHeight(width: Double, context: FigureContext) -> Double? {
        guard let (bounds, labels) = prebuiltFill ?? Self.fillParts(context) else { return nil }
        let probe = Rect(x: 0, y: 0, width: width, height: 10 * width)
        let (_, rest) = Components.panelTitle(id: "sagittal", title(context), in: probe, context: context)
        let dv = max(1e-6, bounds.v.upperBound - bounds.v.lowerBound)
        // The least body height at which the scale stops growing with the height: each arrangement's width-limited
        // scale, the one-column arrangement's first when it is the one that height gives.
        let both = Self.widthScale(bounds, labels: labels, width: width, oneColumn: false, context: context)
        let one = Self.widthScale(bounds, labels: labels, width: width, oneColumn: true, context: context)
        let scale = Self.floor * one.scale > both.scale ? one.scale : both.scale
        return (rest.minY - probe.minY + dv * scale + context.type.gap + SagittalKey.height(context, width: width)).rounded(.up)
    }

    /// The widest a label column is, as a share of the body's width (but never narrower than its longest word): longer
    /// labels wrap, so that the drawing keeps most of the width (issue 11).
    static let columnShare = 0.17

    /// The share of the height-limited scale the drawing keeps at least, however wide its labels.
    static let floor = 0.65

    /// The scale (points per mm) at which the drawing spans the width the label columns leave it in a body `width`
    /// points wide, with the left column's width. The columns are each side's widest label (capped) plus its leader's run;
    /// `oneColumn`: every label in the left column (where the label layout moves them when the right one is too narrow).
    static func widthScale(_ bounds: (u: ClosedRange<Double>, v: ClosedRange<Double>), labels: [SagittalLabel], width: Double,
                           oneColumn: Bool, context: FigureContext) -> (scale: Double, left: Double) {
        let t = context.type
        let layout = Self.layout(context, drawing: Rect(x: 0, y: 0, width: width, height: width))
        let inner = layout.elbowGap + layout.leaderRun + layout.textGap
        func widest(_ side: LabelSide) -> Double {
            let widths = labels.filter { oneColumn ? side == .left : $0.side == side }
                .map { context.options.measurer.metrics(of: $0.text, font: t.label).width }
            let words = labels.filter { oneColumn ? side == .left : $0.side == side }
                .flatMap { $0.text.split(separator: " ") }.map { context.options.measurer.metrics(of: String($0), font: t.label).width }
            return widths.max().map { min($0, max(words.max() ?? 0, width * columnShare)) + inner } ?? t.gap
        }
        let left = widest(.left), right = widest(.right)
        let du = max(1e-6, bounds.u.upperBound - bounds.u.lowerBound)
        return (max(0, width - left - right) / du, left)
    }

    /// The mm → page mapping: the drawing as tall as `body` allows, shrunk (to no less than ``floor``) when the
    /// widest labels would not otherwise fit beside it on one line; drawing and columns centred together. When that
    /// floor leaves the right column too narrow for its labels (the label layout then moves them left), the drawing
    /// takes the width a single left column leaves it.
    static func mapping(_ bounds: (u: ClosedRange<Double>, v: ClosedRange<Double>), labels: [SagittalLabel], in body: Rect,
                        context: FigureContext) -> ModelMapping {
        let du = max(1e-6, bounds.u.upperBound - bounds.u.lowerBound), dv = max(1e-6, bounds.v.upperBound - bounds.v.lowerBound)
        let tall = body.height / dv
        let both = widthScale(bounds, labels: labels, width: body.width, oneColumn: false, context: context)
        let squeezed = floor * tall > both.scale
        let fit = squeezed ? widthScale(bounds, labels: labels, width: body.width, oneColumn: true, context: context) : both
        let scale = max(floor * tall, min(tall, fit.scale))
        // The width between the columns the drawing leaves, split either side of it.
        let extra = max(0, du * (fit.scale - scale))
        let x = body.minX + fit.left + extra / 2
        let y = body.minY + (body.height - dv * scale) / 2
        return ModelMapping(scale: scale, origin: Point(x: x - bounds.u.lowerBound * scale, y: y + bounds.v.upperBound * scale))
    }

    /// Leader and gap sizes for `context`'s type (the label layout's page is `page`).
    static func layout(_ context: FigureContext, drawing page: Rect) -> LabelLayout {
        let t = context.type
        // The elbow gap as the section views' (``SectionLabels``): half of it is how near a solid an anchor is on it.
        return LabelLayout(font: t.label, drawing: page, page: page, spacing: t.unit * 1.5, elbowGap: t.unit * SectionLabels.elbowGap,
                           leaderRun: t.unit * 8, textGap: t.unit * 2)
    }
}

extension LabelPlacement {
    /// The sagittal and posterior views' labels: ink leaders with a small anchor dot. Ids
    /// "<prefix>.leader.<id>", "<prefix>.label.<id>".
    func labelNodes(prefix: String, context: FigureContext) -> [Node] {
        let t = context.type, ink = context.palette.ink
        return LeaderLabels.nodes(self, prefix: prefix, style: LeaderStyle(
            leader: Stroke(color: ink, width: t.line * 1.2), dotRadius: t.line * 2.2, dotFill: ink, font: t.label, textColor: ink))
    }
}
