import Anatomy
import Clinical
import Diagram
import FigureStyle

/// The dermatome atlas of one map (`radix atlas`): the title, how the map was made, anterior and
/// posterior body charts (with the soles) side by side from the waist down, every segment L1–S2 and
/// the S3–S5 saddle in its colour and named on its band on the patient's right, the ISNCSCI key
/// sensory points on the patient's left, "R"/"L" under the feet, the legend, and the caption with
/// the citation and "Teaching model — not for diagnosis".
///
/// Ids: "atlas.<view>.<side>.<region>.<segment>" for a band (see ``AtlasBodyDrawing``),
/// "atlas.<figure>.name.<segment>" for a name inside its band, "atlas.<figure>.label.<segment>"
/// for one in a column, "atlas.keypoint.<root>" for a key point, "legend.…", "page.title",
/// "page.caption".
public enum DermatomeAtlasFigure {
    /// The side whose bands carry the names, and the side carrying the key points.
    static let namedSide = Side.right
    static let keyPointSide = Side.left

    /// The page for `atlas`.
    public static func scene(_ atlas: Atlas, options: FigureOptions) -> Scene {
        let layout = AtlasFigureLayout(atlas: atlas, options: options)
        let palette = options.palette, t = options.type, m = options.measurer
        var nodes = layout.headerNodes
        for figure in layout.figures {
            nodes += figure.drawing.nodes(prefix: "atlas", palette: palette, type: t)
        }
        nodes += keyPointMarks(layout)
        nodes += labelNodes(layout)
        nodes += layout.markNodes()
        let legend = AtlasPage.legend(id: "legend", at: Point(x: layout.margin, y: layout.legendY), width: layout.inner,
                                      segments: DermatomeSegment.all, marks: [.edge, .keyPoint, .knee], palette: palette, type: t, measurer: m)
        nodes += legend.nodes
        let caption = AtlasPage.text(id: "page.caption", captionText(atlas), at: Point(x: layout.margin, y: layout.legendY + legend.height + t.gap),
                                     width: layout.inner, font: t.small, color: palette.mutedInk, measurer: m)
        nodes.append(caption.node)
        let height = (layout.legendY + legend.height + t.gap + caption.height + layout.margin).rounded()
        return Scene(width: options.width, height: height, background: palette.background, nodes: nodes, title: layout.title)
    }

    /// The key points of L1–S2 on the patient's left.
    static func keyPointMarks(_ layout: AtlasFigureLayout) -> [Node] {
        let t = layout.options.type
        return Root.allCases.flatMap { root -> [Node] in
            let (view, p) = BodyChartGeometry.keyPoint(of: root, side: keyPointSide)
            let mapping = layout.figure(for: view).drawing.mapping
            return AtlasLabels.keyPointNodes(id: "atlas.keypoint.\(root.name)", at: mapping.point(p), unit: t.unit,
                                             palette: layout.options.palette, line: t.line)
        }
    }

    /// Segment names (inside bands or in columns) and key-point labels; none in `none` mode.
    static func labelNodes(_ layout: AtlasFigureLayout) -> [Node] {
        let o = layout.options, t = o.type
        guard o.labels != .none else { return [] }
        var nodes: [Node] = []
        for figure in layout.figures {
            let d = figure.drawing
            let named = d.bands().filter { $0.side == namedSide }
            let placements = AtlasLabels.place(named, mapping: d.mapping, window: d.window, font: t.label.bold, measurer: o.measurer, unit: t.unit)
            let keyPoints = Root.allCases.compactMap { root -> LabelRequest? in
                let (view, p) = BodyChartGeometry.keyPoint(of: root, side: keyPointSide)
                guard layout.figure(for: view).name == figure.name else { return nil }
                return LabelRequest(id: "keypoint.\(root.name)", text: AtlasLabels.keyPointText(root, labels: o.labels),
                                    anchor: d.mapping.point(p), preferredSide: layout.column(of: keyPointSide, in: d.view))
            }
            let lengths = BodyChartLayout.leaderLengths(t)
            // Measured bold (the segment names are bold; the key-point labels, regular, only get more room).
            let engine = LabelLayout(font: t.label.bold, drawing: d.box, page: figure.slot, spacing: t.unit * 1.2,
                                     elbowGap: lengths.elbow, leaderRun: lengths.run, textGap: lengths.text)
            nodes += AtlasLabels.nodes(placements, extra: keyPoints, preferred: layout.column(of: namedSide, in: d.view), engine: engine,
                                       prefix: "atlas.\(figure.name)", options: o)
        }
        return nodes
    }

    /// The caption: what the figure shows, how the map was made, the citations, the disclaimer.
    public static func captionText(_ atlas: Atlas) -> String {
        [
            atlas == .lee2008
                ? "Dermatomes of the lumbosacral roots L1–S2 after \(atlas.displayName), from the waist down, from the front and from behind with the soles tipped up; the S3–S5 saddle, which that map does not show, is drawn from ISNCSCI and standard texts."
                : "Dermatomes of the lumbosacral roots L1–S2 and the S3–S5 saddle after \(atlas.displayName), from the waist down, from the front and from behind with the soles tipped up.",
            "Each root is named on its band on the patient's right; the ISNCSCI key sensory points are marked on the left.",
            "Where a region belongs to more than one root it is divided between them in their cranio-caudal order — the division is schematic — and white stripes mark the edge of a territory or its overlap with a neighbour.",
            atlas == .lee2008
                ? "Skin left blank is where this map finds the dermatomes too variable to draw; the skin of the buttocks and low back is supplied by the cluneal nerves (dorsal rami of L1–L3 and S1–S3), and the thoracic roots above the groin are not drawn."
                : "Skin left blank is not drawn in this map: over the buttocks and low back it is supplied by the cluneal nerves (dorsal rami of L1–L3 and S1–S3), above the groin by the thoracic roots.",
            "Source: \(atlas.citation) Key sensory points: International Standards for Neurological Classification of Spinal Cord Injury (ISNCSCI).",
            "Teaching model — not for diagnosis.",
        ].joined(separator: " ")
    }
}
