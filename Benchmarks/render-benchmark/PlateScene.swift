import Diagram

/// A representative teaching plate, 2400×1600 points: a sagittal stack of vertebrae and discs with
/// roots, hatched ligaments and stippled fat, a body chart with diffuse pain regions, a legend, a scale
/// bar and labels in columns. About 250 nodes, about 80 of them text.
enum PlateScene {
    static let ivory = Color(hex: 0xF3EBD3), cortex = Color(hex: 0x8C7B5A), disc = Color(hex: 0x9FB3C8)
    static let nucleus = Color(hex: 0xD5E1EC), root = Color(hex: 0xF2D24B), rootLine = Color(hex: 0x6B5A12)
    static let dura = Color(hex: 0x9ECAE8, alpha: 0.45), flavum = Color(hex: 0xC8A878), ink = Color(hex: 0x222222)

    static func make(measurer: some TextMeasurer) -> Scene {
        var nodes: [Node] = []
        var requests: [LabelRequest] = []
        let levels = ["L1", "L2", "L3", "L4", "L5", "S1"]
        let x0 = 520.0, top = 180.0, bodyW = 260.0, bodyH = 150.0, discH = 48.0
        var anatomy: [Node] = []
        for (i, level) in levels.enumerated() {
            let y = top + Double(i) * (bodyH + discH)
            let body = Rect(x: x0, y: y, width: bodyW, height: bodyH)
            anatomy.append(.path(PathNode(id: "vertebra.\(level).body", path: .roundedRectangle(body, radius: 18), fill: .color(ivory), stroke: Stroke(color: cortex, width: 4))))
            anatomy.append(.path(PathNode(id: "vertebra.\(level).endplate", path: .line(from: Point(x: x0 + 10, y: y + 8), to: Point(x: x0 + bodyW - 10, y: y + 8)), stroke: .dashed(color: cortex, width: 1.5))))
            let pedicle = Rect(x: x0 + bodyW + 10, y: y + 30, width: 90, height: 60)
            anatomy.append(.path(PathNode(id: "vertebra.\(level).pedicle", path: .roundedRectangle(pedicle, radius: 12), fill: .color(ivory), stroke: Stroke(color: cortex, width: 3))))
            var spinous = Path()
            spinous.move(to: Point(x: pedicle.maxX + 60, y: y + 20))
            spinous.cubic(to: Point(x: pedicle.maxX + 230, y: y + 90), control1: Point(x: pedicle.maxX + 140, y: y + 10), control2: Point(x: pedicle.maxX + 210, y: y + 40))
            spinous.line(to: Point(x: pedicle.maxX + 200, y: y + 130))
            spinous.cubic(to: Point(x: pedicle.maxX + 60, y: y + 120), control1: Point(x: pedicle.maxX + 150, y: y + 140), control2: Point(x: pedicle.maxX + 90, y: y + 135))
            spinous.close()
            anatomy.append(.path(PathNode(id: "vertebra.\(level).spinous", path: spinous, fill: .color(ivory), stroke: Stroke(color: cortex, width: 3))))
            anatomy.append(.path(PathNode(id: "facet.\(level)", path: .ellipse(in: Rect(x: pedicle.maxX + 10, y: y + 100, width: 50, height: 70)), fill: Fill(.hatch(Hatch(color: cortex, background: ivory, spacing: 7, angleDegrees: 45, crossed: i == 3))), stroke: Stroke(color: cortex, width: 2))))
            requests.append(LabelRequest(id: "vertebra.\(level)", text: "\(level) vertebral body", anchor: Point(x: body.midX, y: body.midY), preferredSide: .left))
            requests.append(LabelRequest(id: "facet.\(level)", text: "\(level) facet joint", anchor: Point(x: pedicle.maxX + 35, y: y + 135), preferredSide: .right))
            requests.append(LabelRequest(id: "spinous.\(level)", text: "spinous process", anchor: Point(x: pedicle.maxX + 180, y: y + 90), preferredSide: .right))
            guard i < levels.count - 1 else { continue }
            let name = "\(level)–\(levels[i + 1])"
            let discRect = Rect(x: x0 - 6, y: y + bodyH + 2, width: bodyW + 12 + (i == 3 ? 40 : 0), height: discH - 4)
            anatomy.append(.path(PathNode(id: "disc.\(level)-\(levels[i + 1])", path: .roundedRectangle(discRect, radius: 20), fill: .color(disc), stroke: Stroke(color: Color(hex: 0x34495E), width: i == 3 ? 5 : 2))))
            anatomy.append(.path(PathNode(id: "disc.\(level)-\(levels[i + 1]).nucleus", path: .ellipse(in: discRect.insetBy(12)), fill: .color(nucleus))))
            anatomy.append(.path(PathNode(id: "ligament.flavum.\(level)", path: .rectangle(Rect(x: pedicle.minX, y: y + bodyH - 10, width: 60, height: discH + 20)), fill: Fill(.hatch(Hatch(color: Color(hex: 0x7A5A2A), background: flavum, spacing: 6, angleDegrees: -45))), stroke: Stroke(color: Color(hex: 0x7A5A2A), width: 1.5))))
            anatomy.append(.path(PathNode(id: "fat.epidural.\(level)", path: .ellipse(in: Rect(x: x0 + bodyW + 5, y: y + bodyH - 5, width: 40, height: discH + 10)), fill: Fill(.stipple(Stipple(color: Color(hex: 0xB89B3C), background: Color(hex: 0xFFF4C2), spacing: 6))))))
            var rootPath = Path()
            let start = Point(x: x0 + bodyW + 40, y: y + bodyH - 20)
            rootPath.move(to: start)
            rootPath.cubic(to: Point(x: start.x + 40, y: start.y + 170), control1: Point(x: start.x + 60, y: start.y + 40), control2: Point(x: start.x - 20, y: start.y + 120))
            anatomy.append(.path(PathNode(id: "root.\(levels[i + 1]).left", path: rootPath, stroke: Stroke(color: rootLine, width: 16, cap: .round))))
            anatomy.append(.path(PathNode(id: "root.\(levels[i + 1]).left.core", path: rootPath, stroke: Stroke(color: root, width: 12, cap: .round))))
            anatomy.append(.path(PathNode(id: "ganglion.\(levels[i + 1]).left", path: .ellipse(in: Rect(x: start.x + 20, y: start.y + 60, width: 34, height: 50)), fill: .color(root), stroke: Stroke(color: rootLine, width: 2))))
            anatomy.append(.text(TextNode(id: "level.\(level)", string: name, position: Point(x: x0 + bodyW / 2, y: y + bodyH + discH / 2), anchor: .middle, baseline: .middle, font: Font(size: 22, weight: .bold), halo: Halo())))
            requests.append(LabelRequest(id: "disc.\(level)", text: "\(name) intervertebral disc", anchor: Point(x: discRect.minX + 30, y: discRect.midY), preferredSide: .left))
            requests.append(LabelRequest(id: "root.\(levels[i + 1])", text: "left \(levels[i + 1]) root" + (i == 3 ? " (compressed, grade 3)" : ""), anchor: Point(x: start.x + 30, y: start.y + 150), preferredSide: .right))
            requests.append(LabelRequest(id: "flavum.\(level)", text: "ligamentum flavum", anchor: Point(x: pedicle.minX + 30, y: y + bodyH + 20), preferredSide: .right))
        }
        var sac = Path()
        sac.move(to: Point(x: x0 + bodyW + 110, y: top - 40))
        sac.cubic(to: Point(x: x0 + bodyW + 120, y: top + 1200), control1: Point(x: x0 + bodyW + 60, y: top + 400), control2: Point(x: x0 + bodyW + 160, y: top + 800))
        sac.line(to: Point(x: x0 + bodyW + 170, y: top + 1200))
        sac.cubic(to: Point(x: x0 + bodyW + 160, y: top - 40), control1: Point(x: x0 + bodyW + 210, y: top + 800), control2: Point(x: x0 + bodyW + 110, y: top + 400))
        sac.close()
        anatomy.append(.path(PathNode(id: "dura", path: sac, fill: .color(dura), stroke: Stroke(color: Color(hex: 0x3A78A8), width: 2, dash: [10, 6]))))
        requests.append(LabelRequest(id: "dura", text: "dural sac with CSF", anchor: Point(x: x0 + bodyW + 140, y: top + 300)))
        let herniation = Path.ellipse(in: Rect(x: x0 + bodyW - 10, y: top + 3 * (bodyH + discH) + bodyH - 10, width: 90, height: 70))
        anatomy.append(.path(PathNode(id: "herniation.L4-L5", path: herniation, fill: .color(disc), stroke: Stroke(color: Color(hex: 0xC0392B), width: 5))))
        requests.append(LabelRequest(id: "herniation", text: "posterolateral herniation at L4–L5 compressing the traversing root", anchor: Point(x: x0 + bodyW + 30, y: top + 3 * (bodyH + discH) + bodyH + 20), preferredSide: .right))
        let drawing = Rect(x: x0 - 20, y: top - 50, width: 800, height: 1250)
        nodes.append(.group(GroupNode(id: "view.sagittal", children: anatomy, clip: .rectangle(drawing.outsetBy(10)))))

        // Body chart with diffuse pain regions.
        var chart: [Node] = [.path(PathNode(id: "body.outline", path: .roundedRectangle(Rect(x: 0, y: 0, width: 240, height: 900), radius: 110), fill: .color(Color(white: 0.96)), stroke: Stroke(color: ink, width: 3)))]
        let regions = ["L3", "L4", "L5", "S1"]
        for (i, r) in regions.enumerated() {
            for side in ["left", "right"] {
                let x = side == "left" ? 130.0 : 20.0
                let rect = Rect(x: x, y: 420 + Double(i) * 110, width: 90, height: 100)
                let paint: Paint = i % 2 == 0 ? .solid(Color(hex: 0xE69F00, alpha: 0.55)) : .radialGradient(RadialGradient(center: rect.center, radius: 60, stops: [GradientStop(offset: 0, color: Color(hex: 0x56B4E9, alpha: 0.8)), GradientStop(offset: 1, color: Color(hex: 0x56B4E9, alpha: 0))]))
                chart.append(.path(PathNode(id: "pain.\(r).\(side)", path: .ellipse(in: rect), fill: Fill(paint), softEdge: i % 2 == 0 ? 14 : nil)))
                chart.append(.path(PathNode(id: "numbness.\(r).\(side)", path: .ellipse(in: rect.insetBy(25)), fill: Fill(.stipple(Stipple(color: ink, spacing: 7, dotRadius: 1.3))))))
            }
            chart.append(.text(TextNode(id: "chart.\(r)", string: r, position: Point(x: 120, y: 470 + Double(i) * 110), anchor: .middle, baseline: .middle, font: Font(size: 18), halo: Halo())))
        }
        chart.append(.text(TextNode(id: "chart.orientation", string: "Patient's left is on the viewer's right", position: Point(x: 120, y: 940), anchor: .middle, baseline: .top, font: Font(size: 16, italic: true), maxWidth: 300)))
        nodes.append(.group(GroupNode(id: "view.bodychart", children: chart, transform: .translation(x: 1900, y: 150))))

        // Legend and scale bar.
        let swatches: [(String, Paint)] = [
            ("Bone", .solid(ivory)), ("Disc", .solid(disc)), ("Nerve root, unhurt", .solid(root)),
            ("Root, compressed", .solid(Color(hex: 0xD55E00))), ("Hypertrophied ligament", .hatch(Hatch(color: Color(hex: 0x7A5A2A), background: flavum, spacing: 6, angleDegrees: -45))),
            ("Numbness", .stipple(Stipple(color: ink, spacing: 7))), ("Radicular pain", .solid(Color(hex: 0xE69F00, alpha: 0.55))), ("Referred pain (diffuse)", .radialGradient(RadialGradient(center: Point(x: 20, y: 14), radius: 30, stops: [GradientStop(offset: 0, color: Color(hex: 0x56B4E9)), GradientStop(offset: 1, color: Color(hex: 0x56B4E9, alpha: 0))]))),
        ]
        var legend: [Node] = []
        for (i, (name, paint)) in swatches.enumerated() {
            let y = Double(i) * 44
            legend.append(.group(GroupNode(id: "legend.item\(i)", children: [
                .path(PathNode(id: "legend.item\(i).swatch", path: .rectangle(Rect(x: 0, y: 0, width: 40, height: 28)), fill: Fill(paint), stroke: Stroke(color: ink, width: 1))),
                .text(TextNode(id: "legend.item\(i).text", string: name, position: Point(x: 54, y: 14), baseline: .middle, font: Font(size: 18))),
            ], transform: .translation(x: 0, y: y))))
        }
        nodes.append(.group(GroupNode(id: "legend", children: legend, transform: .translation(x: 1900, y: 1170))))
        nodes.append(.path(PathNode(id: "scalebar", path: .polyline([Point(x: 560, y: 1460), Point(x: 560, y: 1470), Point(x: 660, y: 1470), Point(x: 660, y: 1460)]), stroke: Stroke(color: ink, width: 3))))
        nodes.append(.text(TextNode(id: "scalebar.text", string: "10 mm", position: Point(x: 610, y: 1480), anchor: .middle, baseline: .top, font: Font(size: 18))))
        nodes.append(.path(PathNode(id: "dimension.canal", path: .line(from: Point(x: 940, y: 820), to: Point(x: 940, y: 900)), stroke: Stroke(color: ink, width: 2))))
        nodes.append(.path(PathNode(id: "dimension.canal.arrow.top", path: .arrowhead(tip: Point(x: 940, y: 820), direction: -Double.pi / 2, length: 14, width: 10), fill: .color(ink))))
        nodes.append(.path(PathNode(id: "dimension.canal.arrow.bottom", path: .arrowhead(tip: Point(x: 940, y: 900), direction: Double.pi / 2, length: 14, width: 10), fill: .color(ink))))

        // Extra labels so the plate carries about 80 words-bearing nodes.
        for i in 0..<22 {
            requests.append(LabelRequest(id: "extra.\(i)", text: ["anterior longitudinal ligament", "posterior longitudinal ligament", "cauda equina", "conus medullaris", "interspinous ligament", "supraspinous ligament", "lateral recess"][i % 7], anchor: Point(x: x0 + 20 + Double(i % 5) * 150, y: top + 40 + Double(i) * 53)))
        }
        let layout = LabelLayout(font: Font(size: 18), drawing: drawing, page: Rect(x: 30, y: 90, width: 1840, height: 1480))
        let placement = layout.place(requests, measurer: measurer)
        nodes += placement.nodes(font: layout.font, textColor: ink, leaderStroke: Stroke(color: ink, width: 1.5))
        nodes.append(.text(TextNode(id: "title", string: "Left L5 radiculopathy from an L4–L5 posterolateral disc herniation", position: Point(x: 1200, y: 30), anchor: .middle, baseline: .top, font: Font(size: 40, weight: .bold))))
        nodes.append(.text(TextNode(id: "caption", string: "Sagittal view from the left (anterior to the left). Teaching model — not for diagnosis.", position: Point(x: 1200, y: 1560), anchor: .middle, baseline: .bottom, font: Font(size: 20, italic: true))))
        return Scene(width: 2400, height: 1600, background: .white, nodes: nodes, title: "Radix benchmark plate")
    }
}
