import Anatomy
import Clinical
import Compression
import Diagram

/// The findings table of the sheet: one row per hurt root (root, side, grade, site, deficits, reflex,
/// tests), then the red flags. Text only, sized to the page's type.
public struct FindingsTablePanel: Panel {
    public init() {}
    public var preferredAspect: Double { 1.0 }

    public func title(_ context: FigureContext) -> String { "Findings" }

    public func nodes(in frame: Rect, context: FigureContext) -> [Node] {
        let t = context.type, p = context.palette, m = context.options.measurer
        var (nodes, rest) = Components.panelTitle(id: "findings", title(context), in: frame, context: context)
        let r = context.result, c = r.clinical
        let hurt = r.hurtRoots
        let columns: [(String, Double)] = [("Root", 0.12), ("Grade", 0.24), ("Site", 0.24), ("Deficits", 0.40)]
        var y = rest.minY
        /// The height a row of `cells` takes.
        func rowHeight(_ cells: [String]) -> Double {
            zip(cells, columns).map { m.block($0.0, font: t.small, maxWidth: rest.width * $0.1.1 - t.unit * 2).height }.max() ?? 0
        }
        func row(_ cells: [String], bold: Bool, id: String) {
            var x = rest.minX, height = 0.0
            let font = bold ? t.small.bold : t.small
            for (i, (cell, share)) in zip(cells, columns).enumerated() {
                let width = rest.width * share.1 - t.unit * 2
                let block = m.block(cell, font: font, maxWidth: width)
                nodes.append(.text(TextNode(id: "\(id).\(i)", string: cell, position: Point(x: x, y: y), baseline: .top,
                                            font: font, color: p.ink, maxWidth: width)))
                height = max(height, block.height)
                x += rest.width * share.1
            }
            y += height + t.unit * 1.5
        }
        row(columns.map(\.0), bold: true, id: "findings.header")
        nodes.append(.path(PathNode(id: "findings.rule", path: .line(from: Point(x: rest.minX, y: y - t.unit), to: Point(x: rest.maxX, y: y - t.unit)),
                                    stroke: Stroke(color: p.mutedInk, width: t.line))))
        if hurt.isEmpty {
            row(["—", "0 normal", "—", "No root is touched: no radicular pain, numbness or weakness."], bold: false, id: "findings.none")
        }
        var shown = 0
        let reserve = t.small.size * 2.5  // one line for "+ n more"
        for f in hurt.prefix(8) {
            var deficits: [String] = []
            if let s = c.sensory.first(where: { $0.root == f.root && $0.side == f.side }) { deficits.append("numb: \(s.keyPoint)") }
            for mo in c.motor where mo.root == f.root && mo.side == f.side { deficits.append("weak: \(mo.action)") }
            if let reflex = f.root.reflex, let change = c.reflexes.first(where: { $0.side == f.side && $0.reflex == reflex.name }) {
                deficits.append("\(change.reflex) \(change.change)")
            }
            for test in c.tests where test.side == f.side && f.root.tensionTests.contains(where: { $0.test.name == test.test }) {
                deficits.append("\(test.test) \(test.expected)")
            }
            if deficits.isEmpty { deficits.append(f.involvement.isPainful ? "pain, no deficit expected" : "no symptom expected (contact)") }
            let cells = [f.root.name + " " + (f.side == .left ? "L" : "R"), "\(f.grade.rawValue) \(f.grade.state)",
                         "\(f.site.rawValue.replacingOccurrences(of: "-", with: " ")) \(f.level.displayName)",
                         deficits.joined(separator: "; ")]
            guard y + rowHeight(cells) + reserve <= rest.maxY else { break }
            row(cells, bold: false, id: "findings.\(f.root.name).\(f.side.rawValue)")
            shown += 1
        }
        if shown < hurt.count {
            let text = "+ \(hurt.count - shown) more roots — see the report"
            let block = m.block(text, font: t.small.italicized, maxWidth: rest.width)
            nodes.append(.text(TextNode(id: "findings.more", string: text, position: Point(x: rest.minX, y: y), baseline: .top,
                                        font: t.small.italicized, color: p.mutedInk, maxWidth: rest.width)))
            y += block.height + t.unit
        }
        for (i, flag) in r.redFlags.enumerated() where y < rest.maxY - t.small.size * 2 {
            let text = "Red flag — \(flag.flag.replacingOccurrences(of: "-", with: " ")): \(flag.why)"
            let block = m.block(text, font: t.small.bold, maxWidth: rest.width)
            nodes.append(.text(TextNode(id: "findings.flag.\(i)", string: text, position: Point(x: rest.minX, y: y), baseline: .top,
                                        font: t.small.bold, color: p.lesionOutline, maxWidth: rest.width)))
            y += block.height + t.unit
        }
        return nodes
    }

    public func altText(_ context: FigureContext) -> String {
        AltText.rootsSentence(context.result)
    }
}
