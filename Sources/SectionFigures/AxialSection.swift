import Anatomy
import Clinical
import Compression
import FigureStyle
import Geometry
import Pathology

/// What the axial view reads from the model at one level: the mid-disc plane, the tissue it cuts, the
/// lesion material near it and the roots it shows. Millimetres, model (x, y): x lateral (+ = patient's
/// left), y antero-posterior (+ = posterior, 0 = posterior margin of the bodies).
struct AxialSection {
    typealias LesionPiece = SectionLesionPiece

    /// A root where the view draws it.
    struct RootMark {
        var station: RootStation
        var centre: Vec2
        var grade: RootGrade
        /// Drawn semi-axes, mm: the root's radius, unless it is drawn thinner in a full sac or flattened
        /// between a lesion and the wall.
        var rx: Double
        var ry: Double
        /// For a root flattened against the wall by a lesion: the direction from the wall towards the
        /// lesion (the lesion's outline is indented round the root), else nil.
        var pressed: Vec2? = nil
        /// True for a root wholly above the section plane, drawn projected onto it as seen from above: the exiting
        /// root's ganglion and spinal nerve, which lie in the upper foramen under the pedicle (`Spine` stations, §A6),
        /// above the disc the plane cuts, so that they overlie the superior articular process of the vertebra below.
        var above = false
    }

    let level: DiscLevel
    let state: LevelState
    let anatomy: LevelAnatomy
    /// The section plane: mid-disc height, global mm.
    let z: Double
    /// Base tissue cut by the plane.
    let base: [(rect: RoundedRect, solid: Solid)]
    let lesions: [LesionPiece]
    let roots: [RootMark]
    let measurements: LevelMeasurements
    /// Every solid the level's roots and measurements meet (`DeformedSpine.solids(for:)`).
    let solids: [Solid]
    /// The tip of the conus medullaris where the plane cuts it (centre and radius, mm), else nil: at ``conusDisc`` only,
    /// as the sagittal view draws the cord ending at mid-disc there (`SacProfile.conusTip`).
    let conus: (centre: Vec2, radius: Double)?

    /// The disc at whose mid-height the figures end the cord: the conus tip "usually L1–L2", in many adults at the L1–2
    /// disc (clinical-reference.md §A, "Conus medullaris tip"; the level table's "+ conus tip in many adults").
    static let conusDisc: DiscLevel = .L1L2
    /// The conus tip's drawn radius at most, mm: a drawing choice (the cord tapers to its tip here), not a measurement.
    static let conusRadius = 2.5

    init(result r: SimulationResult, level: DiscLevel) {
        let spine = r.spine, state = spine[level], a = state.anatomy
        let z0 = state.baseZ, h = state.discHeight, zMid = z0 + h / 2
        let all = spine.solids(for: level)
        let plane = SectionPlane.axial(z: zMid)
        self.level = level
        self.state = state
        anatomy = a
        z = zMid
        solids = all
        measurements = r.segment(level).measurements
        base = all.compactMap { s in
            guard !SectionStyle.lesionStructures.contains(s.structure), let rect = s.box.section(plane) else { return nil }
            return (rect, s)
        }
        // Lesion material of this level within half a body of the disc: cut by the plane or projected.
        let slab = (z0 - a.lower.posteriorHeight / 2)...(z0 + h + a.upper.posteriorHeight / 2)
        lesions = all.compactMap { s in
            guard SectionStyle.lesionStructures.contains(s.structure), s.level == level,
                  s.box.max.z >= slab.lowerBound, s.box.min.z <= slab.upperBound else { return nil }
            let rect = RoundedRect(minX: s.box.min.x, maxX: s.box.max.x, minY: s.box.min.y, maxY: s.box.max.y, rounding: s.box.rounding)
            let off: String? = s.box.min.z > zMid ? "above" : (s.box.max.z < zMid ? "below" : nil)
            return LesionPiece(solid: s, rect: rect, offPlane: off)
        }
        // Roots: those at mid-disc (the traversing root in its recess, the roots in the sac) and the
        // exiting root in its foramen (ganglion) and beyond it.
        let mid = a.segment.discHeight / 2
        let stations = spine.spine.stations.filter { st in
            guard st.level == level else { return false }
            let atDisc = st.plane == .axial && st.attachment == .lower && abs(st.position.z - mid) < 1e-6
            return atDisc || st.site == .foramen || st.site == .extraforaminal
        }
        var marks = stations.map { st in
            let c = spine.centre(of: st)
            return RootMark(station: st, centre: Vec2(c.x, c.y), grade: StationGrade.grade(st, result: r),
                            rx: st.radius, ry: st.radius, above: c.z - st.radius > zMid)
        }
        // The roots in the sac are drawn apart, in what the tissue cut by the plane (lesion, disc, flavum,
        // laminae, facets) leaves of it.
        let inPlane = lesions.filter { $0.offPlane == nil }.map(\.rect)
        let walls = base.map(\.rect)
        let inSac = marks.indices.filter { marks[$0].station.intrathecal }
        let placements = SacRootLayout.place(
            inSac.map { SacRootLayout.Root(rest: marks[$0].centre, radius: marks[$0].station.radius) },
            centre: Vec2(0, a.sacCenterY), a: a.segment.sacHalfWidth, b: a.sacAP / 2, obstacles: walls, lesions: inPlane)
        for (i, place) in zip(inSac, placements) {
            marks[i].centre = place.centre
            marks[i].rx = place.rx
            marks[i].ry = place.ry
            marks[i].pressed = place.pressed
        }
        // A root outside the sac that lesion tissue reaches lies between the lesion (with the disc in front
        // of it) and the posterior wall (the superior articular process, flavum and pedicle), never in it.
        let posterior: Set<Structure> = [.facet, .lamina, .pedicle, .pars, .transverseProcess, .intertransverseLigament]
        let back = base.filter { posterior.contains($0.solid.structure) }.map(\.rect)
        let front = base.filter { !posterior.contains($0.solid.structure) }.map(\.rect) + inPlane
        // Tissue grown from the posterior wall (flavum, facet, cyst) presses the root forward, onto the disc.
        let fromBehind: Set<Structure> = [.ligamentumFlavum, .facetHypertrophy, .synovialCyst]
        let inPlanePieces = lesions.filter { $0.offPlane == nil }
        for i in marks.indices where !marks[i].station.intrathecal {
            let st = marks[i].station, c = marks[i].centre
            guard let nearest = inPlanePieces.min(by: { $0.rect.signedDistance(to: c) < $1.rect.signedDistance(to: c) }),
                  nearest.rect.signedDistance(to: c) < st.radius else { continue }
            // The ganglion over a foraminal osteophyte: against the back of the foramen, the spurs in front of it.
            if st.site == .foramen, Self.isForaminalOsteophyte(nearest.solid.structure, nearest.rect, pedicleWallX: a.pedicleWallX) {
                let p = Self.ganglionOnSpur(rest: c, radius: st.radius, grade: marks[i].grade, back: nearest.rect.maxY)
                (marks[i].centre, marks[i].rx, marks[i].ry, marks[i].pressed) = (p.centre, p.rx, p.ry, p.towardsLesion)
                continue
            }
            let behind = fromBehind.contains(nearest.solid.structure)
            let frontWalls = base.filter { !posterior.contains($0.solid.structure) }.map(\.rect)
            let squeeze = RootSqueeze.place(rest: c, radius: st.radius, mobility: st.mobility,
                                            walls: behind ? frontWalls : back, lesions: behind ? back + inPlane : front,
                                            flattenAtMost: marks[i].grade == .compression ? 0.5 : nil,
                                            origin: Vec2(0, behind ? 1 : -1))
            marks[i].centre = squeeze.centre
            marks[i].rx = squeeze.rx
            marks[i].ry = squeeze.ry
            marks[i].pressed = squeeze.towardsLesion
        }
        roots = marks
        conus = level == Self.conusDisc ? Self.conusTip(marks: marks, walls: walls + inPlane, centre: Vec2(0, a.sacCenterY),
                                                         a: a.segment.sacHalfWidth, b: a.sacAP / 2) : nil
    }

    /// Where the conus tip is drawn: the point of the sac farthest from its outline, the tissue cut by the plane and every
    /// root in it (the roots surround the cord's end, §A level table), with a radius of at most ``conusRadius`` and 0.3 mm
    /// clear of them; nil when less than a millimetre is left (a sac filled by lesion or roots).
    static func conusTip(marks: [RootMark], walls: [RoundedRect], centre: Vec2, a: Double, b: Double) -> (centre: Vec2, radius: Double)? {
        let roots = marks.filter { $0.station.intrathecal }.map { (centre: $0.centre, radius: max($0.rx, $0.ry)) }
        guard let (p, d) = SacRootLayout.freest(centre: centre, a: a, b: b, obstacles: walls, circles: roots), d - 0.3 >= 1 else { return nil }
        return (p, min(conusRadius, d - 0.3))
    }

    /// Height of the conus tip, straight-model mm: mid-height of ``conusDisc``, where the sagittal and posterior views
    /// end the cord and this view draws its tip.
    static func conusTipZ(_ spine: DeformedSpine) -> Double {
        let s = spine[conusDisc]
        return s.baseZ + s.discHeight / 2
    }

    var scale: Double { anatomy.scale }
    /// x of the lateral edge of the foraminal disc and the superior articular process (the upper pedicle's).
    var lateralEdge: Double { anatomy.pedicleWallX + anatomy.upper.pedicleWidth }
    /// The dural sac at the disc: an ellipse centred (0, sacCenterY) with semi-axes (half-width, AP / 2).
    var sacCentre: Vec2 { Vec2(0, anatomy.sacCenterY) }
    var sacSemiAxes: (a: Double, b: Double) { (anatomy.segment.sacHalfWidth, anatomy.sacAP / 2) }

    /// The posterior margin of the disc at `x` (its largest y there), or nil beyond the disc.
    func discBack(_ x: Double) -> Double? {
        base.filter { $0.solid.structure == .disc }.compactMap { $0.rect.verticalInterval(atX: x)?.upperBound }.max()
    }

    /// The front of the posterior wall at `x`: the nearest lamina, flavum or facet (their smallest y), or nil.
    func wallFront(_ x: Double) -> Double? {
        base.filter { ($0.solid.structure == .lamina || $0.solid.structure == .facet) && $0.rect.minY > 0 }
            .compactMap { $0.rect.verticalInterval(atX: x)?.lowerBound }.min()
    }

    /// The front of the lamina and ligamentum flavum on the midline (canal's back wall), mm.
    var laminaFront: Double {
        base.filter { $0.solid.structure == .lamina && $0.rect.minX <= 0 && $0.rect.maxX >= 0 }.map(\.rect.minY).min()
            ?? anatomy.segment.canalAP
    }

    /// Half-width of the central lamina and flavum (the medial facet edge), mm.
    var laminaHalfWidth: Double {
        base.filter { $0.solid.structure == .lamina && $0.rect.minX <= 0 && $0.rect.maxX >= 0 }.map(\.rect.maxX).min()
            ?? anatomy.facetEdgeX
    }

    /// The back of the superior articular process beside the foramen, mm.
    var facetBack: Double {
        base.filter { $0.solid.structure == .facet && $0.rect.minX >= anatomy.pedicleWallX - 1e-6 }.map(\.rect.maxY).min()
            ?? anatomy.segment.foramenWidth + 12 * scale
    }

    /// The front of the intertransverse ligament beside the foramen, mm.
    var ligamentFront: Double? {
        base.filter { $0.solid.structure == .intertransverseLigament }.map(\.rect.minY).min()
    }

    /// The canal AP as the simulation measured it: the free mid-sagittal gap's two ends (in-plane mm).
    var canalGap: (from: Vec2, to: Vec2)? {
        measurements.canalGap.map { (Vec2($0.from.x, $0.from.y), Vec2($0.to.x, $0.to.y)) }
    }

    /// The recess depth on `side` as the simulation measured it: the gap's two ends (in-plane mm), in the
    /// plane that gave the smaller depth (the disc's, or 4 mm below it, projected onto this one).
    func recessGap(_ side: Side) -> (from: Vec2, to: Vec2)? {
        measurements.recessGaps[side].map { (Vec2($0.from.x, $0.from.y), Vec2($0.to.x, $0.to.y)) }
    }

    /// The region a lesion piece's label is anchored in: what the view draws of it — a hypertrophied facet's grown
    /// part, a pars defect's cleft, a thickened flavum's band (`drawnRect`) — as a rectangle round it, mm.
    func labelRect(_ piece: LesionPiece) -> RoundedRect {
        let outline: [Vec2]
        switch piece.solid.structure {
        case .facetHypertrophy where piece.offPlane == nil: outline = hypertrophiedFacetOutline(piece.rect)
        case .parsNodule: outline = parsCleftOutline(piece.rect)
        case .osteophyte where piece.offPlane == nil && Self.isForaminalOsteophyte(.osteophyte, piece.rect, pedicleWallX: anatomy.pedicleWallX):
            outline = foraminalSpurOutline(piece.rect)
        default: return drawnRect(piece)
        }
        let xs = outline.map(\.x), ys = outline.map(\.y)
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return drawnRect(piece) }
        return RoundedRect(minX: x0, maxX: x1, minY: y0, maxY: y1, rounding: 0)
    }

    /// The part of a lesion piece the view draws: a thickened flavum only as far back as the normal
    /// flavum's back (the rest of its box lies inside the lamina), mm.
    func drawnRect(_ piece: LesionPiece) -> RoundedRect {
        let r = piece.rect
        guard piece.solid.structure == .ligamentumFlavum else { return r }
        let back = max(r.minY + 1 * scale, laminaFront + flavumThickness)
        return r.maxY > back ? RoundedRect(minX: r.minX, maxX: r.maxX, minY: r.minY, maxY: back, rounding: r.rounding) : r
    }
}
