import Anatomy
import Diagram
import FigureStyle

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// S1 in the posterior view (issue 11) as what it is: the top segment of the sacrum, not a lumbar vertebra. Seen from
/// behind with the laminae removed, the upper sacrum is one bone — the S1 segment's body continuous with the lateral
/// masses and the wide alae — with the sacral canal continuing the lumbar canal between its walls (the dural sac ends in it,
/// upper S2, as drawn), and the first sacral foramina as round holes at the junction of the S1 and S2 segments, medial to the
/// lateral masses. S1 has no free pedicles to cut: its root runs down the sacral canal (§A7: the S1 root is the most
/// vertical) and leaves through the first sacral foramen, its ganglion at the foramen's canal side (§A7: the S1 ganglion is
/// intraspinal in 83 %).
///
/// The model's spine stops at the top of S1, so the shape of the sacrum below its upper endplate is a drawing, not a model
/// value: the alae's span (``alaSpan``), the foramen's size (``foramenRadius``) and place (at the S1–S2 junction, one drawn
/// S1 height below the L5–S1 disc), and how much of S2 is shown above the break line (``shownBelowS1``) are drawing
/// choices, not numbers from the reference; only the S1 upper endplate's width (§A1) and the canal's width at L5–S1 (the
/// model's interpedicular distance) come from the model.
extension PosteriorDrawing {
    /// The alae tip to tip as a share of the S1 upper endplate's width (drawing choice, not a reference number: a wing on each
    /// side of the body, the sacral base clearly wider than L5's body and reaching past the L5 roots' ends. Held at 1.6: a
    /// wider sacrum widens the drawing's bounds and narrows the label columns beside the whole column of vertebrae — at 1.7
    /// scenario 02's "Left L5 — compression (grade 3)" broke onto three lines).
    static let alaSpan = 1.6
    /// Radius of a first sacral foramen, mm (drawing choice: wider than the S1 ganglion drawn in it).
    static let foramenRadius = 5.0
    /// How much of the sacrum below the S1 segment is drawn before the break line, mm (drawing choice: enough to hold the
    /// sac's end and the first foramina).
    static let shownBelowS1 = 16.0

    /// The upper sacrum in model x (patient's left positive) and z (up), mm.
    struct SacrumGeometry {
        /// z of the S1 upper endplate (the floor of the L5–S1 disc) and of the junction of the S1 and S2 segments.
        var top: Double
        var junction: Double
        /// z of the break line under which the sacrum is not drawn.
        var cut: Double
        /// Half-width of the S1 upper endplate and of the sacrum across the alae.
        var endplate: Double
        var ala: Double
        /// Half-width of the sacral canal at its top (the lumbar canal's, L5–S1).
        var canal: Double
        /// The left first sacral foramen's centre (x > 0) and radius.
        var foramen: (x: Double, z: Double, radius: Double)
    }

    var sacrum: SacrumGeometry {
        let top = spine[.L5S1].baseZ
        let height = Morphometry.vertebra(.S1).posteriorHeight * scale
        let endplate = Morphometry.vertebra(.S1).endplateWidth * scale / 2
        let canal = spine[.L5S1].anatomy.pedicleWallX
        let r = Self.foramenRadius * scale
        return SacrumGeometry(top: top, junction: top - height, cut: top - height - Self.shownBelowS1 * scale, endplate: endplate,
                              ala: Self.alaSpan * endplate, canal: canal, foramen: (canal + 0.5 * r, top - height, r))
    }

    /// The sacral canal's half-width at z: narrowing a little downwards from the lumbar canal's (drawing choice).
    func sacralCanalHalfWidth(_ z: Double) -> Double {
        let s = sacrum
        let t = max(0, min(1, (s.top - z) / max(1, s.top - s.cut)))
        return s.canal - 1.5 * scale * t
    }

    /// The outline of the upper sacrum (model x, z), anticlockwise from the top of the midline: the S1 upper endplate, the
    /// notch where S1's superior articular process stood (removed with the facets), the ala's upper surface to its rounded
    /// tip, the lateral border converging downwards, and the wavy break line.
    func sacrumOutline() -> [(x: Double, z: Double)] {
        let s = sacrum, k = scale, h = s.top - s.junction
        // The left half (x > 0) from the endplate's corner round the ala to the break line.
        let left: [(x: Double, z: Double)] = [
            (s.endplate - 2 * k, s.top), (s.endplate + 1.5 * k, s.top - 3 * k), (s.endplate + 7 * k, s.top - 2.5 * k),
            (s.ala - 7 * k, s.top - 4.5 * k), (s.ala, s.top - 9.5 * k),
            (s.ala - 2.5 * k, s.top - 0.55 * h), (s.ala - 6.5 * k, s.junction), (0.74 * s.ala, s.cut),
        ]
        let smooth = SagittalShapes.smooth(left.map { PlanePoint($0.x, $0.z) }, samples: 6).map { (x: $0.u, z: $0.v) }
        // The break line from the left end to the right end: a gentle wave.
        let w = 0.74 * s.ala, steps = 24
        let cut = (1..<steps).map { i -> (x: Double, z: Double) in
            let t = Double(i) / Double(steps)
            return (w - 2 * w * t, s.cut + 1.2 * k * sin(t * 4 * Double.pi))
        }
        let right = smooth.reversed().map { (x: -$0.x, z: $0.z) }
        return smooth + cut + right
    }

    /// The upper sacrum: its outline (bone), the walls of the sacral canal, the fused S1–S2 disc's ridge between them, and the
    /// first sacral foramina. "posterior.sacrum", "posterior.sacrum.canal.left", "posterior.sacrum.ridge",
    /// "posterior.sacrum.foramen.S1.left".
    func sacrumNodes() -> [SketchNode] {
        let s = sacrum
        let outline = sacrumOutline().map { PosteriorPanel.plane($0.x, $0.z) }
        var out: [SketchNode] = [.shape(SketchShape(id: "posterior.sacrum", points: outline, fill: .color(style.palette.bone), stroke: style.boneStroke,
                                                    metadata: ["structure": "sacrum", "vertebra": "S1"]))]
        func inForamen(_ x: Double, _ z: Double) -> Bool { hypot(abs(x) - s.foramen.x, z - s.foramen.z) < s.foramen.radius }
        for side in Side.allCases {
            // The canal's wall, from under the endplate to the break line, broken where the foramen opens from it.
            var runs: [[PlanePoint]] = [], run: [PlanePoint] = []
            var z = s.top - 1.5 * scale
            while z >= s.cut + 1 * scale {
                let x = side.sign * sacralCanalHalfWidth(z)
                if inForamen(x, z) {
                    if run.count > 1 { runs.append(run) }
                    run = []
                } else {
                    run.append(PosteriorPanel.plane(x, z))
                }
                z -= 0.5 * scale
            }
            if run.count > 1 { runs.append(run) }
            for (k, points) in runs.enumerated() {
                out.append(.shape(SketchShape(id: "posterior.sacrum.canal.\(side.rawValue).\(k)", points: points, closed: false,
                                              stroke: style.thinBoneStroke, metadata: ["structure": "sacral canal wall"])))
            }
        }
        // The fused S1–S2 disc: a faint ridge across the canal's floor between the foramina.
        let ridge = sacralCanalHalfWidth(s.junction) - 1 * scale
        out.append(.shape(SketchShape(id: "posterior.sacrum.ridge", points: [PosteriorPanel.plane(ridge, s.junction), PosteriorPanel.plane(-ridge, s.junction)],
                                      closed: false, stroke: style.thinBoneStroke, metadata: ["structure": "fused sacral disc"])))
        for side in Side.allCases {
            let centre = PosteriorPanel.plane(side.sign * s.foramen.x, s.foramen.z)
            out.append(.shape(SketchShape(id: "posterior.sacrum.foramen.S1.\(side.rawValue)",
                                          points: SagittalShapes.ellipse(centre: centre, along: s.foramen.radius, across: s.foramen.radius, angle: 0, samples: 36),
                                          fill: .color(style.palette.boneOutline.withAlpha(0.45)), stroke: style.boneStroke,
                                          metadata: ["structure": "first sacral foramen", "side": side.rawValue])))
        }
        return out
    }

    /// The lower and lateral rim of each first sacral foramen, drawn over the roots: the S1 root passes under it, out of the
    /// canal through the foramen, as it goes forward out of sight. A crescent of bone (``rimWidth`` wide, drawing choice) from
    /// the foramen's lowest point round its lateral side, its inner edge outlined. "posterior.sacrum.rim.S1.left" and
    /// ".edge".
    func foramenRims() -> [SketchNode] {
        let s = sacrum, f = s.foramen, w = Self.rimWidth * scale
        var out: [SketchNode] = []
        for side in Side.allCases {
            // Angles from the lateral direction, anticlockwise towards up: from straight down (−90°) round to 30° above lateral.
            let angles = (0...24).map { k in (-90.0 + 120.0 * Double(k) / 24) * Double.pi / 180 }
            func point(_ a: Double, _ r: Double) -> PlanePoint {
                PosteriorPanel.plane(side.sign * (f.x + r * cos(a)), f.z + r * sin(a))
            }
            let inner = angles.map { point($0, f.radius) }, outer = angles.reversed().map { point($0, f.radius + w) }
            let id = "posterior.sacrum.rim.S1.\(side.rawValue)"
            out.append(.shape(SketchShape(id: id, points: inner + outer, fill: .color(style.palette.bone), metadata: ["structure": "sacrum"])))
            out.append(.shape(SketchShape(id: "\(id).edge", points: inner, closed: false, stroke: style.boneStroke)))
        }
        return out
    }

    /// Width of the foramen's rim drawn over the S1 root, mm (drawing choice).
    static let rimWidth = 3.0

    /// Where S1 is named: on each lateral mass, in the S1 segment below the ala's upper surface (model x, z).
    func sacralNameCentre() -> (x: Double, z: Double) {
        let s = sacrum
        return (0.5 * (s.foramen.x + s.foramen.radius + s.ala), s.top - 0.4 * (s.top - s.junction))
    }

    /// The S1 root below the model's last station: down the sacral canal beside the sac, its ganglion at the foramen's canal
    /// side, and out through the first sacral foramen (ungraded: the model has no station there). The ganglion is the
    /// second-to-last point (see ``rootNodes(_:_:)``).
    func sacralCourse(from last: Point3, _ side: Side) -> [Point3] {
        let s = sacrum, f = s.foramen, r = last.radius
        let inCanal = Point3(x: side.sign * (s.canal - r - 0.5 * scale), z: (last.z + f.z) / 2 + 2 * scale, radius: r, place: nil, level: nil)
        let ganglion = Point3(x: side.sign * (f.x - 0.35 * f.radius), z: f.z + 0.3 * f.radius, radius: r * 1.9, place: nil, level: nil)
        // Its end a little past the foramen's edge, under the rim (``foramenRims()``).
        let out = Point3(x: side.sign * (f.x + 0.5 * f.radius), z: f.z - 0.6 * f.radius, radius: r * 1.1, place: nil, level: nil)
        return (last.z > inCanal.z + 3 * scale ? [inCanal] : []) + [ganglion, out]
    }
}
