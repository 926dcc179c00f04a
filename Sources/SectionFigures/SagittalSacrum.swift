import Anatomy
import Diagram
import FigureStyle
import Pathology

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sacrum below the S2 cut and the coccyx, schematic: the model stops at S1 (the spine it simulates is
/// L1–S1), so nothing here is a model value and nothing is measured on it. It continues the section where
/// `SagittalBodies` and `SagittalArches` cut S2 — the bodies in front, the sacral canal narrowing to the
/// hiatus at S4, the dorsal surface behind — caudally, turning backwards segment by segment (the sacral
/// kyphosis), with faint ridges for the fused discs and the sacral foramina (S1–S4, ventral and dorsal)
/// projected onto the section as dashed ovals like the other lateral structures. Segment lengths, taper and
/// turn are a drawing choice, not from the reference.
struct SagittalSacrum {
    let skeleton: SagittalSkeleton
    let spine: DeformedSpine
    let style: SagittalStyle

    /// Length (mm, along the curve) of each segment below the cut: the rest of S2's fused disc to S3, S4,
    /// S5, then three coccygeal segments. Drawing choice.
    static let lengths: [Double] = [14, 11, 9, 7, 5, 4]
    /// Thickness of each station (the cut, then the end of each segment) as a share of the cut's. Drawing choice.
    static let taper: [Double] = [1, 0.78, 0.6, 0.45, 0.33, 0.24, 0.12]
    /// How much each segment turns backwards from the one above, degrees. Drawing choice.
    static let turn: [Double] = [10, 14, 16, 16, 12, 10]

    /// A cross-section of the sacrum along its curve: the anterior (pelvic) surface, the canal's front and
    /// back, the dorsal surface.
    struct Station {
        var anterior: PlanePoint
        var canalFront: PlanePoint
        var canalBack: PlanePoint
        var dorsal: PlanePoint
    }

    /// The stations from the S2 cut down to the tip of the coccyx, figure mm; empty without S1.
    func stations() -> [Station] {
        guard let pose = skeleton.pose(.S1) else { return [] }
        let f = pose.lower, u = pose.upper, d = pose.depth, s2 = SagittalBodies.s2Height
        let c0 = ArchDimensions(pose, spine: spine).canalTop
        let bottom = -(pose.posteriorHeight + s2)
        // Where SagittalBodies.sacrum and SagittalArches.sacralRoof cut S2.
        let a0 = f.point(-d + 6, -s2 - 1.5), b0 = f.point(0, -s2)
        let c0Back = u.point(0.55 * c0, bottom), p0 = u.point(0.55 * c0 + 6, bottom)
        let e0 = (p0 - a0).normalized
        let caudal0 = e0.perpendicular.dot(f.cranial) < 0 ? e0.perpendicular : e0.perpendicular * -1
        let offsets = [0, (b0 - a0).dot(e0), (c0Back - a0).dot(e0), (p0 - a0).dot(e0)]
        var out = [Station(anterior: a0, canalFront: a0 + e0 * offsets[1], canalBack: a0 + e0 * offsets[2], dorsal: a0 + e0 * offsets[3])]
        var origin = a0, across = e0, down = caudal0
        // The canal narrows to nothing at the hiatus (station 2, S4): its share of each station's thickness.
        let canalMid = (offsets[1] + offsets[2]) / 2 / max(1e-6, offsets[3]), canalHalf = (offsets[2] - offsets[1]) / 2 / max(1e-6, offsets[3])
        for k in Self.lengths.indices {
            // The sacral kyphosis: the caudal direction swings forwards, so the pelvic surface is concave and the
            // coccyx hooks forward under the sacrum.
            let angle = Self.turn[k] * Double.pi / 180
            let centre = origin + across * (offsets[3] * Self.taper[k] / 2)
            let newDown = down * cos(angle) - across * sin(angle)
            let newAcross = across * cos(angle) + down * sin(angle)
            let nextCentre = centre + (down + newDown).normalized * Self.lengths[k]
            down = newDown
            across = newAcross
            let thick = offsets[3] * Self.taper[k + 1]
            origin = nextCentre - across * (thick / 2)
            let half = canalHalf * max(0, 1 - Double(k + 1) / 2)
            let mid = canalMid + 0.1 * Double(k + 1)
            out.append(Station(anterior: origin, canalFront: origin + across * (thick * (mid - half)),
                               canalBack: origin + across * (thick * (mid + half)), dorsal: origin + across * thick))
        }
        return out
    }

    func nodes() -> [SketchNode] {
        let st = stations()
        guard st.count > 1, let last = st.last else { return [] }
        let tip = PlanePoint.lerp(last.anterior, last.dorsal, 0.5) + (last.anterior - st[st.count - 2].anterior).normalized * 1.5
        // Starting 2.5 mm above the cut, so it covers the cut's outline and reads as one bone with S1–S2.
        let up = (st[0].anterior - st[1].anterior).normalized * 2.5
        let front = [st[0].anterior + up] + SagittalShapes.smooth(st.map(\.anterior), samples: 6)
        let back = [st[0].dorsal + up] + SagittalShapes.smooth(st.map(\.dorsal), samples: 6)
        let outline = SagittalShapes.rounded(front + [tip] + back.reversed(), radius: 1.2)
        var nodes: [SketchNode] = [
            .shape(SketchShape(id: "sagittal.sacrum.lower", points: outline, fill: .color(style.palette.bone), stroke: style.boneStroke)),
            .shape(SketchShape(id: "sagittal.sacrum.lower.cancellous", points: SagittalShapes.inset(outline, by: 1.3),
                               fill: .color(style.palette.cancellous))),
        ]
        // The sacral canal, from the cut to the hiatus.
        let canal = Array(st.prefix(3))
        let canalOutline = [st[0].canalFront + up] + SagittalShapes.smooth(canal.map(\.canalFront), samples: 6)
            + SagittalShapes.smooth(canal.map(\.canalBack).reversed(), samples: 6) + [st[0].canalBack + up]
        nodes.append(.shape(SketchShape(id: "sagittal.sacrum.canal", points: canalOutline, fill: Fill(style.palette.tissue(.fat)))))
        for (k, side) in [canal.map(\.canalFront), canal.map(\.canalBack)].enumerated() {
            nodes.append(.shape(SketchShape(id: "sagittal.sacrum.canal.wall.\(k)", points: SagittalShapes.smooth(side, samples: 6), closed: false,
                                            stroke: style.thinBoneStroke)))
        }
        // Fused discs (S2–S3 … S4–S5) and the sacrococcygeal joints: faint ridges across the bodies.
        for k in 1..<(st.count - 1) {
            let s = st[k]
            let end = k <= 2 ? s.canalFront : PlanePoint.lerp(s.anterior, s.dorsal, 0.55)
            nodes.append(.shape(SketchShape(id: "sagittal.sacrum.ridge.\(k)", points: [s.anterior, end], closed: false, stroke: style.thinBoneStroke)))
        }
        nodes += foramina(st)
        return nodes
    }

    /// The S1–S4 foramina, ventral (in front of the canal) and dorsal (behind it), lateral to the section and
    /// projected onto it: dashed ovals at the junctions of the segments (S1's at S1–S2, above the cut).
    private func foramina(_ st: [Station]) -> [SketchNode] {
        guard let pose = skeleton.pose(.S1) else { return [] }
        let f = pose.lower, d = pose.depth
        let c0 = ArchDimensions(pose, spine: spine).canalTop
        var places: [(ventral: PlanePoint, dorsal: PlanePoint, size: Double)] = [
            (f.point(-0.3 * d, 0.5), pose.upper.point(c0 + 6, -(pose.posteriorHeight + 4)), 1.0),
        ]
        for k in 0..<min(3, st.count) {
            let s = st[k], size = Self.taper[k]
            places.append((PlanePoint.lerp(s.anterior, s.canalFront, 0.55), PlanePoint.lerp(s.canalBack, s.dorsal, 0.5), size))
        }
        var nodes: [SketchNode] = []
        for (i, place) in places.enumerated() {
            let angle = (st.first.map { $0.dorsal - $0.anterior } ?? f.posterior).angleOf
            for (name, centre, scale) in [("ventral", place.ventral, 1.0), ("dorsal", place.dorsal, 0.7)] {
                let r = 2.6 * place.size * scale
                nodes.append(.shape(SketchShape(id: "sagittal.sacrum.foramen.S\(i + 1).\(name)",
                                                points: SagittalShapes.ellipse(centre: centre, along: 0.8 * r, across: r, angle: angle, samples: 24),
                                                fill: .color(style.palette.fat.withAlpha(0.7)), stroke: style.overlayStroke)))
            }
        }
        return nodes
    }
}

extension PlanePoint {
    /// The direction of this vector, radians.
    var angleOf: Double { atan2(v, u) }
}
