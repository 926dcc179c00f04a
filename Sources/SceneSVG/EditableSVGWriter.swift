import Diagram

/// Writes a `Scene` as an SVG an educator can edit: every label a real `<text>` (one `<tspan>` a line, as the
/// measurer broke it) in a font stack whose metrics match the measured font, groups and shapes carrying the
/// scene's ids and a class saying what they are, the model values of roots and pain regions as `data-`
/// attributes, and the figure's title and alt text as `<title>` and `<desc>`.
///
/// It needs no Cairo: the scene and a `TextMeasurer` (the one the layout used, so lines break where they were
/// laid out) are its only inputs, and the same inputs give the same bytes. Coordinates are page points
/// written with at most two decimals (0.01 pt).
///
/// What is drawn as Cairo draws it: fills then strokes, hatches and stipples as `<pattern>` tiles anchored at
/// the page origin (in the user space of the shape, as Cairo's pattern is), gradients, clip paths, group and
/// shape opacity (an SVG element's `opacity` composes fill and stroke together, as Cairo's group does), soft
/// edges as eight faint strokes clipped to the outside, halos as a stroke painted under the letters
/// (`paint-order: stroke`).
///
/// Path data drawn more than once (a pain region's outline under its fill, its numbness stipple, its outline
/// stroke and its soft edge's eight rings) is written once, as a paint-free `<path id="radix-XXXXXX-shape-N">` (see ``definitionPrefix(_:)``) in
/// `<defs>`, and each drawing of it is a `<use>` with the element's own id, class, `data-` attributes and paint
/// (unset paint on the shared path, so the `<use>`'s paint applies). A sheet's SVG is about a quarter smaller.
public struct EditableSVGWriter {
    /// The font stack written for every label: DejaVu Sans (what the layout measured), then fonts of
    /// nearly the same advance widths, then any sans-serif.
    public static let fontFamily = "'DejaVu Sans', Verdana, sans-serif"

    private let measurer: any TextMeasurer

    /// `measurer` breaks wrapped labels into lines and gives a font's ascent; pass the one the layout used.
    public init(measurer: any TextMeasurer) {
        self.measurer = measurer
    }

    /// The class written for a node: `view` for a top-level group (a panel), `root` and `region` for shapes
    /// whose metadata names one, `callout` for a numbered call-out's circle (metadata `callout`: its number), `label` for
    /// text, `structure` for any other shape, `group` for other groups.
    public static func semanticClass(of node: Node, depth: Int) -> String {
        if node.metadata["root"] != nil { return "root" }
        if node.metadata["region"] != nil { return "region" }
        if node.metadata["callout"] != nil { return "callout" }
        switch node {
        case .text: return "label"
        case .path: return "structure"
        case .group: return depth == 0 ? "view" : "group"
        }
    }

    /// The SVG document, UTF-8.
    public func document(for scene: Scene) -> [UInt8] {
        var state = State()
        state.prefix = Self.definitionPrefix(scene)
        state.shared = Self.sharedPathData(scene)
        var body = SVGBuffer()
        body.reserve(1 << 18)
        if scene.background.alpha > 0 {
            body.append("<rect id=\"background\" class=\"background\" x=\"0\" y=\"0\" width=\"")
            body.number(scene.width)
            body.append("\" height=\"")
            body.number(scene.height)
            body.append("\"")
            fillAttributes(.solid(scene.background), rule: .nonZero, into: &body, state: &state)
            body.append("/>\n")
        }
        for node in scene.nodes { write(node, depth: 0, into: &body, state: &state) }

        var out = SVGBuffer()
        out.reserve(body.bytes.count + state.defs.bytes.count + 1024)
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\" width=\"")
        out.number(scene.width)
        out.append("\" height=\"")
        out.number(scene.height)
        out.append("\" viewBox=\"0 0 ")
        out.number(scene.width)
        out.append(" ")
        out.number(scene.height)
        out.append("\" role=\"img\"")
        var labelled: [String] = []
        if scene.title != nil { labelled.append("radix-title") }
        if scene.description != nil { labelled.append("radix-desc") }
        if !labelled.isEmpty {
            out.append(" aria-labelledby=\"")
            out.append(labelled.joined(separator: " "))
            out.append("\"")
        }
        out.append(" font-family=\"")
        out.append(Self.fontFamily)
        out.append("\">\n")
        if let title = scene.title {
            out.append("<title id=\"radix-title\">")
            out.escaped(title)
            out.append("</title>\n")
        }
        if let description = scene.description {
            out.append("<desc id=\"radix-desc\">")
            out.escaped(description)
            out.append("</desc>\n")
        }
        if !state.defs.bytes.isEmpty {
            out.append("<defs>\n")
            out.bytes += state.defs.bytes
            out.append("</defs>\n")
        }
        out.bytes += body.bytes
        out.append("</svg>\n")
        return out.bytes
    }

    // MARK: Nodes

    /// Ids already written (SVG ids must be unique; a repeated scene id gets `-2`, `-3` …) and the paints
    /// and clips defined so far.
    struct State {
        var usedIDs: [String: Int] = [:]
        var defs = SVGBuffer()
        var paints: [Paint: String] = [:]
        var clipCount = 0
        /// Begins the id of every `<defs>` entry (``definitionPrefix(_:)``).
        var prefix = "radix-"
        /// Path data drawn more than once (``sharedPathData(_:)``), and the id of its `<defs>` entry once written.
        var shared: Set<[UInt8]> = []
        var sharedIDs: [[UInt8]: String] = [:]
    }

    /// `radix-` and six hex digits from the scene's title, description, size and top-level ids, then `-`: the
    /// ids of `<defs>` entries (shapes, paints, clips) begin with it, so that two figures inlined in one HTML page
    /// (the explorer shows a view and the pain map side by side) do not draw each other's shapes and paints.
    /// The same scene gives the same prefix.
    public static func definitionPrefix(_ scene: Scene) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a, 64-bit
        func mix(_ text: String) {
            for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            hash = (hash ^ 0xff) &* 0x0000_0100_0000_01b3
        }
        mix(scene.title ?? "")
        mix(scene.description ?? "")
        mix("\(scene.width)x\(scene.height)")
        for node in scene.nodes { mix(node.id) }
        let hex = String(hash & 0xff_ffff, radix: 16)
        return "radix-" + String(repeating: "0", count: 6 - hex.count) + hex + "-"
    }

    /// Shorter path data than this is written inline even when repeated: a `<use>` and its `<defs>` entry cost
    /// about as much.
    static let shareAtLength = 64

    /// The path data of every shape as ``write(_:node:depth:into:state:)`` would write it, counted by the
    /// times it would be written; those written more than once and at least ``shareAtLength`` bytes long.
    static func sharedPathData(_ scene: Scene) -> Set<[UInt8]> {
        var counts: [[UInt8]: Int] = [:]
        func visit(_ node: Node) {
            switch node {
            case .group(let group):
                guard group.opacity > 0 else { return }
                group.children.forEach(visit)
            case .path(let shape):
                guard shape.opacity > 0, !shape.path.isEmpty, shape.fill != nil || shape.stroke != nil else { return }
                var d = SVGBuffer()
                d.path(shape.path)
                guard d.bytes.count >= shareAtLength else { return }
                let softEdge = shape.fill != nil && (shape.softEdge ?? 0) > 0
                let stroked = shape.stroke.map { $0.width > 0 } ?? false
                // A soft-edged shape writes its outline for the fill, for each ring and for its stroke.
                counts[d.bytes, default: 0] += softEdge ? 1 + softEdgeRings + (stroked ? 1 : 0) : 1
            case .text:
                return
            }
        }
        scene.nodes.forEach(visit)
        return Set(counts.compactMap { $0.value > 1 ? $0.key : nil })
    }

    /// Opens the element that draws `path`: `<NAME … d="…"` inline, or, for path data drawn more than once,
    /// `<use … xlink:href="#radix-shape-N"` (defining the shared path the first time). `attributes` writes
    /// the id, class and `data-` attributes (nothing for an anonymous part of a shape).
    private func openShape(_ name: String, path: Path, into out: inout SVGBuffer, state: inout State,
                           attributes: (inout SVGBuffer, inout State) -> Void) {
        var d = SVGBuffer()
        d.path(path)
        guard state.shared.contains(d.bytes) else {
            out.append("<")
            out.append(name)
            attributes(&out, &state)
            out.append(" d=\"")
            out.bytes += d.bytes
            out.append("\"")
            return
        }
        let id: String
        if let known = state.sharedIDs[d.bytes] {
            id = known
        } else {
            id = "\(state.prefix)shape-\(state.sharedIDs.count + 1)"
            state.sharedIDs[d.bytes] = id
            state.defs.append("<path id=\"\(id)\" d=\"")
            state.defs.bytes += d.bytes
            state.defs.append("\"/>\n")
        }
        out.append("<use")
        attributes(&out, &state)
        out.append(" xlink:href=\"#\(id)\"")
    }

    private func write(_ node: Node, depth: Int, into out: inout SVGBuffer, state: inout State) {
        switch node {
        case .group(let group): write(group, node: node, depth: depth, into: &out, state: &state)
        case .path(let shape): write(shape, node: node, depth: depth, into: &out, state: &state)
        case .text(let label): write(label, depth: depth, into: &out, state: &state)
        }
    }

    private func openElement(_ name: String, node: Node, depth: Int, into out: inout SVGBuffer, state: inout State) {
        out.append("<")
        out.append(name)
        identity(node, depth: depth, into: &out, state: &state)
    }

    /// ` id="…" class="…" data-…="…"` of `node`.
    private func identity(_ node: Node, depth: Int, into out: inout SVGBuffer, state: inout State) {
        out.append(" id=\"")
        out.escaped(uniqueID(node.id, state: &state))
        out.append("\" class=\"")
        out.append(Self.semanticClass(of: node, depth: depth))
        out.append("\"")
        for key in node.metadata.keys.sorted() {
            out.append(" data-")
            out.append(Self.attributeName(key))
            out.append("=\"")
            out.escaped(node.metadata[key] ?? "")
            out.append("\"")
        }
    }

    private func write(_ group: GroupNode, node: Node, depth: Int, into out: inout SVGBuffer, state: inout State) {
        guard group.opacity > 0 else { return }
        openElement("g", node: node, depth: depth, into: &out, state: &state)
        if let t = group.transform, !t.isIdentity {
            out.append(" transform=\"matrix(")
            out.numbers([t.a, t.b, t.c, t.d, t.tx, t.ty])
            out.append(")\"")
        }
        if let clip = group.clip {
            let id = defineClip(clip, rule: .nonZero, state: &state)
            out.append(" clip-path=\"url(#\(id))\"")
        }
        if group.opacity < 1 {
            out.append(" opacity=\"")
            out.number(group.opacity, places: 3)
            out.append("\"")
        }
        out.append(">\n")
        for child in group.children { write(child, depth: depth + 1, into: &out, state: &state) }
        out.append("</g>\n")
    }

    private func write(_ shape: PathNode, node: Node, depth: Int, into out: inout SVGBuffer, state: inout State) {
        guard shape.opacity > 0, !shape.path.isEmpty, shape.fill != nil || shape.stroke != nil else { return }
        let stroke = shape.stroke.flatMap { $0.width > 0 ? $0 : nil }
        let softEdge = shape.fill != nil ? (shape.softEdge ?? 0) : 0
        if softEdge > 0 {
            // The shape and its fading edge are one thing to an editor: a group with the shape's id.
            openElement("g", node: node, depth: depth, into: &out, state: &state)
            if shape.opacity < 1 {
                out.append(" opacity=\"")
                out.number(shape.opacity, places: 3)
                out.append("\"")
            }
            out.append(">\n")
            openShape("path", path: shape.path, into: &out, state: &state) { _, _ in }
            if let fill = shape.fill { fillAttributes(fill.paint, rule: fill.rule, into: &out, state: &state) }
            out.append(" stroke=\"none\"/>\n")
            if let fill = shape.fill { writeSoftEdge(shape.path, paint: fill.paint, width: softEdge, into: &out, state: &state) }
            if let stroke {
                openShape("path", path: shape.path, into: &out, state: &state) { _, _ in }
                out.append(" fill=\"none\"")
                strokeAttributes(stroke, into: &out)
                out.append("/>\n")
            }
            out.append("</g>\n")
            return
        }
        openShape("path", path: shape.path, into: &out, state: &state) { out, state in
            identity(node, depth: depth, into: &out, state: &state)
        }
        if let fill = shape.fill {
            fillAttributes(fill.paint, rule: fill.rule, into: &out, state: &state)
        } else {
            out.append(" fill=\"none\"")
        }
        if let stroke { strokeAttributes(stroke, into: &out) }
        if shape.opacity < 1 {
            out.append(" opacity=\"")
            out.number(shape.opacity, places: 3)
            out.append("\"")
        }
        out.append("/>\n")
    }

    /// Eight strokes of growing width, each faint, clipped to outside the outline: the fill's opacity falls
    /// from about 95 % at the outline to nothing `width` points out (as the Cairo renderer draws it).
    /// The strokes a soft edge is drawn with.
    static let softEdgeRings = 8

    private func writeSoftEdge(_ outline: Path, paint: Paint, width: Double, into out: inout SVGBuffer, state: inout State) {
        guard let bounds = outline.bounds?.outsetBy(width + 2) else { return }
        var outside = Path.rectangle(bounds)
        outside.append(outline)
        let clip = defineClip(outside, rule: .evenOdd, state: &state)
        let rings = Self.softEdgeRings
        let ringAlpha = 1 - pow(0.05, 1 / Double(rings))
        out.append("<g clip-path=\"url(#\(clip))\" fill=\"none\" stroke-linejoin=\"round\" stroke-linecap=\"round\">\n")
        for ring in 1...rings {
            openShape("path", path: outline, into: &out, state: &state) { _, _ in }
            if case .solid(let color) = paint {
                out.append(" stroke=\"")
                out.append(Self.hex(color))
                out.append("\" stroke-opacity=\"")
                out.number(color.alpha * ringAlpha, places: 4)
                out.append("\"")
            } else {
                out.append(" stroke=\"url(#\(paintID(paint, state: &state)))\" stroke-opacity=\"")
                out.number(ringAlpha, places: 4)
                out.append("\"")
            }
            out.append(" stroke-width=\"")
            out.number(2 * width * Double(ring) / Double(rings))
            out.append("\"/>\n")
        }
        out.append("</g>\n")
    }

    private func write(_ label: TextNode, depth: Int, into out: inout SVGBuffer, state: inout State) {
        guard label.opacity > 0, !label.string.isEmpty else { return }
        let block = measurer.block(label.string, font: label.font, maxWidth: label.maxWidth)
        let frame = block.frame(at: label.position, anchor: label.anchor, baseline: label.baseline)
        let x: Double
        let anchor: String
        switch label.anchor {
        case .start: (x, anchor) = (frame.minX, "start")
        case .middle: (x, anchor) = (frame.midX, "middle")
        case .end: (x, anchor) = (frame.maxX, "end")
        }
        let firstBaseline = frame.minY + block.ascent
        openElement("text", node: .text(label), depth: depth, into: &out, state: &state)
        out.append(" x=\"")
        out.number(x)
        out.append("\" y=\"")
        out.number(firstBaseline)
        out.append("\" font-size=\"")
        out.number(label.font.size)
        out.append("\"")
        if label.font.weight == .bold { out.append(" font-weight=\"bold\"") }
        if label.font.italic { out.append(" font-style=\"italic\"") }
        if anchor != "start" { out.append(" text-anchor=\"\(anchor)\"") }
        Self.colorAttributes("fill", label.color, into: &out)
        if let halo = label.halo, halo.width > 0 {
            out.append(" stroke=\"")
            out.append(Self.hex(halo.color))
            out.append("\" stroke-width=\"")
            out.number(halo.width)
            out.append("\" stroke-linejoin=\"round\" paint-order=\"stroke\"")
            if halo.color.alpha < 1 {
                out.append(" stroke-opacity=\"")
                out.number(halo.color.alpha, places: 3)
                out.append("\"")
            }
        }
        if label.opacity < 1 {
            out.append(" opacity=\"")
            out.number(label.opacity, places: 3)
            out.append("\"")
        }
        out.append(">")
        let lines = block.lines
        if lines.count == 1 {
            out.escaped(lines[0])
        } else {
            for (i, line) in lines.enumerated() {
                out.append("<tspan x=\"")
                out.number(x)
                out.append("\" y=\"")
                out.number(firstBaseline + Double(i) * block.lineHeight)
                out.append("\">")
                out.escaped(line)
                out.append("</tspan>")
            }
        }
        out.append("</text>\n")
    }

    // MARK: Names

    /// `#rrggbb`, the colour without its opacity (written separately: not every editor reads `#rrggbbaa`).
    static func hex(_ color: Color) -> String {
        color.withAlpha(1).hexString
    }

    /// A scene id made a valid, unique XML id: characters outside letters, digits, `-`, `_`, `.` become `_`,
    /// an id not starting with a letter gets `n-` in front, a repeat gets `-2`, `-3` ….
    private func uniqueID(_ id: String, state: inout State) -> String {
        var name = String(String.UnicodeScalarView(id.unicodeScalars.map { scalar in
            Self.isNameCharacter(scalar) ? scalar : "_"
        }))
        if name.isEmpty || !(name.unicodeScalars.first.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false) {
            name = "n-" + name
        }
        let count = (state.usedIDs[name] ?? 0) + 1
        state.usedIDs[name] = count
        return count == 1 ? name : "\(name)-\(count)"
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "-" || scalar == "_" || scalar == "."
    }

    /// A metadata key as the tail of a `data-` attribute: lower case letters, digits and `-`.
    static func attributeName(_ key: String) -> String {
        String(String.UnicodeScalarView(key.lowercased().unicodeScalars.map { scalar in
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" ? scalar : "-"
        }))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
