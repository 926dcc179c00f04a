import Diagram

/// The paint of the editable SVG: fill and stroke attributes, and the `<defs>` entries a paint needs (hatch and stipple
/// tiles as `<pattern>`, gradients, clip paths), each written once a figure and named with its ``definitionPrefix(_:)``.
extension EditableSVGWriter {
    func fillAttributes(_ paint: Paint, rule: FillRule, into out: inout SVGBuffer, state: inout State) {
        if case .solid(let color) = paint {
            Self.colorAttributes("fill", color, into: &out)
        } else {
            out.append(" fill=\"url(#\(paintID(paint, state: &state)))\"")
        }
        if rule == .evenOdd { out.append(" fill-rule=\"evenodd\"") }
    }

    func strokeAttributes(_ stroke: Stroke, into out: inout SVGBuffer) {
        Self.colorAttributes("stroke", stroke.color, into: &out)
        out.append(" stroke-width=\"")
        out.number(stroke.width, places: 3)
        out.append("\"")
        switch stroke.cap {
        case .butt: break  // the SVG default
        case .round: out.append(" stroke-linecap=\"round\"")
        case .square: out.append(" stroke-linecap=\"square\"")
        }
        switch stroke.join {
        case .miter: break  // the SVG default (miter limit 4; Cairo's is 10)
        case .round: out.append(" stroke-linejoin=\"round\"")
        case .bevel: out.append(" stroke-linejoin=\"bevel\"")
        }
        if stroke.join == .miter { out.append(" stroke-miterlimit=\"10\"") }
        if stroke.dash.contains(where: { $0 != 0 }) {
            out.append(" stroke-dasharray=\"")
            out.numbers(stroke.dash)
            out.append("\"")
            if stroke.dashOffset != 0 {
                out.append(" stroke-dashoffset=\"")
                out.number(stroke.dashOffset)
                out.append("\"")
            }
        }
    }

    /// The id of `paint`'s definition, written into the defs the first time it is used.
    func paintID(_ paint: Paint, state: inout State) -> String {
        if let known = state.paints[paint] { return known }
        let id = "\(state.prefix)paint-\(state.paints.count + 1)"
        state.paints[paint] = id
        var d = SVGBuffer()
        switch paint {
        case .solid(let color):
            // Not referenced as a url (solid fills are written inline); defined for completeness.
            d.append("<linearGradient id=\"\(id)\"><stop offset=\"0\" stop-color=\"\(Self.hex(color))\"/></linearGradient>\n")
        case .linearGradient(let g):
            d.append("<linearGradient id=\"\(id)\" gradientUnits=\"userSpaceOnUse\"")
            d.attribute("x1", g.start.x)
            d.attribute("y1", g.start.y)
            d.attribute("x2", g.end.x)
            d.attribute("y2", g.end.y)
            d.append(">\n")
            Self.stops(g.stops, into: &d)
            d.append("</linearGradient>\n")
        case .radialGradient(let g):
            d.append("<radialGradient id=\"\(id)\" gradientUnits=\"userSpaceOnUse\"")
            d.attribute("cx", g.center.x)
            d.attribute("cy", g.center.y)
            d.attribute("r", max(0, g.radius))
            d.append(">\n")
            Self.stops(g.stops, into: &d)
            d.append("</radialGradient>\n")
        case .hatch(let h):
            let size = max(1, h.spacing)
            Self.openTile(id, size: size, into: &d)
            if h.angleDegrees != 0 {
                d.append(" patternTransform=\"rotate(")
                d.number(h.angleDegrees, places: 3)
                d.append(")\"")
            }
            d.append(">\n")
            Self.tileBackground(h.background, size: size, into: &d)
            d.append("<path d=\"M0 ")
            d.number(size / 2)
            d.append("H")
            d.number(size)
            if h.crossed {
                d.append("M")
                d.number(size / 2)
                d.append(" 0V")
                d.number(size)
            }
            d.append("\" fill=\"none\"")
            Self.colorAttributes("stroke", h.color, into: &d)
            d.append(" stroke-width=\"")
            d.number(h.lineWidth, places: 3)
            d.append("\"/>\n</pattern>\n")
        case .stipple(let s):
            let size = max(1, s.spacing)
            Self.openTile(id, size: size, into: &d)
            d.append(">\n")
            Self.tileBackground(s.background, size: size, into: &d)
            for (x, y) in [(size / 4, size / 4), (3 * size / 4, 3 * size / 4)] {
                d.append("<circle")
                d.attribute("cx", x)
                d.attribute("cy", y)
                d.attribute("r", s.dotRadius, places: 3)
                Self.colorAttributes("fill", s.color, into: &d)
                d.append("/>\n")
            }
            d.append("</pattern>\n")
        }
        state.defs.bytes += d.bytes
        return id
    }

    /// `<pattern id="ID" patternUnits="userSpaceOnUse" width="S" height="S"`, the start of a square tile `size` points wide
    /// anchored at the page origin; the caller closes the tag.
    static func openTile(_ id: String, size: Double, into d: inout SVGBuffer) {
        d.append("<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\"")
        d.attribute("width", size)
        d.attribute("height", size)
    }

    static func tileBackground(_ color: Color?, size: Double, into d: inout SVGBuffer) {
        guard let color else { return }
        d.append("<rect")
        d.attribute("width", size)
        d.attribute("height", size)
        colorAttributes("fill", color, into: &d)
        d.append("/>\n")
    }

    /// ` NAME="#rrggbb"`, and ` NAME-opacity="a"` when the colour is translucent (`fill`, `stroke`).
    static func colorAttributes(_ name: String, _ color: Color, into out: inout SVGBuffer) {
        out.append(" \(name)=\"")
        out.append(hex(color))
        out.append("\"")
        if color.alpha < 1 {
            out.append(" \(name)-opacity=\"")
            out.number(color.alpha, places: 3)
            out.append("\"")
        }
    }

    static func stops(_ stops: [GradientStop], into d: inout SVGBuffer) {
        for stop in stops {
            d.append("<stop offset=\"")
            d.number(min(1, max(0, stop.offset)), places: 4)
            d.append("\" stop-color=\"")
            d.append(hex(stop.color))
            d.append("\"")
            if stop.color.alpha < 1 {
                d.append(" stop-opacity=\"")
                d.number(stop.color.alpha, places: 4)
                d.append("\"")
            }
            d.append("/>\n")
        }
    }

    func defineClip(_ clip: Path, rule: FillRule, state: inout State) -> String {
        state.clipCount += 1
        let id = "\(state.prefix)clip-\(state.clipCount)"
        state.defs.append("<clipPath id=\"\(id)\"><path d=\"")
        state.defs.path(clip)
        state.defs.append("\"")
        if rule == .evenOdd { state.defs.append(" clip-rule=\"evenodd\"") }
        state.defs.append("/></clipPath>\n")
        return id
    }
}
