/// The neutral anatomy of the lumbar spine L1–S1 for one scenario, and where every root runs.
public struct Spine: Sendable, Hashable {
    public var options: AnatomyOptions
    /// Indexed by `DiscLevel.allCases` order.
    public var levels: [LevelAnatomy]
    public private(set) var stations: [RootStation]
    /// Index into `stations` of the exiting root's foraminal station, and of the traversing root's station beside
    /// its disc, by level and side (`slot(level, side)`); −1 where there is none. Measurements look these up for
    /// every level of every simulation, so they are found once here instead of by a search each time.
    private var foraminalIndex: [Int]
    private var recessIndex: [Int]

    public init(options: AnatomyOptions = AnatomyOptions()) {
        self.options = options
        self.levels = DiscLevel.allCases.map { LevelAnatomy(level: $0, options: options) }
        self.stations = []
        stations.reserveCapacity(Self.stationCount)
        for level in levels {
            for side in Side.allCases { Self.appendStations(at: level, side: side, to: &stations) }
        }
        let slots = DiscLevel.allCases.count * 2
        foraminalIndex = [Int](repeating: -1, count: slots)
        recessIndex = [Int](repeating: -1, count: slots)
        for (i, st) in stations.enumerated() {
            let slot = Self.slot(st.level, st.side)
            if st.site == .foramen && foraminalIndex[slot] < 0 { foraminalIndex[slot] = i }
            if st.site == .lateralRecess && st.attachment == .lower && recessIndex[slot] < 0 { recessIndex[slot] = i }
        }
    }

    /// How many stations a spine has: per level and side three of the exiting root, three of the traversing root
    /// beside and below its disc, one of it in the sac above the disc, and two of every root (and the S3–S5 bundle)
    /// that leaves lower down (`appendStations(at:side:to:)`).
    static let stationCount: Int = DiscLevel.allCases.reduce(0) { $0 + 2 * stationCount(at: $1) }

    static func stationCount(at level: DiscLevel) -> Int {
        7 + 2 * (Root.allCases.count(where: { $0.rawValue > level.traversingRoot.rawValue }) + 1)
    }

    private static func slot(_ level: DiscLevel, _ side: Side) -> Int { (level.rawValue - 1) * 2 + (side == .left ? 0 : 1) }

    /// The exiting root's station in the foramen at `level` on `side` (the ganglion), if a root exits there.
    public func foraminalStation(_ level: DiscLevel, _ side: Side) -> RootStation? {
        let i = foraminalIndex[Self.slot(level, side)]
        return i < 0 ? nil : stations[i]
    }

    /// The traversing root's first station in the lateral recess at `level` on `side` (beside the disc), if any.
    public func recessStation(_ level: DiscLevel, _ side: Side) -> RootStation? {
        let i = recessIndex[Self.slot(level, side)]
        return i < 0 ? nil : stations[i]
    }

    public subscript(level: DiscLevel) -> LevelAnatomy { levels[level.rawValue - 1] }

    /// The radius of `root`'s dorsal root ganglion on `side`, mm: the one of the level it exits at
    /// (`LevelAnatomy.ganglionRadii`, which a scenario may set), or for S1 and S2, which leave through the sacrum,
    /// the default at this scale.
    public func ganglionRadius(_ root: Root, _ side: Side) -> Double {
        guard let level = DiscLevel.allCases.first(where: { $0.exitingRoot == root }) else {
            return Morphometry.rootRadius(root).ganglion * options.scale
        }
        return self[level].ganglionRadii[side]
    }

    /// The stations of the roots at one level on one side: the exiting root at its axilla, in the foramen
    /// (with its ganglion) and beyond; the traversing root beside the disc and down its lateral recess;
    /// every root still inside the sac (§A7, §A8: the next root to leave lies most lateral, sacral roots
    /// dorsomedial).
    ///
    /// Appended to `out`: a population builds a spine per person, so no array is made per level.
    static func appendStations(at a: LevelAnatomy, side: Side, to out: inout [RootStation]) {
        let s = a.scale, g = side.sign
        let seg = a.segment
        let scaleR = { (r: Double) in r * s }
        func add(_ root: Root?, _ site: CourseSite, _ plane: StationPlane, _ att: Attachment,
                 _ x: Double, _ y: Double, _ z: Double, _ r: Double, mobility: Double,
                 intrathecal: Bool = false, ganglion: Bool = false, slipFollow: Double = 1) {
            out.append(RootStation(root: root, side: side, level: a.level, site: site, plane: plane, attachment: att,
                                   position: Vec3(g * x, y, z), radius: r, mobility: mobility * s,
                                   intrathecal: intrathecal, ganglion: ganglion, slipFollow: slipFollow))
        }
        // Exiting root: numbered after the upper vertebra, it leaves under that vertebra's pedicle.
        do {
            let exiting = a.level.exitingRoot
            let rt = scaleR(Morphometry.rootRadius(exiting).intrathecal)
            let rg = a.ganglionRadii[side]
            // The ganglion rests in the middle of the upper foramen under the pedicle (§A6); the deformed spine
            // recentres it as the foramen changes height (`DeformedSpine.centre(of:in:)`).
            let room = Morphometry.upperNotchShare(a.level) * (a.foramenHeights[side] - Morphometry.hasegawaDiscHeight * s)
            let centreBelowRoof = max(rg, room / 2)
            add(exiting, .lateralRecess, .axial, .upper, a.facetEdgeX - rt - 0.3 * s, rt + 1.0 * s, -1 * s, rt, mobility: 1.5)
            add(exiting, .foramen, .parasagittal, .upper, a.pedicleWallX + a.upper.pedicleWidth / 2,
                rg + 1.0 * s, -centreBelowRoof, rg, mobility: 0.5, ganglion: true, slipFollow: 0.4)
            // The spinal nerve beyond keeps the default size: a ganglion given larger or smaller is that ganglion's
            // own (population.md §A11.2i gives no correlation between the two).
            let rn = 0.85 * scaleR(Morphometry.rootRadius(exiting).ganglion)
            add(exiting, .extraforaminal, .parasagittal, .upper, a.pedicleWallX + a.upper.pedicleWidth + 4 * s,
                rn + 1.5 * s, -(centreBelowRoof + 4 * s), rn, mobility: 2.5, slipFollow: 0.4)
        }
        // Traversing root: crosses this disc in the subarticular zone and goes down to its own pedicle.
        let traversing = a.level.traversingRoot
        let rt = scaleR(Morphometry.rootRadius(traversing).intrathecal)
        let recessY = min(a.recessDepths[side] / 2, rt + 1.2 * s)
        // Beside its disc the root still lies against the sac and is pushed dorsomedially (Pfirrmann 2) a long way
        // before it is trapped; tuned on purpose to the protrusion rows of docs/calibration.md (MSU §B7,
        // population.md §A11.4a: small protrusions deviate, they rarely compress).
        add(traversing, .lateralRecess, .axial, .lower, a.pedicleWallX - rt - 0.6 * s, recessY, seg.discHeight / 2, rt, mobility: 4.25)
        add(traversing, .lateralRecess, .axial, .lower, a.pedicleWallX - rt - 0.5 * s, recessY, -4 * s, rt, mobility: 1.5)
        add(traversing, .lateralRecess, .axial, .lower, a.pedicleWallX - rt - 0.5 * s, recessY, -9 * s, rt, mobility: 1.5)
        // Inside the sac: the traversing root above the disc, then the roots that leave lower down.
        let ax = seg.sacHalfWidth, ay = a.sacAP / 2, cy = a.sacCenterY
        func sacPoint(_ direction: (cos: Double, sin: Double), _ r: Double) -> (Double, Double) {
            let kx = max(0.5, ax - r - 0.6 * s), ky = max(0.2, ay - r - 0.6 * s)
            return (kx * direction.cos, cy + ky * direction.sin)
        }
        let (tx, ty) = sacPoint(Self.traversingDirection, rt)
        add(traversing, .centralCanal, .axial, .lower, tx, ty, seg.discHeight + 5 * s, rt, mobility: 2.5, intrathecal: true)
        let places = Self.sacPlaces[a.level.rawValue - 1]
        for i in 0..<places.count {
            let place = places.places[i]
            let r = place.radius * s
            let (x, y) = sacPoint(place.direction, r)
            add(place.root, .centralCanal, .axial, .lower, x, y, seg.discHeight / 2, r, mobility: 2.5, intrathecal: true)
            add(place.root, .centralCanal, .axial, .lower, x, y, -a.lower.posteriorHeight / 2, r, mobility: 2.5, intrathecal: true)
        }
    }

    /// Where the traversing root lies in the sac above its disc: 15° below the transverse axis (cos, sin).
    static let traversingDirection = direction(-15)

    /// One root's place in the sac at a level: the root (nil: the S3–S5 bundle), its unscaled radius (mm) and the
    /// direction of its place round the sac (cos, sin).
    struct SacPlace {
        var root: Root?
        var radius: Double
        var direction: (cos: Double, sin: Double)
    }

    /// The places of one level: the first `count` of `places`.
    struct SacPlaces {
        /// Enough for the most roots in the sac at any level (L1–L2: L3 … S2 and the bundle).
        static let capacity = 8
        var places: InlineArray<8, SacPlace>
        var count: Int
    }

    /// The roots still in the sac at each level (`DiscLevel.allCases` order): every root that leaves lower down, then
    /// the S3–S5 bundle (root nil), with their unscaled radii (mm) and the direction of their place round the sac.
    /// Lying dorsally (supine, Schizas A1): from dorsolateral (next to leave, 35°) round to dorsomedial (the sacral
    /// roots, 80°); one root alone at 75°. Made once: a population builds a spine for every person.
    /// Inline arrays of plain values, not arrays of arrays: reading an array held in a global takes a reference on
    /// its storage, and two population workers taking and dropping references on the same storage for every person
    /// slowed each other down (an atomic count shared by two cores); reading these copies plain values.
    static let sacPlaces: InlineArray<5, SacPlaces> = InlineArray { index in
        let level = DiscLevel.allCases[index]
        let roots: [(Root?, Double)] = Root.allCases.filter { $0.rawValue > level.traversingRoot.rawValue }
            .map { (Optional($0), Morphometry.rootRadius($0).intrathecal) } + [(nil, Morphometry.caudaEquinaRadius)]
        precondition(roots.count <= SacPlaces.capacity, "more roots in the sac than SacPlaces holds")
        let placed = roots.enumerated().map { i, entry in
            let angle = roots.count == 1 ? 75 : 35 + 45 * Double(i) / Double(roots.count - 1)
            return SacPlace(root: entry.0, radius: entry.1, direction: direction(angle))
        }
        return SacPlaces(places: InlineArray { i in i < placed.count ? placed[i] : SacPlace(root: nil, radius: 0, direction: (1, 0)) },
                         count: placed.count)
    }

    /// (cos, sin) of an angle in degrees.
    static func direction(_ angleDegrees: Double) -> (cos: Double, sin: Double) {
        let t = angleDegrees * Double.pi / 180
        return (cos(t), sin(t))
    }
}

import Foundation
import Geometry
