import BodyFigures
import Diagram
import FigureStyle
import SectionFigures

/// A paper size for printed handouts (`--paper`), portrait. Never read from the environment or the locale,
/// so the same command gives the same files everywhere.
public enum Paper: String, CaseIterable, Sendable, Hashable {
    /// ISO A4, 210 × 297 mm.
    case a4
    /// US Letter, 8.5 × 11 in.
    case letter

    /// Width and height in PostScript points (1/72 in).
    public var size: (width: Double, height: Double) {
        switch self {
        case .a4: (595.2756, 841.8898)  // 210 × 297 mm
        case .letter: (612, 792)
        }
    }

    /// The name printed in documentation and messages: "A4", "Letter".
    public var displayName: String { self == .a4 ? "A4" : "Letter" }
}

/// The teaching sheet cut into printed pages: each page a `Paper` in points, the sheet's panels scaled to the
/// printable width (so its 9 pt type prints at about 8.3 pt on A4 and 8.6 pt on Letter), cut only between
/// panels, with the title on the first page, a running head on the others and "Page n of N" on every one.
///
/// The sheet is read as horizontal bands: top-level nodes whose vertical extents overlap are one band (the
/// sagittal section beside the axial and foraminal ones; each panel across the page; the caption). The title
/// stays with the band below it, the grade legend with the sections above it, the caption with the last panel. A band taller than a page
/// (no teaching scenario has one) gets a page of its own, scaled down to fit.
public enum Handout {
    /// Page margins, points (12.7 mm): inside what office printers can print.
    public static let margin = 36.0
    /// Size of the running head and page numbers, printed points.
    public static let furnitureSize = 8.5

    /// The height of the first page's room for content, as a multiple of the width the sheet is scaled to, on the
    /// tightest paper (Letter): a sheet's title, sections and grade legend no taller than this times its width print
    /// at full size, their 9 pt type at 8 pt or more.
    public static let firstPageAspect: Double = Paper.allCases.map { (paper: Paper) -> Double in
        let (width, height) = paper.size
        let room: Double = height - 2 * margin - furnitureSize * 2.2
        return room / (width - 2 * margin)
    }.min() ?? 1.2

    /// The pages of `sheet` (a scene laid out by `FigurePage.sheet`) on `paper`. `measurer` gives the extents
    /// of the sheet's text; pass the one that laid it out.
    public static func pages(of sheet: Scene, paper: Paper, measurer: some TextMeasurer) -> [Scene] {
        let (pageWidth, pageHeight) = paper.size
        let scale = (pageWidth - 2 * margin) / sheet.width
        let units = bands(of: sheet, measurer: measurer)
        let footerHeight = furnitureSize * 2.2
        let headHeight = furnitureSize * 2.4
        // Greedy: fill a page with whole bands; keep each band's gap to the one above it when they share a page.
        var pages: [[Band]] = []
        var current: [Band] = []
        var used = 0.0
        for band in units {
            let available = pageHeight - 2 * margin - footerHeight - (pages.isEmpty ? 0 : headHeight)
            let gap = current.last.map { (band.minY - $0.maxY) * scale } ?? 0
            let height = (band.maxY - band.minY) * scale
            if !current.isEmpty, used + gap + height > available {
                pages.append(current)
                current = [band]
                used = height
            } else {
                current.append(band)
                used += gap + height
            }
        }
        if !current.isEmpty { pages.append(current) }

        let title = sheet.title ?? ""
        return pages.enumerated().map { index, bands in
            let top = margin + (index == 0 ? 0 : headHeight)
            let available = pageHeight - margin - footerHeight - top
            let minY = bands.first?.minY ?? 0, maxY = bands.last?.maxY ?? 0
            // A band taller than the page (none in the teaching set) is shrunk to fit, centred.
            let s = min(scale, available / max(1e-9, maxY - minY))
            let left = (pageWidth - sheet.width * s) / 2
            let content = GroupNode(id: "page.\(index + 1).content", children: bands.flatMap(\.nodes),
                                    transform: Transform.scale(s).concatenated(with: .translation(x: left, y: top - minY * s)))
            var nodes: [Node] = [.group(content)]
            let font = Font(size: furnitureSize)
            let ink = Color(white: 0.3)
            if index > 0 {
                nodes.append(.text(TextNode(id: "page.running-head", string: "\(title) (continued)", position: Point(x: margin, y: margin),
                                            baseline: .top, font: font.bold, color: ink, maxWidth: pageWidth - 2 * margin)))
            }
            nodes.append(.text(TextNode(id: "page.number", string: "Page \(index + 1) of \(pages.count)",
                                        position: Point(x: pageWidth - margin, y: pageHeight - margin), anchor: .end,
                                        baseline: .bottom, font: font, color: ink)))
            nodes.append(.text(TextNode(id: "page.notice", string: "Radix teaching model — not for diagnosis",
                                        position: Point(x: margin, y: pageHeight - margin), anchor: .start,
                                        baseline: .bottom, font: font, color: ink)))
            return Scene(width: pageWidth, height: pageHeight, background: sheet.background, nodes: nodes, title: sheet.title,
                         description: sheet.description)
        }
    }

    /// Top-level nodes with overlapping vertical extents, in page order; each band's nodes in drawing order.
    struct Band {
        var minY: Double
        var maxY: Double
        var nodes: [Node]
        var ids: [String]
    }

    static func bands(of sheet: Scene, measurer: some TextMeasurer) -> [Band] {
        var placed: [(index: Int, minY: Double, maxY: Double)] = []
        for (index, node) in sheet.nodes.enumerated() {
            guard let box = node.bounds(measurer: measurer) else { continue }
            placed.append((index, box.minY, box.maxY))
        }
        placed.sort { ($0.minY, $0.index) < ($1.minY, $1.index) }
        var groups: [(minY: Double, maxY: Double, members: [Int])] = []
        for item in placed {
            if let last = groups.last, item.minY < last.maxY {
                groups[groups.count - 1].maxY = max(last.maxY, item.maxY)
                groups[groups.count - 1].members.append(item.index)
            } else {
                groups.append((item.minY, item.maxY, [item.index]))
            }
        }
        var bands = groups.map { group in
            let members = group.members.sorted()
            return Band(minY: group.minY, maxY: group.maxY, nodes: members.map { sheet.nodes[$0] }, ids: members.map { sheet.nodes[$0].id })
        }
        // The title stays with what follows it; the grade legend stays with the sections above it, and the
        // caption with the panel above it (alone it would take a page of its own).
        var i = 0
        while i < bands.count {
            let keepWithNext = bands[i].ids.allSatisfy { $0 == "page.title" } && i + 1 < bands.count
            let keepWithPrevious = i > 0 && bands[i].ids.allSatisfy { $0.hasPrefix("legend") || $0 == "page.caption" }
            if keepWithNext {
                bands[i + 1] = merge(bands[i], bands[i + 1])
                bands.remove(at: i)
            } else if keepWithPrevious {
                bands[i - 1] = merge(bands[i - 1], bands[i])
                bands.remove(at: i)
            } else {
                i += 1
            }
        }
        return bands
    }

    private static func merge(_ a: Band, _ b: Band) -> Band {
        Band(minY: min(a.minY, b.minY), maxY: max(a.maxY, b.maxY), nodes: a.nodes + b.nodes, ids: a.ids + b.ids)
    }
}
