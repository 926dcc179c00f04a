import Anatomy
import Clinical
import Compression
import FigureStyle
import Geometry
import Pathology

/// What the foramen view reads from the model: the parasagittal plane through one foramen at the
/// exiting root's ganglion, the tissue it cuts, the lesion material in or beside it, and the root.
/// Millimetres, in-plane (u, v) = model (y, z): y antero-posterior (+ posterior), z cranial.
struct ForamenSection {
    typealias LesionPiece = SectionLesionPiece

    /// A root where the view draws it: the ganglion in the plane, or the root beyond the foramen
    /// (projected) when that is where the simulation found it worst.
    struct RootMark {
        var station: RootStation
        var centre: Vec2
        var grade: RootGrade
        var projected: Bool
        /// Where the view draws it (mm) and its semi-axes: at `centre`, round, unless lesion tissue reaches
        /// it (then between the lesion and the wall, flattened when compressed) or it lies beyond the plane
        /// (then in front of the foraminal slot, over the side of the disc, not in the slot).
        var drawn: Vec2
        var rx: Double
        var ry: Double
        /// The direction from the wall towards the lesion of a root pressed against the wall, else nil.
        var pressed: Vec2? = nil
        /// The ganglion's outline where the drawn walls cut into its ellipse: moulded to the foramen's free space
        /// (`ForamenSection.moulded`), in-plane mm; nil when the ellipse is clear of them.
        var outline: [Vec2]? = nil
        /// True when it is drawn pinched by the model's lesion against the wall (`ForamenSection.pinched`): as thin as the
        /// model finds it, on the lesion, and against the wall too wherever its tether lets it reach it.
        var pinched = false
        /// The half-thickness the model leaves it here, mm (`StationFinding.bestFit`, no less than the 15 % of its radius the
        /// model calls "no room left", `RootRoom.maximumDeformation`); nil where the model finds it unhurt (it fits).
        var modelHalfThickness: Double? = nil
        /// When pinched: the room between the lesion's and the wall's surfaces on the model's line through its rest, mm.
        var room: Double? = nil
    }

    let level: DiscLevel
    let side: Side
    let state: LevelState
    let anatomy: LevelAnatomy
    /// The plane's lateral offset: the ganglion's x, mm.
    let x: Double
    /// Base tissue cut by the plane.
    let base: [(rect: RoundedRect, solid: Solid)]
    let lesions: [LesionPiece]
    private(set) var roots: [RootMark]
    let solids: [Solid]
    let measurements: LevelMeasurements
    /// The exiting root (numbered after the upper vertebra).
    let root: Root?

    init(result r: SimulationResult, level: DiscLevel, side: Side) {
        let spine = r.spine, state = spine[level], a = state.anatomy
        let stations = spine.spine.stations.filter { $0.level == level && $0.side == side && ($0.site == .foramen || $0.site == .extraforaminal) }
        let ganglion = stations.first { $0.site == .foramen }
        let xc = ganglion.map { spine.centre(of: $0).x } ?? side.sign * (a.pedicleWallX + a.upper.pedicleWidth / 2)
        let plane = SectionPlane.parasagittal(x: xc)
        let all = spine.solids(for: level)
        self.level = level
        self.side = side
        self.state = state
        anatomy = a
        x = xc
        solids = all
        measurements = r.segment(level).measurements
        root = level.exitingRoot
        base = all.compactMap { s in
            guard !SectionStyle.lesionStructures.contains(s.structure), let rect = s.box.section(plane) else { return nil }
            return (rect, s)
        }
        // Lesion material of this level: cut by the plane, or on this side within the foraminal and
        // extraforaminal zones (projected onto the plane).
        let zone = Span(side.sign * (a.pedicleWallX - 4 * a.scale), side.sign * (a.pedicleWallX + a.upper.pedicleWidth + 12 * a.scale))
        lesions = all.compactMap { s in
            guard SectionStyle.lesionStructures.contains(s.structure), s.level == level else { return nil }
            let b = s.box
            let rect = RoundedRect(minX: b.min.y, maxX: b.max.y, minY: b.min.z, maxY: b.max.z, rounding: b.rounding)
            if b.min.x <= xc && xc <= b.max.x { return LesionPiece(solid: s, rect: rect, offPlane: nil) }
            guard b.max.x >= zone.lower, b.min.x <= zone.upper else { return nil }
            let lateral = abs(b.min.x) > abs(xc) && abs(b.max.x) > abs(xc)
            return LesionPiece(solid: s, rect: rect, offPlane: lateral ? "lateral" : "medial")
        }
        // The ganglion in the plane; the root beyond the foramen only where it was found worst.
        let finding = r.finding(level.exitingRoot, side)
        let worstBeyond = finding.map { $0.level == level && $0.site == .extraforaminal } ?? false
        let drawn: Set<CourseSite> = worstBeyond ? [.foramen, .extraforaminal] : [.foramen]
        var marks: [RootMark] = stations.compactMap { st in
            guard drawn.contains(st.site) else { return nil }
            let c = spine.centre(of: st)
            var mark = RootMark(station: st, centre: Vec2(c.y, c.z), grade: StationGrade.grade(st, result: r),
                                projected: st.site != .foramen, drawn: Vec2(c.y, c.z), rx: st.radius, ry: st.radius)
            mark.modelHalfThickness = Self.modelHalfThickness(st, result: r)
            return mark
        }
        // The ganglion between lesion tissue and the wall: bone (pedicle, articular process, pars) above and
        // behind it for disc material and osteophytes from the front and below; the disc and body for
        // tissue grown from behind (facet, flavum, cyst).
        let base = self.base
        let bone: Set<Structure> = [.pedicle, .facet, .pars, .lamina, .transverseProcess]
        let inPlane = lesions.filter { $0.offPlane == nil }
        let fromBehind: Set<Structure> = [.ligamentumFlavum, .facetHypertrophy, .synovialCyst]
        for i in marks.indices where !marks[i].projected {
            let st = marks[i].station, c = marks[i].centre
            guard let nearest = inPlane.min(by: { $0.rect.signedDistance(to: c) < $1.rect.signedDistance(to: c) }),
                  nearest.rect.signedDistance(to: c) < st.radius else { continue }
            let back = base.filter { bone.contains($0.solid.structure) }.map(\.rect)
            let front = base.filter { !bone.contains($0.solid.structure) }.map(\.rect)
            let behind = fromBehind.contains(nearest.solid.structure)
            let squeeze = RootSqueeze.place(rest: c, radius: st.radius, mobility: st.mobility, walls: behind ? front : back,
                                            lesions: (behind ? back : front) + inPlane.map(\.rect),
                                            flattenAtMost: marks[i].grade == .compression ? 0.5 : nil,
                                            origin: Vec2(behind ? 1 : -1, 0))
            var placed = squeeze
            // Deviated or compressed: it fills the room the lesion leaves it against the wall, on the model's line.
            if marks[i].grade >= .deviation, let axis = squeeze.towardsLesion,
               let p = Self.pinched(rest: c, radius: st.radius, halfThickness: marks[i].modelHalfThickness ?? st.radius,
                                    axis: axis, walls: behind ? front : back, lesions: inPlane.map(\.rect), overlap: 0.25 * a.scale) {
                placed = p.placement
                marks[i].pinched = true
                marks[i].room = p.room
            }
            marks[i].drawn = placed.centre
            marks[i].rx = placed.rx
            marks[i].ry = placed.ry
            marks[i].pressed = placed.towardsLesion
        }
        // The root beyond the plane lies lateral to it: drawn in front of the slot, over the side of the disc
        // it crosses, clear of the ganglion.
        let discBack = base.filter { $0.solid.structure == .disc }.map(\.rect.maxX).max()
        for i in marks.indices where marks[i].projected {
            let r = marks[i].station.radius
            var p = marks[i].centre
            if let discBack { p.x = min(p.x, discBack - r - 0.5 * a.scale) }
            if let g = marks.first(where: { !$0.projected }), (p - g.drawn).length < r + max(g.rx, g.ry) + 0.5 * a.scale {
                p.x = min(p.x, g.drawn.x - max(g.rx, g.ry) - r - 0.5 * a.scale)
            }
            // Lesion tissue beside the plane that reaches it (the far-lateral extrusion that compresses it) lies against it,
            // not over it: the root is drawn at the lesion's edge, below or in front of it, whichever is the shorter move
            // (never up into the ganglion's slot), as the axial view draws it between the lesion and the wall (issue 11, 09).
            for piece in lesions where piece.offPlane == "lateral" {
                let box = piece.rect, gap = 0.3 * a.scale
                guard box.signedDistance(to: p) < r else { continue }
                let below = Vec2(p.x, box.minY - r - gap), before = Vec2(box.minX - r - gap, p.y)
                p = (below - p).length <= (before - p).length ? below : before
            }
            marks[i].drawn = p
        }
        roots = marks
        roots = mouldedToTheForamen(flattenedByTheForamen(marks))
    }

    /// The half-thickness, mm, the model leaves the root at `station` (``StationGrade/halfThickness(_:radius:)`` of what it
    /// found at its place and level); nil where the model lists no hurt place there.
    static func modelHalfThickness(_ station: RootStation, result r: SimulationResult) -> Double? {
        guard let root = station.root, let found = StationGrade.finding(station, root: root, result: r) else { return nil }
        return StationGrade.halfThickness(found, radius: station.radius)
    }

    var scale: Double { anatomy.scale }
    var discBottom: Double { state.baseZ }
    var discTop: Double { state.baseZ + state.discHeight }

    /// The ganglion's station and in-plane centre, if the level has an exiting root.
    var ganglion: RootMark? { roots.first { $0.station.site == .foramen } }

    private func rects(_ structure: Structure) -> [RoundedRect] {
        base.filter { $0.solid.structure == structure }.map(\.rect)
    }

    /// The lower vertebra's body (below the disc) and the upper one's (above it), in-plane.
    var lowerBody: RoundedRect? { rects(.vertebralBody).first { $0.maxY <= discBottom + 1e-6 } }
    var upperBody: RoundedRect? { rects(.vertebralBody).first { $0.minY >= discTop - 1e-6 } }
    /// The pedicle above the foramen (its roof) and below it (its floor).
    var upperPedicle: RoundedRect? { rects(.pedicle).max { $0.minY < $1.minY } }
    var lowerPedicle: RoundedRect? { rects(.pedicle).min { $0.minY < $1.minY } }
    /// The superior articular process behind the foramen.
    var superiorFacet: RoundedRect? { rects(.facet).first }
    /// The facet capsule and posterolateral annulus that close the keyhole's lower, narrow part under the ganglion, from
    /// the disc's margin back to the superior articular process, up to the process's tip (the model's shelf, §A6): the
    /// floor of the room the ganglion has (`LevelState.foramenRoom`), not free fat. Drawn as what it is in the body: the
    /// superior process's front and tip (`superiorFacetOutline`) lined by a thin capsule (`capsuleOutline`), not a block.
    var capsuleShelf: RoundedRect? {
        guard let f = superiorFacet else { return nil }
        return rects(.facet).dropFirst().first { $0.maxX <= f.minX + 1e-6 }
    }
    /// The pars interarticularis above it (nil when an isthmic defect replaced it).
    var pars: RoundedRect? { rects(.pars).first }
    /// The pars region whether bone or the fibrocartilage of a defect.
    var parsRegion: RoundedRect? {
        pars ?? lesions.first { $0.solid.structure == .parsNodule && $0.offPlane == nil }?.rect
    }

    /// The disc's posterior margin in this plane (the foraminal lip), mm.
    var discBack: Double { rects(.disc).map(\.maxX).max() ?? 0 }

    /// The foraminal height as the simulation measured it, pedicle to pedicle (the upper pedicle's inferior
    /// margin to the lower one's superior margin) on the exiting root's line: its two ends, in-plane (y, z).
    var heightGap: (from: Vec2, to: Vec2)? {
        guard ganglion != nil, let g = measurements.foramenGaps[side] else { return nil }
        return (Vec2(g.from.y, g.from.z), Vec2(g.to.y, g.to.z))
    }
}
