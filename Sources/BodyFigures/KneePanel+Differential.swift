import Clinical
import Diagram
import FigureStyle

extension KneePanel {
    /// The conditions listed, in ``KneeDifferential/all`` order: the four every clinician checks
    /// first (patellofemoral pain, meniscal tear, osteoarthritis, the hip), then those that hurt where
    /// this patient does, as room allows. "Hurts where" is the report's `knee_mimics` check
    /// (``KneeMimic/check(painMap:complaint:)``, pain map and complaint), so figure and report agree.
    func differentialCandidates(_ context: FigureContext) -> [(index: Int, item: KneeDifferential, overlaps: Bool)] {
        let mimics = KneeMimic.check(painMap: context.result.clinical.painMap, complaint: context.scenario.complaint)
        let all = zip(KneeDifferential.all.indices, mimics).map { ($0, $1.cause, $1.matches) }
        let first = all.prefix(4)
        // Then the mimics that hurt where the patient does, the one matching most of the painful regions
        // first (in 02 the fibular neuropathy, lateral leg and dorsum of the foot, before meralgia).
        let matched = Dictionary(uniqueKeysWithValues: zip(KneeDifferential.all.indices, mimics.map(\.matched.count)))
        let rest = all.dropFirst(4).sorted { a, b in
            a.2 != b.2 ? a.2 : matched[a.0, default: 0] != matched[b.0, default: 0] ? matched[a.0, default: 0] > matched[b.0, default: 0] : a.0 < b.0
        }
        return Array(first) + rest
    }

    /// "Rule out first": each condition with the one sign that tells it from a root, and at the end
    /// what points to the root instead. Entries that do not fit are left out (the last first).
    func differentialNodes(in frame: Rect, context: FigureContext) -> [Node] {
        let t = context.type, m = context.options.measurer, palette = context.palette
        let heading = "Rule out first"
        let anyOverlap = differentialCandidates(context).contains(where: \.overlaps)
        let note = "Each with the one sign that tells it apart." + (anyOverlap ? "\n● hurts where this patient does." : "")
        let rootTitle = "Points to the root instead"
        let rootText = Self.sentence(KneeDifferential.radicularPattern)
        let width = frame.width
        let headingH = m.block(heading, font: t.panelTitle, maxWidth: width).height
        let noteH = m.block(note, font: t.small, maxWidth: width).height
        let footH = m.block(rootTitle, font: t.label.bold, maxWidth: width).height + m.block(rootText, font: t.small, maxWidth: width).height
        var nodes: [Node] = [
            .text(TextNode(id: "knee.rule-out.heading", string: heading, position: Point(x: frame.minX, y: frame.minY), baseline: .top,
                           font: t.panelTitle, color: palette.ink, maxWidth: width)),
            .text(TextNode(id: "knee.rule-out.note", string: note, position: Point(x: frame.minX, y: frame.minY + headingH + t.unit),
                           baseline: .top, font: t.small, color: palette.mutedInk, maxWidth: width)),
        ]
        var y = frame.minY + headingH + t.unit + noteH + t.gap
        // The conditions come first; the root's pattern closes the column when there is room for it.
        let entryHeights = differentialCandidates(context).map { c in
            m.block((c.overlaps ? "● " : "") + Self.sentence(c.item.condition, period: false), font: t.label.bold, maxWidth: width).height
                + m.block(Self.sentence(c.item.distinguishingSign), font: t.small, maxWidth: width).height + t.gap
        }
        let firstFour = entryHeights.prefix(4).reduce(0, +)
        let showFoot = y + firstFour + footH + t.gap * 2 <= frame.maxY
        let limit = showFoot ? frame.maxY - footH - t.gap * 2 : frame.maxY
        let marker = "● "
        for candidate in differentialCandidates(context) {
            let name = (candidate.overlaps ? marker : "") + Self.sentence(candidate.item.condition, period: false)
            let sign = Self.sentence(candidate.item.distinguishingSign)
            let h = m.block(name, font: t.label.bold, maxWidth: width).height + m.block(sign, font: t.small, maxWidth: width).height
            guard y + h <= limit else { continue }
            let id = "knee.rule-out.\(candidate.index)"
            nodes.append(.text(TextNode(id: "\(id).condition", string: name, position: Point(x: frame.minX, y: y), baseline: .top,
                                        font: t.label.bold, color: candidate.overlaps ? palette.lesionOutline : palette.ink, maxWidth: width)))
            nodes.append(.text(TextNode(id: "\(id).sign", string: sign, position: Point(x: frame.minX, y: y + h - m.block(sign, font: t.small, maxWidth: width).height),
                                        baseline: .top, font: t.small, color: palette.ink, maxWidth: width)))
            y += h + t.gap
        }
        guard showFoot else { return nodes }
        let footY = max(y, limit) + t.gap
        nodes.append(.path(PathNode(id: "knee.rule-out.rule", path: .line(from: Point(x: frame.minX, y: footY - t.gap / 2),
                                                                          to: Point(x: frame.maxX, y: footY - t.gap / 2)),
                                    stroke: Stroke(color: palette.mutedInk, width: t.line))))
        let titleH = m.block(rootTitle, font: t.label.bold, maxWidth: width).height
        nodes.append(.text(TextNode(id: "knee.rule-out.root.title", string: rootTitle, position: Point(x: frame.minX, y: footY), baseline: .top,
                                    font: t.label.bold, color: palette.ink, maxWidth: width)))
        nodes.append(.text(TextNode(id: "knee.rule-out.root", string: rootText, position: Point(x: frame.minX, y: footY + titleH), baseline: .top,
                                    font: t.small, color: palette.ink, maxWidth: width)))
        return nodes
    }

    /// The text with a capital first letter and, unless `period` is false, a full stop.
    static func sentence(_ text: String, period: Bool = true) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (period && !text.hasSuffix(".") ? "." : "")
    }
}
