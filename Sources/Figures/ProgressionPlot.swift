import BodyFigures
import Clinical
import Compression
import Diagram
import FigureStyle
import Pathology
import SectionFigures

/// The plot of a sweep (figures guide): for every root that changes, its clearance (mm) and its
/// flattening (%) against the swept value, with the Pfirrmann thresholds of the model marked — contact
/// at 0 mm, deviation at −0.5 mm (clearance), compression at 10 % flattening (§B6; `Grading.rootGrade`)
/// — then a strip of each root's grade at every step. The grade comes from clearance *and* flattening,
/// so it is drawn in its own strip rather than read off one axis.
struct ProgressionPlot {
    let input: ProgressionInput
    let context: FigureContext

    var t: Typography { context.type }
    var u: Double { t.unit }
    private var lineHeight: Double { context.options.measurer.block("Ag", font: t.small).height }
    /// The axis title line, and room for half of the top tick label, which is centred on the chart's top edge.
    var axisTitleHeight: Double { lineHeight * 1.9 }
    var rowHeight: Double { lineHeight * 1.5 }
    func clearanceHeight(_ width: Double) -> Double { width * 0.22 }
    func flatteningHeight(_ width: Double) -> Double { width * 0.1 }
    /// Tick labels and the axis title below the strip.
    var xAxisHeight: Double { lineHeight * 1.2 + t.gap + lineHeight * 1.3 }

    static let heading = "Room of each root that changes, step by step"

    /// The height the plot needs at `width`.
    func height(width: Double) -> Double {
        let title = context.options.measurer.block(Self.heading, font: t.panelTitle, maxWidth: width).height + t.gap
        if input.changing.isEmpty { return title + lineHeight * 2 }
        return title + axisTitleHeight + clearanceHeight(width) + 2 * t.gap + axisTitleHeight + flatteningHeight(width)
            + 2 * t.gap + axisTitleHeight + Double(input.changing.count) * rowHeight + t.gap + xAxisHeight
    }

    func nodes(in frame: Rect) -> [Node] {
        let (titleNodes, rest) = Components.panelTitle(id: "plot", Self.heading, in: frame, context: context)
        var nodes = titleNodes
        let palette = context.palette, m = context.options.measurer
        guard !input.changing.isEmpty else {
            let note = "No root's grade or room changes as the \(input.parameter.name) goes from \(input.rangePhrase)."
            nodes.append(.text(TextNode(id: "plot.none", string: note, position: rest.origin, baseline: .top, font: t.body,
                                        color: palette.ink, maxWidth: rest.width)))
            return nodes
        }
        let styles = input.changing.indices.map { SeriesStyle(index: $0, context: context) }
        let names = input.changing.map(\.name)
        // The grading's own thresholds (`Grading.rootGrade`), never copies: touching (clearance 0), pushed aside
        // (`RootRoom.deviationClearance`), flattened (`RootRoom.deformationThreshold`).
        let deviation = RootRoom.deviationClearance, compression = RootRoom.deformationThreshold * 100
        let clearanceThresholds: [(value: Double, label: String)] = [(0, "0 mm: contact"),
                                                                      (deviation, "\(Self.signed(deviation)) mm: deviation")]
        let flatteningThresholds: [(value: Double, label: String)] = [(compression, "\(Describe.number(compression, decimals: 0)) %: compression")]
        let marginTexts = names + (clearanceThresholds + flatteningThresholds).map(\.label)
        let yLabels = clearanceAxis(height: 1).ticks.map(PlotScale.label) + flatteningAxis(height: 1).ticks.map(PlotScale.label)
        let leftWidth = (yLabels + names).map { m.metrics(of: $0, font: t.small).width }.max() ?? 0
        let marginWidth = marginTexts.map { m.metrics(of: $0, font: t.small).width }.max() ?? 0
        let x0 = rest.minX + leftWidth + SeriesStyle.swatchLength(u) + 3 * t.gap
        let x1 = rest.maxX - marginWidth - SeriesStyle.swatchLength(u) - 3 * t.gap
        let xs = XAxis(input: input, from: x0, to: x1)
        let last = input.steps.count - 1

        var y = rest.minY
        // Clearance chart.
        let c1 = Rect(x: x0, y: y + axisTitleHeight, width: x1 - x0, height: clearanceHeight(frame.width))
        let a1 = clearanceAxis(height: c1.height)
        nodes.append(axisTitle("plot.clearance.title", "Clearance of the root, mm (below 0: tissue reaches into its place)", at: Point(x: rest.minX, y: y)))
        nodes += chart(id: "plot.clearance", rect: c1, axis: a1, xs: xs, styles: styles,
                       values: { $0.clearance }, bands: [(0, deviation, .contact), (deviation, -.infinity, .deviation)],
                       thresholds: clearanceThresholds)
        var labels = input.changing.enumerated().map { k, track in
            MarginLabel(id: "plot.clearance.label.\(k)", text: track.name,
                        anchor: Point(x: xs.positions[last], y: c1.minY + a1.scale.position(track.findings[last].clearance)),
                        stroke: styles[k].stroke, color: palette.ink)
        }
        labels += clearanceThresholds.enumerated().map { i, th in
            MarginLabel(id: "plot.clearance.threshold.\(i).label", text: th.label, anchor: Point(x: x1, y: c1.minY + a1.scale.position(th.value)),
                        stroke: thresholdStroke(i, of: clearanceThresholds.count), color: palette.mutedInk)
        }
        nodes += marginLabels(labels, rect: c1, x: x1 + t.gap)
        y = c1.maxY + 2 * t.gap
        // Flattening chart.
        let c2 = Rect(x: x0, y: y + axisTitleHeight, width: x1 - x0, height: flatteningHeight(frame.width))
        let a2 = flatteningAxis(height: c2.height)
        nodes.append(axisTitle("plot.flattening.title", "Flattening of the root, % (how much it must flatten to fit)", at: Point(x: rest.minX, y: y)))
        nodes += chart(id: "plot.flattening", rect: c2, axis: a2, xs: xs, styles: styles,
                       values: { $0.deformationPercent }, bands: [(.infinity, compression, .compression)], thresholds: flatteningThresholds)
        nodes += marginLabels([MarginLabel(id: "plot.flattening.threshold.0.label", text: flatteningThresholds[0].label,
                                           anchor: Point(x: x1, y: c2.minY + a2.scale.position(10)),
                                           stroke: thresholdStroke(0, of: 1), color: palette.mutedInk)], rect: c2, x: x1 + t.gap)
        y = c2.maxY + 2 * t.gap
        // Grade strip.
        nodes.append(axisTitle("plot.grades.title", "Pfirrmann grade at each step (0 normal, 1 contact, 2 deviation, 3 compression)",
                               at: Point(x: rest.minX, y: y)))
        let strip = Rect(x: x0, y: y + axisTitleHeight, width: x1 - x0, height: Double(input.changing.count) * rowHeight)
        nodes += gradeStrip(rect: strip, xs: xs, styles: styles)
        nodes += xAxisNodes(xs: xs, bottom: strip.maxY, chartRects: [c1, c2])
        return nodes
    }

    // MARK: Axes

    /// The clearance axis (mm): the data of the changing roots, always showing both thresholds with
    /// room for their labels.
    func clearanceAxis(height: Double) -> (scale: PlotScale, ticks: [Double]) {
        let values = input.changing.flatMap { $0.findings.map(\.clearance) }
        let (low, high) = PlotScale.niceBounds(min(values.min() ?? 0, -1.5), max(values.max() ?? 0, 1), count: 6)
        return (PlotScale(domain: (low, high), range: (height, 0)), PlotScale.ticks(from: low, to: high, count: 6))
    }

    /// The flattening axis (%): 0 to at least 20, with the 10 % threshold.
    func flatteningAxis(height: Double) -> (scale: PlotScale, ticks: [Double]) {
        let top = input.changing.flatMap { $0.findings.map(\.deformationPercent) }.max() ?? 0
        let high = max(20, (top / 10).rounded(.up) * 10)
        return (PlotScale(domain: (0, high), range: (height, 0)), PlotScale.ticks(from: 0, to: high, count: 4))
    }

    func axisTitle(_ id: String, _ text: String, at origin: Point) -> Node {
        .text(TextNode(id: id, string: text, position: origin, baseline: .top, font: t.small.bold, color: context.palette.ink))
    }

    /// A number as the plot's margin writes it: one decimal, a typographic minus for negatives.
    static func signed(_ v: Double) -> String {
        (v < 0 ? "\u{2212}" : "") + Describe.number(abs(v), decimals: 1)
    }
}
