import Anatomy
import BodyFigures
import Clinical
import Diagram
import FigureStyle
import Population
import Scenario
import SectionFigures

/// The dose-response figure of `radix population --vary`: the share of samples in which each of the most
/// affected roots (up to three) is compressed, against the swept value, with the 95 % Wilson interval as a
/// band, and the share with any root compressed dashed.
public enum PopulationSweepFigure {
    /// One step: the value as written and where it sits on the axis, and its report.
    public typealias Step = (value: SweepValue, report: PopulationReport)

    static let lineColors: [Color] = [Color(hex: 0xB2182B), Color(hex: 0x2166AC), Color(hex: 0x1B7837)]

    public static func scene(parameter: SweepParameter, steps: [Step], roots: [(Root, Side)], options: FigureOptions) -> Scene {
        let t = options.type, w = options.width, margin = w * 0.025, inner = w - 2 * margin
        let m = options.measurer, palette = options.palette
        let first = steps[0].report
        let title = "\(first.scenario.title): P(compression) against \(parameter.path)"
        let titleH = m.block(title, font: t.title, maxWidth: inner).height
        var nodes: [Node] = [.text(TextNode(id: "page.title", string: title, position: Point(x: margin, y: margin), baseline: .top,
                                            font: t.title, color: palette.ink, maxWidth: inner))]
        let sub = "\(first.samples) sampled adults at every step (seed \(first.request.seed); the same people at every step). Shares of samples with the root compressed (Pfirrmann grade 3); bands: 95 % Wilson intervals."
        let subY = margin + titleH + t.unit * 2
        nodes.append(.text(TextNode(id: "page.subtitle", string: sub, position: Point(x: margin, y: subY), baseline: .top, font: t.small,
                                    color: palette.mutedInk, maxWidth: inner)))
        let top = subY + m.block(sub, font: t.small, maxWidth: inner).height + 3 * t.gap
        let axisLeft = margin + m.metrics(of: "100 %", font: t.small).width + t.unit * 4
        let plot = Rect(x: axisLeft, y: top, width: margin + inner - axisLeft - t.unit * 4, height: inner * 0.5)
        let xs = steps.map(\.value.position)
        let lo = xs.min() ?? 0, hi = xs.max() ?? 1, span = hi > lo ? hi - lo : 1
        func x(_ v: Double) -> Double { plot.minX + (v - lo) / span * plot.width }
        func y(_ p: Double) -> Double { plot.maxY - p * plot.height }
        for p in [0, 25, 50, 75, 100] {
            nodes.append(.path(PathNode(id: "sweep.grid.\(p)", path: .line(from: Point(x: plot.minX, y: y(Double(p) / 100)), to: Point(x: plot.maxX, y: y(Double(p) / 100))),
                                        stroke: Stroke(color: palette.regionLine, width: t.line * 0.7, dash: p == 0 ? [] : [t.unit, t.unit]))))
            nodes.append(.text(TextNode(id: "sweep.axis.y.\(p)", string: "\(p) %", position: Point(x: plot.minX - t.unit * 2, y: y(Double(p) / 100)),
                                        anchor: .end, baseline: .middle, font: t.small, color: palette.mutedInk)))
        }
        for (i, step) in steps.enumerated() {
            nodes.append(.text(TextNode(id: "sweep.axis.x.\(i)", string: step.value.text, position: Point(x: x(step.value.position), y: plot.maxY + t.unit * 2),
                                        anchor: .middle, baseline: .top, font: t.small, color: palette.mutedInk)))
        }
        let axisLabelY = plot.maxY + t.unit * 2 + t.small.size * 1.6
        nodes.append(.text(TextNode(id: "sweep.axis.x.label", string: parameter.path.description, position: Point(x: plot.midX, y: axisLabelY),
                                    anchor: .middle, baseline: .top, font: t.label.bold, color: palette.ink)))
        // Any root, dashed.
        let any = steps.map { Point(x: x($0.value.position), y: y($0.report.share($0.report.tally.anyRoot[2]))) }
        nodes.append(.path(PathNode(id: "sweep.any", path: .polyline(any), stroke: Stroke(color: palette.mutedInk, width: t.line * 2, dash: [t.unit * 2, t.unit * 1.5]))))
        for (r, (root, side)) in roots.prefix(3).enumerated() {
            let color = palette.theme == .print ? Color(white: [0.1, 0.4, 0.6][r]) : lineColors[r]
            let key = "\(root.name).\(side.rawValue)"
            let shares = steps.map { ($0.value.position, $0.report.share($0.report.tally.count(root, side, .compression)),
                                      wilsonInterval($0.report.tally.count(root, side, .compression), $0.report.samples)) }
            let band = shares.map { Point(x: x($0.0), y: y($0.2.upperBound)) } + shares.reversed().map { Point(x: x($0.0), y: y($0.2.lowerBound)) }
            nodes.append(.path(PathNode(id: "sweep.\(key).band", path: .polygon(band), fill: .color(color.withAlpha(0.18)))))
            nodes.append(.path(PathNode(id: "sweep.\(key).line", path: .polyline(shares.map { Point(x: x($0.0), y: y($0.1)) }),
                                        stroke: Stroke(color: color, width: t.line * 3, dash: r == 1 ? [t.unit * 3, t.unit * 1.2] : []))))
            for (i, s) in shares.enumerated() {
                nodes.append(.path(PathNode(id: "sweep.\(key).point.\(i)", path: .circle(center: Point(x: x(s.0), y: y(s.1)), radius: t.unit * 1.8),
                                            fill: .color(color), stroke: Stroke(color: .white, width: t.line))))
            }
        }
        // Legend.
        var lx = plot.minX
        let ly = axisLabelY + t.label.size * 2 + t.gap
        let entries = roots.prefix(3).enumerated().map { ("\($0.element.1.rawValue) \($0.element.0.name) compressed", $0.offset) } + [("any root compressed", -1)]
        for (label, r) in entries {
            let color = r < 0 ? palette.mutedInk : (palette.theme == .print ? Color(white: [0.1, 0.4, 0.6][r]) : lineColors[r])
            nodes.append(.path(PathNode(id: "sweep.legend.\(r)", path: .line(from: Point(x: lx, y: ly), to: Point(x: lx + t.unit * 10, y: ly)),
                                        stroke: Stroke(color: color, width: t.line * 3, dash: r < 0 ? [t.unit * 2, t.unit * 1.5] : (r == 1 ? [t.unit * 3, t.unit * 1.2] : [])))))
            nodes.append(.text(TextNode(id: "sweep.legend.\(r).label", string: label, position: Point(x: lx + t.unit * 12, y: ly), baseline: .middle,
                                        font: t.small, color: palette.ink)))
            lx += t.unit * 18 + m.metrics(of: label, font: t.small).width
        }
        let caption = "Each step is a population run of the scenario with the value set as written; a step is checked as a file is. Teaching model — not for diagnosis."
        let cy = ly + t.small.size * 2 + t.gap
        nodes.append(.text(TextNode(id: "page.caption", string: caption, position: Point(x: margin, y: cy), baseline: .top, font: t.small,
                                    color: palette.mutedInk, maxWidth: inner)))
        let height = cy + m.block(caption, font: t.small, maxWidth: inner).height + margin
        return Scene(width: w, height: height.rounded(), background: palette.background, nodes: nodes, title: title)
    }

    public static func altText(parameter: SweepParameter, steps: [Step], roots: [(Root, Side)]) -> String {
        let first = steps[0].report
        var lines = ["\(first.scenario.title): line chart of the share of \(first.samples) sampled adults in whom a root is compressed, against \(parameter.path) from \(steps[0].value.text) to \(steps[steps.count - 1].value.text)."]
        for (root, side) in roots.prefix(3) {
            lines.append("\(side.rawValue.capitalized) \(root.name): " + steps.map {
                "\($0.value.text) → \(PopulationReport.percent($0.report.share($0.report.tally.count(root, side, .compression))))"
            }.joined(separator: ", ") + ".")
        }
        lines.append("Any root: " + steps.map { "\($0.value.text) → \(PopulationReport.percent($0.report.share($0.report.tally.anyRoot[2])))" }.joined(separator: ", ") + ".")
        return lines.joined(separator: " ")
    }
}
