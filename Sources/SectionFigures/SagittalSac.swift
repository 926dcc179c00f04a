import Anatomy
import FigureStyle
import Pathology

/// The contents of the canal in (y′, z) terms of the `CanalMap`: the canal's free depth, the dural sac's
/// front and back walls (displaced by tissue that crosses the midline), and the cord. Millimetres.
struct SacProfile {
    /// Straight heights sampled, ascending, every `step` mm from the end of the sac to the top cut.
    let heights: [Double]
    let front: [Double]
    let back: [Double]
    /// The canal's back wall (lamina or flavum front) at each height.
    let canal: [Double]
    /// Height of the end of the sac (upper S2) and of the tip of the conus (mid L1–L2 disc).
    let end: Double
    let conusTip: Double
    let top: Double
    static let step = 0.5
    /// Epidural fat in front of and behind the sac, mm (Morphometry).
    static let frontFat = Morphometry.anteriorEpiduralFat
    static let backFat = Morphometry.posteriorEpiduralFat

    init(skeleton: SagittalSkeleton, spine: DeformedSpine, map: CanalMap, canalBack: [PlanePoint]) {
        let s1Bottom = skeleton.pose(.S1)?.zBottom ?? -28
        let l1Top = skeleton.pose(.L1)?.zTop ?? 160
        end = s1Bottom - 8
        top = l1Top + SagittalBodies.stump
        conusTip = AxialSection.conusTipZ(spine)
        // The canal's back wall, as (z, y′) pairs sampled along the polyline.
        var wall: [(z: Double, y: Double)] = []
        for (a, b) in zip(canalBack, canalBack.dropFirst()) {
            let n = ((b - a).length / 0.5).clampedInt(.up, in: 1...100_000)
            for k in 0..<n {
                let q = map.inverse(PlanePoint.lerp(a, b, Double(k) / Double(n)))
                wall.append((q.z, q.y))
            }
        }
        wall.sort { $0.z < $1.z }
        func canalDepth(_ z: Double) -> Double {
            guard let first = wall.first, let last = wall.last else { return 14 }
            if z <= first.z { return first.y }
            if z >= last.z { return last.y }
            var lo = 0, hi = wall.count - 1
            while hi - lo > 1 {
                let mid = (lo + hi) / 2
                if wall[mid].z <= z { lo = mid } else { hi = mid }
            }
            let a = wall[lo], b = wall[hi]
            return b.z - a.z > 1e-9 ? a.y + (b.y - a.y) * (z - a.z) / (b.z - a.z) : a.y
        }
        let midline = spine.solids.filter { Self.crossesMidline($0) && Self.isLesion($0) }
        // The sac's own depth (AP) at each disc, interpolated between discs: where a slip or a wide arch
        // leaves the canal deeper, the extra room is fat, not sac.
        let discs = skeleton.discs.map { (z: ($0.zBottom + $0.zTop) / 2, depth: $0.state.anatomy.sacAP) }.sorted { $0.z < $1.z }
        func sacDepth(_ z: Double) -> Double {
            guard let first = discs.first, let last = discs.last else { return 12 }
            if z <= first.z { return first.depth }
            if z >= last.z { return last.depth }
            for (a, b) in zip(discs, discs.dropFirst()) where z <= b.z {
                return a.depth + (b.depth - a.depth) * (z - a.z) / max(1e-9, b.z - a.z)
            }
            return last.depth
        }
        // The canal's depth smoothed over ±3 mm, so the sac rounds the steps of the laminae.
        func smoothCanal(_ z: Double) -> Double {
            var sum = 0.0
            for k in -6...6 { sum += canalDepth(z + Double(k) * 0.5) }
            return sum / 13
        }
        var heights: [Double] = [], front: [Double] = [], back: [Double] = [], canal: [Double] = []
        var z = end
        while z <= top + 1e-9 {
            let c = canalDepth(z)
            var f = Self.frontFat, b = min(smoothCanal(z) - Self.backFat, Self.frontFat + sacDepth(z) + 1)
            for disc in skeleton.discs where z > disc.zBottom && z < disc.zTop {
                let t = (z - disc.zBottom) / (disc.zTop - disc.zBottom)
                f = max(f, (0.3 + disc.state.discBulge) * 4 * t * (1 - t) + 0.4)
            }
            for solid in midline {
                let box = solid.box, state = spine[solid.level]
                guard z > box.min.z, z < box.max.z else { continue }
                // A thickened flavum indents the sac as it is drawn: to the model's front across the disc, less
                // towards the laminae it thins onto (`SagittalLesions.flavumFront`).
                if solid.structure == .ligamentumFlavum {
                    if let front = SagittalLesions.flavumFront(solid, state: state, wall: c, z: z) { b = min(b, front - 0.3) }
                    continue
                }
                let inset = Self.roundingInset(box.rounding, z: z, low: box.min.z, high: box.max.z)
                let offset = CanalMap.wallOffset(state, z)
                let y0 = box.min.y - offset, y1 = box.max.y - offset
                if (y0 + y1) / 2 < (Self.frontFat + c) / 2 {
                    f = max(f, y1 - inset + 0.3)
                } else {
                    b = min(b, y0 + inset - 0.3)
                }
            }
            // A squeezed sac gives up its fat first, then flattens to a sliver.
            if b - f < 0.8 { b = min(c - 0.2, f + 0.8) }
            if b - f < 0.5 { f = b - 0.5 }
            // The sac ends in a rounded cul-de-sac at upper S2.
            let taper = z < end + 12 ? ((z - end) / 12).squareRoot() : 1
            let mid = (f + b) / 2
            heights.append(z)
            front.append(mid - (mid - f) * taper)
            back.append(mid + (b - mid) * taper)
            canal.append(c)
            z += Self.step
        }
        self.heights = heights
        self.front = front
        self.back = back
        self.canal = canal
    }

    /// True for solids that cross the mid-sagittal plane.
    static func crossesMidline(_ solid: Solid) -> Bool { solid.box.min.x < 0 && solid.box.max.x > 0 }

    /// Structures that are lesions (not the normal tissue a slip or degeneration moved).
    static func isLesion(_ solid: Solid) -> Bool {
        switch solid.structure {
        case .herniation, .ligamentumFlavum, .facetHypertrophy, .osteophyte, .synovialCyst, .discBulge, .parsNodule: true
        default: false
        }
    }

    /// How far a rounded box's edge falls back from its flat face at height z, mm.
    static func roundingInset(_ r: Double, z: Double, low: Double, high: Double) -> Double {
        guard r > 0 else { return 0 }
        let d = max(0, max(low + r - z, z - (high - r)))
        let c = min(d, r)
        return r - (r * r - c * c).squareRoot()
    }

    private func index(_ z: Double) -> (Int, Double) {
        let x = (z - (heights.first ?? 0)) / Self.step
        let i = x.clampedInt(in: 0...max(0, heights.count - 2))
        return (i, max(0, min(1, x - Double(i))))
    }

    private func sample(_ values: [Double], _ z: Double) -> Double {
        guard values.count > 1 else { return values.first ?? 0 }
        let (i, t) = index(z)
        return values[i] * (1 - t) + values[i + 1] * t
    }

    func frontAt(_ z: Double) -> Double { sample(front, z) }
    func backAt(_ z: Double) -> Double { sample(back, z) }
    func canalAt(_ z: Double) -> Double { sample(canal, z) }
    /// The y′ a fraction `f` of the way from the sac's front to its back.
    func across(_ f: Double, _ z: Double) -> Double { frontAt(z) + f * (backAt(z) - frontAt(z)) }
}
