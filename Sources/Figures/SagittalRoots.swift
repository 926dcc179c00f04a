import Anatomy
import Clinical
import Compression
import Diagram

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The neural elements: the cord ending in the conus, the cauda equina as fine lines in the sac, the
/// filum terminale, and every exiting root with its ganglion, coloured by its grade. Figure millimetres.
struct SagittalRoots {
    let map: CanalMap
    let profile: SacProfile
    let courses: [RootCourse]
    let result: SimulationResult
    let style: SagittalStyle

    /// Roots of the cauda equina drawn as lines: L1 … S2 and the S3–S5 bundle (nil).
    static let caudaRoots: [Root?] = Root.allCases.map { Optional($0) } + [nil, nil, nil]

    func grade(_ root: Root, _ side: Side) -> RootGrade { result.finding(root, side)?.grade ?? .normal }
    func worst(_ root: Root) -> RootGrade { max(grade(root, .left), grade(root, .right)) }

    /// The fine lines of the cauda equina, under the cord (they leave it at the conus).
    func caudaNodes() -> [SketchNode] {
        var out: [SketchNode] = []
        let count = Double(Self.caudaRoots.count - 1)
        for (i, root) in Self.caudaRoots.enumerated() {
            let base = 0.15 + 0.7 * Double(i) / count
            let start = profile.conusTip + 16 - 15 * Double(i) / count
            let departure = root.flatMap { r in courses.first { $0.root == r }?.departure }
            let endZ = departure?.z ?? (profile.end + 3 + 0.4 * Double(i))
            guard start > endZ + 1 else { continue }
            var points: [PlanePoint] = []
            var z = start
            while z > endZ {
                var f = base
                if z > profile.conusTip - 4 {
                    let t = (start - z) / max(1, start - profile.conusTip + 4)
                    f = 0.5 + (base - 0.5) * t
                }
                if let d = departure, z < endZ + 14 {
                    let span = profile.backAt(d.z) - profile.frontAt(d.z)
                    let target = span > 0.1 ? (d.y - profile.frontAt(d.z)) / span : 0.5
                    let w = 1 - (z - endZ) / 14
                    f = f + (target - f) * w * w
                }
                if departure == nil, z < endZ + 10 {
                    f = f + (0.5 - f) * (1 - (z - endZ) / 10)
                }
                points.append(map.point(profile.across(f, z), z))
                z -= 1
            }
            if let d = departure { points.append(map.point(d.y, d.z)) }
            let name = root?.name ?? ["S3", "S4", "S5"][max(0, min(2, i - Root.allCases.count))]
            let g = root.map(worst) ?? .normal
            out.append(.shape(SketchShape(id: "sagittal.cauda.\(name)", points: points, closed: false, stroke: style.caudaStroke(g))))
        }
        return out
    }

    /// The spinal cord down to the conus tip, centred in the sac, and the filum terminale below it.
    func cordNodes() -> [SketchNode] {
        let tip = profile.conusTip, top = profile.top, taper = 18.0
        var front: [PlanePoint] = [], back: [PlanePoint] = []
        var z = top
        while z >= tip {
            let mid = profile.across(0.5, z)
            let room = max(0.5, (profile.backAt(z) - profile.frontAt(z)) / 2 - 0.8)
            let w = min(room, 3.6 * (z < tip + taper ? ((z - tip) / taper).squareRoot() : 1))
            front.append(map.point(mid - w, z))
            back.append(map.point(mid + w, z))
            z -= 0.5
        }
        front.append(map.point(profile.across(0.5, tip), tip))
        let cord = SketchShape(id: "sagittal.cord", points: front + back.reversed(), fill: .color(style.cord), stroke: style.cordStroke)
        var filum: [PlanePoint] = []
        z = tip
        let bottom = profile.end - 10
        while z >= bottom {
            let y = z >= profile.end + 1 ? profile.across(0.55, z) : profile.across(0.55, profile.end + 1)
            filum.append(map.point(y, z))
            z -= 1
        }
        let filumStroke = Stroke(color: style.palette.rootOutline.withAlpha(0.8), width: style.line * 1.1)
        return [.shape(cord), .shape(SketchShape(id: "sagittal.filum", points: filum, closed: false, stroke: filumStroke))]
    }

    /// Every exiting root on both sides, the less hurt first so that the worse ones are seen.
    func rootNodes() -> [SketchNode] {
        // Unhurt roots first, then by grade, so that a hurt root is never hidden by a neighbour that
        // crosses it in projection (or by its own other side).
        let ordered = courses.enumerated().sorted { a, b in
            (grade(a.element.root, a.element.side), a.offset) < (grade(b.element.root, b.element.side), b.offset)
        }
        return ordered.flatMap { nodes($0.element) }
    }

    /// The tube of one root and its ganglion, filled by grade.
    func nodes(_ course: RootCourse) -> [SketchNode] {
        let g = grade(course.root, course.side)
        let id = "sagittal.root.\(course.root.name).\(course.side.rawValue)"
        let control = course.points.map { map.point($0.y, $0.z) }
        let samples = 8
        let centre = SagittalShapes.smooth(control, samples: samples)
        var radii: [Double] = []
        for i in 0..<(course.points.count - 1) {
            for k in 0..<samples {
                let t = Double(k) / Double(samples)
                radii.append(course.points[i].radius * (1 - t) + course.points[i + 1].radius * t)
            }
        }
        radii.append(course.points.last?.radius ?? 1)
        let outline = SagittalShapes.tube(centre, radii: radii)
        let fill = Fill.color(style.palette.rootFill(g))
        let metadata = Components.rootMetadata(root: course.root.name, side: course.side.rawValue, grade: g, quiz: style.palette.neutralGrades)
        var out: [SketchNode] = [.shape(SketchShape(id: id, points: outline, fill: fill, stroke: style.rootStroke, metadata: metadata))]
        if let k = course.ganglion, k < course.points.count {
            let c = control[k]
            let before = control[max(0, k - 1)], after = control[min(control.count - 1, k + 1)]
            let direction = after - before
            let angle = atan2(direction.v, direction.u)
            let r = course.ganglionRadius
            out.append(.shape(SketchShape(id: "\(id).ganglion", points: SagittalShapes.ellipse(centre: c, along: 1.4 * r, across: r, angle: angle),
                                          fill: fill, stroke: style.rootStroke)))
        }
        return out
    }

    /// Where a finding's root is tightest, in figure mm: the station of its site and level on its side.
    func anchor(_ finding: RootFinding) -> PlanePoint? {
        let spine = result.spine
        let candidates = spine.spine.stations.filter {
            $0.root == finding.root && $0.side == finding.side && $0.level == finding.level && $0.site.rawValue == finding.site.rawValue
        }
        if finding.crowded || candidates.isEmpty {
            // On the crowded roots in the sac just above the level, clear of the tissue that crowds them.
            let state = spine[finding.level]
            let z = state.baseZ + state.discHeight + 9
            return map.point(profile.across(0.6, z), z)
        }
        guard let station = candidates.max(by: { $0.position.z < $1.position.z }) else { return nil }
        let c = spine.centre(of: station)
        return map.point(c.y - CanalMap.wallOffset(spine[station.level], c.z), c.z)
    }
}
