import Anatomy
import Compression
import FigureStyle
import Pathology

/// One point of a root's course in (y′, z) terms of the `CanalMap`, with the root's radius there (mm), and
/// the report's place it stands for (`StationFinding.site` and `.level`): nil where the model has no station
/// (S1's course down the sacral canal), which the figure then draws ungraded.
struct CoursePoint {
    var y: Double
    var z: Double
    var radius: Double
    var place: StationSite? = nil
    var level: DiscLevel? = nil
}

/// The course of one exiting root (L1–L5, and S1 leaving the sacrum) on one side, projected onto the
/// sagittal plane: from where it leaves the sac, down its lateral recess, under its pedicle into the
/// foramen, where its ganglion lies, and out. Built from the model's stations (`DeformedSpine.centre`);
/// S1's sacral part, which the model does not follow, is drawn schematically below the L5–S1 recess.
struct RootCourse {
    var root: Root
    var side: Side
    var points: [CoursePoint]
    /// Index in `points` of the ganglion, and its radius (mm).
    var ganglion: Int?
    var ganglionRadius: Double

    /// Where the root leaves the sac (the first point).
    var departure: CoursePoint? { points.first }

    init?(root: Root, side: Side, spine: DeformedSpine, profile: SacProfile, map: CanalMap) {
        guard root != .S2 else { return nil }
        self.root = root
        self.side = side
        let stations = spine.spine.stations.filter { $0.root == root && $0.side == side }
        let scale = spine.spine.options.scale
        func point(_ station: RootStation, _ radius: Double? = nil) -> CoursePoint {
            let c = spine.centre(of: station)
            return CoursePoint(y: c.y - CanalMap.wallOffset(spine[station.level], c.z), z: c.z, radius: radius ?? station.radius,
                               place: StationSite(station, scale: scale), level: station.level)
        }
        let thin = Morphometry.rootRadius(root).intrathecal * scale, thick = spine.spine.ganglionRadius(root, side)
        var points: [CoursePoint] = []
        // In the sac above the disc it crosses, then down the lateral recess (traversing stations).
        if let above = root.traversedLevel {
            let here = stations.filter { $0.level == above }
            if let sac = here.filter({ $0.intrathecal }).max(by: { $0.position.z < $1.position.z }) {
                // Inside the sac the root lies dorsally before it turns forward to leave.
                var p = point(sac)
                p.y = max(p.y, profile.across(0.5, p.z))
                points.append(p)
            }
            // Across the disc in the lateral recess; below it the root runs straight down to its pedicle.
            // Every recess station, cranial first: beside the disc, then behind the body below it (the report grades each).
            for recess in here.filter({ $0.site == .lateralRecess && $0.attachment == .lower }).sorted(by: { $0.position.z > $1.position.z }) {
                points.append(point(recess))
            }
        }
        var ganglion: Int?
        if let exit = root.exitLevel {
            let here = stations.filter { $0.level == exit }
            if let axilla = here.first(where: { $0.site == .lateralRecess && $0.attachment == .upper }) {
                let a = point(axilla)
                if points.isEmpty {
                    // L1 leaves the sac above its pedicle: start it there.
                    points.append(CoursePoint(y: profile.across(0.45, a.z + 12), z: a.z + 12, radius: thin, place: .inSac, level: exit))
                }
                points.append(a)
            }
            if let foramen = here.first(where: { $0.site == .foramen }) {
                ganglion = points.count
                points.append(point(foramen, thin * 1.25))
            }
            if let beyond = here.first(where: { $0.site == .extraforaminal }) {
                let b = point(beyond)
                points.append(b)
                points.append(Self.ramus(from: b, radius: b.radius * 0.7, map: map))
            }
        } else {
            // S1 runs on down the sacral canal; its ganglion lies at the S1 foramen, then it leaves forward.
            let y = points.last?.y ?? 2.6, top = spine[.L5S1].baseZ
            // (The model's last station, behind S1 9 mm below the disc, may already be there.)
            if (points.last?.z ?? top) > top - 8 { points.append(CoursePoint(y: y + 0.2, z: top - 9, radius: thin)) }
            ganglion = points.count
            points.append(CoursePoint(y: y + 0.9, z: top - 15, radius: thin * 1.25))
            let beyond = CoursePoint(y: y - 0.5, z: top - 19.5, radius: thin * 1.3)
            points.append(beyond)
            // Its ventral ramus leaves through the anterior sacral foramen: forward and down, as the lumbar ones.
            points.append(Self.ramus(from: beyond, radius: thin * 1.1, map: map))
        }
        guard points.count > 1 else { return nil }
        self.points = points
        self.ganglion = ganglion
        self.ganglionRadius = thick
    }

    /// How far the drawn ventral ramus runs beyond the extraforaminal station, mm: forward and down in the upright
    /// figure. A drawing convention (the model follows the root no further than that station).
    static let ramusForward = 3.5, ramusDown = 5.5

    /// The end of the drawn course: the ventral ramus heading forward and down out of the foramen (S1's out of its
    /// anterior sacral foramen) — for L5 over the sacral ala, between the L5 transverse process and the ala
    /// (clinical-reference.md §B10: "L5 transverse process–sacral ala (far-out)").
    ///
    /// Taken in the figure's own (upright) frame, not in the canal map's (y′, z): below a disc the map's "down" runs along
    /// the wall of the vertebra below, which at L5–S1 is the sacrum's, sloping 40° backwards (`SagittalSkeleton.sacralSlope`),
    /// so that "down" there swung the L5 ramus straight down over the disc, and backwards towards the canal where a slip
    /// tilts it further. In the figure frame it heads forward and down whatever the posture or slip.
    ///
    /// `radius`: the ramus's there, mm; it stands for the same place as `b` (the report's extraforaminal station, or none).
    static func ramus(from b: CoursePoint, radius: Double, map: CanalMap) -> CoursePoint {
        // Figure +u is posterior (viewed from the left), +v cranial (`Frame`).
        let end = map.point(b.y, b.z) + PlanePoint(-ramusForward, -ramusDown)
        let (y, z) = map.inverse(end)
        return CoursePoint(y: y, z: z, radius: radius, place: b.place, level: b.level)
    }
}
