import Anatomy
import Clinical
import Compression
import Diagram
import Geometry
import FigureStyle
import Pathology

/// The `foramen[:LEVEL[:SIDE]]` view: the parasagittal section through one foramen at the exiting
/// root's ganglion, seen from the side shown (the left foramen from the patient's left, anterior on the
/// page's left; the right one from the right, anterior on the page's right), cranial up. Pedicles above
/// and below, bodies and disc in front, the facet joint behind, the root and its ganglion in the fat;
/// foraminal height (with the Lee grade) and posterior disc height as dimension lines. Slip, disc
/// collapse and posture show because everything is drawn to scale from the deformed model.
public struct ForamenPanel: Panel {
    public var level: DiscLevel?
    public var side: Side?
    /// Numbered call-outs with a key under the drawing instead of label columns (the sheet's section).
    public var callouts: Bool

    /// The section built once by ``prepared(for:)``: it depends on the result, level and side only, not on the frame.
    private var prebuilt: ForamenSection?

    public init(level: DiscLevel? = nil, side: Side? = nil, callouts: Bool = false) {
        self.level = level
        self.side = side
        self.callouts = callouts
    }

    /// The label items of every mode, made once by ``prepared(for:)`` (the frame
    /// decides only which of them a fit uses).
    private var prebuiltLabels: [LabelMode: [SectionLabelItem]] = [:]

    public func prepared(for context: FigureContext) -> Panel {
        var copy = self
        let (level, side) = resolved(context.result)
        let section = ForamenSection(result: context.result, level: level, side: side)
        copy.prebuilt = section
        copy.prebuiltLabels = SectionLabelItem.everyMode(ForamenAnnotations(section: section, result: context.result, context: context).labels)
        return copy
    }

    /// The foramen drawn: the one asked for; else the foramen where the simulation found the worst foraminal
    /// or extraforaminal station of any root (on the side asked for, if any) — a double crush's second place
    /// counts, not only a root's worst; else the first lesion's level and side; else L5–S1, left. The sheet
    /// and the single view use this one rule, so they draw the same foramen.
    public func resolved(_ r: SimulationResult) -> (level: DiscLevel, side: Side) {
        var best: (level: DiscLevel, side: Side, grade: RootGrade, deformation: Double)?
        for f in r.roots where side == nil || f.side == side {
            for p in f.stations where (p.site == .foramen || p.site == .extraforaminal) && (level == nil || p.level == level) {
                if let b = best, (b.grade, b.deformation) >= (p.grade, p.deformationPercent) { continue }
                best = (p.level, f.side, p.grade, p.deformationPercent)
            }
        }
        if let level { return (level, side ?? best?.side ?? .left) }
        if let best { return (best.level, best.side) }
        if let first = r.input.lesions.first { return (first.level, side ?? SheetSections.lesionSide(first) ?? .left) }
        return (.L5S1, side ?? .left)
    }

    public func title(_ context: FigureContext) -> String {
        let (level, side) = resolved(context.result)
        let posture = context.result.input.posture
        let suffix = posture == .neutral ? "" : ", in \(posture.rawValue)"
        if context.options.isQuiz { return "Intervertebral foramen, viewed from the side\(suffix)" }
        return "\(side.rawValue.sentenceCased) \(level.displayName) foramen, viewed from the \(side.rawValue)\(suffix)"
    }

    public var preferredAspect: Double { 4.0 / 3.0 }

    /// The section, its annotations and how they are fitted into `frame`.
    private func fitted(in frame: Rect, context c: FigureContext) -> (section: ForamenSection, annotations: ForamenAnnotations, mode: LabelMode,
                                                                      layout: SectionLayout, view: SectionView, drawn: Rect) {
        let (level, side) = resolved(c.result)
        let section = prebuilt ?? ForamenSection(result: c.result, level: level, side: side)
        let annotations = ForamenAnnotations(section: section, result: c.result, context: c)
        // The measurements are read in a line under the section (`SectionDrawing.labelling`); the dimension lines stay.
        let l = SectionDrawing.labelling(frame, context: c, measurementNote: annotations.measurementNote)
        let window = section.window
        // Seen from the side shown: anterior (−y) towards the viewer's left for the left side.
        let (layout, view, drawn) = SectionDrawing.fit(id: "foramen", title: title(c), frame: frame, window: (window.y, window.z),
                                                       orientation: .parasagittal, uToLeft: side == .right,
                                                       labels: prebuiltLabels[l.mode] ?? annotations.labels(mode: l.mode), note: l.note,
                                                       callouts: callouts, context: c)
        return (section, annotations, l.mode, layout, view, drawn)
    }

    public func drawingScale(in frame: Rect, context: FigureContext) -> Double? {
        SectionDrawing.naturalScale(context) { fitted(in: frame, context: $0).view }
    }

    /// The least height at which the section spans the width its label columns leave (a single page is given it).
    public func fillingHeight(width: Double, context: FigureContext) -> Double? {
        SectionDrawing.fillingHeight(width: width) { drawingScale(in: $0, context: context) }
    }

    public func nodes(in frame: Rect, context c: FigureContext) -> [Node] {
        let side = resolved(c.result).side
        let (section, annotations, mode, layout, view, drawn) = fitted(in: frame, context: c)
        let drawing = ForamenDrawing(section: section, view: view, context: c)
        var anatomy = drawing.nodes()
        anatomy += annotations.dimensionNodes(view: view, mode: mode)
        anatomy += drawing.rootNodes(ids: annotations.rootIDs)
        var nodes = layout.titleNodes
        nodes.append(.group(GroupNode(id: "foramen.section", children: anatomy, clip: .rectangle(drawn))))
        let requests = layout.labelled ? annotations.labelRequests(mode: mode, view: view, drawn: drawn) : []
        nodes += SectionDrawing.labels(requests, drawing: drawn, body: layout.body, prefix: "foramen", key: layout.key,
                                       // The two vertebrae and the disc between them.
                                       obstacles: ["foramen.upper.", "foramen.lower."].map { bone in
                                           SectionDrawing.boneOutlines(anatomy) { $0.hasPrefix(bone) && !$0.hasSuffix(".cortex") }
                                       } + [SectionDrawing.boneOutlines(anatomy) { $0 == "foramen.disc" }] + Self.jointObstacle(section, view: view), keepClear: SectionDrawing.boneOutlines(anatomy, isBone: Self.keepsClear), context: c)
        let (left, right) = side == .left ? ("A", "P") : ("P", "A")
        nodes += SectionDrawing.footer(id: "foramen", in: layout.footer, mapping: view.mapping, left: left, right: right, top: "S", bottom: "I", context: c)
        return nodes
    }

    /// The lower part of the facet joint, from 0.6 of its length to its lower end, across its space from the superior process's
    /// surface to the inferior one's, as an obstacle for leaders (page points): a leader from the joint's middle ran down along
    /// the joint line to a label level with its lower end (issue 11); crossing this it becomes a call-out on the joint instead.
    static func jointObstacle(_ s: ForamenSection, view: SectionView) -> [[[Point]]] {
        guard s.superiorFacet != nil else { return [] }
        let top: Vec2 = s.jointTop, b: Vec2 = s.jointBottom
        let a: Vec2 = top + (b - top) * 0.6
        let d: Vec2 = b - a, l = max(1e-6, d.length)
        let n = Vec2(-d.y / l, d.x / l)
        let back: Vec2 = n.x < 0 ? n * -1 : n
        let near: Vec2 = back * (-0.4 * s.scale), far: Vec2 = back * (1.1 * s.scale)
        let corners: [Vec2] = [a + near, b + near, b + far, a + far]
        return [[corners.map { view.point($0) }]]
    }

    /// What a call-out's circle keeps clear of: the roots and the dimension lines.
    static func keepsClear(_ id: String) -> Bool {
        id.hasPrefix("foramen.root.") || (id.hasPrefix("foramen.dim.") && id.hasSuffix(".line"))
    }

    public func altText(_ context: FigureContext) -> String {
        let (level, side) = resolved(context.result)
        let section = ForamenSection(result: context.result, level: level, side: side)
        return ForamenAnnotations(section: section, result: context.result, context: context).altText(title: title(context))
    }
}
