import Anatomy
import Clinical
import Diagram
import FigureStyle

extension KneePanel {
    /// One entry of the key: a swatch drawn by `swatch` in a box, and its words.
    struct KeyItem {
        var id: String
        var text: String
        var swatch: (Rect) -> [Node]
    }

    /// The key's entries: each root reaching the knee in this map, then the fringe hatch, unmapped
    /// skin and the highlight, as they occur; the highlight's words are shortened when a row `width`
    /// wide cannot hold them.
    func keyItems(_ context: FigureContext, width: Double = .infinity) -> [KeyItem] {
        let palette = context.palette, t = context.type, atlas = context.result.input.atlas
        // A quiz knee keys no root (``title(_:)``): only the pain map's mark.
        let supplies = KneeSupply.parts.map { context.options.isQuiz ? KneePartSupply.none($0) : KneePartSupply($0, atlas: atlas) }
        let roots = Array(Set(supplies.flatMap { $0.core + $0.fringe })).sorted()
        let outline = Stroke(color: palette.mutedInk, width: t.line)
        var items = roots.map { root in
            KeyItem(id: "knee.key.\(root.name)", text: root.name) { box in
                [.path(PathNode(id: "knee.key.\(root.name)", path: .rectangle(box), fill: Fill(palette.rootPaint(root)), stroke: outline,
                                metadata: ["root": root.name]))]
            }
        }
        if let fringe = supplies.flatMap(\.fringe).first {
            items.append(KeyItem(id: "knee.key.fringe", text: "(edge of its territory)") { box in
                [.path(PathNode(id: "knee.key.fringe.swatch", path: .rectangle(box), fill: .color(palette.unmapped), stroke: outline)),
                 palette.rootFringeCasing.map { .path(PathNode(id: "knee.key.fringe.casing", path: .rectangle(box), fill: Fill($0))) },
                 .path(PathNode(id: "knee.key.fringe.hatch", path: .rectangle(box), fill: Fill(palette.rootFringe(fringe))))].compactMap { $0 }
            })
        }
        if !context.options.isQuiz, supplies.contains(where: { $0.core.isEmpty && $0.fringe.isEmpty }) {
            items.append(KeyItem(id: "knee.key.unmapped", text: "— no constant root") { box in
                [.path(PathNode(id: "knee.key.unmapped.swatch", path: .rectangle(box), fill: .color(palette.unmapped), stroke: outline))]
            })
        }
        if !Set(unexplainedParts(context)).subtracting(hurtParts(context)).isEmpty {
            // The short words when a key row `width` wide, after its title, cannot hold the long ones.
            let m = context.options.measurer, s = t.unit * 7
            let room = width - m.metrics(of: keyTitle(context), font: t.small.bold).width - s * 3.4
            let long = "complaint no root explains"
            let text = m.metrics(of: long, font: t.small).width <= room ? long : "complaint, no root"
            items.append(KeyItem(id: "knee.key.complaint", text: text) { box in
                [.path(PathNode(id: "knee.key.complaint.swatch", path: .rectangle(box), fill: .color(palette.unmapped))),
                 .path(PathNode(id: "knee.key.complaint.hatch", path: .rectangle(box), fill: Fill(palette.unexplainedComplaint(unit: t.unit, veiled: false)),
                                stroke: Stroke(color: palette.ink, width: t.line * 3)))]
            })
        }
        guard !hurtParts(context).isEmpty else { return items }
        let long = "in this pain map (band: pain; dots: numbness)"
        let room = width - context.options.measurer.metrics(of: keyTitle(context), font: t.small.bold).width - t.unit * 7 * 3.4
        let text = context.options.measurer.metrics(of: long, font: t.small).width <= room ? long : "in this pain map"
        items.append(KeyItem(id: "knee.key.hurt", text: text) { box in
            let inner = box.insetBy(box.height * 0.22), core = box.insetBy(box.height * 0.4)
            var band = Path.rectangle(box), dots = Path.rectangle(inner)
            band.append(.rectangle(inner))
            dots.append(.rectangle(core))
            return [.path(PathNode(id: "knee.key.hurt.fill", path: .rectangle(box), fill: .color(palette.unmapped))),
                    .path(PathNode(id: "knee.key.hurt.pain", path: band, fill: Fill(palette.pain(.radicular, intensity: 1), rule: .evenOdd))),
                    .path(PathNode(id: "knee.key.hurt.numbness", path: dots, fill: Fill(palette.pain(.numbness, intensity: 1), rule: .evenOdd))),
                    .path(PathNode(id: "knee.key.hurt.outline", path: .rectangle(box), stroke: Stroke(color: palette.lesionOutline, width: t.line * 5)))]
        })
        return items
    }

    /// Where each item goes when the key flows in rows `width` wide: (item index, origin of its swatch).
    func keyFlow(width: Double, context: FigureContext) -> (positions: [Point], height: Double) {
        let t = context.type, m = context.options.measurer
        let s = t.unit * 7, rowH = max(s, m.metrics(of: "Ag", font: t.small).height) + t.unit * 2
        let titleW = m.metrics(of: keyTitle(context), font: t.small.bold).width + s
        var x = titleW, y = 0.0
        var positions: [Point] = []
        for item in keyItems(context, width: width) {
            let w = s * 1.4 + m.metrics(of: item.text, font: t.small).width + s
            if x + w > width && x > titleW { x = titleW; y += rowH }
            positions.append(Point(x: x, y: y))
            x += w
        }
        return (positions, y + rowH)
    }

    func keyTitle(_ context: FigureContext) -> String { context.options.isQuiz ? "Key:" : "Skin by root:" }

    func keyHeight(width: Double, context: FigureContext) -> Double {
        keyFlow(width: width, context: context).height
    }

    /// The key, flowing in rows inside `frame`.
    func keyNodes(in frame: Rect, context: FigureContext) -> [Node] {
        let t = context.type, s = t.unit * 7
        guard !keyItems(context, width: frame.width).isEmpty else { return [] }
        let flow = keyFlow(width: frame.width, context: context)
        var nodes: [Node] = [.text(TextNode(id: "knee.key.title", string: keyTitle(context), position: Point(x: frame.minX, y: frame.minY + s / 2),
                                            baseline: .middle, font: t.small.bold, color: context.palette.ink))]
        for (item, p) in zip(keyItems(context, width: frame.width), flow.positions) {
            let box = Rect(x: frame.minX + p.x, y: frame.minY + p.y, width: s, height: s)
            nodes += item.swatch(box)
            nodes.append(.text(TextNode(id: "\(item.id).label", string: item.text, position: Point(x: box.maxX + s * 0.4, y: box.midY),
                                        baseline: .middle, font: t.small, color: context.palette.ink)))
        }
        return nodes
    }
}
