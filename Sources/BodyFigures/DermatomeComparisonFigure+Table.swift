import Anatomy
import Clinical
import Diagram
import FigureStyle

/// The table of the comparison figure: one row per region (the knee and the shin always, then every
/// other region where the maps disagree, largest disagreement first), one column per map; each cell
/// holds a chip per root, coloured as in the figures, white-striped when the region is only the
/// root's edge. Cells of the maps that differ from the others are outlined and tinted; a row where
/// the maps disagree has its region name in bold.
///
/// Ids: "table.heading.<atlas>", "table.row.<region>", "table.cell.<region>.<atlas>" (with ".differs"
/// for the outline of a dissenting cell), "table.chip.<region>.<atlas>.<root>".
struct ComparisonTable {
    var rows: [DermatomeComparison.Row]
    var options: FigureOptions

    /// The knee and shin rows, then the other disagreements.
    static var rowsShown: [DermatomeComparison.Row] {
        let fixed = DermatomeComparison.kneeAndShin
        return fixed.map(DermatomeComparison.row) + DermatomeComparison.disagreements.filter { !fixed.contains($0.region) }
    }

    var t: Typography { options.type }
    var rowHeight: Double { t.label.size * 1.9 }
    var headerHeight: Double { t.label.size * 1.8 }
    /// The gap above the first row that is not about the knee, holding a sub-heading.
    var breakHeight: Double { t.label.size * 2.0 }
    var breakIndex: Int? { rows.firstIndex { !DermatomeComparison.kneeAndShin.contains($0.region) } }

    func height(width: Double) -> Double {
        headerHeight + Double(rows.count) * rowHeight + (breakIndex == nil ? 0 : breakHeight)
    }

    func nodes(at origin: Point, width: Double) -> [Node] {
        let m = options.measurer, palette = options.palette, font = t.label
        let firstW = max(width * 0.22, (rows.map { m.metrics(of: Self.rowTitle($0.region), font: font.bold).width }.max() ?? 0) + t.unit * 4)
        let cellW = (width - firstW) / Double(Atlas.allCases.count)
        var nodes: [Node] = []
        nodes.append(.text(TextNode(id: "table.heading.region", string: "Region", position: Point(x: origin.x, y: origin.y + headerHeight / 2),
                                    baseline: .middle, font: font.bold, color: palette.ink)))
        for (i, atlas) in Atlas.allCases.enumerated() {
            nodes.append(.text(TextNode(id: "table.heading.\(atlas.rawValue)", string: DermatomeAtlas.shortName(of: atlas),
                                        position: Point(x: origin.x + firstW + Double(i) * cellW + t.unit * 2, y: origin.y + headerHeight / 2),
                                        baseline: .middle, font: font.bold, color: palette.ink, maxWidth: cellW - t.unit * 2)))
        }
        nodes.append(.path(PathNode(id: "table.rule.head", path: .line(from: Point(x: origin.x, y: origin.y + headerHeight),
                                                                         to: Point(x: origin.x + width, y: origin.y + headerHeight)),
                                    stroke: Stroke(color: palette.ink, width: t.line * 1.5))))
        var y = origin.y + headerHeight
        for (r, row) in rows.enumerated() {
            if r == breakIndex {
                nodes.append(.text(TextNode(id: "table.break", string: "Elsewhere the maps disagree at:", position: Point(x: origin.x, y: y + breakHeight * 0.62),
                                            baseline: .middle, font: t.small.italicized, color: palette.mutedInk)))
                y += breakHeight
            }
            let mid = y + rowHeight / 2
            if r % 2 == 0 {
                nodes.append(.path(PathNode(id: "table.row.\(row.region.rawValue).band", path: .rectangle(Rect(x: origin.x, y: y, width: width, height: rowHeight)),
                                            fill: .color(Color(white: 0.965)))))
            }
            nodes.append(.text(TextNode(id: "table.row.\(row.region.rawValue)", string: Self.rowTitle(row.region), position: Point(x: origin.x + t.unit, y: mid),
                                        baseline: .middle, font: row.disagrees ? font.bold : font, color: palette.ink)))
            for (i, atlas) in Atlas.allCases.enumerated() {
                let cell = Rect(x: origin.x + firstW + Double(i) * cellW, y: y, width: cellW, height: rowHeight)
                nodes += cellNodes(row, atlas: atlas, in: cell)
            }
            y += rowHeight
        }
        nodes.append(.path(PathNode(id: "table.rule.foot", path: .line(from: Point(x: origin.x, y: y), to: Point(x: origin.x + width, y: y)),
                                    stroke: Stroke(color: palette.ink, width: t.line * 1.5))))
        return nodes
    }

    /// "Anterior knee", "Anterior leg (shin)".
    static func rowTitle(_ region: BodyRegion) -> String {
        let name = DermatomeComparisonFigure.regionName(region)
        return name.prefix(1).uppercased() + name.dropFirst()
    }

    /// One cell: the chips of its roots (or "variable", "cluneal nn.", "none" for an empty answer), outlined and tinted when its map dissents.
    func cellNodes(_ row: DermatomeComparison.Row, atlas: Atlas, in cell: Rect) -> [Node] {
        let m = options.measurer, palette = options.palette, font = t.label.bold
        let id = "table.cell.\(row.region.rawValue).\(atlas.rawValue)"
        var nodes: [Node] = []
        let inset = cell.insetBy(t.unit * 0.8)
        if row.dissenters.contains(atlas) {
            nodes.append(.path(PathNode(id: "\(id).differs", path: .roundedRectangle(inset, radius: t.unit * 1.2),
                                        fill: .color(palette.disagreement.withAlpha(0.10)),
                                        stroke: Stroke(color: palette.disagreement, width: t.line * 3))))
        }
        let answer = row.answer(atlas)
        var x = inset.minX + t.unit * 1.5
        guard !answer.shares.isEmpty else {
            // Lee 2008 leaves variable skin blank; the buttock and low back belong to the cluneal nerves.
            let word = atlas == .lee2008 ? "variable" : ((row.region == .buttock || row.region == .lowBack) ? "cluneal nn." : "none")
            nodes.append(.text(TextNode(id: "\(id).none", string: word, position: Point(x: x, y: cell.midY), baseline: .middle,
                                        font: t.label.italicized, color: palette.mutedInk)))
            return nodes
        }
        let chipH = inset.height - t.unit * 1.6
        for share in answer.shares {
            let segment = DermatomeSegment.root(share.root)
            let text = share.isFringe ? "\(share.root.name) edge" : share.root.name
            let chipW = m.metrics(of: text, font: font).width + t.unit * 4
            let chip = Rect(x: x, y: cell.midY - chipH / 2, width: chipW, height: chipH)
            let cid = "table.chip.\(row.region.rawValue).\(atlas.rawValue).\(share.root.name)"
            let shape = Path.roundedRectangle(chip, radius: t.unit * 1.2)
            nodes.append(.path(PathNode(id: cid, path: shape, fill: Fill(palette.dermatome(segment)),
                                        stroke: Stroke(color: palette.ink.withAlpha(0.5), width: t.line), metadata: ["root": segment.name])))
            if share.isFringe {
                nodes.append(.path(PathNode(id: "\(cid).edge", path: shape, fill: Fill(palette.dermatomeEdge(unit: t.unit)))))
            }
            nodes.append(.text(TextNode(id: "\(cid).label", string: text, position: Point(x: chip.midX, y: chip.midY), anchor: .middle,
                                        baseline: .middle, font: font, color: palette.ink, halo: Halo(color: .white, width: t.unit * 1.4))))
            x = chip.maxX + t.unit * 1.5
        }
        return nodes
    }
}
