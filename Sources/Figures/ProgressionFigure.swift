import BodyFigures
import Clinical
import Compression
import Diagram
import FigureStyle
import Foundation
import Pathology
import Scenario
import SectionFigures

/// The figures of `radix sweep`: the progression page (small multiples of one view at selected steps,
/// then the plot of every changing root against the swept value) and one frame per step.
public enum ProgressionFigure {
    /// The progression page: title and what varies; the small multiples, each titled by its value; the
    /// plot; the grade legend; the caption.
    public static func scene(_ input: ProgressionInput, options: FigureOptions) -> Scene {
        let base = context(input, step: 0, options: options)
        let w = options.width, t = base.type, margin = w * 0.025, m = options.measurer
        let inner = w - 2 * margin
        let header = FigurePage.titleBlock(base, width: inner)
        let subtitle = subtitleText(input)
        let subtitleFont = Font(size: t.panelTitle.size)
        let subtitleHeight = m.block(subtitle, font: subtitleFont, maxWidth: inner).height

        // Small multiples: two to a row, as on the sheet — at 9 pt type a narrower panel has no room for
        // its drawing and labels.
        let indices = input.multipleIndices
        let view = input.multiplesView
        // The knee panel sets its four views beside the causes to rule out: it needs the page's width.
        let columns = view == .knee ? 1 : min(2, indices.count)
        let gutter = 3 * t.gap
        let panel = ViewCatalog.panel(for: view, context: base)
        let heading = panel.title(headingContext(input, base)) + (indices.count < input.steps.count
            ? ", at \(Self.count(indices.count)) of the \(Self.count(input.steps.count)) steps" : ", at every step")
        let headingHeight = m.block(heading, font: t.panelTitle, maxWidth: inner).height
        let cellWidth = (inner - Double(columns - 1) * gutter) / Double(columns)
        let cellHeight = cellWidth / max(0.4, Self.multipleAspect(view, panel: panel))
        let rows = (indices.count + columns - 1) / columns
        let multiplesHeight = headingHeight + t.gap + Double(rows) * cellHeight + Double(rows - 1) * gutter

        let plot = ProgressionPlot(input: input, context: base)
        let plotHeight = plot.height(width: inner)
        let footer = footerBlock(input, context: base, width: inner)

        var y = margin
        var nodes = header.nodes(Point(x: margin, y: y))
        y += header.height
        nodes.append(.text(TextNode(id: "page.subtitle", string: subtitle, position: Point(x: margin, y: y), baseline: .top,
                                    font: subtitleFont, color: base.palette.ink, maxWidth: inner)))
        y += subtitleHeight + 3 * t.gap
        nodes.append(.text(TextNode(id: "multiples.heading", string: heading, position: Point(x: margin, y: y), baseline: .top,
                                    font: t.panelTitle, color: base.palette.ink, maxWidth: inner)))
        let gridTop = y + headingHeight + t.gap
        let cells = indices.enumerated().map { n, step in
            let (row, column) = (n / columns, n % columns)
            let frame = Rect(x: margin + Double(column) * (cellWidth + gutter), y: gridTop + Double(row) * (cellHeight + gutter),
                             width: cellWidth, height: cellHeight)
            var c = context(input, step: step, options: options)
            c.panelTitleOverride = input.label(step).prefix(1).uppercased() + input.label(step).dropFirst()
            // As on the sheet: half a page has room for what the scenario is about, not every structure.
            if c.options.labels == .full { c.options.labels = .minimal }
            return (step: step, frame: frame, context: c)
        }
        // One scale for every multiple, the smallest any of them needs, so that a slip or a collapsing disc
        // is seen to move rather than the drawing to zoom.
        let shared = cells.compactMap { ViewCatalog.panel(for: view, context: $0.context).drawingScale(in: $0.frame, context: $0.context) }.min()
        for var cell in cells {
            cell.context.options.sectionScale = shared
            let children = ViewCatalog.panel(for: view, context: cell.context).nodes(in: cell.frame, context: cell.context)
            nodes.append(.group(GroupNode(id: "multiple.\(cell.step + 1)", children: children)))
        }
        y += multiplesHeight + 4 * t.gap
        nodes.append(.group(GroupNode(id: "plot", children: plot.nodes(in: Rect(x: margin, y: y, width: inner, height: plotHeight)))))
        y += plotHeight + 3 * t.gap
        nodes += footer.nodes(Point(x: margin, y: y))
        y += footer.height + margin
        return Scene(width: w, height: y.rounded(), background: base.palette.background, nodes: nodes, title: base.scenario.title)
    }

    /// Frame `step` (0-based) for an animation: the chosen view — or the sheet — of that step, its title
    /// naming the value.
    public static func frame(_ input: ProgressionInput, step: Int, options: FigureOptions) -> Scene {
        var c = context(input, step: step, options: options)
        c.scenario.title += " \u{2014} \(input.parameter.name): \(input.label(step))"
        // The file's description speaks of the file's value, not this step's.
        c.scenario.description = "Step \(step + 1) of \(input.steps.count) as the \(input.parameter.name) goes from \(input.rangePhrase)"
            + (input.parameter.original.map { "; the file gives \(input.parameter.label($0))." } ?? ".")
        return ViewCatalog.scene(for: input.view, context: c)
    }

    /// The options every frame is drawn with: `options`, and when the frames show one section (axial or
    /// foramen), the smallest scale any step needs, so that the animation shows the anatomy move at one
    /// scale rather than zoom. Computed once for all frames.
    public static func frameOptions(_ input: ProgressionInput, options: FigureOptions) -> FigureOptions {
        var shared = options
        let scales = input.steps.indices.compactMap { step -> Double? in
            let c = context(input, step: step, options: options)
            let panel = ViewCatalog.panel(for: input.view, context: c)
            let size = FigurePage.singlePanelSize(panel.prepared(for: c), context: c)
            return panel.drawingScale(in: Rect(x: 0, y: 0, width: size.width, height: size.height), context: c)
        }
        shared.sectionScale = input.view == .sheet ? nil : scales.min()
        return shared
    }

    /// Width ÷ height of one small multiple's cell. The sections and the knee (a whole row each) keep their
    /// own aspect; the sagittal section and the body charts are tall drawings under a title and a legend,
    /// and at their page aspect a half-width cell would leave them a few hundred pixels high.
    static func multipleAspect(_ view: ViewSpec, panel: Panel) -> Double {
        switch view {
        case .axial, .foramen, .sheet, .knee: panel.preferredAspect
        case .sagittal, .posterior: 0.85
        case .body: 0.75
        }
    }

    /// The frame's alt text.
    public static func frameAltText(_ input: ProgressionInput, step: Int, options: FigureOptions) -> String {
        let c = context(input, step: step, options: options)
        return "Step \(step + 1) of \(input.steps.count): \(input.parameter.name) \(input.label(step)). "
            + ViewCatalog.altText(for: input.view, context: c)
    }

    /// The progression page's alt text; `orientation` is the one the axial multiples were drawn in.
    public static func altText(_ input: ProgressionInput, orientation: AxialOrientation = .anatomical) -> String {
        var options = FigureOptions()
        options.axialOrientation = orientation
        let c = FigureContext(result: input.steps[0].result, scenario: input.steps[0].scenario, options: options)
        return input.altText(multiples: ViewCatalog.panel(for: input.multiplesView, context: c).title(headingContext(input, c)))
    }

    /// The context of one step.
    static func context(_ input: ProgressionInput, step: Int, options: FigureOptions) -> FigureContext {
        FigureContext(result: input.steps[step].result, scenario: input.steps[step].scenario, options: options)
    }

    /// "As the herniation size at L4–L5 (lesions[0].size_mm) goes from 2 to 10 mm, in 9 steps".
    static func subtitleText(_ input: ProgressionInput) -> String {
        "As the \(input.parameter.name)\(pathNote(input)) goes from \(input.rangePhrase), in \(input.steps.count) steps"
    }

    /// " (lesions[0].size_mm)", or nothing when the path is the name (`posture`).
    static func pathNote(_ input: ProgressionInput) -> String {
        input.parameter.path.description == input.parameter.name ? "" : " (\(input.parameter.path))"
    }

    /// The context the heading of the small multiples is titled from: when posture is what varies, a
    /// neutral one, so that the heading does not name the first step's posture for all of them.
    static func headingContext(_ input: ProgressionInput, _ base: FigureContext) -> FigureContext {
        guard input.parameter.path.description == "posture" else { return base }
        var c = base
        c.result.input.posture = .neutral
        return c
    }

    /// The grade legend, then the caption.
    static func footerBlock(_ input: ProgressionInput, context: FigureContext, width: Double) -> FigurePage.Block {
        let t = context.type, m = context.options.measurer
        let legendHeight = t.small.size * 1.6 + t.unit * 10
        let caption = captionText(input, orientation: context.options.axialOrientation)
        let block = m.block(caption, font: t.small, maxWidth: width)
        return FigurePage.Block(height: legendHeight + t.gap + block.height) { origin in
            var nodes = Components.gradeLegend(id: "legend", at: origin, context: context)
            nodes.append(.text(TextNode(id: "page.caption", string: caption, position: Point(x: origin.x, y: origin.y + legendHeight + t.gap),
                                        baseline: .top, font: t.small, color: context.palette.mutedInk, maxWidth: width)))
            return nodes
        }
    }

    /// What the figure shows, what each root does, the scenario's description, the disclaimer.
    public static func captionText(_ input: ProgressionInput, orientation: AxialOrientation = .anatomical) -> String {
        let base = input.steps[0]
        var options = FigureOptions()
        options.axialOrientation = orientation
        let c = FigureContext(result: base.result, scenario: base.scenario, options: options)
        let view = ViewCatalog.panel(for: input.multiplesView, context: c).title(headingContext(input, c))
        var parts = ["Top: \(view), at \(input.multipleIndices.map(input.label).joinedList). Below: the clearance and flattening "
                     + "of every root that changes, at every step, with the thresholds of the model; the grade follows from both."]
        parts += input.thresholdSentences
        if !input.parameter.replaced.isEmpty {
            parts.append("The file's \(input.parameter.replaced.joined(separator: ", ")) is left out while \(input.parameter.path) varies.")
        }
        if let d = base.scenario.description?.trimmingCharacters(in: .whitespacesAndNewlines), !d.isEmpty {
            parts.append("The scenario as written" + (input.parameter.original.map { " (\(input.parameter.label($0)))" } ?? "") + ": " + d)
        }
        parts.append("Teaching model \u{2014} not for diagnosis.")
        return parts.joined(separator: " ")
    }

    /// "four", "10": small counts in words.
    static func count(_ n: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
        return n < words.count ? words[n] : String(n)
    }

}
