import Anatomy
import FigureStyle
import Pathology

/// Maps the straight model's mid-sagittal coordinates onto the bent figure, for the soft tissue and the
/// lesions that are not drawn in a vertebra's own frame.
///
/// A model point is written (y′, z): z is the straight global height (mm, z = 0 at the top of S1) and y′
/// the distance (mm) behind the posterior wall of the bodies and discs at that height. The wall follows
/// the drawn bodies exactly; the section lines across it turn smoothly (their angle averaged over ±10 mm
/// of height), so that soft tissue far behind the wall never folds over where a disc wedges sharply.
struct CanalMap: Sendable {
    /// Knots of the posterior wall: straight z → figure point and local angle, ascending z.
    private let knots: [(z: Double, point: PlanePoint, angle: Double)]
    /// Smoothed section angles sampled every `step` mm from `gridStart`.
    private let smoothed: [Double]
    private let gridStart: Double
    private let step = 0.5
    /// Half-height of the window the section angle is averaged over, mm.
    static let smoothing = 10.0

    init(skeleton: SagittalSkeleton) {
        var knots: [(Double, PlanePoint, Double)] = []
        for pose in skeleton.vertebrae {
            knots.append((pose.zBottom, pose.lower.origin, pose.lower.angle))
            knots.append((pose.zTop, pose.upper.origin, pose.upper.angle))
        }
        knots.sort { $0.0 < $1.0 }
        self.knots = knots.map { (z: $0.0, point: $0.1, angle: $0.2) }
        let low = (knots.first?.0 ?? 0) - 80, high = (knots.last?.0 ?? 0) + 80
        gridStart = low
        // At most a million samples (500 m of spine at 0.5 mm steps): bounded whatever the geometry.
        let count = ((high - low) / step).clampedInt(.up, in: 0...1_000_000) + 1
        var raw: [Double] = []
        raw.reserveCapacity(count)
        for i in 0..<count { raw.append(Self.rawAngle(low + Double(i) * step, knots: self.knots)) }
        let half = (Self.smoothing / step).clampedInt(.toNearestOrAwayFromZero, in: 0...count)
        var prefix = [0.0]
        for a in raw { prefix.append((prefix.last ?? 0) + a) }
        smoothed = (0..<count).map { i in
            let lo = max(0, i - half), hi = min(count - 1, i + half)
            return (prefix[hi + 1] - prefix[lo]) / Double(hi - lo + 1)
        }
    }

    /// The knot angle interpolated linearly, constant beyond the ends.
    private static func rawAngle(_ z: Double, knots: [(z: Double, point: PlanePoint, angle: Double)]) -> Double {
        guard let first = knots.first, let last = knots.last else { return 0 }
        if z <= first.z { return first.angle }
        if z >= last.z { return last.angle }
        for i in 1..<knots.count where z <= knots[i].z {
            let a = knots[i - 1], b = knots[i]
            let t = b.z - a.z > 1e-9 ? (z - a.z) / (b.z - a.z) : 0
            return a.angle + (b.angle - a.angle) * t
        }
        return last.angle
    }

    /// The posterior wall of the bodies and discs at straight height `z`, figure mm; beyond the ends it
    /// continues along the end vertebra's wall.
    func wall(_ z: Double) -> PlanePoint {
        guard let first = knots.first, let last = knots.last else { return PlanePoint(0, z) }
        if z <= first.z { return first.point + Frame(origin: first.point, angle: first.angle).cranial * (z - first.z) }
        if z >= last.z { return last.point + Frame(origin: last.point, angle: last.angle).cranial * (z - last.z) }
        for i in 1..<knots.count where z <= knots[i].z {
            let a = knots[i - 1], b = knots[i]
            let t = b.z - a.z > 1e-9 ? (z - a.z) / (b.z - a.z) : 0
            return PlanePoint.lerp(a.point, b.point, t)
        }
        return last.point
    }

    /// The smoothed angle of the section line at `z`, radians.
    func angle(_ z: Double) -> Double {
        let x = (z - gridStart) / step
        guard x.isFinite else { return smoothed.first ?? 0 }
        let i = x.clampedInt(in: -1...smoothed.count)
        guard i >= 0 else { return smoothed.first ?? 0 }
        guard i + 1 < smoothed.count else { return smoothed.last ?? 0 }
        let t = x - Double(i)
        return smoothed[i] * (1 - t) + smoothed[i + 1] * t
    }

    /// The section line at `z` as a frame: origin on the wall, local y across the canal.
    func frame(_ z: Double) -> Frame { Frame(origin: wall(z), angle: angle(z)) }

    /// The figure point `y` mm behind the wall at straight height `z`.
    func point(_ y: Double, _ z: Double) -> PlanePoint { wall(z) + PlanePoint.direction(angle(z)) * y }

    /// The (y′, z) whose figure point is `p` (inverse of `point`), found by bisection on z.
    func inverse(_ p: PlanePoint) -> (y: Double, z: Double) {
        guard let first = knots.first, let last = knots.last else { return (p.u, p.v) }
        func side(_ z: Double) -> Double { PlanePoint.direction(angle(z)).cross(p - wall(z)) }
        var low = first.z - 70, high = last.z + 70
        for _ in 0..<60 {
            let mid = (low + high) / 2
            if side(mid) > 0 { low = mid } else { high = mid }
        }
        let z = (low + high) / 2
        return ((p - wall(z)).dot(PlanePoint.direction(angle(z))), z)
    }

    /// Where, in `state`'s level frame (model y), the drawn posterior wall lies at straight height `z`:
    /// 0 on the lower vertebra, the upper body's slip on the upper one, blended across the disc.
    static func wallOffset(_ state: LevelState, _ z: Double) -> Double {
        let bottom = state.baseZ, top = state.baseZ + state.discHeight
        if z <= bottom { return 0 }
        if z >= top { return state.upperBodyShiftY }
        return state.upperBodyShiftY * (z - bottom) / max(1e-9, top - bottom)
    }

    /// The figure point of a model point (level frame y, global z) of `state`'s level.
    func point(model y: Double, _ z: Double, in state: LevelState) -> PlanePoint {
        point(y - Self.wallOffset(state, z), z)
    }
}
