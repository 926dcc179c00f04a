import Anatomy
import Geometry

/// The spine after posture and lesions: per-level state and every solid, in the global frame (mm;
/// z = 0 at the top of S1, levels stacked upwards by their deformed disc and body heights).
public struct DeformedSpine: Sendable {
    public let spine: Spine
    public let posture: Posture
    public let lesions: [Lesion]
    public private(set) var levels: [LevelState]
    /// Every solid, for figures: each level's own tissue, then the lesions'. Assembled when asked for (a
    /// population's simulations never ask).
    public var solids: [Solid] {
        levelSolids.flatMap { $0.dropLast(lesionSolids.count) } + lesionSolids
    }
    /// The lesions' solids (the end of every level's `levelSolids`).
    public private(set) var lesionSolids: [Solid] = []
    /// What the roots of each level meet: that level's own tissue and every lesion's (by level order).
    /// Each level frame carries its own copy of the vertebrae above and below it, so frames never mix.
    public private(set) var levelSolids: [[Solid]] = []
    /// Each level's station frames, left then right (`(level − 1) · 2 + side`): read for every station of every
    /// simulation, so kept apart from the level states, whose copy (retaining their lesion lists) the compiler would
    /// make to read them.
    private var stationFrames: [LevelState.StationFrame] = []
    /// For each stenosis lesion, the encroachment (mm) solved from its severity.
    public private(set) var encroachments: [Int: Double] = [:]

    /// - Parameter lesions: at most ``LesionSet/capacity`` (127; a scenario holds at most 100).
    public init(spine: Spine, posture: Posture = .neutral, lesions: [Lesion]) {
        precondition(lesions.count <= LesionSet.capacity, "at most \(LesionSet.capacity) lesions")
        self.spine = spine
        self.posture = posture
        self.lesions = lesions
        self.levels = spine.levels.map(LevelState.init)
        for i in levels.indices { Self.applyPosture(posture, to: &levels[i]) }
        for (index, lesion) in lesions.enumerated() {
            let i = lesion.level.rawValue - 1
            switch lesion.kind {
            case .degeneration(let d): levels[i].degenerate(d, index: index)
            case .spondylolisthesis(let slip): levels[i].slip(slip, index: index)
            case .herniation, .stenosis: break
            }
        }
        stack()
        // Built with loops into reserved arrays: nested maps made an array per level (a population builds a spine per
        // person).
        stationFrames.reserveCapacity(levels.count * 2)
        for i in levels.indices {
            stationFrames.append(levels[i].stationFrame(.left))
            stationFrames.append(levels[i].stationFrame(.right))
        }
        var extra: [Solid] = []
        for (index, lesion) in lesions.enumerated() {
            let state = self[lesion.level]
            switch lesion.kind {
            case .herniation(let h): extra += h.solids(in: state, lesionIndex: index)
            case .stenosis(let st):
                // A residual measure describes the spine in neutral posture; posture then acts on it.
                var neutral = LevelState(anatomy: state.anatomy)
                neutral.baseZ = state.baseZ
                let e = solveEncroachment(st, state: neutral, baseSolids: neutral.baseSolids())
                encroachments[index] = e
                extra += st.solids(in: state, encroachment: e, lesionIndex: index)
            case .degeneration, .spondylolisthesis: break
            }
        }
        lesionSolids = extra
        // Every level meets every lesion's solids after its own: each level's array is made with room for them.
        var perLevel: [[Solid]] = []
        perLevel.reserveCapacity(levels.count)
        for i in levels.indices {
            var solids = levels[i].baseSolids(reserving: extra.count)
            solids.append(contentsOf: extra)
            perLevel.append(solids)
        }
        levelSolids = perLevel
    }

    /// The solids the roots and measurements of `level` meet.
    public func solids(for level: DiscLevel) -> [Solid] { levelSolids[level.rawValue - 1] }

    /// A level's state, read in place (a copy would retain its lesion lists; this is read for every station).
    public subscript(level: DiscLevel) -> LevelState {
        _read { yield levels[level.rawValue - 1] }
    }

    /// Posture scales canal and foramina (§E3): extension brings the flavum forward (canal −7 %), the
    /// superior articular processes forward (foramen width −10 %), the pedicles together (foraminal height
    /// −6 %) and bulges the disc back 0.5 mm; flexion opens all of them somewhat less. Static: a method on the
    /// spine changing one of its own levels would copy the whole spine for every level.
    private static func applyPosture(_ posture: Posture, to state: inout LevelState) {
        let seg = state.anatomy.segment, s = state.anatomy.scale
        switch posture {
        case .neutral: break
        case .extension:
            state.canalWallShift = 0.07 * seg.canalAP
            state.facetShift = 0.10 * seg.foramenWidth
            state.roofDrop = 0.06 * seg.foramenHeight
            state.discBulge = 0.5 * s
        case .flexion:
            state.canalWallShift = -0.05 * seg.canalAP
            state.facetShift = -0.05 * seg.foramenWidth
            state.roofDrop = -0.05 * seg.foramenHeight
        }
    }

    /// Places each level's frame: L5–S1 on top of S1 at z = 0, each level above on the one below.
    private mutating func stack() {
        var z = 0.0
        for i in levels.indices.reversed() {
            levels[i].baseZ = z
            z += levels[i].discHeight + levels[i].anatomy.upper.posteriorHeight
        }
    }

    /// The global resting centre of a station in this deformed spine: stations on the upper vertebra
    /// move with its pedicle (down with disc collapse and posture, forward or back with a slip).
    public func centre(of station: RootStation) -> Vec3 {
        // The level's few numbers, made once: passing the whole state would copy it (and retain its lesion lists)
        // for every station of every simulation.
        Self.centre(of: station, in: stationFrames[(station.level.rawValue - 1) * 2 + (station.side == .left ? 0 : 1)])
    }

    /// The global resting centre of a station given its level's state.
    static func centre(of station: RootStation, in state: LevelState) -> Vec3 {
        centre(of: station, in: state.stationFrame(station.side))
    }

    static func centre(of station: RootStation, in f: LevelState.StationFrame) -> Vec3 {
        switch station.attachment {
        case .lower:
            // Points in the disc space keep their place in it as the disc collapses; points above it come
            // down with the upper vertebra.
            let z = station.position.z, h0 = f.neutralDiscHeight, h = f.discHeight
            let local = z <= 0 ? z : (z <= h0 ? z * h / h0 : z - (h0 - h))
            return Vec3(station.position.x, station.position.y, f.baseZ + local)
        case .upper:
            var z = station.position.z
            // The ganglion rests in the middle of the room under its pedicle, whatever the foramen's height; the
            // spinal nerve beyond it 4 mm lower (§A6, §A7).
            if station.site == .foramen { z = -f.foramenRoom / 2 }
            if station.site == .extraforaminal { z = -f.foramenRoom / 2 - 4 * f.scale }
            return Vec3(station.position.x, station.position.y + station.slipFollow * f.upperBodyShiftY, f.baseZ + f.roofZ + z)
        }
    }

    /// The section plane of a station: axial at its height, or parasagittal at its lateral offset.
    public func plane(of station: RootStation) -> SectionPlane {
        let c = centre(of: station)
        return station.plane == .axial ? .axial(z: c.z) : .parasagittal(x: c.x)
    }
}

extension LevelState {
    /// Disc height loss lowers the upper vertebra by the same amount, so the foramen loses as much height
    /// (§E4, k ≈ 1), and the annulus bulges back by about a third of the loss [D, C2 S72].
    mutating func degenerate(_ d: Degeneration, index: Int) {
        let loss = anatomy.segment.discHeight * d.severity.heightLossFraction
        discHeight = max(0.3 * anatomy.scale, discHeight - loss)
        discBulge += 0.35 * loss
        discLesions.insert(index)
    }

    /// Meyerding slip of the upper vertebra by `percent` of the lower endplate depth (§B10).
    /// Degenerative: the whole vertebra, arch included, slides — the arch narrows canal and recess.
    /// Isthmic: the body and pedicles slide, the arch stays; the pedicle also sinks down the slope of the
    /// lower endplate and the slipped disc narrows (together 25 % of the slip) [D]. Retrolisthesis moves body and arch backwards.
    mutating func slip(_ slip: Spondylolisthesis, index: Int) {
        let distance = slip.severity.percent / 100 * anatomy.lower.endplateDepth
        slipPercent = max(slipPercent ?? 0, slip.severity.percent)
        upperLesions.insert(index)
        switch (slip.direction, slip.kind) {
        case (.anterior, .degenerative):
            upperBodyShiftY -= distance
            upperArchShiftY -= distance
        case (.anterior, .isthmic):
            upperBodyShiftY -= distance
            // The pedicle cannot sink below the disc's lower endplate.
            roofDrop = min(roofDrop + 0.25 * distance, min(anatomy.upperNotch(.left), anatomy.upperNotch(.right)) + discHeight - 0.5 * anatomy.scale)
            parsNodule += 0.25 * distance
        case (.posterior, _):
            upperBodyShiftY += distance
            upperArchShiftY += distance
            // The annulus, fixed to both endplates, follows the upper body half-way back into canal and
            // foramina: a retrolisthesis narrows them front to back (§B10).
            discBulge += 0.5 * distance
            discLesions.insert(index)
        }
    }
}
