import Anatomy
import Compression
import Diagram
import FigureStyle
import Pathology

/// Where the sheet's other sections are cut, marked on the sagittal (issue 11, "plane locators"): the
/// axial section as a dash-dot line through the middle of its disc (the plane `AxialSection` cuts, mid-disc
/// height) from in front of the body to the back of the canal, and the foraminal section as a dashed ring
/// round its foramen (a parasagittal plane, parallel to the page, so it is shown by the window it looks
/// through). Their levels are not chosen here: they are read from the sheet's own panels
/// (`SheetSections.panels`, i.e. `AxialPanel.resolvedLevel` and `ForamenPanel.resolved`).
/// Ids: "sagittal.locator.axial", "sagittal.locator.foramen"; labels "sagittal.label.locator.axial", ….
struct SagittalLocators {
    var axial: DiscLevel
    var foramen: (level: DiscLevel, side: Side)

    /// The levels of the sheet's axial and foraminal sections, by the sheet's own rule.
    init(context: FigureContext) {
        var axial = AxialPanel(level: nil).resolvedLevel(context.result)
        var foramen = ForamenPanel(level: nil, side: nil).resolved(context.result)
        for panel in SheetSections.panels() {
            if let a = panel as? AxialPanel { axial = a.resolvedLevel(context.result) }
            if let f = panel as? ForamenPanel { foramen = f.resolved(context.result) }
        }
        self.axial = axial
        self.foramen = foramen
    }

    /// The axial plane's two ends, figure mm: in front of the disc, and the canal's back wall.
    func axialLine(_ drawing: SagittalDrawing) -> (front: PlanePoint, back: PlanePoint)? {
        guard let disc = drawing.skeleton.disc(axial) else { return nil }
        let depth = max(disc.lowerDepth, disc.upperDepth)
        let canal = disc.state.anatomy.segment.canalAP - disc.state.canalWallShift + 0.5
        return (disc.middle.point(-depth - 5, 0), disc.middle.point(canal + 2, 0))
    }

    /// The foramen's window, figure mm: centre and half-sizes in the upper vertebra's lower frame, from the
    /// model's roof and floor (`LevelState.roofZ`, `.floorZ`) and foramen width.
    func foramenRing(_ drawing: SagittalDrawing) -> [PlanePoint]? {
        let level = foramen.level
        guard let pose = drawing.skeleton.pose(level.upper) else { return nil }
        let state = drawing.result.spine[level]
        let d = ArchDimensions(pose, spine: drawing.result.spine)
        let roof = state.roofZ - state.discHeight, floor = state.floorZ - state.discHeight
        let centre = pose.lower.point(d.foramenBelow / 2, (roof + floor) / 2)
        let half = max(2, (roof - floor) / 2 + 1.2)
        return SagittalShapes.ellipse(centre: centre, along: half, across: d.foramenBelow / 2 + 2.5, angle: pose.lower.angle + .pi / 2)
    }

    func nodes(_ drawing: SagittalDrawing) -> [SketchNode] {
        let style = drawing.style
        let ink = style.palette.ink
        var out: [SketchNode] = []
        if let line = axialLine(drawing) {
            let stroke = Stroke(color: ink, width: style.line * 1.4, dash: [style.line * 7, style.line * 2.5, style.line * 1.5, style.line * 2.5])
            out.append(.shape(SketchShape(id: "sagittal.locator.axial", points: [line.front, line.back], closed: false, stroke: stroke,
                                          metadata: ["section": "axial", "level": axial.name])))
        }
        if let ring = foramenRing(drawing) {
            let stroke = Stroke(color: ink, width: style.line * 1.4, dash: [style.line * 3, style.line * 2])
            out.append(.shape(SketchShape(id: "sagittal.locator.foramen", points: ring, stroke: stroke,
                                          metadata: ["section": "foramen", "level": foramen.level.name, "side": foramen.side.rawValue])))
        }
        return out
    }

    /// The label naming the axial plane, "A: axial section, L4–L5", at the front of its line (left column). The
    /// foraminal ring is marked "F" beside it in the drawing (`foramenMark`): the right column is full of the
    /// posterior structures' names. The key names both planes.
    func labels(_ drawing: SagittalDrawing) -> [SagittalLabel] {
        guard let line = axialLine(drawing) else { return [] }
        return [SagittalLabel(id: "locator.axial", text: "A: axial section, \(axial.displayName)", anchor: line.front, side: .left)]
    }

    /// The ring's "F" ("sagittal.locator.foramen.mark"), page points: just outside the ring (`ring`, page points), clear of
    /// the lesions, the roots, the side labels' leaders (`labels`) and the axial line. Of places round the ring, starting
    /// at its upper posterior edge and turning both ways from there, the first that is clear; else the one with the
    /// fewest of them in the way.
    func foramenMark(ring: [Point], drawn: [Node], labels: [Node], mapping: ModelMapping, drawing: SagittalDrawing,
                     context c: FigureContext) -> TextNode {
        let t = c.type, m = c.options.measurer
        func mark(_ p: Point) -> TextNode {
            TextNode(id: "sagittal.locator.foramen.mark", string: "F", position: p, anchor: .middle, baseline: .middle,
                     font: t.small.bold, color: c.palette.ink, halo: Halo(color: .white, width: t.unit * 1.2))
        }
        guard !ring.isEmpty else { return mark(.zero) }
        let centre = Point(x: ring.map(\.x).reduce(0, +) / Double(ring.count), y: ring.map(\.y).reduce(0, +) / Double(ring.count))
        let size = m.frame(of: mark(.zero))
        let reach = 0.5 * (size.width * size.width + size.height * size.height).squareRoot() + t.unit
        // The ring's points, from the one nearest its upper posterior edge (up and to the right on the page) both ways round.
        let start = ring.indices.max { a, b in (ring[a].x - centre.x) - (ring[a].y - centre.y) < (ring[b].x - centre.x) - (ring[b].y - centre.y) } ?? 0
        let order = [start] + (1...(ring.count / 2)).flatMap { k in [(start + k) % ring.count, (start - k + ring.count) % ring.count] }
        var outlines = SectionDrawing.boneOutlines(drawn) { $0.hasPrefix("sagittal.lesion.") || $0.hasPrefix("sagittal.root.") || $0.hasPrefix("sagittal.cauda.") }
        outlines += SectionDrawing.boneOutlines(labels) { ($0.hasPrefix("sagittal.leader.") && !$0.hasSuffix(".dot")) || $0.hasPrefix("sagittal.callout.") }
        if let line = axialLine(drawing) { outlines.append([mapping.point(line.front.u, line.front.v), mapping.point(line.back.u, line.back.v)]) }
        // Each outline's bounds, so that the many outlines far from a place are passed over without the exact test.
        let bounds = outlines.map { Rect(enclosing: $0) ?? .zero }
        var best: (count: Int, node: TextNode)?
        for i in order {
            let p = ring[i], d = p.distance(to: centre)
            guard d > 0 else { continue }
            let node = mark(Point(x: p.x + (p.x - centre.x) / d * reach, y: p.y + (p.y - centre.y) / d * reach))
            let box = m.frame(of: node)
            let count = outlines.indices.filter { k in
                bounds[k].minX <= box.maxX && box.minX <= bounds[k].maxX && bounds[k].minY <= box.maxY && box.minY <= bounds[k].maxY
                    && Self.overlaps(outlines[k], box)
            }.count
            if count == 0 { return node }
            if best.map({ count < $0.count }) ?? true { best = (count, node) }
        }
        return best?.node ?? mark(centre)
    }

    /// True when the outline (closed; two points: a segment) and the rectangle overlap.
    static func overlaps(_ outline: [Point], _ box: Rect) -> Bool {
        if outline.contains(where: box.contains) { return true }
        let corners = box.corners
        if outline.count > 2, corners.contains(where: { Polygons.contains(outline, $0) }) { return true }
        let edges = zip(outline, outline.dropFirst() + (outline.count > 2 ? [outline[0]] : []))
        return edges.contains { a, b in
            zip(corners, corners.dropFirst() + [corners[0]]).contains { Segment(a, b).crosses(Segment($0, $1)) }
        }
    }

    /// The key's words for the planes.
    var keyText: String {
        "A: axial section (\(axial.displayName)), dash-dot line; F: foraminal section (\(foramen.side.rawValue) \(foramen.level.displayName)), dashed ring"
    }
}
