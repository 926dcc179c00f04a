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
/// Below them, the second sacral foramina at the junction of the S2 and S3 segments, through which the S2 roots leave: the sac
/// ends in upper S2 and the S2 roots leave it just above its end, run down the sacral canal and out through them.
///
/// The model's spine stops at the top of S1, so the shape of the sacrum below its upper endplate is a drawing, not a model
/// value: the alae's span (``alaSpan``), the foramina's sizes (``foramenRadius``, ``secondForamenRadius``) and places (at the
/// S1–S2 junction, one drawn S1 height below the L5–S1 disc; at the S2–S3 junction, ``s2Height`` lower), and how much of the
/// sacrum is shown below the second foramina before the break line (``shownBelowS2``) are drawing choices, not numbers from
/// the reference (the reference gives no sacral segment heights, foramen sizes or alar span); only the S1 upper endplate's
/// width and the S1 segment's posterior height (§A1) and the canal's width at L5–S1 (the model's interpedicular distance) come
/// from the model.
extension PosteriorDrawing {
    /// The alae tip to tip as a share of the S1 upper endplate's width (drawing choice, not a reference number: a wing on each
    /// side of the body, the sacral base clearly wider than L5's body and reaching past the L5 roots' ends. Held at 1.6: a
    /// wider sacrum widens the drawing's bounds and narrows the label columns beside the whole column of vertebrae — at 1.7
    /// scenario 02's "Left L5 — compression (grade 3)" broke onto three lines). Not widened towards a real sacral base's ~2 ×
    /// the body (lecturer's review): at 1.6, in 02 at 1600 px, the alae span 806 px (80 mm) and that label's first line already
    /// fills its column (283 px); 2.0 adds 10 mm (~100 px) a side, which comes out of those columns.
    static let alaSpan = 1.6
    /// Radius of a first sacral foramen, mm (drawing choice: wider than the S1 ganglion drawn in it).
    static let foramenRadius = 5.0
    /// Radius of a second sacral foramen, mm (drawing choice: smaller than the first, as the foramina diminish downwards, and
    /// wider than the S2 ganglion drawn in it).
    static let secondForamenRadius = 4.0
    /// The drawn S2 segment's height as a share of the S1 segment's (drawing choice: the reference gives no sacral segment
    /// heights; a little shorter than S1, so the second foramina stand about one S1 height below the first).
    static let s2Height = 0.8
    /// How much of the sacrum below the second sacral foramina's centres is drawn before the break line, mm (drawing choice:
    /// enough to hold those foramina with their rims and the S2 roots leaving through them).
    static let shownBelowS2 = 10.0

    /// The upper sacrum in model x (patient's left positive) and z (up), mm.
    struct SacrumGeometry {
        /// z of the S1 upper endplate (the floor of the L5–S1 disc), of the junction of the S1 and S2 segments, and of the
        /// junction of the S2 and S3 segments.
        var top: Double
        var junction: Double
        var junction2: Double
        /// z of the break line under which the sacrum is not drawn.
        var cut: Double
        /// Half-width of the S1 upper endplate and of the sacrum across the alae.
        var endplate: Double
        var ala: Double
        /// Half-width of the sacral canal at its top (the lumbar canal's, L5–S1).
        var canal: Double
        /// The left first and second sacral foramina's centres (x > 0) and radii.
        var foramen: (x: Double, z: Double, radius: Double)
        var foramen2: (x: Double, z: Double, radius: Double)
        /// Half-width of the sacrum at the S2–S3 junction and at the break line (its lateral border converging downwards).
        var lowerWidth: Double
        var cutWidth: Double

        /// The foramen of `root` (S1: the first, S2: the second), nil for a lumbar root.
        func foramen(of root: Root) -> (x: Double, z: Double, radius: Double)? {
            root == .S1 ? foramen : root == .S2 ? foramen2 : nil
        }
    }

    var sacrum: SacrumGeometry {
        let top = spine[.L5S1].baseZ
        let height = Morphometry.vertebra(.S1).posteriorHeight * scale
        let endplate = Morphometry.vertebra(.S1).endplateWidth * scale / 2
        let canal = spine[.L5S1].anatomy.pedicleWallX
        let r = Self.foramenRadius * scale, r2 = Self.secondForamenRadius * scale
        let junction2 = top - height * (1 + Self.s2Height)
        let cut = junction2 - Self.shownBelowS2 * scale
        let ala = Self.alaSpan * endplate
        // The second foramen opens from the canal as the first does, half its radius lateral to the canal's wall there.
        let canal2 = Self.sacralCanalHalfWidth(junction2, canal: canal, top: top, cut: cut, scale: scale)
        return SacrumGeometry(top: top, junction: top - height, junction2: junction2, cut: cut, endplate: endplate, ala: ala, canal: canal,
                              foramen: (canal + 0.5 * r, top - height, r), foramen2: (canal2 + 0.5 * r2, junction2, r2),
                              // Drawing choice: the lateral border converges downwards from the ala's tip.
                              lowerWidth: 0.7 * ala, cutWidth: 0.6 * ala)
    }

    /// The sacral canal's half-width at z: narrowing a little downwards from the lumbar canal's (drawing choice: 3 mm over
    /// the drawn sacrum).
    func sacralCanalHalfWidth(_ z: Double) -> Double {
        let s = sacrum
        return Self.sacralCanalHalfWidth(z, canal: s.canal, top: s.top, cut: s.cut, scale: scale)
    }

    static func sacralCanalHalfWidth(_ z: Double, canal: Double, top: Double, cut: Double, scale: Double) -> Double {
        let t = max(0, min(1, (top - z) / max(1, top - cut)))
        return canal - 3 * scale * t
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
            (s.ala - 2.5 * k, s.top - 0.55 * h), (s.ala - 6.5 * k, s.junction), (s.lowerWidth, s.junction2), (s.cutWidth, s.cut),
        ]
        let smooth = SagittalShapes.smooth(left.map { PlanePoint($0.x, $0.z) }, samples: 6).map { (x: $0.u, z: $0.v) }
        // The break line from the left end to the right end: a gentle wave.
        let w = s.cutWidth, steps = 24
        let cut = (1..<steps).map { i -> (x: Double, z: Double) in
            let t = Double(i) / Double(steps)
            return (w - 2 * w * t, s.cut + 1.2 * k * sin(t * 4 * Double.pi))
        }
        let right = smooth.reversed().map { (x: -$0.x, z: $0.z) }
        return smooth + cut + right
    }

    /// The upper sacrum: its outline (bone), the walls of the sacral canal, the fused S1–S2 and S2–S3 discs' ridges between
    /// them, and the first and second sacral foramina. "posterior.sacrum", "posterior.sacrum.canal.left.0",
    /// "posterior.sacrum.ridge", "posterior.sacrum.ridge.S2", "posterior.sacrum.foramen.S1.left", "posterior.sacrum.foramen.S2.left".
    func sacrumNodes() -> [SketchNode] {
        let s = sacrum
        let outline = sacrumOutline().map { PosteriorPanel.plane($0.x, $0.z) }
        var out: [SketchNode] = [.shape(SketchShape(id: "posterior.sacrum", points: outline, fill: .color(style.palette.bone), stroke: style.boneStroke,
                                                    metadata: ["structure": "sacrum", "vertebra": "S1"]))]
        func inForamen(_ x: Double, _ z: Double) -> Bool {
            [s.foramen, s.foramen2].contains { hypot(abs(x) - $0.x, z - $0.z) < $0.radius }
        }
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
        for (id, z) in [("posterior.sacrum.ridge", s.junction), ("posterior.sacrum.ridge.S2", s.junction2)] {
            let ridge = sacralCanalHalfWidth(z) - 1 * scale
            out.append(.shape(SketchShape(id: id, points: [PosteriorPanel.plane(ridge, z), PosteriorPanel.plane(-ridge, z)],
                                          closed: false, stroke: style.thinBoneStroke, metadata: ["structure": "fused sacral disc"])))
        }
        for (root, name) in [(Root.S1, "first sacral foramen"), (.S2, "second sacral foramen")] {
            guard let f = s.foramen(of: root) else { continue }
            for side in Side.allCases {
                let centre = PosteriorPanel.plane(side.sign * f.x, f.z)
                out.append(.shape(SketchShape(id: "posterior.sacrum.foramen.\(root.name).\(side.rawValue)",
                                              points: SagittalShapes.ellipse(centre: centre, along: f.radius, across: f.radius, angle: 0, samples: 36),
                                              fill: .color(style.palette.boneOutline.withAlpha(0.45)), stroke: style.boneStroke,
                                              metadata: ["structure": name, "side": side.rawValue])))
            }
        }
        return out
    }

    /// The lower and lateral rim of each first and second sacral foramen, drawn over the roots: the S1 (S2) root passes under
    /// it, out of the canal through the foramen, as it goes forward out of sight. A crescent of bone (``rimWidth`` wide, drawing
    /// choice) from the foramen's lowest point round its lateral side, its inner edge outlined. "posterior.sacrum.rim.S1.left"
    /// and ".edge", "posterior.sacrum.rim.S2.left" and ".edge".
    func foramenRims() -> [SketchNode] {
        let s = sacrum, w = Self.rimWidth * scale
        var out: [SketchNode] = []
        for root in [Root.S1, .S2] { for side in Side.allCases {
            guard let f = s.foramen(of: root) else { continue }
            // Angles from the lateral direction, anticlockwise towards up: from straight down (−90°) round to 30° above lateral.
            let angles = (0...24).map { k in (-90.0 + 120.0 * Double(k) / 24) * Double.pi / 180 }
            func point(_ a: Double, _ r: Double) -> PlanePoint {
                PosteriorPanel.plane(side.sign * (f.x + r * cos(a)), f.z + r * sin(a))
            }
            let inner = angles.map { point($0, f.radius) }, outer = angles.reversed().map { point($0, f.radius + w) }
            let id = "posterior.sacrum.rim.\(root.name).\(side.rawValue)"
            out.append(.shape(SketchShape(id: id, points: inner + outer, fill: .color(style.palette.bone), metadata: ["structure": "sacrum"])))
            out.append(.shape(SketchShape(id: "\(id).edge", points: inner, closed: false, stroke: style.boneStroke)))
        } }
        return out
    }

    /// Width of the foramen's rim drawn over the S1 root, mm (drawing choice).
    static let rimWidth = 3.0

    /// Where S1 is named: on each lateral mass, in the S1 segment below the ala's upper surface (model x, z).
    func sacralNameCentre() -> (x: Double, z: Double) {
        let s = sacrum
        return (0.5 * (s.foramen.x + s.foramen.radius + s.ala), s.top - 0.4 * (s.top - s.junction))
    }

    /// The S1 or S2 root below the model's last station, through the sacral foramen of its segment (ungraded: the model has
    /// no station there). The ganglion is the second-to-last point (see ``rootNodes(_:_:)``).
    ///
    /// S1: down the sacral canal beside the sac, its ganglion at the first foramen's canal side, and out through it.
    /// S2: its sleeve leaves the sac just above the sac's end (`sacEnd`; ``s2TakeOff`` above it, drawing choice), runs down the
    /// sacral canal along its wall, its ganglion at the second foramen's canal side, and out through it. The take-off point
    /// is marked ``Point3/leavesSac``: the root's outlined sleeve starts there.
    func sacralCourse(_ root: Root, from last: Point3, _ side: Side) -> [Point3] {
        let s = sacrum, r = last.radius
        guard let f = s.foramen(of: root) else { return [] }
        let ganglion = Point3(x: side.sign * (f.x - 0.35 * f.radius), z: f.z + 0.3 * f.radius, radius: r * 1.9, place: nil, level: nil)
        // Its end a little past the foramen's edge, under the rim (``foramenRims()``).
        let out = Point3(x: side.sign * (f.x + 0.5 * f.radius), z: f.z - 0.6 * f.radius, radius: r * 1.1, place: nil, level: nil)
        if root == .S2 {
            let zt = sacEnd + Self.s2TakeOff * scale
            var takeOff = Point3(x: side.sign * sacHalfWidth(zt), z: zt, radius: r, place: nil, level: nil)
            takeOff.leavesSac = true
            // Along the canal's wall, halfway down to the ganglion.
            let zc = (zt + ganglion.z) / 2
            let inCanal = Point3(x: side.sign * (sacralCanalHalfWidth(zc) - r - 1 * scale), z: zc, radius: r, place: nil, level: nil)
            return [takeOff, inCanal, ganglion, out]
        }
        let inCanal = Point3(x: side.sign * (s.canal - r - 0.5 * scale), z: (last.z + f.z) / 2 + 2 * scale, radius: r, place: nil, level: nil)
        return (last.z > inCanal.z + 3 * scale ? [inCanal] : []) + [ganglion, out]
    }

    /// How far above the sac's end the S2 root's sleeve leaves it, mm (drawing choice: the reference gives the sac's end in
    /// upper S2, not where the S2 sleeve leaves it).
    static let s2TakeOff = 4.0
}
