import Anatomy
import BodyFigures
import Clinical
import Compression
import Diagram
import FigureStyle
import Population
import SectionFigures

/// The figures of `radix population`: `sheet` (the body chart and the root bars), `body` or `roots`.
public enum PopulationView: String, CaseIterable, Sendable, Hashable {
    case sheet, body, roots

    /// The file-name part: `population`, `population-body`, `population-roots`.
    public var fileSuffix: String { self == .sheet ? "population" : "population-\(rawValue)" }
}

/// A population's figures. The context's `result` is the scenario on the default (median) spine; the
/// panels read the population's report.
public enum PopulationFigure {
    public static func scene(_ report: PopulationReport, view: PopulationView, context: FigureContext) -> Scene {
        let w = context.options.width, t = context.type, margin = w * 0.025
        let inner = w - 2 * margin
        let m = context.options.measurer
        let title = "\(report.scenario.title): \(report.samples) sampled adults"
        let titleH = m.block(title, font: t.title, maxWidth: inner).height
        let sub = subtitle(report)
        let subH = m.block(sub, font: t.small, maxWidth: inner).height
        var nodes: [Node] = [
            .text(TextNode(id: "page.title", string: title, position: Point(x: margin, y: margin), baseline: .top, font: t.title,
                           color: context.palette.ink, maxWidth: inner)),
            .text(TextNode(id: "page.subtitle", string: sub, position: Point(x: margin, y: margin + titleH + t.unit * 2), baseline: .top,
                           font: t.small, color: context.palette.mutedInk, maxWidth: inner)),
        ]
        var y = margin + titleH + t.unit * 2 + subH + 2 * t.gap
        let panels: [Panel] = switch view {
        case .sheet: [PopulationBodyPanel(report: report), PopulationRootsPanel(report: report)]
        case .body: [PopulationBodyPanel(report: report)]
        case .roots: [PopulationRootsPanel(report: report)]
        }
        for (i, panel) in panels.enumerated() {
            let h = panel.preferredHeight(width: inner, context: context) ?? inner / panel.preferredAspect
            nodes.append(.group(GroupNode(id: "panel.\(i)", children: panel.nodes(in: Rect(x: margin, y: y, width: inner, height: h), context: context))))
            y += h + 3 * t.gap
        }
        let caption = captionText(report, view: view)
        nodes.append(.text(TextNode(id: "page.caption", string: caption, position: Point(x: margin, y: y), baseline: .top, font: t.small,
                                    color: context.palette.mutedInk, maxWidth: inner)))
        y += m.block(caption, font: t.small, maxWidth: inner).height + margin
        return Scene(width: w, height: y.rounded(), background: context.palette.background, nodes: nodes, title: title)
    }

    static func subtitle(_ r: PopulationReport) -> String {
        var s = "Seed \(r.request.seed), sex \(r.request.sex.rawValue), posture \(r.request.input.posture.rawValue)"
        if r.request.shard != .whole { s += ", shard \(r.request.shard) of \(r.request.samples) samples" }
        s += ". Every person has the scenario's lesions; canal, recess, foramen and ganglion (each side its own), disc height, interpedicular width and body size are drawn from population.md §A11."
        return s
    }

    static func captionText(_ r: PopulationReport, view: PopulationView) -> String {
        var parts: [String] = []
        if let d = r.driverSentence { parts.append("What drove it: " + d + ".") }
        parts.append(view == .body ? "Shares are of all samples; somatic referred pain (from the disc or facet itself) is the same in every sample and not shaded."
                                   : "Shares are of all samples; bars show the share reaching each grade or worse, with 95 % Wilson intervals.")
        parts.append("Dermatomes after \(r.request.input.atlas.displayName). Teaching model — not for diagnosis.")
        return parts.joined(separator: " ")
    }

    /// The alt text: what is drawn and the numbers a reader would take from it.
    public static func altText(_ r: PopulationReport, view: PopulationView) -> String {
        var lines = ["\(r.scenario.title): the scenario's lesions in \(r.samples) sampled adult anatomies (seed \(r.request.seed), sex \(r.request.sex.rawValue))."]
        if view != .roots {
            let regions = BodyRegion.allCases.flatMap { reg in Side.allCases.map { (reg, $0) } }
                .map { ($0.0, $0.1, r.tally.pain($0.0, $0.1)) }.filter { $0.2 > 0 }.sorted { $0.2 > $1.2 }
            if regions.isEmpty {
                lines.append("Body chart, front and back: no radicular pain in any sample.")
            } else {
                let top = regions.prefix(8).map { "\($0.1.rawValue) \($0.0.rawValue.replacingOccurrences(of: "-", with: " ")) \(PopulationReport.percent(r.share($0.2)))" }
                lines.append("Body chart, front and back, each region shaded by the share of samples with radicular pain there: " + top.joined(separator: ", ")
                             + (regions.count > 8 ? ", and \(regions.count - 8) more regions below that." : "."))
            }
        }
        if view != .body {
            let rows = PopulationRootsPanel.rows(r)
            if rows.isEmpty {
                lines.append("Bar chart: no root reached contact in any sample.")
            } else {
                lines.append("Bar chart, per root and side, the share of samples reaching contact, deviation and compression: "
                             + rows.map { root, side in
                                 "\(side.rawValue) \(root.name) " + PopulationTally.grades.map { "\(PopulationReport.percent(r.share(r.tally.count(root, side, $0)))) \($0.state)" }.joined(separator: ", ")
                             }.joined(separator: "; ") + ".")
            }
        }
        if let d = r.driverSentence { lines.append("What drove it: " + d + ".") }
        return lines.joined(separator: " ")
    }
}

/// The two body charts with each region shaded by the share of samples with radicular pain there (somatic
/// referred pain follows the lesion, not the anatomy), the share written in the region from 1 %, and a legend in %.
struct PopulationBodyPanel: Panel {
    var report: PopulationReport

    func title(_ context: FigureContext) -> String { "Where it hurts: share of sampled people with radicular pain in each region" }
    var preferredAspect: Double { 1.05 }

    /// The fill of a share (0 … 1): the radicular colour of the theme, stronger with the share.
    static func fill(_ share: Double, _ palette: Palette) -> Color {
        let s = max(0, min(1, share))
        switch palette.theme {
        case .color: return Color(hex: 0xC51B4B, alpha: 0.08 + 0.82 * s)
        case .print: return Color(white: 0.92 - 0.7 * s)
        case .colorblind: return Color(hex: 0xD55E00, alpha: 0.08 + 0.82 * s)
        }
    }

    static let legendStops: [Double] = [0.01, 0.25, 0.5, 0.75, 1]

    func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        let (titleNodes, rest) = Components.panelTitle(id: "population.body", title(context), in: frame, context: context)
        let layout = BodyChartLayout(frame: rest, context: context)
        let palette = context.palette, t = context.type
        var nodes = titleNodes + layout.headingNodes(context: context)
        for view in BodyView.allCases {
            let mapping = view == .anterior ? layout.anterior : layout.posterior
            let prefix = "population.body.\(view.rawValue)"
            let silhouette = mapping.path(BodyChartGeometry.silhouette(view))
            nodes.append(.path(PathNode(id: "\(prefix).skin", path: silhouette, fill: .color(palette.skin))))
            var shading: [Node] = [], borders: [Node] = []
            var candidates: [(share: Double, id: String, at: Point)] = []
            for side in Side.allCases {
                for region in BodyChartGeometry.regions(in: view) {
                    guard let outline = BodyChartGeometry.outline(of: region, side: side, in: view) else { continue }
                    let path = mapping.path(outline)
                    let share = report.share(report.tally.pain(region, side))
                    if share > 0 {
                        shading.append(.path(PathNode(id: "\(prefix).\(side.rawValue).\(region.rawValue).share", path: path,
                                                      fill: .color(Self.fill(share, palette)))))
                    }
                    borders.append(.path(PathNode(id: "\(prefix).\(side.rawValue).\(region.rawValue)", path: path,
                                                  stroke: Stroke(color: palette.regionLine, width: t.line * 0.7))))
                    if share >= 0.01, let a = BodyChartGeometry.anchor(of: region, side: side, in: view) {
                        candidates.append((share, "\(prefix).\(side.rawValue).\(region.rawValue).percent", mapping.point(a)))
                    }
                }
            }
            // The shares in the regions, largest first; a label that would overlap one already placed is left
            // out (the shading and the alt text still carry it).
            var placed: [Rect] = [], labels: [Node] = []
            let font = t.small.bold
            for c in candidates.sorted(by: { $0.share != $1.share ? $0.share > $1.share : $0.id < $1.id }) {
                let text = "\(Int((100 * c.share).rounded())) %"
                let size = context.options.measurer.metrics(of: text, font: font)
                let box = Rect(x: c.at.x - size.width / 2 - t.unit, y: c.at.y - size.height / 2, width: size.width + 2 * t.unit, height: size.height)
                guard !placed.contains(where: { $0.intersects(box) }) else { continue }
                placed.append(box)
                labels.append(.text(TextNode(id: c.id, string: text, position: c.at, anchor: .middle, baseline: .middle, font: font,
                                             color: palette.ink, halo: Halo(color: .white, width: t.unit * 1.5))))
            }
            if !shading.isEmpty { nodes.append(.group(GroupNode(id: "\(prefix).shares", children: shading, clip: silhouette))) }
            nodes += borders
            nodes.append(.path(PathNode(id: "\(prefix).outline", path: silhouette, stroke: Stroke(color: palette.ink.withAlpha(0.85), width: t.line * 1.6))))
            nodes += labels
        }
        nodes += layout.sideMarkNodes(context: context)
        // Legend: the share scale in %.
        let o = layout.legendOrigin, s = t.unit * 8
        nodes.append(.text(TextNode(id: "population.body.legend.title", string: "Share of samples with radicular pain in the region", position: o,
                                    baseline: .top, font: t.small.bold, color: palette.ink)))
        var x = o.x
        let y = o.y + t.small.size * 1.6
        for stop in Self.legendStops {
            let label = stop < 0.05 ? "< 5 %" : "\(Int(stop * 100)) %"
            nodes.append(.path(PathNode(id: "population.body.legend.\(Int(stop * 100))", path: .rectangle(Rect(x: x, y: y, width: s, height: s)),
                                        fill: .color(Self.fill(stop, palette)), stroke: Stroke(color: palette.mutedInk, width: t.line))))
            nodes.append(.text(TextNode(id: "population.body.legend.\(Int(stop * 100)).label", string: label, position: Point(x: x + s + t.unit * 2, y: y + s / 2),
                                        baseline: .middle, font: t.small, color: palette.ink)))
            x += s + t.unit * 4 + context.options.measurer.metrics(of: label, font: t.small).width + t.unit * 4
        }
        return nodes
    }

    func altText(_ context: FigureContext) -> String { PopulationFigure.altText(report, view: .body) }
}

/// One row per root and side that any sample touched: three bars (contact, deviation, compression or
/// worse) on a 0–100 % axis, filled with the grade colours, with the 95 % Wilson interval as a whisker.
struct PopulationRootsPanel: Panel {
    var report: PopulationReport

    func title(_ context: FigureContext) -> String { "How often each root is reached (share of samples, grade or worse)" }
    var preferredAspect: Double { 2.2 }

    /// The roots and sides reached by at least one sample, in report order.
    static func rows(_ r: PopulationReport) -> [(Root, Side)] {
        PopulationTally.rootSides.filter { r.tally.count($0.root, $0.side, .contact) > 0 }.map { ($0.root, $0.side) }
    }

    func preferredHeight(width: Double, context: FigureContext) -> Double? {
        let t = context.type
        let rows = max(1, Self.rows(report).count)
        let barH = max(t.unit * 7, t.small.size * 1.3)
        return t.panelTitle.size * 1.6 + t.gap + Double(rows) * (3 * barH + t.unit * 7) + t.unit * 40
    }

    func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        let (titleNodes, rest) = Components.panelTitle(id: "population.roots", title(context), in: frame, context: context)
        let t = context.type, palette = context.palette, m = context.options.measurer
        var nodes = titleNodes
        let rows = Self.rows(report)
        let labelW = m.metrics(of: "S2 right", font: t.label.bold).width + t.unit * 6
        let valueW = m.metrics(of: "100.0 %", font: t.small).width + t.unit * 6
        let axisX = rest.minX + labelW, axisW = max(10, rest.width - labelW - valueW)
        let barH = max(t.unit * 7, t.small.size * 1.3), rowGap = t.unit * 7
        var y = rest.minY + t.unit * 2
        if rows.isEmpty {
            nodes.append(.text(TextNode(id: "population.roots.none", string: "No root reached contact in any of the \(report.samples) samples.",
                                        position: Point(x: rest.minX, y: y), baseline: .top, font: t.label, color: palette.ink)))
            return nodes
        }
        let top = y
        for (root, side) in rows {
            let key = "\(root.name).\(side.rawValue)"
            nodes.append(.text(TextNode(id: "population.roots.\(key).label", string: "\(root.name) \(side.rawValue)",
                                        position: Point(x: rest.minX, y: y + 1.5 * barH), baseline: .middle, font: t.label.bold, color: palette.ink)))
            for (g, grade) in PopulationTally.grades.enumerated() {
                let k = report.tally.count(root, side, grade), share = report.share(k)
                let by = y + Double(g) * barH
                nodes.append(.path(PathNode(id: "population.roots.\(key).\(grade.state)", path: .rectangle(Rect(x: axisX, y: by + barH * 0.1, width: axisW * share, height: barH * 0.8)),
                                            fill: .color(palette.rootFill(grade)), stroke: Stroke(color: palette.rootOutline, width: t.line))))
                let w = wilsonInterval(k, report.samples)
                let wy = by + barH / 2
                let whisker = Path.line(from: Point(x: axisX + axisW * w.lowerBound, y: wy), to: Point(x: axisX + axisW * w.upperBound, y: wy))
                // A white casing under the ink, so the interval reads on the darkest bar too (print theme).
                nodes.append(.path(PathNode(id: "population.roots.\(key).\(grade.state).interval.casing", path: whisker,
                                            stroke: Stroke(color: .white, width: t.line * 4.4))))
                nodes.append(.path(PathNode(id: "population.roots.\(key).\(grade.state).interval", path: whisker,
                                            stroke: Stroke(color: palette.ink, width: t.line * 1.6))))
                nodes.append(.text(TextNode(id: "population.roots.\(key).\(grade.state).value", string: PopulationReport.percent(share),
                                            position: Point(x: axisX + axisW + t.unit * 3, y: wy), baseline: .middle, font: t.small, color: palette.ink)))
            }
            y += 3 * barH + rowGap
        }
        // Axis: 0, 25, 50, 75, 100 % with light grid lines.
        for p in [0, 25, 50, 75, 100] {
            let x = axisX + axisW * Double(p) / 100
            nodes.append(.path(PathNode(id: "population.roots.grid.\(p)", path: .line(from: Point(x: x, y: top), to: Point(x: x, y: y - rowGap / 2)),
                                        stroke: Stroke(color: palette.regionLine, width: t.line * 0.7, dash: p == 0 ? [] : [t.unit, t.unit]))))
            nodes.append(.text(TextNode(id: "population.roots.axis.\(p)", string: "\(p) %", position: Point(x: x, y: y - rowGap / 2 + t.unit * 2),
                                        anchor: .middle, baseline: .top, font: t.small, color: palette.mutedInk)))
        }
        // Legend: the grade colours.
        var lx = axisX
        let ly = y + t.unit * 14
        for grade in PopulationTally.grades {
            let label = "\(grade.state) or worse"
            nodes.append(.path(PathNode(id: "population.roots.legend.\(grade.state)", path: .rectangle(Rect(x: lx, y: ly, width: barH, height: barH * 0.8)),
                                        fill: .color(palette.rootFill(grade)), stroke: Stroke(color: palette.rootOutline, width: t.line))))
            nodes.append(.text(TextNode(id: "population.roots.legend.\(grade.state).label", string: label, position: Point(x: lx + barH + t.unit * 2, y: ly + barH * 0.4),
                                        baseline: .middle, font: t.small, color: palette.ink)))
            lx += barH + t.unit * 6 + m.metrics(of: label, font: t.small).width + t.unit * 4
        }
        nodes.append(.text(TextNode(id: "population.roots.legend.interval", string: "— 95 % Wilson interval", position: Point(x: lx, y: ly + barH * 0.4),
                                    baseline: .middle, font: t.small, color: palette.ink)))
        return nodes
    }

    func altText(_ context: FigureContext) -> String { PopulationFigure.altText(report, view: .roots) }
}
