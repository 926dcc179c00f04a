import Anatomy
import Diagram
import FigureStyle
import Foundation
import Pathology

/// The lesions' solids drawn to scale: each model box becomes a rounded rectangle placed rigidly on
/// the section line through its centre. Herniated material keeps the disc's colour (the paler nucleus
/// when extruded) with a strong outline; thickened ligament, facet, osteophyte, cyst and pars
/// fibrocartilage are hatched. Parts lateral to the midline are projected onto the section like the
/// rest of the lateral overlay, but keep the solid outline: the lesion is what the figure is about.
/// Figure millimetres.
struct SagittalLesions {
    let map: CanalMap
    let spine: DeformedSpine
    let style: SagittalStyle

    /// The drawable parts of lesion `index`, left and right copies that project alike taken once.
    func parts(_ index: Int) -> [Solid] {
        var seen: [[Double]] = []
        return spine.solids.filter { solid in
            guard solid.lesions.contains(index), SacProfile.isLesion(solid) else { return false }
            let key = [solid.box.min.y, solid.box.max.y, solid.box.min.z, solid.box.max.z].map { ($0 * 100).rounded() }
            if seen.contains(key) { return false }
            seen.append(key)
            return true
        }
    }

    /// The outline of a solid in the figure.
    func outline(_ solid: Solid) -> [PlanePoint] {
        let box = solid.box, state = spine[solid.level]
        let yc = (box.min.y + box.max.y) / 2, zc = (box.min.z + box.max.z) / 2
        let frame = Frame(origin: map.point(model: yc, zc, in: state), angle: map.angle(zc))
        let hy = (box.max.y - box.min.y) / 2, hz = (box.max.z - box.min.z) / 2
        if solid.structure == .ligamentumFlavum && box.min.x < 0 && box.max.x > 0 {
            // A thickened, buckled flavum in the midline: a spindle on the canal's back wall, as deep as the
            // model's at its middle (the disc level) and thinning towards the laminae it joins — not a mass.
            // Its back is the canal's back wall (the rest of the box lies in the laminae, drawn already).
            let wall = state.anatomy.segment.canalAP - state.canalWallShift - yc
            let back = max(-hy + 0.5, min(hy, wall))
            var points: [(Double, Double)] = []
            for i in 0...24 {
                let zl = -hz + 2 * hz * Double(i) / 24
                let bell = max(0, cos(Double.pi / 2 * zl / hz))
                points.append((back - (back + hy) * bell, zl))
            }
            points += [(back, hz), (back, -hz)]
            return frame.points(points)
        }
        return frame.points(SagittalShapes.roundedRectangle(y0: -hy, y1: hy, z0: -hz, z1: hz, radius: box.rounding))
    }

    /// The centre of the biggest part, for the label's leader.
    func anchor(_ index: Int) -> PlanePoint? {
        let all = parts(index)
        let biggest = all.max { a, b in
            (a.box.max.y - a.box.min.y) * (a.box.max.z - a.box.min.z) < (b.box.max.y - b.box.min.y) * (b.box.max.z - b.box.min.z)
        }
        guard let solid = biggest else { return nil }
        let box = solid.box
        // Two thirds of the way back: on the material behind the disc rather than inside it.
        let y = box.min.y + 0.62 * (box.max.y - box.min.y), z = (box.min.z + box.max.z) / 2
        return map.point(model: y, z, in: spine[solid.level])
    }

    func paint(_ solid: Solid) -> Fill {
        let p = style.palette
        switch solid.structure {
        case .herniation: return .color(p.annulus)
        case .discBulge: return .color(p.annulus)
        case .ligamentumFlavum, .parsNodule: return Fill(p.hypertrophy(p.ligament))
        case .facetHypertrophy, .osteophyte: return Fill(p.hypertrophy(p.bone))
        case .synovialCyst: return Fill(p.hypertrophy(p.fat))
        default: return .color(p.annulus)
        }
    }

    /// One group per lesion: thick outlines first, fills over their inner halves, so overlapping parts
    /// read as one mass with one outline.
    func nodes() -> [SketchNode] {
        spine.lesions.indices.compactMap { index in
            let all = parts(index)
            guard !all.isEmpty else { return nil }
            var edges: [SketchNode] = [], fills: [SketchNode] = []
            for (k, solid) in all.enumerated() {
                let points = outline(solid)
                var stroke = style.lesionStroke
                stroke.width *= 2
                edges.append(.shape(SketchShape(id: "sagittal.lesion.\(index).edge.\(k)", points: points, stroke: stroke)))
                fills.append(.shape(SketchShape(id: "sagittal.lesion.\(index).part.\(k)", points: points, fill: paint(solid))))
            }
            return .group(id: "sagittal.lesion.\(index)", children: edges + fills, opacity: 1)
        }
    }
}
