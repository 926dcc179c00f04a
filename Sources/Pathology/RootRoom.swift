import Anatomy
import Geometry

/// How much room one root has at one station (mm), found from the distance field of the solids in the
/// station's section plane.
public struct RootRoom: Sendable, Hashable {
    /// Distance from the root's surface at rest to the nearest solid; negative when something reaches
    /// into the place the root would occupy.
    public var clearance: Double
    /// The largest radius that fits anywhere within the root's mobility of its resting place; when the root was
    /// searched only because it is touched, any value of at least `radius` (it fits: the search stops there).
    public var bestFit: Double
    /// The root's radius.
    public var radius: Double
    /// Indices of the solids within contact of the root at rest.
    public var touching: [Int]

    /// 0 … 0.85: how much the root must flatten to fit, 1 − bestFit / radius. A root flattened to a ribbon
    /// (85 %) has no room left at all; beyond that the number means nothing more, so it stops there.
    public var deformation: Double { max(0, min(Self.maximumDeformation, 1 - bestFit / radius)) }

    /// The most flattening reported: "no room left".
    public static let maximumDeformation = 0.85

    /// Deformation below which a pinch is read as contact, not compression (under MRI resolution) [D].
    public static let deformationThreshold = 0.10
    /// Clearance at or below which a root counts as pushed out of place (deviated) [D].
    public static let deviationClearance = -0.5
}

extension DeformedSpine {
    /// The room of a root at `station`: clearance at rest and the best fit within its mobility, searched
    /// on a 9 × 9 grid of displacements (only when the root is touched).
    public func room(for station: RootStation, solids: [Solid]? = nil) -> RootRoom {
        Self.room(for: station, centre: centre(of: station), solids: solids ?? self.solids(for: station.level))
    }

    /// ``room(for:solids:)`` among the station's level's solids, cutting its section in `scratch`'s storage.
    public func room(for station: RootStation, scratch: inout SectionScratch) -> RootRoom {
        Self.room(for: station, centre: centre(of: station), solids: levelSolids[station.level.rawValue - 1], scratch: &scratch)
    }

    /// ``room(for:scratch:)`` among `solids`, the station's level's solids (``levelSolids``) looked up by the caller:
    /// once per level for a run over the stations, which come level by level.
    ///
    /// With `exactClearance` false, the clearance of a root that nothing comes near is not measured: when no tissue
    /// lies within ``untouchedBound`` mm of the root's surface, the room reads a clearance of (about) that bound
    /// instead of the true one, and a best fit of the radius plus the bound. Such a root is graded normal either way
    /// and nothing else changes: a station within the bound of tissue gets exactly the room it gets with
    /// `exactClearance` true. For a run that reads only grades and what hurt roots have (`radix population`): the
    /// nearest tissue of a root with room around it was 40 % of the instructions of a simulated person.
    public func room(for station: RootStation, among solids: [Solid], scratch: inout SectionScratch,
                     exactClearance: Bool = true) -> RootRoom {
        Self.room(for: station, centre: centre(of: station), solids: solids, scratch: &scratch,
                  untouchedBound: exactClearance ? .infinity : station.radius + Self.untouchedBound)
    }

    /// How far past a root's surface (mm) ``room(for:among:scratch:exactClearance:)`` looks for tissue when the
    /// clearance need not be exact: 0.1 mm, twice the 0.05 mm within which a root counts as touched, so that a root
    /// whose room reads the bound is surely not touched (0.1 − rounding > 0.05).
    public static let untouchedBound = 0.1

    /// The room of a root at `station` resting at `c` among `all`.
    /// With `searchAlways`, the best fit is searched even when nothing touches the root, which makes it a
    /// monotone measure (used when solving severities); otherwise only touched roots are searched.
    static func room(for station: RootStation, centre c: Vec3, solids all: [Solid], searchAlways: Bool = false) -> RootRoom {
        var scratch = SectionScratch()
        return room(for: station, centre: c, solids: all, searchAlways: searchAlways, scratch: &scratch)
    }

    /// The same, cutting the station's section in `scratch`'s storage. With a finite `untouchedBound` (mm from the
    /// root's centre, more than its radius + 0.05), the nearest tissue is looked for only within that bound: see
    /// ``room(for:among:scratch:exactClearance:)``.
    static func room(for station: RootStation, centre c: Vec3, solids all: [Solid], searchAlways: Bool = false,
                     scratch: inout SectionScratch, untouchedBound: Double = .infinity) -> RootRoom {
        let plane: SectionPlane = station.plane == .axial ? .axial(z: c.z) : .parasagittal(x: c.x)
        let p = plane.project(c)
        let reach = station.radius + station.mobility + 3
        if !searchAlways {
            // Most stations are touched by nothing: their room is the distance to the nearest tissue, found without
            // keeping the sections (the same value as the field's below). Beyond `untouchedBound` that distance reads
            // the bound, and the clearance then exceeds 0.05 as the true one does: the same branch is taken.
            let d0 = SectionField.distance(at: p, solids: all, plane: plane, reach: reach, upTo: untouchedBound)
            let clearance = min(d0, 50) - station.radius
            if clearance > 0.05 { return RootRoom(clearance: clearance, bestFit: min(d0, 50), radius: station.radius, touching: []) }
        }
        let field = SectionField(solids: all, plane: plane, centre: p, reach: reach, scratch: &scratch)
        defer { field.recycle(into: &scratch) }
        let d0 = field.distance(p)
        let clearance = min(d0, 50) - station.radius
        var touching: [Int] = []
        var best = d0
        if clearance <= 0.05 || searchAlways {
            for item in field.rects where item.rect.signedDistance(to: p) - station.radius <= 0.05 {
                touching.append(item.solid)
            }
            best = max(best, bestFit(field, at: p, mobility: station.mobility, radius: searchAlways ? .infinity : station.radius))
        }
        if touching.count > 1 { touching.sort() }
        return RootRoom(clearance: clearance, bestFit: min(best, 50), radius: station.radius, touching: touching)
    }

    /// The largest distance to tissue within `m` mm of `p` — or, given a finite `radius`, any distance of at least
    /// `radius` as soon as one is found: a 9 × 9 grid of displacements, then a 7 × 7 grid
    /// m/16 apart around every coarse point that ties for best (it reaches half-way into the neighbouring coarse
    /// cells, so the value does not drop when the best coarse point moves to a neighbour as tissue grows). The finer grid keeps
    /// the measure continuous as tissue grows (a coarse grid alone jumps by whole steps, which made grades jump
    /// with a lesion's size); grids, not a climb, so that mirrored geometry gives exactly the same value.
    static func bestFit(_ field: SectionField, at p: Vec2, mobility m: Double, radius: Double = .infinity) -> Double {
        guard m > 0 else { return field.distance(p) }
        // Only the sections that can be nearest somewhere within m of p take part (`SectionField.withNearest`): the
        // values are the same, and the grids below measure up to 160 points.
        return field.withNearest(to: p, within: m) { near in
        // The coarse points that tie for best, as grid indices (i + 4) · 9 + (j + 4), in a stack buffer: this runs for
        // every touched root of every simulation.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 81) { ties in
            var best = -Double.infinity
            var count = 0
            for i in -4...4 {
                for j in -4...4 {
                    let q = Vec2(Double(i), Double(j)) * (m / 4)
                    guard q.length <= m + 1e-9 else { continue }
                    // A point below the best so far by more than the tie margin changes nothing: its distance is
                    // only measured until that is clear.
                    let d = near.distance(p + q, stoppingBelow: best - 1e-9)
                    // A root that fits somewhere is not flattened: any place with room for it ends the search (with
                    // a finite radius, the value past it is read only as "fits").
                    if d >= radius { return d }
                    if d > best + 1e-9 {
                        best = d
                        ties[0] = (i + 4) * 9 + (j + 4)
                        count = 1
                    } else if d >= best - 1e-9 {
                        ties[count] = (i + 4) * 9 + (j + 4)
                        count += 1
                    }
                }
            }
            // Refining only matters while the root must flatten (best below its radius): past that the root fits
            // wherever it is and nothing is graded on the exact value (`RootRoom.deformation` is 0), so the search
            // also stops as soon as a refined point reaches the radius.
            var refined = best
            // The fine points lie on one lattice m/16 apart (coarse points are 4 fine steps apart); neighbouring ties'
            // patches overlap, and each lattice point is measured once. 39 × 39 points cover every patch.
            let side = 39, centre = 19
            return withUnsafeTemporaryAllocation(of: Bool.self, capacity: side * side) { seen in
                seen.initialize(repeating: false)
                for t in ties[0..<count] {
                    let si = (t / 9 - 4) * 4, sj = (t % 9 - 4) * 4
                    for i in -3...3 {
                        for j in -3...3 where i != 0 || j != 0 {
                            let fi = si + i, fj = sj + j
                            let k = (fi + centre) * side + (fj + centre)
                            if seen[k] { continue }
                            seen[k] = true
                            let q = Vec2(Double(fi), Double(fj)) * (m / 16)
                            guard q.length <= m + 1e-9 else { continue }
                            refined = max(refined, near.distance(p + q, stoppingBelow: refined))
                            if refined >= radius { return refined }
                        }
                    }
                }
                return refined
            }
        }
        }
    }
}
