import BodyFigures
import Clinical
import Compression
import Diagram
import FigureStyle
import SectionFigures

extension ProgressionPlot {
    /// One row per root: its line's swatch and name at the left, then a cell per step filled by the
    /// grade (with the grade's number when the cell is wide enough), and a dark mark where the grade changes.
    func gradeStrip(rect: Rect, xs: XAxis, styles: [SeriesStyle]) -> [Node] {
        let palette = context.palette, m = context.options.measurer
        let digitWidth = m.metrics(of: "3", font: t.small).width
        var nodes: [Node] = []
        var changes = Path()
        for (k, track) in input.changing.enumerated() {
            let row = Rect(x: rect.minX, y: rect.minY + Double(k) * rowHeight, width: rect.width, height: rowHeight)
            let nameWidth = m.metrics(of: track.name, font: t.small).width
            let nameX = rect.minX - t.gap - nameWidth
            nodes.append(styles[k].swatch(id: "plot.strip.\(k).swatch",
                                          at: Point(x: nameX - t.gap / 2 - SeriesStyle.swatchLength(u), y: row.midY), unit: u))
            nodes.append(.text(TextNode(id: "plot.strip.\(k).name", string: track.name, position: Point(x: rect.minX - t.gap, y: row.midY),
                                        anchor: .end, baseline: .middle, font: t.small, color: palette.ink)))
            let inset = rowHeight * 0.12
            for (i, grade) in track.grades.enumerated() {
                let span = xs.cell(i, within: rect.minX...rect.maxX)
                let cell = Rect(x: span.lowerBound, y: row.minY + inset, width: span.upperBound - span.lowerBound, height: row.height - 2 * inset)
                nodes.append(.path(PathNode(id: "plot.strip.\(k).\(i)", path: .rectangle(cell), fill: .color(palette.rootFill(grade)))))
                if cell.width >= 1.8 * digitWidth {
                    let fill = palette.rootFill(grade)
                    let dark = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue < 0.45
                    nodes.append(.text(TextNode(id: "plot.strip.\(k).\(i).grade", string: "\(grade.rawValue)",
                                                position: Point(x: cell.midX, y: cell.midY), anchor: .middle, baseline: .middle,
                                                font: t.small, color: dark ? .white : palette.ink)))
                }
                if i > 0, grade != track.grades[i - 1] {
                    changes.append(.line(from: Point(x: span.lowerBound, y: row.minY), to: Point(x: span.lowerBound, y: row.maxY)))
                }
            }
            nodes.append(.path(PathNode(id: "plot.strip.\(k).outline", path: .rectangle(Rect(x: rect.minX, y: row.minY + inset, width: rect.width,
                                                                                                height: row.height - 2 * inset)),
                                        stroke: Stroke(color: palette.mutedInk, width: t.line))))
        }
        nodes.append(.path(PathNode(id: "plot.strip.changes", path: changes, stroke: Stroke(color: palette.ink, width: 3 * t.line))))
        return nodes
    }

    /// Tick marks and labels of the swept value under the strip, and the axis title.
    func xAxisNodes(xs: XAxis, bottom: Double, chartRects: [Rect]) -> [Node] {
        let palette = context.palette
        var marks = Path()
        var nodes: [Node] = []
        let y = bottom + t.gap / 2
        for (i, tick) in xs.ticks.enumerated() {
            for rect in chartRects {
                marks.append(.line(from: Point(x: tick.x, y: rect.maxY), to: Point(x: tick.x, y: rect.maxY + 1.5 * u)))
            }
            marks.append(.line(from: Point(x: tick.x, y: bottom), to: Point(x: tick.x, y: y)))
            nodes.append(.text(TextNode(id: "plot.x.tick.\(i)", string: tick.label, position: Point(x: tick.x, y: y + t.gap / 2),
                                        anchor: .middle, baseline: .top, font: t.small, color: palette.ink)))
        }
        nodes.append(.path(PathNode(id: "plot.x.marks", path: marks, stroke: Stroke(color: palette.mutedInk, width: t.line))))
        let lineHeight = context.options.measurer.block("Ag", font: t.small).height
        let left = chartRects.first?.minX ?? 0, right = chartRects.first?.maxX ?? 0
        nodes.append(.text(TextNode(id: "plot.x.title", string: xs.title, position: Point(x: (left + right) / 2, y: y + t.gap + lineHeight * 1.2),
                                    anchor: .middle, baseline: .top, font: t.small.bold, color: palette.ink)))
        return nodes
    }
}
