import BodyFigures
import Clinical
import Compression
import Diagram
import FigureStyle
import SectionFigures

/// The swept value along the page: steps in sweep order from left to right (a decreasing sweep reads
/// right to left in numbers); words (posture, morphology, grades) evenly spaced.
struct XAxis {
    let positions: [Double]
    let ticks: [(x: Double, label: String)]
    let title: String

    init(input: ProgressionInput, from x0: Double, to x1: Double) {
        let steps = input.steps, n = steps.count
        let p = input.parameter
        title = p.name.prefix(1).uppercased() + p.name.dropFirst() + (p.unit.isEmpty ? "" : ", \(p.unit)")
        if case .ordered = p.kind {
            let scale = PlotScale(domain: (-0.5, Double(n) - 0.5), range: (x0, x1))
            positions = (0..<n).map { scale.position(Double($0)) }
            ticks = (0..<n).map { (scale.position(Double($0)), steps[$0].value.text) }
            return
        }
        let first = steps[0].value.position, last = steps[n - 1].value.position
        let pad = (last - first) * 0.03
        let scale = PlotScale(domain: (first - pad, last + pad), range: (x0, x1))
        positions = steps.map { scale.position($0.value.position) }
        // About one tick a step for short sweeps, at most 8.
        var marks = PlotScale.ticks(from: first, to: last, count: min(8, max(2, n - 1)))
        if case .whole = p.kind { marks = marks.filter { $0 == $0.rounded() } }
        ticks = marks.map { (scale.position($0), PlotScale.label($0)) }
    }

    /// The left and right edges of step `i`'s cell: half-way to its neighbours.
    func cell(_ i: Int, within range: ClosedRange<Double>) -> ClosedRange<Double> {
        let x = positions[i]
        let left = i > 0 ? (positions[i - 1] + x) / 2 : x - (positions.count > 1 ? (positions[1] - x) / 2 : 10)
        let right = i + 1 < positions.count ? (x + positions[i + 1]) / 2 : x + (i > 0 ? (x - positions[i - 1]) / 2 : 10)
        let (a, b) = (min(left, right), max(left, right))
        return max(range.lowerBound, a)...min(range.upperBound, max(a, b))
    }
}

/// How one root's line is drawn: a colour and a dash pattern (so lines differ in grey too).
struct SeriesStyle {
    let color: Color
    let dash: [Double]
    let width: Double

    init(index: Int, context: FigureContext) {
        let u = context.type.unit
        // Okabe–Ito colours that are none of the grade colours (yellow, orange, vermillion, reddish
        // purple in the colour-blind theme): blue, bluish green, black, sky blue, grey; purple last.
        let hues: [UInt32] = [0x0072B2, 0x009E73, 0x000000, 0x56B4E9, 0x999999, 0xCC79A7]
        color = context.options.theme == .print ? Color(white: index % 2 == 0 ? 0.1 : 0.45) : Color(hex: hues[index % hues.count])
        let dashes: [[Double]] = [[], [6, 3], [1.2, 2], [6, 2, 1.2, 2], [3, 3], [10, 3]]
        dash = dashes[index % dashes.count].map { $0 * u }
        width = 1.0 * u
    }

    var stroke: Stroke { Stroke(color: color, width: width, dash: dash, cap: .butt, join: .round) }

    static func swatchLength(_ u: Double) -> Double { 10 * u }

    /// A short stretch of the line, as in a legend, from `start`.
    func swatch(id: String, at start: Point, unit u: Double) -> Node {
        .path(PathNode(id: id, path: .line(from: start, to: Point(x: start.x + Self.swatchLength(u), y: start.y)), stroke: stroke))
    }
}

extension ProgressionPlot {
    /// The line of threshold `i` of `count`: solid for the first of two (contact at 0 mm), else dashed.
    func thresholdStroke(_ i: Int, of count: Int) -> Stroke {
        Stroke(color: context.palette.ink, width: 2 * t.line, dash: i == 0 && count > 1 ? [] : [4 * u, 2 * u])
    }

    /// One chart: threshold bands, grid, threshold lines (labelled in the margin), then a line per root with
    /// markers filled by the grade at each step (when the steps are far enough apart).
    func chart(id: String, rect: Rect, axis: (scale: PlotScale, ticks: [Double]), xs: XAxis, styles: [SeriesStyle],
               values: (RootFinding) -> Double, bands: [(from: Double, to: Double, grade: RootGrade)],
               thresholds: [(value: Double, label: String)]) -> [Node] {
        let palette = context.palette
        func y(_ v: Double) -> Double { rect.minY + axis.scale.position(max(axis.scale.domain.start, min(axis.scale.domain.end, v))) }
        var nodes: [Node] = []
        for (i, band) in bands.enumerated() {
            let (a, b) = (y(band.from), y(band.to))
            let box = Rect(x: rect.minX, y: min(a, b), width: rect.width, height: abs(b - a))
            nodes.append(.path(PathNode(id: "\(id).band.\(i)", path: .rectangle(box), fill: .color(palette.rootFill(band.grade).withAlpha(0.18)))))
        }
        var grid = Path()
        for tick in axis.ticks {
            grid.append(.line(from: Point(x: rect.minX, y: y(tick)), to: Point(x: rect.maxX, y: y(tick))))
            nodes.append(.text(TextNode(id: "\(id).tick.\(PlotScale.label(tick))", string: PlotScale.label(tick),
                                        position: Point(x: rect.minX - t.gap, y: y(tick)), anchor: .end, baseline: .middle,
                                        font: t.small, color: palette.ink)))
        }
        for tick in xs.ticks { grid.append(.line(from: Point(x: tick.x, y: rect.minY), to: Point(x: tick.x, y: rect.maxY))) }
        nodes.append(.path(PathNode(id: "\(id).grid", path: grid, stroke: Stroke(color: Color(white: 0.85), width: t.line))))
        nodes.append(.path(PathNode(id: "\(id).frame", path: .rectangle(rect), stroke: Stroke(color: palette.mutedInk, width: t.line))))
        for (i, threshold) in thresholds.enumerated() {
            let ty = y(threshold.value)
            nodes.append(.path(PathNode(id: "\(id).threshold.\(i)", path: .line(from: Point(x: rect.minX, y: ty), to: Point(x: rect.maxX, y: ty)),
                                        stroke: thresholdStroke(i, of: thresholds.count))))
        }
        let markers = xs.positions.count < 2 || abs(xs.positions[1] - xs.positions[0]) >= 4.5 * u
        for (k, track) in input.changing.enumerated() {
            let points = track.findings.enumerated().map { Point(x: xs.positions[$0.offset], y: y(values($0.element))) }
            nodes.append(.path(PathNode(id: "\(id).line.\(k)", path: .polyline(points), stroke: styles[k].stroke)))
            guard markers else { continue }
            for (i, p) in points.enumerated() {
                nodes.append(.path(PathNode(id: "\(id).line.\(k).step.\(i)", path: .circle(center: p, radius: 1.5 * u),
                                            fill: .color(palette.rootFill(track.grades[i])), stroke: Stroke(color: styles[k].color, width: 0.5 * u))))
            }
        }
        return nodes
    }

    /// A label in the plot's right margin: wanted at `y` beside the chart, with a stretch of `stroke`
    /// before its text, and a leader from `anchor` when it had to move.
    struct MarginLabel {
        var id: String
        var text: String
        var anchor: Point
        var stroke: Stroke
        var color: Color
    }

    /// Places margin labels at the height of their anchors, moved apart so that no two overlap and kept
    /// within the chart's height; a label moved by more than a third of a line gets a leader.
    func marginLabels(_ labels: [MarginLabel], rect: Rect, x: Double) -> [Node] {
        let h = context.options.measurer.block("Ag", font: t.small).height
        let wanted = labels.map { max(rect.minY, min(rect.maxY, $0.anchor.y)) }
        var placed = wanted
        let order = wanted.indices.sorted { (wanted[$0], $0) < (wanted[$1], $1) }
        var previous = -Double.infinity
        for i in order {
            placed[i] = max(placed[i], previous + h)
            previous = placed[i]
        }
        if let lowest = order.last, placed[lowest] > rect.maxY + h / 2 {
            let shift = placed[lowest] - rect.maxY - h / 2
            for i in placed.indices { placed[i] -= shift }
        }
        var nodes: [Node] = []
        for (k, label) in labels.enumerated() {
            let start = Point(x: x, y: placed[k])
            if abs(placed[k] - wanted[k]) > 0.3 * h {
                nodes.append(.path(PathNode(id: "\(label.id).leader", path: .line(from: label.anchor, to: start),
                                            stroke: Stroke(color: context.palette.mutedInk, width: t.line))))
            }
            nodes.append(.path(PathNode(id: "\(label.id).swatch", path: .line(from: start, to: Point(x: x + SeriesStyle.swatchLength(u), y: start.y)),
                                        stroke: label.stroke)))
            nodes.append(.text(TextNode(id: label.id, string: label.text,
                                        position: Point(x: x + SeriesStyle.swatchLength(u) + t.gap / 2, y: start.y),
                                        baseline: .middle, font: t.small, color: label.color)))
        }
        return nodes
    }
}
