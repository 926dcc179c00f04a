import Anatomy
import Diagram
import FigureStyle

/// The anterior column in section: vertebral bodies (cortex and cancellous bone), discs (annulus and
/// nucleus), the top of the sacrum, and the longitudinal ligaments. Figure millimetres.
struct SagittalBodies {
    let skeleton: SagittalSkeleton
    let style: SagittalStyle
    /// Height of the stump of the T12–L1 disc drawn above L1 before the cut, mm.
    static let stump = 3.5
    /// Height of the S2 segment drawn below S1 before the cut, mm (posterior wall).
    static let s2Height = 20.0

    /// Discs first (their edges tuck under the bodies' rounded rims), then bodies, then ligaments.
    func nodes() -> [SketchNode] {
        var out: [SketchNode] = []
        out += skeleton.discs.flatMap(disc)
        if let l1 = skeleton.pose(.L1) { out.append(stump(l1)) }
        for pose in skeleton.vertebrae {
            out += pose.vertebra == .S1 ? sacrum(pose) : body(pose)
        }
        out += ligaments()
        return out
    }

    /// How deep an endplate is hollowed at its middle, mm: a drawing choice, not a model value (the reference
    /// gives no endplate concavity); the disc fills the hollow, so no measured height changes.
    static let endplateHollow = 1.0

    /// Outline of a body in its lower frame: a trapezoid with rounded rims, a waisted front and concave endplates, shrunk by
    /// `inset` mm all round (for the cancellous core inside the cortex).
    static func outline(depth d: Double, anterior ha: Double, posterior hp: Double, inset i: Double) -> [(Double, Double)] {
        let corners = [(-i, i), (-d + i, i), (-d + i, ha - i), (-i, hp - i)]
        let r = max(0.4, 2.0 - i)
        var out: [(Double, Double)] = []
        for k in 0..<4 {
            let (y0, z0) = corners[k], (y1, z1) = corners[(k + 1) % 4]
            let steps = 8
            for s in 0..<steps {
                let t = Double(s) / Double(steps)
                var y = y0 + (y1 - y0) * t, z = z0 + (z1 - z0) * t
                // The front of the body is waisted (concave), about 1.3 mm at mid-height.
                if k == 1 { y += 1.3 * 4 * t * (1 - t) }
                // The endplates are gently concave (`endplateHollow`); their posterior and anterior rims, and so
                // the model's heights at the posterior margin, stay where they are.
                if k == 0 { z += Self.endplateHollow * 4 * t * (1 - t) }
                if k == 2 { z -= Self.endplateHollow * 4 * t * (1 - t) }
                // The back is gently concave too, 0.5 mm.
                if k == 3 { y -= 0.5 * 4 * t * (1 - t) }
                out.append((y, z))
            }
        }
        // Round the four rims by replacing each corner with a short curve.
        return roundCorners(out, every: 8, radius: r)
    }

    private static func roundCorners(_ points: [(Double, Double)], every n: Int, radius: Double) -> [(Double, Double)] {
        let p = points.map { PlanePoint($0.0, $0.1) }
        var out: [(Double, Double)] = []
        for i in p.indices {
            guard i % n == 0 else { out.append((p[i].u, p[i].v)); continue }
            let prev = p[(i + p.count - 1) % p.count], next = p[(i + 1) % p.count], c = p[i]
            let r = min(radius, (c - prev).length * 0.9, (next - c).length * 0.9)
            let a = c + (prev - c).normalized * r, b = c + (next - c).normalized * r
            for k in 0...4 {
                let t = Double(k) / 4, u = 1 - t
                let q = a * (u * u) + c * (2 * u * t) + b * (t * t)
                out.append((q.u, q.v))
            }
        }
        return out
    }

    private func body(_ pose: VertebraPose) -> [SketchNode] {
        let name = pose.vertebra.name
        let outer = pose.lower.points(Self.outline(depth: pose.depth, anterior: pose.anteriorHeight, posterior: pose.posteriorHeight, inset: 0))
        let inner = pose.lower.points(Self.outline(depth: pose.depth, anterior: pose.anteriorHeight, posterior: pose.posteriorHeight, inset: 1.3))
        return [
            .shape(SketchShape(id: "sagittal.body.\(name)", points: outer, fill: .color(style.palette.bone), stroke: style.boneStroke)),
            .shape(SketchShape(id: "sagittal.body.\(name).cancellous", points: inner, fill: .color(style.palette.cancellous))),
        ]
    }

    /// S1 as the top of the sacrum with the upper part of S2 fused below it, cut across: one outline
    /// (the pelvic surface slightly concave, S2 narrower and set back), the fused S1–S2 disc a faint ridge.
    private func sacrum(_ pose: VertebraPose) -> [SketchNode] {
        let d = pose.depth, s2 = Self.s2Height, f = pose.lower
        let local: [(Double, Double)] = [
            (0, pose.posteriorHeight), (-d, pose.anteriorHeight), (-d + 0.6, pose.anteriorHeight * 0.5), (-d + 2.5, 0),
            (-d + 3.5, -s2 * 0.5), (-d + 6, -s2 - 1.5), (0, -s2),
        ]
        let outer = SagittalShapes.rounded(f.points(local), radius: 1.6)
        let fusion = SagittalShapes.bowed(f.point(-1.5, 0.2), f.point(-d + 3.2, 0.2), bow: 0.6)
        return [
            .shape(SketchShape(id: "sagittal.body.S1", points: outer, fill: .color(style.palette.bone), stroke: style.boneStroke)),
            .shape(SketchShape(id: "sagittal.body.S1.cancellous", points: SagittalShapes.inset(outer, by: 1.3), fill: .color(style.palette.cancellous))),
            .shape(SketchShape(id: "sagittal.sacrum.fusion", points: fusion, closed: false, stroke: style.thinBoneStroke)),
        ]
    }

    /// The outline of a disc between its two endplates, tucked 0.6 mm under the bodies, with its front
    /// bulging 1 mm and its back `0.3 + discBulge` mm.
    static func discOutline(_ disc: DiscPose) -> [PlanePoint] {
        let l = disc.lower, u = disc.upper
        let back = 0.3 + disc.state.discBulge
        // Its lower and upper margins fill the hollows of the endplates (`endplateHollow`).
        var points = (0...12).map { k -> PlanePoint in
            let t = Double(k) / 12
            return l.point(-disc.lowerDepth * t, -0.6 - endplateHollow * 4 * t * (1 - t))
        }
        points += SagittalShapes.bowed(l.point(-disc.lowerDepth, 0), u.point(-disc.upperDepth, 0), bow: 1.0)
        points += (0...12).map { k -> PlanePoint in
            let t = 1 - Double(k) / 12
            return u.point(-disc.upperDepth * t, 0.6 + endplateHollow * 4 * t * (1 - t))
        }
        points += SagittalShapes.bowed(u.point(0, 0), l.point(0, 0), bow: back)
        return points
    }

    private func disc(_ disc: DiscPose) -> [SketchNode] {
        let id = "sagittal.disc.\(disc.level.name)"
        let m = disc.middle
        let depth = (disc.lowerDepth + disc.upperDepth) / 2
        // Height of the disc 40 % of the way forward, where the nucleus sits.
        let front = (disc.lower.point(-depth, 0) - disc.upper.point(-depth, 0)).length
        let height = disc.state.discHeight + (front - disc.state.discHeight) * 0.42
        let neutral = disc.state.anatomy.segment.discHeight
        let nucleus = SagittalShapes.ellipse(centre: m.point(-0.42 * depth, 0), along: 0.21 * depth,
                                             across: max(0.4, 0.3 * height * min(1, disc.state.discHeight / max(0.1, neutral))),
                                             angle: m.angle, samples: 40)
        return [
            .shape(SketchShape(id: id, points: Self.discOutline(disc), fill: Fill(style.palette.tissue(.annulus)), stroke: style.discStroke)),
            .shape(SketchShape(id: "\(id).nucleus", points: nucleus, fill: .color(style.palette.nucleus),
                               stroke: Stroke(color: style.palette.discOutline.withAlpha(0.45), width: style.line * 0.8))),
        ]
    }

    /// The lower part of the T12–L1 disc above L1, cut off.
    private func stump(_ l1: VertebraPose) -> SketchNode {
        let f = l1.upper, d = l1.depth, h = Self.stump
        let points = f.points([(0, -0.6), (0, h * 0.8), (-d, h), (-d - 0.6, h * 0.4), (-d, -0.6)])
        return .shape(SketchShape(id: "sagittal.disc.T12-L1", points: points, fill: Fill(style.palette.tissue(.annulus)), stroke: style.discStroke))
    }

    /// The anterior and posterior longitudinal ligaments as bands along the fronts and backs of the
    /// bodies and discs.
    private func ligaments() -> [SketchNode] {
        var front: [PlanePoint] = [], back: [PlanePoint] = []
        if let l1 = skeleton.pose(.L1) {
            front.append(l1.upper.point(-l1.depth - 0.9, Self.stump))
        }
        for pose in skeleton.vertebrae {
            let f = pose.lower, d = pose.depth
            if pose.vertebra == .S1 {
                // Down the pelvic surface of S1 and S2 (see `sacrum`).
                front += [f.point(-d - 0.8, pose.anteriorHeight - 0.5), f.point(-d - 0.2, pose.anteriorHeight / 2), f.point(-d + 1.7, 0),
                          f.point(-d + 2.7, -Self.s2Height * 0.5), f.point(-d + 4.8, -Self.s2Height)]
            } else {
                front += [f.point(-d - 0.8, pose.anteriorHeight - 0.5), f.point(-d + 0.6, pose.anteriorHeight / 2), f.point(-d - 0.8, 0.5)]
            }
            if pose.vertebra != .S1 {
                back += [f.point(0.45, pose.posteriorHeight - 0.5), f.point(0.45, 0.5)]
            } else {
                back += [f.point(0.45, pose.posteriorHeight - 0.5), f.point(0.45, pose.posteriorHeight * 0.4)]
            }
            if let below = pose.levelBelow, let disc = skeleton.disc(below) {
                let m = disc.middle, depth = (disc.lowerDepth + disc.upperDepth) / 2
                front.append(m.point(-depth - 1.9, 0))
                back.append(m.point(0.3 + disc.state.discBulge + 0.45, 0))
            }
        }
        let band = Stroke(color: style.palette.ligament, width: 1, cap: .round, join: .round)
        return [
            .shape(SketchShape(id: "sagittal.ligament.anterior", points: SagittalShapes.smooth(front, samples: 4), closed: false,
                               stroke: band, strokeMillimetres: 1.4)),
            .shape(SketchShape(id: "sagittal.ligament.posterior", points: SagittalShapes.smooth(back, samples: 4), closed: false,
                               stroke: band, strokeMillimetres: 0.9)),
        ]
    }
}
