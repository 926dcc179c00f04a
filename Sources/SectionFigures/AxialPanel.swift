import Anatomy
import Compression
import Diagram
import FigureStyle
import Pathology

/// The `axial[:LEVEL]` view: the disc level seen from above, anterior at the top and the patient's
/// left on the page's left (or, with `AxialOrientation.radiological`, seen from below as on MRI: the
/// patient's left on the page's right). Disc (annulus and nucleus), the canal with the dural sac and the roots in
/// it, the lateral recesses with the traversing roots, the foramina with the exiting roots and their
/// ganglia, facets, laminae, ligamentum flavum, the lesion; canal AP, dural area and recess depths as
/// dimension lines with their values and grade. Drawn to scale from the simulation's geometry.
public struct AxialPanel: Panel {
    /// The level shown; nil for the default (see `resolvedLevel(_:)`).
    public var level: DiscLevel?
    /// Numbered call-outs with a key under the drawing instead of label columns (the sheet's section).
    public var callouts: Bool

    /// The section built once by ``prepared(for:)``: it depends on the result and the level only, not on the frame.
    private var prebuilt: AxialSection?

    public init(level: DiscLevel? = nil, callouts: Bool = false) {
        self.level = level
        self.callouts = callouts
    }

    /// The label items of every mode, made once by ``prepared(for:)`` (the frame
    /// decides only which of them a fit uses).
    private var prebuiltLabels: [LabelMode: [SectionLabelItem]] = [:]

    public func prepared(for context: FigureContext) -> Panel {
        var copy = self
        let section = AxialSection(result: context.result, level: resolvedLevel(context.result))
        copy.prebuilt = section
        copy.prebuiltLabels = SectionLabelItem.everyMode(AxialAnnotations(section: section, result: context.result, context: context).labels)
        return copy
    }

    /// The level drawn: the one asked for, else the level of the worst hurt root, else of the first
    /// lesion, else L4–L5.
    public func resolvedLevel(_ result: SimulationResult) -> DiscLevel {
        level ?? result.hurtRoots.first?.level ?? result.input.lesions.first?.level ?? .L4L5
    }

    public func title(_ context: FigureContext) -> String {
        let viewpoint = context.options.axialOrientation == .radiological
            ? "viewed from below as on MRI (patient's left on the right)" : "viewed from above"
        if context.options.isQuiz { return "Axial section through a lumbar disc, \(viewpoint)" }
        return "Axial section at \(resolvedLevel(context.result).displayName), \(viewpoint)"
    }

    public var preferredAspect: Double { 4.0 / 3.0 }

    /// The section, its annotations and how they are fitted into `frame`.
    private func fitted(in frame: Rect, context c: FigureContext)
        -> (section: AxialSection, annotations: AxialAnnotations, mode: LabelMode, layout: SectionLayout, view: SectionView, drawn: Rect) {
        let section = prebuilt ?? AxialSection(result: c.result, level: resolvedLevel(c.result))
        let annotations = AxialAnnotations(section: section, result: c.result, context: c)
        // The measurements are read in a line under the section (`SectionDrawing.labelling`); the dimension lines stay.
        let l = SectionDrawing.labelling(frame, context: c, measurementNote: annotations.measurementNote)
        let window = section.window
        let (layout, view, drawn) = SectionDrawing.fit(id: "axial", title: title(c), frame: frame, window: (window.x, window.y),
                                                       orientation: .axial, uToLeft: c.options.axialOrientation == .anatomical,
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
        let (section, annotations, mode, layout, view, drawn) = fitted(in: frame, context: c)
        var anatomy = AxialDrawing(section: section, view: view, context: c).nodes()
        anatomy += annotations.dimensionNodes(view: view)
        anatomy += AxialDrawing(section: section, view: view, context: c).rootNodes(ids: annotations.rootIDs)
        var nodes = layout.titleNodes
        nodes.append(.group(GroupNode(id: "axial.section", children: anatomy, clip: .rectangle(drawn))))
        let requests = layout.labelled ? annotations.labelRequests(mode: mode, view: view, drawn: drawn) : []
        nodes += SectionDrawing.labels(requests, drawing: drawn, body: layout.body, prefix: "axial", key: layout.key,
                                       // The bone, the sac (a leader does not cross the canal to the far recess) and the
                                       // disc (a leader over it reads as naming it).
                                       obstacles: [SectionDrawing.boneOutlines(anatomy, isBone: AxialDrawing.isBone),
                                                   SectionDrawing.boneOutlines(anatomy) { $0 == "axial.sac" },
                                                   SectionDrawing.boneOutlines(anatomy) { $0 == "axial.disc" }],
                                       keepClear: SectionDrawing.boneOutlines(anatomy, isBone: Self.keepsClear),
                                       farSide: Self.farSide, context: c)
        // The compass names the patient's side at each edge of the page: L on the left seen from above, R seen from below.
        let (left, right) = c.options.axialOrientation == .anatomical ? ("L", "R") : ("R", "L")
        nodes += SectionDrawing.footer(id: "axial", in: layout.footer, mapping: view.mapping, left: left, right: right, top: "A", bottom: "P", context: c)
        return nodes
    }

    /// A label anchored farther than this share of the drawing's width past the midline from its column (a lateral
    /// recess labelled from the far side) becomes a call-out: its leader would cross the canal.
    static let farSide = 0.08

    /// What a call-out's circle keeps clear of: the roots (the cauda equina and the root courses too) and the dimension lines.
    static func keepsClear(_ id: String) -> Bool {
        id.hasPrefix("axial.root.") || id.hasPrefix("axial.cauda.") || (id.hasPrefix("axial.dim.") && id.hasSuffix(".line"))
    }

    public func altText(_ context: FigureContext) -> String {
        let r = context.result, level = resolvedLevel(r)
        let section = AxialSection(result: r, level: level)
        return AxialAnnotations(section: section, result: r, context: context).altText(title: title(context))
    }
}
