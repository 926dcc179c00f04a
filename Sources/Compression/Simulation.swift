import Anatomy
import Clinical
import Pathology

/// Everything a simulation needs: the scenario without its file-level details.
public struct SimulationInput: Sendable, Hashable {
    public var anatomy: AnatomyOptions
    public var posture: Posture
    public var atlas: Atlas
    public var lesions: [Lesion]

    public init(anatomy: AnatomyOptions = AnatomyOptions(), posture: Posture = .neutral, atlas: Atlas = .lee2008, lesions: [Lesion] = []) {
        self.anatomy = anatomy
        self.posture = posture
        self.atlas = atlas
        self.lesions = lesions
    }
}

/// The one teaching object: what the geometry did to every root, the grades radiologists would give,
/// and the clinical picture that follows. The text report, the JSON, the figures and the tests read it.
public struct SimulationResult: Sendable {
    public var input: SimulationInput
    /// The deformed geometry, for figures.
    public var spine: DeformedSpine
    /// Every root L1–S2 on both sides, cranial first, left before right.
    public var roots: [RootFinding]
    public var caudaEquina: CaudaEquinaFinding
    /// L1–L2 to L5–S1.
    public var segments: [SegmentFinding]
    public var lesions: [LesionFinding]
    public var clinical: ClinicalPicture
    public var redFlags: [RedFlag]
    /// Sentences a student can follow: lesion → space lost → root → skin, with the numbers. Computed on
    /// demand: it is presentation, not model, and costs more than the simulation when nobody reads it.
    public var explanation: [String] { Explanation.sentences(for: self) }

    public func finding(_ root: Root, _ side: Side) -> RootFinding? {
        roots.first { $0.root == root && $0.side == side }
    }

    public func segment(_ level: DiscLevel) -> SegmentFinding {
        segments[level.rawValue - 1]
    }

    /// The roots with grade ≥ 1, worst first.
    public var hurtRoots: [RootFinding] {
        roots.filter { $0.grade > .normal }.sorted {
            ($0.grade, $0.deformationPercent, -$0.clearance) > ($1.grade, $1.deformationPercent, -$1.clearance)
        }
    }
}

/// Runs the model: anatomy → deformed geometry → room of every root → grades → clinical picture.
public enum Simulator {
    /// The default adult spine, built once (most scenarios keep the default anatomy).
    static let defaultSpine = Spine()

    public static func run(_ input: SimulationInput) -> SimulationResult {
        let spine = input.anatomy == AnatomyOptions() ? defaultSpine : Spine(options: input.anatomy)
        let deformed = DeformedSpine(spine: spine, posture: input.posture, lesions: input.lesions)
        let segments = DiscLevel.allCases.map { segmentFinding($0, deformed) }
        let roots = rootFindings(deformed, segments: segments)
        let cauda = caudaEquina(deformed, segments: segments)
        let lesions = lesionFindings(deformed)
        let flags = redFlags(roots: roots, cauda: cauda, segments: segments, deformed: deformed)
        let clinical = clinicalPicture(roots, flags: flags, input: input)
        return SimulationResult(input: input, spine: deformed, roots: roots, caudaEquina: cauda, segments: segments,
                                lesions: lesions, clinical: clinical, redFlags: flags)
    }

    static func segmentFinding(_ level: DiscLevel, _ deformed: DeformedSpine) -> SegmentFinding {
        let m = deformed.measure(level)
        let state = deformed[level]
        let schizas = Grading.schizas(area: m.duralArea, neural: state.anatomy.segment.neuralArea, posteriorFatGone: m.posteriorFatGone)
        var lee: [Side: Int] = [:]
        for side in Side.allCases { lee[side] = deformed.leeGrade(level, side) }
        return SegmentFinding(level: level, measurements: m, schizas: schizas, leeForaminal: lee,
                              meyerding: state.slipPercent.map { MeyerdingGrade(slipPercent: $0) }, slipPercent: state.slipPercent)
    }

    /// The worst station of every root on every side. With `exactClearances` false, a normal root's worst station
    /// (its site, level, clearance and lesions in contact) may be another normal station than with it true: the
    /// clearance of a station nothing comes near is not measured (``DeformedSpine/room(for:among:scratch:exactClearance:)``).
    /// Every grade, every hurt root's finding and every hurt place are the same.
    static func rootFindings(_ deformed: DeformedSpine, segments: [SegmentFinding], exactClearances: Bool = true) -> [RootFinding] {
        // One slot per root and side (cranial first, left before right); no hashing on this hot path, and the slots'
        // worst stations kept as plain values in a stack buffer: the findings are built once, at the end.
        let slots = Root.allCases.count * 2
        return withUnsafeTemporaryAllocation(of: WorstStation?.self, capacity: slots) { worstAt in
            withUnsafeTemporaryAllocation(of: LesionSet?.self, capacity: DiscLevel.allCases.count) { sacLesionCache in
                worstAt.initialize(repeating: nil)
                sacLesionCache.initialize(repeating: nil)
                var places = [[StationFinding]](repeating: [], count: slots)
                scanStations(deformed, segments: segments, worstAt: worstAt, places: &places, sacLesionCache: sacLesionCache,
                             exactClearances: exactClearances)
                // Cranial first: by level, then along the course (sac, axilla, recess, behind the body, foramen, beyond).
                let order = StationSite.allCases
                var out: [RootFinding] = []
                out.reserveCapacity(slots)
                for slot in 0..<slots {
                    guard let w = worstAt[slot] else { continue }
                    var f = RootFinding(root: w.root, side: w.side, grade: w.grade, site: w.place.site, level: w.level,
                                        clearance: w.clearance, deformationPercent: w.deformationPercent,
                                        inflamed: w.inflamed, lesions: w.lesions.isEmpty ? [] : Array(w.lesions), crowded: w.crowded)
                    f.station = w.place
                    // Most roots are hurt at one place or none: nothing to sort (and no new array).
                    f.stations = places[slot].count < 2 ? places[slot] : places[slot].sorted {
                        ($0.level.rawValue, order.firstIndex(of: $0.site) ?? 0) < ($1.level.rawValue, order.firstIndex(of: $1.site) ?? 0)
                    }
                    out.append(f)
                }
                return out
            }
        }
    }

    /// One root's worst station so far, as plain values (see ``rootFindings(_:segments:)``).
    struct WorstStation {
        var root: Root
        var side: Side
        var grade: RootGrade
        var deformationPercent: Double
        var clearance: Double
        var inflamed: Bool
        var level: DiscLevel
        var place: StationSite
        var lesions: LesionSet
        var crowded: Bool

        var rank: (grade: RootGrade, deformation: Double, clearance: Double, inflamed: Bool) {
            (grade, deformationPercent, clearance, inflamed)
        }
    }

    /// Grades every station of `deformed` and keeps, per root and side, the worst station (`worstAt`) and the worst
    /// per hurt place (`places`).
    private static func scanStations(_ deformed: DeformedSpine, segments: [SegmentFinding], worstAt: UnsafeMutableBufferPointer<WorstStation?>,
                                     places: inout [[StationFinding]], sacLesionCache: UnsafeMutableBufferPointer<LesionSet?>,
                                     exactClearances: Bool) {
        let scale = deformed.spine.options.scale
        var scratch = SectionScratch()
        // Stations come level by level: the level's solids are looked up once per level (the lookup retains them).
        var levelIndex = -1
        var local: [Solid] = []
        for station in deformed.spine.stations {
            guard let root = station.root else { continue }
            if station.level.rawValue - 1 != levelIndex {
                levelIndex = station.level.rawValue - 1
                local = deformed.levelSolids[levelIndex]
            }
            // A root in a crowded sac is hurt whatever touches it, and its hurt place keeps its room's best fit: its
            // room is measured exactly even when unhurt roots' clearances are not.
            let crowd = station.intrathecal
                ? Grading.crowding(area: segments[station.level.rawValue - 1].measurements.duralArea,
                                   neural: deformed.levels[station.level.rawValue - 1].anatomy.segment.neuralArea)
                : (grade: RootGrade.normal, deformation: 0.0)
            let room = deformed.room(for: station, among: local, scratch: &scratch,
                                     exactClearance: exactClearances || crowd.grade > .normal)
            var grade = Grading.rootGrade(room)
            var deformation = room.deformation
            if station.intrathecal && grade == .compression {
                // Roots in the sac float in CSF: tissue pushes one aside; they are compressed only when
                // the sac as a whole has no room left for them (crowding below).
                grade = .deviation
                deformation = 0
            }
            var clearance = room.clearance
            var lesions = LesionSet()
            var inflamed = false
            if !room.touching.isEmpty {
                for t in room.touching {
                    lesions.formUnion(local[t].lesionSet)
                    inflamed = inflamed || local[t].isNucleus
                }
            }
            var crowded = false
            if station.intrathecal {
                // `crowd` read the arrays, not the subscripts: those would copy the whole finding or level state.
                if crowd.grade > grade || (crowd.grade == grade && crowd.grade > .normal && crowd.deformation > deformation) {
                    grade = crowd.grade
                    deformation = max(deformation, crowd.deformation)
                    clearance = min(clearance, 0)
                    crowded = true
                    let l = station.level.rawValue - 1
                    if sacLesionCache[l] == nil { sacLesionCache[l] = sacLesions(station.level, deformed) }
                    lesions.formUnion(sacLesionCache[l] ?? LesionSet())
                }
            }
            inflamed = inflamed && grade > .normal
            // Most stations are not flattened at all: zero stays zero (with its sign) without the rounding call.
            let deformationPercent = deformation == 0 ? deformation : (deformation * 1000).rounded() / 10
            let slot = (root.rawValue - 1) * 2 + (station.side == .left ? 0 : 1)
            // The place is named only when this station is the root's worst so far or hurt (most are neither).
            let rank = (grade: grade, deformation: deformationPercent, clearance: clearance, inflamed: inflamed)
            let worst = worstAt[slot].map { worse(rank, than: $0.rank) } ?? true
            guard worst || grade > .normal else { continue }
            let place = StationSite(station, scale: scale)
            if grade > .normal {
                let here = StationFinding(site: place, level: station.level, grade: grade, clearance: clearance,
                                          deformationPercent: deformationPercent, crowded: crowded, bestFit: room.bestFit)
                if let i = places[slot].firstIndex(where: { $0.site == place && $0.level == station.level }) {
                    if worse(here, than: places[slot][i]) { places[slot][i] = here }
                } else {
                    // A hurt root is hurt at a few places: room for four at once, not an array grown one place at a time.
                    if places[slot].isEmpty { places[slot].reserveCapacity(4) }
                    places[slot].append(here)
                }
            }
            guard worst else { continue }
            worstAt[slot] = WorstStation(root: root, side: station.side, grade: grade, deformationPercent: deformationPercent,
                                         clearance: clearance, inflamed: inflamed, level: station.level, place: place,
                                         lesions: lesions, crowded: crowded)
        }
    }

    /// Orders one root's places: higher grade, then more deformation, then less clearance.
    static func worse(_ a: StationFinding, than b: StationFinding) -> Bool {
        if a.grade != b.grade { return a.grade > b.grade }
        if a.deformationPercent != b.deformationPercent { return a.deformationPercent > b.deformationPercent }
        return a.clearance < b.clearance
    }

    /// The involvement the clinical picture is drawn from. Slow compression is better tolerated than
    /// fast (§E5 modifiers; §C3: fixed deficits often absent in stenosis): a root compressed only by
    /// chronic lesions (stenosis, slip, degeneration, bulge) is marked ``RootInvolvement/chronic`` and
    /// counts one grade lower clinically — pain and mild sensory change, not a fixed deficit — however
    /// flat it is. A root with no room left, or compressed in the sac of a cauda equina syndrome, is
    /// ``RootInvolvement/crushed`` (§D4 areflexia). The report keeps the geometric grade.
    static func clinicalInvolvement(_ f: RootFinding, lesions: [Lesion], caudaEquinaSyndrome: Bool = false) -> RootInvolvement {
        var involvement = f.involvement
        guard f.grade > .normal else { return involvement }
        involvement.crushed = f.grade == .compression
            && (f.deformationPercent >= RootRoom.maximumDeformation * 100 - 0.05 || (caudaEquinaSyndrome && (f.crowded || f.site == .centralCanal)))
        guard !f.lesions.isEmpty else { return involvement }
        let chronic = f.lesions.allSatisfy { i in
            guard lesions.indices.contains(i) else { return false }
            if case .herniation(let h) = lesions[i].kind { return h.morphology == .bulge }
            return true
        }
        if chronic {
            involvement.chronic = true
            if involvement.grade == .compression { involvement.grade = .deviation }
        }
        return involvement
    }

    /// Orders findings: higher grade, then more deformation, then less clearance, then inflamed.
    static func worse(_ a: RootFinding, than b: RootFinding) -> Bool {
        worse((a.grade, a.deformationPercent, a.clearance, a.inflamed), than: (b.grade, b.deformationPercent, b.clearance, b.inflamed))
    }

    /// The same order on a finding's parts, so a station can be ranked before its finding is built.
    static func worse(_ a: (grade: RootGrade, deformation: Double, clearance: Double, inflamed: Bool),
                      than b: (grade: RootGrade, deformation: Double, clearance: Double, inflamed: Bool)) -> Bool {
        if a.grade != b.grade { return a.grade > b.grade }
        if a.deformation != b.deformation { return a.deformation > b.deformation }
        if a.clearance != b.clearance { return a.clearance < b.clearance }
        return a.inflamed && !b.inflamed
    }

    /// The lesions whose tissue takes area from the sac at `level`.
    static func sacLesions(_ level: DiscLevel, _ deformed: DeformedSpine) -> LesionSet {
        let local = deformed.solids(for: level)
        // The solids no lesion made, in an array made at its full size with room for one more (`filter` grew its
        // array five times over a level's solids), and one section buffer for every area measured.
        var base: [Solid] = []
        base.reserveCapacity(local.count + 1)
        for solid in local where solid.lesionSet.isEmpty { base.append(solid) }
        var scratch = SectionScratch()
        let full = deformed.duralArea(level, solids: base, scratch: &scratch)
        var out = LesionSet()
        // The base and one lesion solid, in one array whose last place each solid takes in turn.
        var probe = base
        let baseCount = probe.count
        for solid in local where !solid.lesionSet.isEmpty && abs(solid.level.rawValue - level.rawValue) <= 1 {
            // A solid that no plane of the measurement keeps leaves the area at `full` exactly: it takes none.
            guard deformed.meetsSacPlanes(solid, at: level) else { continue }
            if probe.count == baseCount { probe.append(solid) } else { probe[baseCount] = solid }
            if deformed.duralArea(level, solids: probe, scratch: &scratch) < full - 1 { out.formUnion(solid.lesionSet) }
        }
        return out
    }

    static func caudaEquina(_ deformed: DeformedSpine, segments: [SegmentFinding]) -> CaudaEquinaFinding {
        // Read through indices and the level array: binding a finding or a level state copies it (retaining its
        // dictionaries and lesion lists), and this runs for every simulation.
        var minimum = 0
        for i in segments.indices where segments[i].measurements.duralArea < segments[minimum].measurements.duralArea { minimum = i }
        // Compressed once the sac is smaller than the roots it holds (Schizas C–D, the crowding that compresses
        // every root in it, §B2, §E5). The S3–S5 bundle floats in CSF like the named roots in the sac
        // (`rootFindings`): tissue that reaches it in a roomy sac (Schizas A–B) pushes it aside, it does not
        // compress it.
        let compressed = segments.indices.contains {
            segments[$0].measurements.duralArea < deformed.levels[segments[$0].level.rawValue - 1].anatomy.segment.neuralArea
        }
        return CaudaEquinaFinding(compressed: compressed, minDuralArea: segments[minimum].measurements.duralArea,
                                  level: segments[minimum].level)
    }
}
