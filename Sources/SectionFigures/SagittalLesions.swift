import Anatomy
import Diagram
import FigureStyle
import Foundation
import Pathology

/// The lesions' solids drawn to scale: disc material as a rounded rectangle placed rigidly on the
/// section line through its centre (a sequestered fragment apart from its disc, `FreeFragment`), a thickened
/// flavum and a hypertrophied facet as that tissue along the canal's back wall. Herniated material keeps the disc's colour (the paler nucleus
/// when extruded) with a strong outline; thickened ligament, facet, osteophyte, cyst and pars
/// fibrocartilage are hatched. Parts lateral to the midline are projected onto the section like the
/// rest of the lateral overlay, but keep the solid outline: the lesion is what the figure is about.
/// Figure millimetres.
struct SagittalLesions {
    let map: CanalMap
    let spine: DeformedSpine
    let style: SagittalStyle
    /// The canal's back wall as drawn (y′ at straight height z), from the sac's profile; nil: the model's.
    var canal: ((Double) -> Double)? = nil
    /// The bent skeleton, for tissue drawn between the bones it joins (a pars defect's fibrocartilage); nil: boxes.
    var skeleton: SagittalSkeleton? = nil

    /// The drawable parts of lesion `index`, left and right copies that project alike taken once.
    /// A thickened flavum that crosses the midline is drawn by its midline part only: its capsular parts lie
    /// lateral to the section, behind the recesses, and are what the axial view shows; projected here they
    /// would sit on the midline spindle as a second lump.
    func parts(_ index: Int) -> [Solid] {
        var seen: [[Double]] = []
        let midlineFlavum = spine.solids.contains { $0.lesions.contains(index) && $0.structure == .ligamentumFlavum && SacProfile.crossesMidline($0) }
        return spine.solids.filter { solid in
            guard solid.lesions.contains(index), SacProfile.isLesion(solid) else { return false }
            if midlineFlavum, solid.structure == .ligamentumFlavum, !SacProfile.crossesMidline(solid) { return false }
            let key = [solid.box.min.y, solid.box.max.y, solid.box.min.z, solid.box.max.z].map { ($0 * 100).rounded() }
            if seen.contains(key) { return false }
            seen.append(key)
            return true
        }
    }

    /// The outline of a solid in the figure.
    func outline(_ solid: Solid) -> [PlanePoint] {
        var box = solid.box
        let state = spine[solid.level]
        switch solid.structure {
        case .ligamentumFlavum: return flavumOutline(solid)
        case .facetHypertrophy: return facetOutline(solid)
        case .parsNodule: if let cleft = parsNoduleOutline(solid) { return cleft }
        case .herniation:
            // A free (sequestered) fragment is drawn apart from its parent disc's bulge.
            if let y = FreeFragment.drawnY(solid, in: spine) {
                box.min.y = y.lowerBound
                box.max.y = y.upperBound
            }
        default: break
        }
        let yc = (box.min.y + box.max.y) / 2, zc = (box.min.z + box.max.z) / 2
        let frame = Frame(origin: map.point(model: yc, zc, in: state), angle: map.angle(zc))
        let hy = (box.max.y - box.min.y) / 2, hz = (box.max.z - box.min.z) / 2
        return frame.points(SagittalShapes.roundedRectangle(y0: -hy, y1: hy, z0: -hz, z1: hz, radius: min(box.rounding, hy, hz)))
    }

    /// The canal's back wall (lamina and normal flavum front) at straight height `z`, y′ mm: the drawn one
    /// when the figure gives it (`canal`), else the model's lamina front.
    private func canalWall(_ state: LevelState, _ z: Double) -> Double {
        canal?(z) ?? (state.anatomy.segment.canalAP - state.canalWallShift + 0.5 - CanalMap.wallOffset(state, z))
    }

    /// How far a ligament lesion spanning `low` … `high` reaches forward of the wall at height `z`, 0 … 1: all
    /// the way at mid-disc (`middle`), where the model measures the canal, and less above and below it along a
    /// half ellipse to its ends, where it meets the laminae — the biconvex spindle of a buckled flavum, never
    /// deeper than the model's front. The profile is a drawing choice.
    static func bulge(_ z: Double, low: Double, high: Double, middle: Double) -> Double {
        guard z > low, z < high else { return 0 }
        let m = max(low, min(high, middle))
        let u = z < m ? (m - z) / max(1e-9, m - low) : (z - m) / max(1e-9, high - m)
        return (1 - min(1, u * u)).squareRoot()
    }

    /// The front (y′) of a thickened flavum at straight height `z`, given the canal's back wall `wall` there;
    /// nil outside the solid's height or where it does not reach in front of the wall. At mid-disc it is the
    /// model's front (where the canal AP is measured), towards the laminae it thins onto the wall. Shared with
    /// the sac's profile, so the sac is indented by the ligament as drawn.
    static func flavumFront(_ solid: Solid, state: LevelState, wall: Double, z: Double) -> Double? {
        let box = solid.box
        let front = box.min.y - CanalMap.wallOffset(state, z)
        guard z > box.min.z, z < box.max.z, front < wall else { return nil }
        let t = bulge(z, low: box.min.z, high: box.max.z, middle: state.baseZ + state.discHeight / 2)
        return wall - (wall - front) * t
    }

    /// A thickened, buckled ligamentum flavum as the ligament it is: a band along the canal's back wall from
    /// the front of the upper lamina to the top of the lower one, bulging forward into the canal to the model's
    /// front at mid-disc and thinning onto the laminae where it attaches. Behind the wall, in the
    /// interlaminar space, it covers the normal flavum drawn there (`SagittalArches`, 3.8 mm) with the same
    /// taper, so the thickened ligament reads as a spindle of that ligament, not a mass in front of it; its
    /// capsular parts, lateral to the midline, take the same form projected.
    private func flavumOutline(_ solid: Solid) -> [PlanePoint] {
        let box = solid.box, state = spine[solid.level]
        let z0 = state.baseZ, h = state.discHeight
        // The interlaminar space: from 7 mm below the lower body's top (the lower lamina's upper edge) to 3 mm
        // above the upper body's bottom (the upper lamina's lower edge), as `SagittalArches` draws them.
        let gapLow = z0 - 7, gapHigh = z0 + h - 3
        let midline = box.min.x < 0 && box.max.x > 0
        var front: [PlanePoint] = [], back: [PlanePoint] = []
        let n = max(8, Int(((box.max.z - box.min.z) / 0.5).rounded()))
        for i in 0...n {
            let z = box.min.z + (box.max.z - box.min.z) * Double(i) / Double(n)
            let wall = canalWall(state, z)
            let f = Self.flavumFront(solid, state: state, wall: wall, z: z) ?? wall
            let t = Self.bulge(z, low: box.min.z, high: box.max.z, middle: z0 + h / 2)
            let depth = midline ? 3.8 * min(t, max(0, min(1, min(z - gapLow, gapHigh - z) / 2))) : 0
            let b = max(f + 0.3, min(wall + depth, box.max.y - CanalMap.wallOffset(state, z)))
            front.append(map.point(f, z))
            back.append(map.point(b, z))
        }
        return front + back.reversed()
    }

    /// The fibrocartilage of a pars defect as what it is: fibrous tissue filling the cleft between the two fragments of
    /// the pars (`SagittalOverlay.parsCleft`: the pedicle's part gone forward with the body, the lamina's part left with
    /// the arch), following their edges, its free front and back bulging out of the cleft as a lumpy nodule. The lumps
    /// are a drawing choice, the same in every figure; the model's nodule only says that the defect is there and
    /// fills. Nil without the skeleton or when the vertebra's arch did not move away from its body.
    private func parsNoduleOutline(_ solid: Solid) -> [PlanePoint]? {
        guard let pose = skeleton?.pose(solid.level.upper), abs(pose.archShift) >= 0.05 else { return nil }
        let cleft = SagittalOverlay.parsCleft(pose, ArchDimensions(pose, spine: spine))
        let (u0, u1) = (cleft.upper[0], cleft.upper[1]), (l0, l1) = (cleft.lower[0], cleft.lower[1])
        // The free ends: from one fragment's corner to the other's, bowed out of the cleft with two lumps.
        func end(_ from: PlanePoint, _ to: PlanePoint, out: PlanePoint) -> [PlanePoint] {
            let along = to - from, normal = along.perpendicular.normalized
            let sign = normal.dot(out - PlanePoint.lerp(from, to, 0.5)) >= 0 ? 1.0 : -1.0
            let bulge = max(0.8, min(2.2, 0.25 * along.length))
            return [0.2, 0.4, 0.6, 0.8].enumerated().map { k, t in
                let lump = [0.75, 1.0, 0.8, 0.55][k]
                return PlanePoint.lerp(from, to, t) + normal * (sign * bulge * lump)
            }
        }
        // Over each fragment's edge by 0.3 mm, so no hairline shows between tissue and bone.
        func over(_ p: PlanePoint, from q: PlanePoint) -> PlanePoint { p + (p - q).normalized * 0.3 }
        let back = end(u1, l1, out: u1 + (u1 - u0)), front = end(l0, u0, out: u0 + (u0 - u1))
        let outline = [over(u0, from: l0), over(u1, from: l1)] + back + [over(l1, from: u1), over(l0, from: u0)] + front
        return SagittalShapes.rounded(outline, radius: 0.6)
    }

    /// A hypertrophied facet projected onto the section: the articular process enlarged forward into the recess
    /// or canal, from the model's back (in the articular pillar) to its front, which it reaches at mid-disc; the
    /// front knobbed with osteophytes (set back from the model's front, never beyond it), the upper end
    /// narrowing to a rounded tip like the superior articular process's, the lower end rounded. The knobs, the
    /// tip and the roundings are a drawing choice.
    private func facetOutline(_ solid: Solid) -> [PlanePoint] {
        let box = solid.box, state = spine[solid.level]
        let height = box.max.z - box.min.z, depth = box.max.y - box.min.y
        let knobs = 2.5, bump = min(2.5, 0.25 * depth)
        let mid = state.baseZ + state.discHeight / 2
        var front: [PlanePoint] = [], back: [PlanePoint] = []
        let n = max(12, Int((height / 0.4).rounded()))
        for i in 0...n {
            let z = box.min.z + height * Double(i) / Double(n)
            let offset = CanalMap.wallOffset(state, z)
            let model = box.min.y - offset, rear = box.max.y - offset
            let u = (z - box.min.z) / max(1e-9, height)
            // Knobs: zero at mid-disc (the model's front where the recess is measured), set back elsewhere.
            let phase = (z - mid) / height * knobs * 2 * Double.pi
            // Pointed spurs (osteophytes) reaching the model's front, hollows between them: the profile rises fast
            // from each spur (power 0.45), so the spurs read as bone spikes, not waves.
            let knob = bump * pow(0.5 * (1 - cos(phase)), 0.45)
            // Rounded lower end over its lowest 12 %, a tip over its upper 35 % narrowing onto the back.
            let low = u < 0.12 ? 1 - (1 - pow(1 - u / 0.12, 2)).squareRoot() : 0
            let tip = u > 0.65 ? pow((u - 0.65) / 0.35, 1.6) : 0
            let f = min(rear - 0.3, model + knob + max(low, tip) * (rear - model) * (tip > 0 ? 0.85 : 1))
            front.append(map.point(f, z))
            back.append(map.point(rear, z))
        }
        return SagittalShapes.rounded(front + back.reversed(), radius: 1.0)
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
        case .herniation: return Fill(p.tissue(.annulus))
        case .discBulge: return Fill(p.tissue(.annulus))
        case .ligamentumFlavum, .parsNodule: return Fill(p.hypertrophy(p.ligament))
        // A hypertrophied articular process is bone lateral to the section: bone, as light as the projected pillars'
        // pedicles, not hatched tissue.
        case .facetHypertrophy: return .color(p.bone.withAlpha(SagittalOverlay.opacity))
        case .osteophyte: return Fill(p.hypertrophy(p.bone))
        case .synovialCyst: return Fill(p.hypertrophy(p.fat))
        default: return Fill(p.tissue(.annulus))
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
                // The hypertrophied facet lies lateral to the section and is projected onto it, like the other lateral
                // bone: its lesion outline dashed, a thin cortex line inside it.
                let projectedBone = solid.structure == .facetHypertrophy
                if projectedBone { stroke.dash = style.overlayStroke.dash.map { $0 * 1.5 } }
                edges.append(.shape(SketchShape(id: "sagittal.lesion.\(index).edge.\(k)", points: points, stroke: stroke)))
                fills.append(.shape(SketchShape(id: "sagittal.lesion.\(index).part.\(k)", points: points, fill: paint(solid),
                                                stroke: projectedBone ? style.boneStroke : nil)))
            }
            return .group(id: "sagittal.lesion.\(index)", children: edges + fills, opacity: 1)
        }
    }
}
