import Anatomy
import Diagram
import FigureStyle
import Pathology

/// What lies lateral to the mid-sagittal plane, projected onto it: each vertebra's pedicles and
/// articular pillar (superior articular process, pars interarticularis, inferior articular process),
/// which frame the intervertebral foramina. Drawn translucent with dashed outlines; left and right
/// superimpose. Figure millimetres.
/// Ids: "sagittal.pedicle.L4", "sagittal.articular.L4" (the pillar), and "sagittal.articular.L5.inferior"
/// for the part of the pillar a pars defect has separated.
struct SagittalOverlay {
    let skeleton: SagittalSkeleton
    let spine: DeformedSpine
    let style: SagittalStyle
    /// Opacity of the pedicles' fill (the articular pillars get 30 % of it), so the section shows through.
    static let opacity = 0.8

    func nodes() -> [SketchNode] {
        skeleton.vertebrae.map { pose in
            let d = ArchDimensions(pose, spine: spine)
            let pieces = pose.vertebra == .S1 ? sacral(pose, d) : lumbar(pose, d)
            let children = pieces.map { piece in
                let alpha = piece.id.contains("pedicle") ? Self.opacity : Self.opacity * 0.3
                return SketchNode.shape(SketchShape(id: piece.id, points: piece.points, fill: .color(style.palette.bone.withAlpha(alpha)),
                                                    stroke: style.overlayStroke))
            }
            return .group(id: "sagittal.overlay.\(pose.vertebra.name)", children: children, opacity: 1)
        }
    }

    /// The pedicle as a strut from the body back to the articular pillar, waisted between them: its lower
    /// margin arched up (the deep inferior vertebral notch, roof of the foramen below) by a fifth of its height,
    /// its upper margin hollowed (the shallow superior notch, floor of the foramen above) by a tenth. Its ends
    /// keep the model's margins. How deep the notches are is a drawing choice. In the vertebra's lower frame.
    private func pedicle(_ pose: VertebraPose, _ d: ArchDimensions) -> [PlanePoint] {
        let f = pose.lower, back = d.foramenBelow + 4, height = max(0, d.pedicleTop - d.pedicleBottom)
        return SagittalShapes.bowed(f.point(-0.5, d.pedicleBottom + 0.3), f.point(back, d.pedicleBottom), bow: max(0.9, 0.2 * height))
            + SagittalShapes.bowed(f.point(back, d.pedicleTop), f.point(-0.5, d.pedicleTop - 0.3), bow: max(0.7, 0.1 * height))
    }

    /// The pedicle and the articular pillar of a lumbar vertebra: the superior articular process rising
    /// behind the foramen above, the pars behind the foramen below, the inferior articular process
    /// reaching down behind the next vertebra's superior one. The pillar is one outline, or two when a
    /// pars defect has let the body slip away from its arch.
    private func lumbar(_ pose: VertebraPose, _ d: ArchDimensions) -> [(id: String, points: [PlanePoint])] {
        let name = pose.vertebra.name, f = pose.lower, a = pose.arch
        let fa = d.foramenAbove, fb = d.foramenBelow, h = pose.posteriorHeight, tip = d.facetTip, hb = d.discBelow
        let pb = d.pedicleBottom, pt = d.pedicleTop
        let superior = [f.point(fb + 4, pt - 1), f.point(fa - 0.3, pt - 0.5)]
            + SagittalShapes.rounded([f.point(fa - 0.3, pt - 0.5), f.point(fa + 0.3, tip - 2.5), f.point(fa + 3, tip), f.point(fa + 7.5, tip - 2),
                                      f.point(fa + 11, h - 5)], radius: 1.2, closed: false)
        let inferior: [(Double, Double)] = [(fb + 16.5, -hb - 1), (fb + 15, -hb - 6), (fb + 11, -hb - 8), (fb + 7.5, -hb - 4.5), (fb + 4, -0.5)]
        var pieces = [("sagittal.pedicle.\(name)", pedicle(pose, d))]
        if abs(pose.archShift) < 0.05 {
            let outline = superior + [f.point(fb + 14, pb + 2)] + SagittalShapes.rounded(a.points(inferior), radius: 1.2, closed: false)
                + [f.point(fb + 3, pb - 0.5), f.point(fb + 4, pb)]
            pieces.append(("sagittal.articular.\(name)", outline))
        } else {
            // A pars defect: the body's part ends above the cleft, the arch's part starts below it.
            let cleft = Self.parsCleft(pose, d)
            let body = superior + [cleft.upper[1], cleft.upper[0], f.point(fb + 4, pb)]
            let arch = cleft.lower + a.points(inferior)
            pieces.append(("sagittal.articular.\(name)", body))
            pieces.append(("sagittal.articular.\(name).inferior", SagittalShapes.rounded(arch, radius: 1.2)))
        }
        return pieces
    }

    /// The edges of a pars defect's two fragments, front to back: the lower edge of the part that went with the body
    /// (pedicle and superior articular process) and the upper edge of the part left with the arch (lamina and inferior
    /// articular process), in the body's and the arch's frames; the cleft lies between them. Figure mm.
    static func parsCleft(_ pose: VertebraPose, _ d: ArchDimensions) -> (upper: [PlanePoint], lower: [PlanePoint]) {
        let f = pose.lower, a = pose.arch, fb = d.foramenBelow, split = max(1.5, d.pedicleBottom - 2.5)
        return ([f.point(fb + 3, split + 0.6), f.point(fb + 13.5, split + 0.6)], [a.point(fb + 3, split - 0.6), a.point(fb + 13.5, split - 0.6)])
    }

    /// S1's pedicle (the floor of the L5–S1 foramen) and superior articular process, in S1's upper frame.
    private func sacral(_ pose: VertebraPose, _ d: ArchDimensions) -> [(id: String, points: [PlanePoint])] {
        let f = pose.upper, fw = d.foramenAbove
        let top = d.pedicleTop - pose.posteriorHeight, bottom = top - pose.pedicleHeight, tip = d.facetTip - pose.posteriorHeight
        let pedicle = [f.point(-0.5, bottom), f.point(fw + 4, bottom)]
            + SagittalShapes.bowed(f.point(fw + 4, top), f.point(-0.5, top - 0.3), bow: 0.7)
        let superior = SagittalShapes.rounded([f.point(fw - 0.3, top - 0.5), f.point(fw + 0.3, tip - 2.5), f.point(fw + 3, tip),
                                               f.point(fw + 7.5, tip - 2), f.point(fw + 11, -3)], radius: 1.2, closed: false)
            + [f.point(fw + 12, bottom + 2), f.point(fw + 4, bottom + 2)]
        return [("sagittal.pedicle.S1", pedicle), ("sagittal.articular.S1", superior)]
    }
}
