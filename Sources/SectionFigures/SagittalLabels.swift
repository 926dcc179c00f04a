import Anatomy
import Compression
import Diagram
import FigureStyle
import Pathology

/// A label the sagittal panel wants, anchored in figure millimetres.
struct SagittalLabel {
    var id: String
    var text: String
    var anchor: PlanePoint
    var side: LabelSide
}

/// Which labels the panel shows for each label mode (figures guide, "Labels"): `full` names every
/// structure, `minimal` keeps the levels, the lesions and the hurt roots, `none` keeps nothing. Requests
/// come in order of importance: when a small panel cannot hold them all, the label layout drops the last.
struct SagittalLabels {
    let drawing: SagittalDrawing

    func labels(_ mode: LabelMode) -> [SagittalLabel] {
        switch mode {
        case .none: return []
        // One column, in front: a leader from behind would cross the arches, so the lesion and the hurt roots (in the
        // canal and the foramina) are numbered call-outs keyed under it, and the drawing takes the width of the other.
        case .minimal: return (levels() + lesions() + hurtRoots() + locators()).map { var l = $0; l.side = .left; return l }
        case .full: return Self.resolvingSides(levels() + lesions() + hurtRoots() + locators() + anterior() + posterior())
        }
    }

    /// The sides the label layout will give: every left label's anchor lies left of every right one's
    /// (so leaders of the two sides never cross), breaking as few wishes as possible. Known before the
    /// page mapping (which keeps left-to-right order), so that the columns can be sized for it.
    static func resolvingSides(_ labels: [SagittalLabel]) -> [SagittalLabel] {
        let order = labels.indices.sorted { a, b in
            (labels[a].anchor.u, -labels[a].anchor.v, a) < (labels[b].anchor.u, -labels[b].anchor.v, b)
        }
        let leftWanted = labels.filter { $0.side == .left }.count
        var best: (cost: Int, distance: Int, k: Int)?
        for k in 0...order.count {
            let cost = order[..<k].filter { labels[$0].side == .right }.count + order[k...].filter { labels[$0].side == .left }.count
            let candidate = (cost, abs(k - leftWanted), k)
            if best.map({ candidate < $0 }) ?? true { best = candidate }
        }
        var out = labels
        for (rank, i) in order.enumerated() { out[i].side = rank < (best?.k ?? 0) ? .left : .right }
        return out
    }

    private var skeleton: SagittalSkeleton { drawing.skeleton }
    private var result: SimulationResult { drawing.result }

    /// L1 … S1, in front of each body: anchored in the front of the body at its mid-height, whence the leader runs
    /// forward to the left column clear of the discs and the bodies above and below.
    func levels() -> [SagittalLabel] {
        skeleton.vertebrae.map { pose in
            let anchor = pose.vertebra == .S1 ? s1Anchor(pose) : pose.lower.point(-0.8 * pose.depth, 0.5 * pose.posteriorHeight)
            return SagittalLabel(id: "level.\(pose.vertebra.name)", text: pose.vertebra.name, anchor: anchor, side: .left)
        }
    }

    /// Where S1's level label is anchored: S1 is tilted forward, so near its front rim (to stay in the left column, in front
    /// of every posterior structure's anchor), but below L5's anterior-inferior corner by `clearance` mm when L5 has
    /// slipped forward over the rim, so that the leader runs forward under the slipped body and the L5–S1 disc.
    func s1Anchor(_ s1: VertebraPose, clearance: Double = 3) -> PlanePoint {
        let rim = s1.upper.point(-s1.depth + 3, -3)
        guard let l5 = skeleton.pose(.L5) else { return rim }
        let corner = l5.lower.point(-l5.depth, 0)
        // Down the anterior surface, a millimetre at a time, to below the corner (at most down half the body).
        var down = 3.0
        while down < 0.5 * s1.anteriorHeight, s1.upper.point(-s1.depth + 3, -down).v > corner.v - clearance { down += 1 }
        return s1.upper.point(-s1.depth + 3, -down)
    }

    /// The disc level farthest from every lesion (L2–L3 when there is none): structures are named there.
    var quietLevel: DiscLevel {
        let hurt = result.lesions.map(\.lesion.level.rawValue)
        let candidates: [DiscLevel] = [.L2L3, .L3L4, .L1L2]
        func distance(_ l: DiscLevel) -> Int { min(2, hurt.map { abs($0 - l.rawValue) }.min() ?? 9) }
        return candidates.first { distance($0) >= 2 } ?? candidates.first { distance($0) >= 1 } ?? .L2L3
    }

    private func anterior() -> [SagittalLabel] {
        var out: [SagittalLabel] = []
        let level = quietLevel
        if let disc = skeleton.disc(level) {
            let m = disc.middle, depth = (disc.lowerDepth + disc.upperDepth) / 2
            out.append(SagittalLabel(id: "annulus", text: "Anulus fibrosus", anchor: m.point(-0.88 * depth, 0), side: .left))
            out.append(SagittalLabel(id: "nucleus", text: "Nucleus pulposus", anchor: m.point(-0.42 * depth, 0), side: .left))
        }
        if let body = skeleton.pose(level.lower) {
            out.append(SagittalLabel(id: "body", text: "Vertebral body", anchor: body.lower.point(-0.45 * body.depth, 0.3 * body.posteriorHeight), side: .left))
            out.append(SagittalLabel(id: "ligament.anterior", text: "Anterior longitudinal ligament",
                                     anchor: body.lower.point(-body.depth - 0.7, 0.75 * body.anteriorHeight), side: .left))
        }
        if let s1 = skeleton.pose(.S1) {
            out.append(SagittalLabel(id: "promontory", text: "Sacral promontory", anchor: s1.upper.point(-s1.depth + 1, -1), side: .left))
        }
        return out
    }

    /// Lumbar vertebrae that no lesion touches, in the order structures are best named on them
    /// (L2, L3, L1, L4), padded with the rest so there are always two.
    var quietVertebrae: [Vertebra] {
        let touched = Set(result.lesions.flatMap { [$0.lesion.level.upper, $0.lesion.level.lower] })
        let order: [Vertebra] = [.L2, .L3, .L1, .L4]
        return order.filter { !touched.contains($0) } + order.filter { touched.contains($0) }
    }

    /// Posterior structures, spread over two quiet vertebrae so their leaders fan out less: the foramen
    /// and its contents under the first, the canal and the arch at the second.
    private func posterior() -> [SagittalLabel] {
        var out: [SagittalLabel] = []
        let map = drawing.map, profile = drawing.profile, spine = result.spine
        func sac(_ f: Double, _ z: Double) -> PlanePoint { map.point(profile.across(f, z), z) }
        out.append(SagittalLabel(id: "conus", text: "Conus medullaris", anchor: sac(0.5, profile.conusTip + 6), side: .right))
        let quiet = quietVertebrae
        if let first = quiet.first, let pose = skeleton.pose(first) {
            let d = ArchDimensions(pose, spine: spine)
            out.append(SagittalLabel(id: "pedicle", text: "Pedicle", anchor: pose.lower.point((d.foramenBelow + 4) * 0.85, (d.pedicleBottom + d.pedicleTop) / 2),
                                     side: .right))
            out.append(SagittalLabel(id: "foramen", text: "Intervertebral foramen",
                                     anchor: pose.lower.point(d.foramenBelow * 0.75, -d.discBelow * 0.5), side: .right))
            out.append(SagittalLabel(id: "facet", text: "Facet joint", anchor: pose.arch.point(d.foramenBelow + 10, -d.discBelow - 3), side: .right))
            if let course = drawing.courses.first(where: { $0.root.rawValue == first.rawValue && $0.side == .left }),
               let k = course.ganglion, k < course.points.count {
                let g = course.points[k]
                out.append(SagittalLabel(id: "ganglion", text: "Dorsal root ganglion", anchor: map.point(g.y, g.z), side: .right))
            }
        }
        if let second = quiet.dropFirst().first, let pose = skeleton.pose(second) {
            let d = ArchDimensions(pose, spine: spine)
            // The spinal nerve beyond the next root's ganglion: on the first vertebra's root it was anchored 1–2 mm from the
            // ganglion, and the two call-out circles touched in every full-label sagittal page.
            if let course = drawing.courses.first(where: { $0.root.rawValue == second.rawValue && $0.side == .left }),
               let k = course.ganglion, k + 1 < course.points.count {
                let n = course.points[k + 1]
                out.append(SagittalLabel(id: "nerve", text: "Spinal nerve", anchor: map.point(n.y, n.z), side: .right))
            }
            let zBody = (pose.zBottom + pose.zTop) / 2
            out.append(SagittalLabel(id: "ligament.posterior", text: "Posterior longitudinal ligament",
                                     anchor: pose.lower.point(0.45, 0.7 * pose.posteriorHeight), side: .right))
            out.append(SagittalLabel(id: "sac", text: "Dural sac (CSF)", anchor: sac(0.9, zBody + 5), side: .right))
            out.append(SagittalLabel(id: "cauda", text: "Cauda equina", anchor: sac(0.6, zBody - 3), side: .right))
            let fatZ = zBody + 1
            out.append(SagittalLabel(id: "fat", text: "Epidural fat", anchor: map.point((profile.backAt(fatZ) + profile.canalAt(fatZ)) / 2, fatZ),
                                     side: .right))
            out.append(SagittalLabel(id: "lamina", text: "Lamina", anchor: pose.arch.point(d.canalTop + 5.5, pose.posteriorHeight - 10), side: .right))
            let a = drawing.arches.archOutline(pose, d)
            out.append(SagittalLabel(id: "spinous", text: "Spinous process", anchor: pose.arch.point(d.canalTop + 20, pose.posteriorHeight - 16), side: .right))
            if a.count > 7 {
                out.append(SagittalLabel(id: "supraspinous", text: "Supraspinous ligament", anchor: pose.arch.point(a[4].0 + 1.2, a[4].1),
                                         side: .right))
                out.append(SagittalLabel(id: "interspinous", text: "Interspinous ligament", anchor: pose.arch.point(a[6].0 - 4, a[6].1 - 3),
                                         side: .right))
            }
            if let below = pose.levelBelow, let disc = skeleton.disc(below) {
                let z = (disc.zBottom + disc.zTop) / 2
                out.append(SagittalLabel(id: "flavum", text: "Ligamentum flavum", anchor: map.point(profile.canalAt(z) + 1.8, z), side: .right))
            }
        }
        if let s1 = skeleton.pose(.S1) {
            out.append(SagittalLabel(id: "filum", text: "Filum terminale", anchor: sac(0.55, s1.zBottom - 12), side: .right))
        }
        return out
    }

    func lesions() -> [SagittalLabel] {
        result.lesions.compactMap { finding in
            let text = SagittalText.lesionLabel(finding.lesion)
            if case .spondylolisthesis = finding.lesion.kind, let p = SagittalMeasures(skeleton: skeleton, style: drawing.style).anchor(finding.lesion.level) {
                return SagittalLabel(id: "lesion.\(finding.index)", text: text, anchor: p, side: .right)
            }
            if let p = drawing.lesions.anchor(finding.index) {
                return SagittalLabel(id: "lesion.\(finding.index)", text: text, anchor: p, side: .right)
            }
            let level = finding.lesion.level
            switch finding.lesion.kind {
            case .spondylolisthesis:
                guard let p = skeleton.pose(level.upper)?.lower.point(-0.3, 1.2) else { return nil }
                return SagittalLabel(id: "lesion.\(finding.index)", text: text, anchor: p, side: .right)
            default:
                guard let disc = skeleton.disc(level) else { return nil }
                let depth = (disc.lowerDepth + disc.upperDepth) / 2
                return SagittalLabel(id: "lesion.\(finding.index)", text: text, anchor: disc.middle.point(-0.25 * depth, 0), side: .right)
            }
        }
    }

    /// The sheet's section planes, when the drawing marks them.
    func locators() -> [SagittalLabel] { drawing.locators?.labels(drawing) ?? [] }

    /// Every exiting root named where it leaves, beside the end of its spinal nerve (S1's in the sacrum), on
    /// the left course (the right one is superimposed on it): written in the drawing, not in a column, which
    /// the structures' labels fill. "L4".
    func rootNames() -> [(id: String, text: String, anchor: PlanePoint)] {
        drawing.courses.filter { $0.side == .left }.compactMap { course in
            guard let end = course.points.last else { return nil }
            return ("rootname.\(course.root.name)", course.root.name, drawing.map.point(end.y, end.z))
        }
    }

    func hurtRoots() -> [SagittalLabel] {
        SagittalText.groups(result).enumerated().compactMap { i, group in
            guard let first = group.findings.first, let p = drawing.roots.anchor(first) else { return nil }
            let id = group.findings.count == 1 ? "root.\(first.root.name).\(first.side.rawValue)" : "roots.\(i)"
            return SagittalLabel(id: id, text: SagittalText.label(group), anchor: p, side: .right)
        }
    }
}
