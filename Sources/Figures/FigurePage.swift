import Anatomy
import BodyFigures
import Clinical
import Compression
import Diagram
import FigureStyle
import SectionFigures

/// Puts panels on a page: the scenario's title, the panels, the legend, and the caption (what the
/// figure shows, the scenario's description, the atlas with its citation, "Teaching model — not for
/// diagnosis").
public enum FigurePage {
    /// A page holding one panel, as tall as the panel wants at this width.
    public static func single(_ panel: Panel, context: FigureContext, legend: LegendContent = .grades) -> Scene {
        let panel = panel.prepared(for: context)
        let w = context.options.width, t = context.type, margin = w * 0.025
        let inner = w - 2 * margin
        let header = titleBlock(context, width: inner)
        let footer = footerBlocks(context, width: inner, legend: legend, viewpoint: panel.title(context))
        let panelHeight = singlePanelSize(panel, context: context).height
        let height = (margin + header.height + t.gap + panelHeight + t.gap + footer.height + margin).rounded()
        var nodes = header.nodes(Point(x: margin, y: margin))
        let frame = Rect(x: margin, y: margin + header.height + t.gap, width: inner, height: panelHeight)
        nodes.append(.group(GroupNode(id: "panel", children: panel.nodes(in: frame, context: context))))
        nodes += footer.nodes(Point(x: margin, y: frame.maxY + t.gap))
        return Scene(width: w, height: height, background: context.palette.background, nodes: nodes, title: title(context))
            .droppingIdleHalos(measurer: context.options.measurer)
    }

    /// The tallest a single page's panel is, as a multiple of its width (a little longer than A4's 1.41).
    static let maxSingleAspect = 1.6

    /// The size of the frame ``single(_:context:legend:)`` gives `panel`: a drawing limited by its height gets the height
    /// at which it spans the width its labels leave (issue 11: large anatomy), up to ``maxSingleAspect`` times the width;
    /// other panels the height of their aspect.
    public static func singlePanelSize(_ panel: Panel, context: FigureContext) -> (width: Double, height: Double) {
        let size = singlePanelSize(panel, pageWidth: context.options.width)
        let height = panel.fillingHeight(width: size.width, context: context).map { min($0, maxSingleAspect * size.width) }
        return (size.width, height ?? size.height)
    }

    /// The size of the frame of `panel`'s aspect on a page `pageWidth` points wide.
    public static func singlePanelSize(_ panel: Panel, pageWidth: Double) -> (width: Double, height: Double) {
        let inner = pageWidth - 2 * (pageWidth * 0.025)
        return (inner, inner / max(0.4, panel.preferredAspect))
    }

    /// The teaching sheet, a portrait handout: the title; `lead` (the sagittal section) down the left
    /// half, beside `stacked` (the axial and foraminal sections) one above the other, drawn at one shared
    /// scale (the largest at which each spans its column's width) and each as tall as that scale needs; the grade legend
    /// under the sections that use it; then `wide` panels (findings, body chart, knee) one to a row
    /// across the page, each as tall as it asks for; then the caption. Panels on the sheet keep minimal
    /// labels (the lesion, the hurt roots, the measurements): at ≥ 9 pt type a half page has no room
    /// for more.
    public static func sheet(lead: Panel, stacked: [Panel], wide: [Panel], context: FigureContext) -> Scene {
        var context = context
        if context.options.labels == .full { context.options.labels = .minimal }
        // The panels are built once: the layout below asks for the sections' scale and the lead's height in many frames.
        let lead = lead.prepared(for: context)
        let stacked = stacked.map { $0.prepared(for: context) }
        let w = context.options.width, t = context.type, margin = w * 0.025
        let inner = w - 2 * margin, gutter = 3 * t.gap
        let header = titleBlock(context, width: inner)
        // The sections in the right column share one scale: the largest at which each still fits its column's width.
        // Together with the title and the grade legend they must fit one printed page at full size (`Handout`).
        let legendHeight = t.small.size * 1.6 + t.unit * 10
        let room = Handout.firstPageAspect * w * 0.99 - header.height - 4 * t.gap - legendHeight
        let (leadColumn, stackedColumn, scale, stackedHeights) = columns(lead: lead, stacked: stacked, width: inner - gutter, gutter: gutter,
                                                                         maxTotal: room, context: context)
        var stackedContext = context
        stackedContext.options.sectionScale = scale
        let scaleNote = scale.map { "The axial and foraminal sections are drawn at one scale, \(Components.magnification($0, context: context)) when the sheet is printed 20 cm wide" }
        let footer = footerBlocks(context, width: inner, legend: .none, viewpoint: scaleNote)

        var nodes = header.nodes(Point(x: margin, y: margin))
        var y = margin + header.height + 2 * t.gap
        // The lead as tall as the right column's sections together.
        let stackedTotal = stackedHeights.reduce(0, +) + gutter * Double(max(0, stacked.count - 1))
        let sectionsHeight = scale != nil && lead.fillingHeight(width: leadColumn, context: context) != nil
            ? stackedTotal : max(leadColumn / max(0.4, lead.preferredAspect), stackedTotal)
        nodes.append(.group(GroupNode(id: "sheet.lead", children: lead.nodes(
            in: Rect(x: margin, y: y, width: leadColumn, height: sectionsHeight), context: context))))
        var right = y
        for (i, (panel, height)) in zip(stacked, stackedHeights).enumerated() {
            nodes.append(.group(GroupNode(id: "sheet.stacked.\(i)", children: panel.nodes(
                in: Rect(x: margin + leadColumn + gutter, y: right, width: stackedColumn, height: height), context: stackedContext))))
            right += height + gutter
        }
        y += sectionsHeight + 2 * t.gap
        if !context.options.isQuiz {
            nodes += Components.gradeLegend(id: "legend", at: Point(x: margin, y: y), context: context)
            y += t.small.size * 1.6 + t.unit * 10 + gutter
        }
        for (i, panel) in wide.enumerated() {
            let height = panel.preferredHeight(width: inner, context: context) ?? inner / max(0.4, panel.preferredAspect)
            nodes.append(.group(GroupNode(id: "sheet.wide.\(i)", children: panel.nodes(
                in: Rect(x: margin, y: y, width: inner, height: height), context: context))))
            y += height + gutter
        }
        nodes += footer.nodes(Point(x: margin, y: y - gutter + 2 * t.gap))
        let height = (y - gutter + 2 * t.gap + footer.height + margin).rounded()
        return Scene(width: w, height: height, background: context.palette.background, nodes: nodes, title: title(context))
            .droppingIdleHalos(measurer: context.options.measurer)
    }

    /// The widths of the sheet's two columns (`width` between them), with the stacked sections' shared scale and slot
    /// heights (``stackedLayout(_:column:gutter:maxTotal:context:)``). Halves, unless the lead is a drawing limited by its
    /// width that would leave white space above and below it beside the taller sections (issue 11): then the lead column
    /// widens until it is as tall as the sections, which narrow and shrink with their column (to no less than
    /// ``minSectionShare`` of their scale), so that both columns are filled. At most ``maxLeadShare`` of `width`.
    static func columns(lead: Panel, stacked: [Panel], width: Double, gutter: Double, maxTotal: Double, context: FigureContext)
        -> (lead: Double, stacked: Double, scale: Double?, heights: [Double]) {
        let half = width / 2
        let base = stackedLayout(stacked, column: half, gutter: gutter, maxTotal: maxTotal, context: context)
        let gutters = gutter * Double(max(0, stacked.count - 1))
        func total(_ heights: [Double]) -> Double { heights.reduce(0, +) + gutters }
        guard let scale0 = base.scale, let fill0 = lead.fillingHeight(width: half, context: context), fill0 < total(base.heights) else {
            return (half, half, base.scale, base.heights)
        }
        // True when the lead at `share` of the width is no taller than the sections beside it, which keep their scale.
        func fits(_ share: Double) -> (scale: Double?, heights: [Double])? {
            let l = stackedLayout(stacked, column: width * (1 - share), gutter: gutter, maxTotal: maxTotal, context: context)
            guard let s = l.scale, s >= minSectionShare * scale0, let fill = lead.fillingHeight(width: width * share, context: context),
                  fill <= total(l.heights) else { return nil }
            return l
        }
        // Bisection on the lead's share: fits at `low`, not at `high`.
        var low = 0.5, high = maxLeadShare, best = (scale: base.scale, heights: base.heights)
        if let l = fits(high) { return (width * high, width * (1 - high), l.scale, l.heights) }
        for _ in 0..<6 {
            let mid = (low + high) / 2
            if let l = fits(mid) { low = mid; best = l } else { high = mid }
        }
        return (width * low, width * (1 - low), best.scale, best.heights)
    }

    /// The largest share of the sheet's width its lead column takes.
    static let maxLeadShare = 0.62
    /// The least share of their scale in halves the stacked sections keep when the lead column widens.
    static let minSectionShare = 0.95

    /// The widest aspect (width ÷ height) a panel stacked in the sheet's right column is given, when it is not a
    /// section drawn to scale.
    static let stackedAspect = 1.1

    /// The shared scale (page points per mm) of the sheet's stacked sections and the height of each one's slot: the
    /// scale is the least of the scales at which each section spans its column when height does not limit it, and each
    /// slot is the least height at which its section is drawn at that scale. No shared scale (nil) when a stacked
    /// panel is not a section drawn to scale: each then gets the height of its own aspect.
    /// The slots with their gutters take no more than `maxTotal`: the scale is lowered until they do.
    static func stackedLayout(_ stacked: [Panel], column: Double, gutter: Double, maxTotal: Double,
                              context: FigureContext) -> (scale: Double?, heights: [Double]) {
        let fallback = stacked.map { column / max(0.4, min($0.preferredAspect, stackedAspect)) }
        let tall = 4 * column
        let natural = stacked.map { $0.drawingScale(in: Rect(x: 0, y: 0, width: column, height: tall), context: context) }
        guard !stacked.isEmpty, var scale = natural.compactMap({ $0 }).min(), !natural.contains(where: { $0 == nil }) else {
            return (nil, fallback)
        }
        let gutters = gutter * Double(stacked.count - 1)
        var heights = slotHeights(stacked, scale: scale, column: column, context: context)
        // Heights grow about linearly with the scale: two samples give the scale that fits, then a few small steps down.
        if heights.reduce(0, +) + gutters > maxTotal {
            let half = slotHeights(stacked, scale: scale / 2, column: column, context: context).reduce(0, +)
            let full = heights.reduce(0, +), slope = (full - half) / (scale / 2)
            if slope > 0 { scale = max(scale / 4, scale - (full + gutters - maxTotal) / slope) }
            heights = slotHeights(stacked, scale: scale, column: column, context: context)
            for _ in 0..<10 where heights.reduce(0, +) + gutters > maxTotal {
                scale *= 0.98
                heights = slotHeights(stacked, scale: scale, column: column, context: context)
            }
        }
        return (scale, heights)
    }

    /// The least height at which each panel is drawn at `scale`, in a column `column` wide.
    static func slotHeights(_ stacked: [Panel], scale: Double, column: Double, context: FigureContext) -> [Double] {
        let tall = 4 * column
        return stacked.map { panel -> Double in
            // Bisection: the drawing's scale grows with the slot's height until the width limits it.
            var low = 0.2 * column, high = tall
            for _ in 0..<30 {
                let mid = (low + high) / 2
                if (panel.drawingScale(in: Rect(x: 0, y: 0, width: column, height: mid), context: context) ?? 0) >= scale - 1e-9 {
                    high = mid
                } else {
                    low = mid
                }
            }
            return high.rounded(.up)
        }
    }

    /// Which legends a page shows.
    public enum LegendContent { case grades, pain, both, none }

    /// A block of nodes laid out at an origin.
    struct Block {
        var height: Double
        var nodes: (Point) -> [Node]
    }

    /// The page title: the scenario's, or for a quiz figure a neutral one that names nothing.
    static func title(_ context: FigureContext) -> String {
        context.options.isQuiz ? "Lumbar spine: which root, which level, which lesion?" : context.scenario.title
    }

    static func titleBlock(_ context: FigureContext, width: Double) -> Block {
        let t = context.type, m = context.options.measurer, string = title(context)
        let title = m.block(string, font: t.title, maxWidth: width)
        return Block(height: title.height) { origin in
            [.text(TextNode(id: "page.title", string: string, position: origin, baseline: .top,
                            font: t.title, color: context.palette.ink, maxWidth: width))]
        }
    }

    /// Legend row(s) then the caption.
    static func footerBlocks(_ context: FigureContext, width: Double, legend: LegendContent, viewpoint: String?) -> Block {
        let t = context.type, m = context.options.measurer
        // A quiz figure has no grade legend (its roots are not coloured by grade).
        let legend: LegendContent = context.options.isQuiz ? (legend == .both || legend == .pain ? .pain : .none) : legend
        let legendHeight: Double = legend == .none ? 0 : t.small.size * 1.6 + t.unit * 10
        let caption = captionText(context, viewpoint: viewpoint)
        let block = m.block(caption, font: t.small, maxWidth: width)
        return Block(height: legendHeight + t.gap + block.height) { origin in
            var nodes: [Node] = []
            switch legend {
            case .grades: nodes += Components.gradeLegend(id: "legend", at: origin, context: context)
            case .pain: nodes += Components.painLegend(id: "legend", at: origin, context: context)
            case .both:
                nodes += Components.gradeLegend(id: "legend", at: origin, context: context)
                nodes += Components.painLegend(id: "legend", at: Point(x: origin.x + width * 0.55, y: origin.y), context: context)
            case .none: break
            }
            nodes.append(.text(TextNode(id: "page.caption", string: caption, position: Point(x: origin.x, y: origin.y + legendHeight + t.gap),
                                        baseline: .top, font: t.small, color: context.palette.mutedInk, maxWidth: width)))
            return nodes
        }
    }

    /// The caption: viewpoint, the scenario's description, the atlas with its citation, the disclaimer.
    public static func captionText(_ context: FigureContext, viewpoint: String?) -> String {
        var parts: [String] = []
        // A viewpoint that is a question ("Where does the knee hurt?") keeps its own stop.
        if let viewpoint { parts.append(viewpoint.hasSuffix("?") || viewpoint.hasSuffix(".") ? viewpoint : viewpoint + ".") }
        // A quiz figure's caption says what is drawn, not what it shows: no description of the case.
        if !context.options.isQuiz, let d = context.scenario.description?.trimmingCharacters(in: .whitespacesAndNewlines), !d.isEmpty { parts.append(d) }
        let atlas = context.result.input.atlas
        parts.append("Dermatomes after \(atlas.displayName) (\(atlas.citation))")
        parts.append("Posture: \(context.result.input.posture.rawValue).")
        parts.append("Teaching model — not for diagnosis.")
        return parts.joined(separator: " ")
    }
}

import Foundation
