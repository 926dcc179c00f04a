import Anatomy
import BodyFigures
import Clinical
import Compression
import Diagram
import FigureStyle
import SectionFigures

/// The findings table of the sheet: one row per hurt root (root and side, grade, site, numbness at the
/// key point, weakness, reflex, tension tests), then the red flags. Text only, sized to the page's type.
///
/// Across a page it gives each finding its column; in a narrow frame (under 1 000 points, half a
/// 2 400-point page) it folds numbness, weakness, reflex and tests into one "Deficits" column.
public struct FindingsTablePanel: Panel {
    public init() {}
    public var preferredAspect: Double { 1.0 }

    public func title(_ context: FigureContext) -> String { "Findings" }

    /// A column's heading and its share of the table's width.
    typealias Column = (heading: String, share: Double)

    static let wideColumns: [Column] = [("Root", 0.06), ("Grade", 0.13), ("Site", 0.15), ("Numbness (key point)", 0.21),
                                        ("Weakness", 0.16), ("Reflex", 0.12), ("Tension tests", 0.17)]
    static let narrowColumns: [Column] = [("Root", 0.12), ("Grade", 0.24), ("Site", 0.24), ("Deficits", 0.40)]

    static func columns(width: Double, context: FigureContext) -> [Column] {
        width >= 1000 * context.options.width / 2400 ? wideColumns : narrowColumns
    }

    /// The table's height at `width`: every root's row and every red flag (the page grows to fit).
    public func preferredHeight(width: Double, context: FigureContext) -> Double? {
        let probe = Rect(x: 0, y: 0, width: width, height: 1e6)
        let (_, rest) = Components.panelTitle(id: "findings", title(context), in: probe, context: context)
        let table = Table(width: rest.width, context: context)
        return (rest.minY - probe.minY) + table.height + context.type.unit * 2
    }

    public func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        var (nodes, rest) = Components.panelTitle(id: "findings", title(context), in: frame, context: context)
        nodes += Table(width: rest.width, context: context).nodes(at: Point(x: rest.minX, y: rest.minY), maxY: rest.maxY)
        return nodes
    }

    public func altText(_ context: FigureContext) -> String {
        AltText.rootsSentence(context.result)
    }
}

/// The rows of the findings table, measured at one width.
private struct Table {
    let context: FigureContext
    let width: Double
    let columns: [FindingsTablePanel.Column]
    /// Each row: its id and cells.
    var rows: [(id: String, cells: [String])] = []
    var flags: [String] = []

    init(width: Double, context: FigureContext) {
        self.context = context
        self.width = width
        columns = FindingsTablePanel.columns(width: width, context: context)
        let r = context.result
        if r.hurtRoots.isEmpty {
            let none = "No root is touched: no radicular pain, numbness or weakness."
            rows.append(("findings.none", columns.count > 4 ? ["—", "0 normal", "—", none, "", "", ""] : ["—", "0 normal", "—", none]))
        }
        // In the order the roots leave, left before right, as a handout reads; the grade is a column of its own.
        for f in r.hurtRoots.sorted(by: { ($0.root, $0.side) < ($1.root, $1.side) }) {
            rows.append(("findings.\(f.root.name).\(f.side.rawValue)", cells(f)))
        }
        flags = r.redFlags.map { "Red flag — \($0.kind.phrase): \($0.why)" }
    }

    /// One root's cells: what the simulation expects at its key point, muscles, reflex and tests.
    private func cells(_ f: RootFinding) -> [String] {
        let c = context.result.clinical
        let numb = c.sensory.first { $0.root == f.root && $0.side == f.side }.map(\.keyPoint)
        let weak = c.motor.filter { $0.root == f.root && $0.side == f.side }.map(\.action)
        let reflex = f.root.reflex.flatMap { r in c.reflexes.first { $0.side == f.side && $0.reflex == r.name } }
            .map { "\($0.reflex) \($0.change)" }
        let tests = c.tests.filter { t in t.side == f.side && f.root.tensionTests.contains { $0.test.name == t.test } }
            .map { "\($0.test) \($0.expected)" }
        let root = f.root.name + " " + (f.side == .left ? "L" : "R")
        let grade = "\(f.grade.rawValue) \(f.grade.state)"
        // "L4–L5" never breaks across lines: the text setter breaks at spaces only.
        // Every place the root is caught (a double crush is two), worst first.
        let places = f.stations.filter { $0.grade >= .deviation }.sorted { ($0.grade, $0.deformationPercent) > ($1.grade, $1.deformationPercent) }
        let site = (places.isEmpty ? [StationFinding(site: f.station, level: f.level, grade: f.grade, clearance: f.clearance, deformationPercent: f.deformationPercent, crowded: f.crowded)] : places)
            .map { "\($0.site.rawValue.replacingOccurrences(of: "-", with: " ")) \($0.level.displayName)" }
            .joined(separator: "; ")
        let quiet = f.involvement.isPainful ? "pain, no deficit expected" : "no symptom expected (contact)"
        if columns.count > 4 {
            let none = numb == nil && weak.isEmpty && reflex == nil && tests.isEmpty
            return [root, grade, site, numb ?? (none ? quiet : "—"), weak.isEmpty ? "—" : weak.joined(separator: "; "),
                    reflex ?? "—", tests.isEmpty ? "—" : tests.joined(separator: "; ")]
        }
        var deficits = (numb.map { ["numb: \($0)"] } ?? []) + weak.map { "weak: \($0)" }
        deficits += (reflex.map { [$0] } ?? []) + tests
        return [root, grade, site, deficits.isEmpty ? quiet : deficits.joined(separator: "; ")]
    }

    private func cellWidth(_ column: FindingsTablePanel.Column) -> Double { width * column.share - context.type.unit * 2 }

    private func rowHeight(_ cells: [String], font: Font) -> Double {
        let m = context.options.measurer
        return zip(cells, columns).map { m.block($0.0, font: font, maxWidth: cellWidth($0.1)).height }.max() ?? 0
    }

    private var gap: Double { context.type.unit * 1.5 }

    /// Header, rows and flags, points.
    var height: Double {
        let t = context.type, m = context.options.measurer
        var h = rowHeight(columns.map(\.heading), font: t.small.bold) + gap
        for row in rows { h += rowHeight(row.cells, font: t.small) + gap }
        for flag in flags { h += m.block(flag, font: t.small.bold, maxWidth: width).height + t.unit }
        return h
    }

    /// The table from `origin` down; rows that would pass `maxY` are summed up in one line instead.
    func nodes(at origin: Point, maxY: Double) -> [Node] {
        let t = context.type, p = context.palette, m = context.options.measurer
        var nodes: [Node] = []
        var y = origin.y
        func row(_ cells: [String], font: Font, id: String) {
            var x = origin.x, height = 0.0
            for (i, (cell, column)) in zip(cells, columns).enumerated() {
                let w = cellWidth(column)
                if !cell.isEmpty {
                    nodes.append(.text(TextNode(id: "\(id).\(i)", string: cell, position: Point(x: x, y: y), baseline: .top,
                                                font: font, color: p.ink, maxWidth: w)))
                    height = max(height, m.block(cell, font: font, maxWidth: w).height)
                }
                x += width * column.share
            }
            y += height + gap
        }
        row(columns.map(\.heading), font: t.small.bold, id: "findings.header")
        nodes.append(.path(PathNode(id: "findings.rule", path: .line(from: Point(x: origin.x, y: y - t.unit), to: Point(x: origin.x + width, y: y - t.unit)),
                                    stroke: Stroke(color: p.mutedInk, width: t.line))))
        let flagsHeight = flags.reduce(0) { $0 + m.block($1, font: t.small.bold, maxWidth: width).height + t.unit }
        let reserve = t.small.size * 2.5  // one line for "+ n more"
        var shown = 0
        for (id, cells) in rows {
            guard y + rowHeight(cells, font: t.small) + flagsHeight + reserve <= maxY || shown == rows.count - 1 && y + rowHeight(cells, font: t.small) + flagsHeight <= maxY
            else { break }
            row(cells, font: t.small, id: id)
            shown += 1
        }
        if shown < rows.count {
            let text = "+ \(rows.count - shown) more roots — see the report"
            nodes.append(.text(TextNode(id: "findings.more", string: text, position: Point(x: origin.x, y: y), baseline: .top,
                                        font: t.small.italicized, color: p.mutedInk, maxWidth: width)))
            y += m.block(text, font: t.small.italicized, maxWidth: width).height + t.unit
        }
        for (i, flag) in flags.enumerated() where y < maxY - t.small.size * 2 {
            nodes.append(.text(TextNode(id: "findings.flag.\(i)", string: flag, position: Point(x: origin.x, y: y), baseline: .top,
                                        font: t.small.bold, color: p.lesionOutline, maxWidth: width)))
            y += m.block(flag, font: t.small.bold, maxWidth: width).height + t.unit
        }
        return nodes
    }
}
