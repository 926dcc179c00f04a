import Anatomy
import Diagram
import FigureStyle
import Pathology

/// The posterior column cut in the midline: laminae with their spinous processes, the roof of the sacral
/// canal with the median sacral crest, and the ligaments between them (flavum, interspinous,
/// supraspinous). Each arch is drawn in its vertebra's arch frame (figure mm).
struct SagittalArches {
    let skeleton: SagittalSkeleton
    let spine: DeformedSpine
    let style: SagittalStyle

    /// Lamina and spinous process of a lumbar vertebra in its arch frame: the lamina's front is the
    /// canal's back wall (from 3 mm below the body to 7 mm below its top); the spinous process reaches
    /// about 29 mm further back and 17 mm high at its tip (L5 smaller).
    func archOutline(_ pose: VertebraPose, _ d: ArchDimensions) -> [(Double, Double)] {
        let h = pose.posteriorHeight, t = d.canalTop, b = d.canalBottom, k = d.spinous
        let top = h - 8.5, height = 17 * k
        return [
            (t, h - 7), (t + 6, h - 5.5), (t + 16 * k, h - 6.5), (t + 28 * k, top), (t + 30.5 * k, top - 3),
            (b + 30 * k, top - height + 3), (b + 27 * k, top - height), (b + 14, top - height + 1.5),
            (b + 6, -3), (b, -3),
        ]
    }

    /// The roof of the sacral canal with the S1 and S2 tubercles of the median sacral crest, in S1's
    /// upper frame, tapering towards the cut across S2.
    func sacralRoof(_ pose: VertebraPose, _ d: ArchDimensions) -> [(Double, Double)] {
        let bottom = -(pose.posteriorHeight + SagittalBodies.s2Height)
        let c0 = d.canalTop
        func c(_ z: Double) -> Double { c0 - 0.45 * c0 * (-8 - z) / (-8 - bottom) }
        return [
            (c0, -8), (c0 + 5, -6.5), (c0 + 9, -10), (c0 + 12, -14), (c0 + 12.5, -21), (c(-27) + 8, -27),
            (c(-33) + 10.5, -33), (c(-42) + 10, -42), (c(bottom) + 6, bottom), (c(bottom), bottom),
        ]
    }

    func dimensions(_ pose: VertebraPose) -> ArchDimensions { ArchDimensions(pose, spine: spine) }

    /// The canal's back wall, cranial to caudal: lamina fronts joined by the fronts of the ligamenta flava.
    func canalBack() -> [PlanePoint] {
        var out: [PlanePoint] = []
        for pose in skeleton.vertebrae {
            let d = dimensions(pose), a = pose.arch
            if pose.vertebra == .S1 {
                let bottom = -(pose.posteriorHeight + SagittalBodies.s2Height)
                out += [pose.upper.point(d.canalTop, -8), pose.upper.point(d.canalTop * 0.55, bottom - 3)]
            } else {
                if pose.vertebra == .L1 { out.append(a.point(d.canalTop, pose.posteriorHeight + SagittalBodies.stump + 3)) }
                out += [a.point(d.canalTop, pose.posteriorHeight - 7), a.point(d.canalBottom, -3)]
            }
        }
        return out
    }

    /// Ligaments first (under the bone), then the arches.
    func nodes() -> [SketchNode] {
        var flava: [SketchNode] = [], interspinous: [SketchNode] = [], arches: [SketchNode] = []
        var tips: [PlanePoint] = []
        for (i, pose) in skeleton.vertebrae.enumerated() {
            let d = dimensions(pose)
            if pose.vertebra == .S1 {
                let roof = SagittalShapes.rounded(pose.upper.points(sacralRoof(pose, d)), radius: 1.2)
                arches += bone("sagittal.arch.S1", roof)
                tips += [pose.upper.point(d.canalTop + 13.5, -14), pose.upper.point(d.canalTop + 13.5, -21)]
                continue
            }
            let outline = archOutline(pose, d)
            let a = pose.arch
            arches += bone("sagittal.arch.\(pose.vertebra.name)", SagittalShapes.rounded(a.points(outline), radius: 1.2))
            tips += [a.point(outline[3].0 + 1, outline[3].1 + 0.6), a.point(outline[4].0 + 1, outline[4].1), a.point(outline[5].0 + 1, outline[5].1)]
            guard i + 1 < skeleton.vertebrae.count, let level = pose.levelBelow else { continue }
            let next = skeleton.vertebrae[i + 1], nd = dimensions(next)
            flava.append(flavum(pose, d, next, nd, level))
            interspinous.append(ligamentBetween(pose, outline, next, nd, level))
        }
        let supraspinous = SketchShape(id: "sagittal.ligament.supraspinous", points: SagittalShapes.smooth(tips, samples: 4), closed: false,
                                       stroke: Stroke(color: style.palette.ligament, width: 1, cap: .round, join: .round), strokeMillimetres: 1.6)
        return interspinous + [.shape(supraspinous)] + flava + arches
    }

    /// Bone in section: cortex and a cancellous core 1.1 mm inside it.
    private func bone(_ id: String, _ outline: [PlanePoint]) -> [SketchNode] {
        [
            .shape(SketchShape(id: id, points: outline, fill: .color(style.palette.bone), stroke: style.boneStroke)),
            .shape(SketchShape(id: "\(id).cancellous", points: SagittalShapes.inset(outline, by: 1.1), fill: .color(style.palette.cancellous))),
        ]
    }

    /// The ligamentum flavum of `level`: a band 3.8 mm thick along the canal's back wall from the front of
    /// the upper lamina to the top of the lower one.
    private func flavum(_ upper: VertebraPose, _ d: ArchDimensions, _ lower: VertebraPose, _ nd: ArchDimensions, _ level: DiscLevel) -> SketchNode {
        let a = upper.arch
        let lf = lower.vertebra == .S1 ? lower.upper : lower.arch
        let zTop = lower.vertebra == .S1 ? -8.0 : lower.posteriorHeight - 7
        let thick = 3.8
        let points = [
            a.point(d.canalBottom, 3), a.point(d.canalBottom, -3), lf.point(nd.canalTop, zTop), lf.point(nd.canalTop, zTop - 2.5),
            lf.point(nd.canalTop + thick, zTop - 2.5), lf.point(nd.canalTop + thick, zTop + 0.5), a.point(d.canalBottom + thick, -3.5),
            a.point(d.canalBottom + thick, 3),
        ]
        return .shape(SketchShape(id: "sagittal.flavum.\(level.name)", points: points, fill: .color(style.palette.ligament),
                                  stroke: style.ligamentStroke))
    }

    /// The interspinous ligament of `level`, between the lower edge of one spinous process and the upper
    /// edge of the next.
    private func ligamentBetween(_ upper: VertebraPose, _ outline: [(Double, Double)], _ lower: VertebraPose, _ nd: ArchDimensions,
                                 _ level: DiscLevel) -> SketchNode {
        let a = upper.arch
        var points = [a.point(outline[9].0 + 3, outline[9].1 + 1), a.point(outline[8].0, outline[8].1), a.point(outline[7].0, outline[7].1),
                      a.point(outline[6].0, outline[6].1)]
        if lower.vertebra == .S1 {
            let f = lower.upper, c = nd.canalTop
            points += [f.point(c + 12, -14), f.point(c + 9, -10), f.point(c + 5, -6.5), f.point(c + 3, -7.5)]
        } else {
            let next = archOutline(lower, nd), f = lower.arch
            points += [f.point(next[3].0, next[3].1), f.point(next[2].0, next[2].1), f.point(next[1].0, next[1].1),
                       f.point(next[0].0 + 3, next[0].1 - 1)]
        }
        return .shape(SketchShape(id: "sagittal.interspinous.\(level.name)", points: points,
                                  fill: .color(style.palette.ligament.withAlpha(0.5)), stroke: style.ligamentStroke))
    }
}
