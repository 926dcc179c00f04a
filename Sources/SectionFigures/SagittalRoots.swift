import Anatomy
import Clinical
import Compression
import Diagram
import FigureStyle

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

    /// The disc level whose stretch of the sac holds height `z`: the nearest disc by its mid-height.
    func levelAt(_ z: Double) -> DiscLevel {
        DiscLevel.allCases.min { a, b in
            abs(result.spine[a].baseZ + result.spine[a].discHeight / 2 - z) < abs(result.spine[b].baseZ + result.spine[b].discHeight / 2 - z)
        } ?? .L4L5
    }

    /// The report's in-sac grade of a cauda-equina line at `level`: the worse side of `root`, or for the
    /// S3–S5 bundle (nil), the sac's crowding there.
    func caudaGrade(_ root: Root?, _ level: DiscLevel) -> RootGrade {
        if let root { return max(grade(root, .left, at: .inSac, level), grade(root, .right, at: .inSac, level)) }
        return result.roots.flatMap(\.stations).filter { $0.site == .inSac && $0.level == level && $0.crowded }.map(\.grade).max() ?? .normal
    }

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
            var points: [PlanePoint] = [], zs: [Double] = []
            var z = start
            while z > endZ {
                zs.append(z)
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
            if let d = departure {
                points.append(map.point(d.y, d.z))
                zs.append(d.z)
            }
            let name = root?.name ?? ["S3", "S4", "S5"][max(0, min(2, i - Root.allCases.count))]
            // One run per disc level the line passes, each stroked in the report's in-sac grade there.
            var runStart = 0
            for k in 1...max(1, points.count - 1) where k == points.count - 1 || levelAt(zs[k]) != levelAt(zs[runStart]) {
                guard k < points.count else { break }
                let level = levelAt(zs[runStart])
                let g = caudaGrade(root, level)
                var metadata = Components.rootMetadata(root: root?.name ?? "S3-S5", side: "both", grade: g, quiz: style.palette.neutralGrades)
                metadata["station"] = StationSite.inSac.rawValue
                metadata["level"] = level.name
                metadata["intrathecal"] = "true"
                let runID = runStart == 0 ? "sagittal.cauda.\(name)" : "sagittal.cauda.\(name).\(level.name)"
                out.append(.shape(SketchShape(id: runID, points: Array(points[runStart...k]), closed: false, stroke: style.caudaStroke(g),
                                              metadata: metadata)))
                runStart = k
            }
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

    /// The report's grade of `root` on `side` at one place (`StationFinding`): what the figure paints there.
    /// Places the report does not list are unhurt; a place the model does not follow (nil) is drawn unhurt.
    func grade(_ root: Root, _ side: Side, at place: StationSite?, _ level: DiscLevel?) -> RootGrade {
        guard let place, let level else { return .normal }
        return result.finding(root, side)?.stations.first { $0.site == place && $0.level == level }?.grade ?? .normal
    }

    /// One root on one side: its course cut into pieces, one per course point (from half way to the point
    /// before to half way to the next), each filled by the report's grade at the place that point stands
    /// for — so the sagittal grades the place drawn, as the sections do — then the whole tube's outline,
    /// dashed because the root beyond its take-off lies lateral to the midline section, and the ganglion.
    /// Ids: "sagittal.root.L5.left" (outline), "sagittal.root.L5.left.<station>.<level>" (pieces),
    /// "sagittal.root.L5.left.ganglion".
    func nodes(_ course: RootCourse) -> [SketchNode] {
        let id = "sagittal.root.\(course.root.name).\(course.side.rawValue)"
        var course = course
        // A ganglion the model finds deviated or compressed is drawn as thin as the model leaves it (`StationFinding.bestFit`),
        // as the foramen and axial views draw it: the ellipse and the tube through it, not a fat blob.
        let ganglionAcross = course.ganglion.map { k in
            min(course.ganglionRadius, halfThickness(course.root, course.side, at: course.points[k], radius: course.ganglionRadius) ?? .infinity)
        } ?? course.ganglionRadius
        if let k = course.ganglion, k < course.points.count { course.points[k].radius = min(course.points[k].radius, ganglionAcross) }
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
        let quiz = style.palette.neutralGrades
        var pieces: [(grade: RootGrade, order: Int, node: SketchNode)] = []
        var used: [String: Int] = [:]
        for (i, point) in course.points.enumerated() {
            let g = grade(course.root, course.side, at: point.place, point.level)
            let lo = max(0, i * samples - samples / 2), hi = min(centre.count - 1, i * samples + samples / 2)
            guard hi > lo else { continue }
            let outline = SagittalShapes.tube(Array(centre[lo...hi]), radii: Array(radii[lo...hi]))
            let (metadata, name) = RootPiece.describe(root: course.root, side: course.side, grade: g, quiz: quiz,
                                                      place: point.place, level: point.level)
            let n = used[name, default: 0]
            used[name] = n + 1
            let pieceID = "\(id).\(name)" + (n > 0 ? ".\(n)" : "")
            pieces.append((g, i, .shape(SketchShape(id: pieceID, points: outline, fill: Fill(style.palette.gradePaint(g)), metadata: metadata))))
        }
        // Unhurt pieces first, so a hurt piece's ends are not covered by its neighbours' round caps.
        var out = pieces.sorted { ($0.grade, $0.order) < ($1.grade, $1.order) }.map(\.node)
        var whole = Components.rootMetadata(root: course.root.name, side: course.side.rawValue, grade: grade(course.root, course.side), quiz: quiz)
        whole["projected"] = "true"
        out.append(.shape(SketchShape(id: id, points: SagittalShapes.tube(centre, radii: radii), stroke: style.projectedRootStroke, metadata: whole)))
        if let k = course.ganglion, k < course.points.count {
            let c = control[k]
            let before = control[max(0, k - 1)], after = control[min(control.count - 1, k + 1)]
            let direction = after - before
            let angle = atan2(direction.v, direction.u)
            let r = course.ganglionRadius, across = ganglionAcross
            let point = course.points[k]
            let g = grade(course.root, course.side, at: point.place, point.level)
            var metadata = Components.rootMetadata(root: course.root.name, side: course.side.rawValue, grade: g, quiz: quiz)
            metadata["station"] = point.place?.rawValue ?? "unmodelled"
            if let level = point.level { metadata["level"] = level.name }
            out.append(.shape(SketchShape(id: "\(id).ganglion", points: SagittalShapes.ellipse(centre: c, along: 1.4 * r, across: across, angle: angle),
                                          fill: Fill(style.palette.gradePaint(g)), stroke: style.projectedRootStroke, metadata: metadata)))
        }
        return out
    }

    /// The half-thickness, mm, the model leaves `root` at the place `point` stands for when it grades it deviated or
    /// compressed there (``StationGrade/halfThickness(_:radius:)``, as the foramen view reads it); nil where the model
    /// finds it less hurt (drawn round).
    func halfThickness(_ root: Root, _ side: Side, at point: CoursePoint, radius: Double) -> Double? {
        guard let place = point.place, let level = point.level,
              let found = result.finding(root, side)?.stations.first(where: { $0.site == place && $0.level == level }),
              found.grade >= .deviation else { return nil }
        return StationGrade.halfThickness(found, radius: radius)
    }

    /// Where a finding's root is tightest, in figure mm: the station of its site and level on its side.
    func anchor(_ finding: RootFinding) -> PlanePoint? {
        let spine = result.spine
        let candidates = spine.spine.stations.filter {
            $0.root == finding.root && $0.side == finding.side && $0.level == finding.level && $0.site.rawValue == finding.site.rawValue
        }
        if finding.crowded || candidates.isEmpty {
            // On the crowded roots in the sac just above the level, clear of the tissue that crowds them. Above the conus tip
            // (mid L1–L2 disc) the cord covers the roots' lines (`caudaNodes`): there, on the fan just below the tip.
            let state = spine[finding.level]
            let z = min(state.baseZ + state.discHeight + 9, profile.conusTip - 5)
            return map.point(profile.across(0.6, z), z)
        }
        guard let station = candidates.max(by: { $0.position.z < $1.position.z }) else { return nil }
        let c = spine.centre(of: station)
        return map.point(c.y - CanalMap.wallOffset(spine[station.level], c.z), c.z)
    }
}
