import Foundation
import Geometry

/// The foramen view's bones as bones (issue 11): vertebral bodies waisted in front with gently concave
/// endplates, the disc filling the hollows, pedicles as struts narrowed between body and articular pillar.
/// Every margin the model measures stays where it is: the bodies' posterior walls and their heights at the
/// posterior margin, the disc's posterior margin, the foramen's roof (the upper pedicle's notch) and floor
/// (the lower pedicle's top). How concave and how waisted is a drawing choice, not a model value.
extension ForamenSection {
    /// Depth of an endplate's hollow at its middle, mm (drawing choice).
    var endplateHollow: Double { 1.0 * scale }
    /// How far the front of a body is drawn in at mid-height, mm (drawing choice).
    var bodyWaist: Double { 1.2 * scale }

    /// A body as drawn: its rounded rectangle with the upper and lower margins hollowed by `endplateHollow` at
    /// the middle of its depth (none at the posterior and anterior rims) and its front drawn in by `bodyWaist`
    /// at mid-height (none at the back).
    func bodyShape(_ r: RoundedRect) -> [Vec2] {
        let w = max(1e-6, r.maxX - r.minX), h = max(1e-6, r.maxY - r.minY)
        return RootSqueeze.densified(r.outline(steps: 6), step: 0.5 * scale).map { p in
            let tx = (p.x - r.minX) / w, tz = (p.y - r.minY) / h
            let vertical = 2 * tz - 1
            let dy = -endplateHollow * sin(Double.pi * tx) * vertical * vertical * vertical
            let dx = bodyWaist * sin(Double.pi * tz) * pow(1 - tx, 4)
            return Vec2(p.x + dx, p.y + dy)
        }
    }

    /// The disc as drawn: its rounded rectangle with its upper and lower margins bulging into the bodies'
    /// hollows (a little further, so no gap shows); its posterior margin the model's.
    func discShape(_ r: RoundedRect) -> [Vec2] {
        let w = max(1e-6, r.maxX - r.minX), h = max(1e-6, r.maxY - r.minY)
        return RootSqueeze.densified(r.outline(steps: 6), step: 0.5 * scale).map { p in
            let tx = (p.x - r.minX) / w, tz = (p.y - r.minY) / h
            let vertical = 2 * tz - 1
            return Vec2(p.x, p.y + 1.15 * endplateHollow * sin(Double.pi * tx) * vertical * vertical * vertical)
        }
    }

    /// The upper pedicle as drawn (the foramen's roof): notched, a strut, in-plane mm.
    var upperPedicleShape: [Vec2]? {
        upperPedicle.map { strut(notchedPedicle($0, bodyBack: upperBody?.maxX), hollowTop: true) }
    }

    /// The lower pedicle as drawn (the foramen's floor): a strut, in-plane mm.
    var lowerPedicleShape: [Vec2]? {
        lowerPedicle.map { strut(pedicleOutline($0, bodyBack: lowerBody?.maxX).outline(steps: 6), hollowTop: false) }
    }

    /// A pedicle as a strut: the margin that bounds no foramen here drawn in at its middle by a fifth of the
    /// pedicle's height (the upper pedicle's top, the lower pedicle's bottom: the vertebral notches on the far
    /// side), so it narrows between body and pillar. `outline` is the pedicle as otherwise drawn.
    func strut(_ outline: [Vec2], hollowTop: Bool) -> [Vec2] {
        guard let minX = outline.map(\.x).min(), let maxX = outline.map(\.x).max(),
              let minY = outline.map(\.y).min(), let maxY = outline.map(\.y).max(), maxX > minX, maxY > minY else { return outline }
        let depth = 0.2 * (maxY - minY), mid = (minY + maxY) / 2
        return RootSqueeze.densified(outline, step: 0.5 * scale).map { p in
            let tx = (p.x - minX) / (maxX - minX)
            let onMargin = hollowTop ? p.y > mid : p.y < mid
            guard onMargin else { return p }
            let weight = pow(abs(p.y - mid) / max(1e-6, (maxY - minY) / 2), 4)
            return Vec2(p.x, p.y + (hollowTop ? -1 : 1) * depth * sin(Double.pi * tx) * weight)
        }
    }

    /// A hypertrophied facet in this view (in the plane or projected onto it): the articular process enlarged,
    /// its front (towards the foramen) set with pointed osteophytes whose tips reach the model's front — never
    /// beyond it — with hollows between, its upper end narrowing to a rounded tip like the superior process's,
    /// its lower end rounded; inside the model's box. Spurs and tip are a drawing choice.
    func facetLump(_ r: RoundedRect) -> [Vec2] {
        let height = r.maxY - r.minY, depth = r.maxX - r.minX
        guard height > 1, depth > 1 else { return r.outline(steps: 8) }
        let bump = min(1.6 * scale, 0.2 * depth)
        let n = 100
        var front: [Vec2] = [], back: [Vec2] = []
        for i in 0...n {
            let u = Double(i) / Double(n), z = r.minY + height * u
            // Pointed spurs with tips at 22 %, 45 % and 68 % of the height (samples fall on them): the profile leaves each
            // tip steeply (power 0.45), so the spurs read as bone spikes, not waves.
            let knob = bump * pow(0.5 * (1 - cos(2 * Double.pi * (u - 0.22) / 0.23)), 0.45)
            let low = u < 0.12 ? 1 - (1 - pow(1 - u / 0.12, 2)).squareRoot() : 0
            let tip = u > 0.65 ? pow((u - 0.65) / 0.35, 1.6) : 0
            let f = r.minX + knob + max(low, 0.85 * tip) * (depth - bump)
            let b = r.maxX - (u > 0.9 ? (1 - (1 - pow((u - 0.9) / 0.1, 2)).squareRoot()) * 0.1 * depth : 0)
            front.append(Vec2(min(f, b - 0.3 * scale), z))
            back.append(Vec2(b, z))
        }
        return front + back.reversed()
    }

    /// Foraminal osteophytes in this view (`r` the model's box, in-plane y, z): spurs from the lower endplate's posterior
    /// margin and from the tip of the superior articular process that meet under the root as one bony shelf (§E4):
    /// its base bridging from the body's corner to the process (arched over the foramen's lower part), its front rising from the disc's margin over the first fifth of its depth, its top two
    /// pointed spurs — one over the endplate's margin, one off the process's tip — whose tips reach the model's top
    /// (`r.maxY`, which sets the height the simulation measures) with a hollow up to 1.2 mm deep where they meet, its
    /// back on the process's front. Inside the model's box. Spurs, hollow and slope are a drawing choice. `bearing`: in-plane
    /// y ranges where the top is flat at the model's top (under a ganglion pinched on it: no hollow opens under it).
    func osteophyteShelf(_ r: RoundedRect, bearing: [ClosedRange<Double>] = []) -> [Vec2] {
        let depth = r.maxX - r.minX, height = r.maxY - r.minY
        guard depth > 1, height > 1 else { return r.outline(steps: 8) }
        let hollow = min(1.2 * scale, 0.3 * height)
        let n = 60
        var top: [Vec2] = []
        for i in 0...n {
            let u = Double(i) / Double(n)
            // Tips at 30 % and 80 % of the depth (on the sample grid), the hollow between them steep-sided (power 0.45).
            let dip = u < 0.3 ? 0.5 * (1 - cos(Double.pi * u / 0.3)) : (u < 0.8 ? 0.5 * (1 - cos(2 * Double.pi * (u - 0.3) / 0.5)) : 0.5 * (1 - cos(Double.pi * (u - 0.8) / 0.2)))
            var z = r.maxY - hollow * pow(dip, 0.45)
            // The front rises from the disc's margin: a smoothstep over the first fifth, from the base.
            if u < 0.2 { let v = u / 0.2; z = r.minY + (z - r.minY) * max(0.15, v * v * (3 - 2 * v)) }
            let y = r.minX + depth * u
            if bearing.contains(where: { $0.contains(y) }) { z = r.maxY }
            top.append(Vec2(y, z))
        }
        // The base: on the body's corner in front and the process behind, arched up by a third of the height between
        // them, over the foramen's narrow lower part (a bridge of bone, not a block).
        let base = (0...n).reversed().map { i -> Vec2 in
            let u = Double(i) / Double(n)
            return Vec2(r.minX + depth * u, r.minY + 0.33 * height * pow(sin(Double.pi * u), 1.5))
        }
        return top + base
    }
}
