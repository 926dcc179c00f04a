import Anatomy

extension DeformedSpine {
    /// The encroachment (mm) that gives a stenosis the severity its scenario asks for: given directly, or
    /// found by bisection on the measurement it names (residual canal AP, dural area, Schizas band, recess
    /// depth, foraminal height, Lee grade), measured with the neighbouring levels' tissue but no other lesion.
    /// Clamped to 0 … 20 mm: a residual larger than normal needs no encroachment.
    func solveEncroachment(_ stenosis: Stenosis, state: LevelState, baseSolids: [Solid]) -> Double {
        let level = state.level, a = state.anatomy
        let sides = stenosis.laterality.sides
        let upper = 20 * a.scale
        // The level's solids and the stenosis's at one encroachment, in one buffer that every evaluation refills after
        // the base solids: copying the base solids into a new array for each of a solve's evaluations (one solve per
        // person of a population with a stenosis asked for by a measure) cost two allocations and a copy apiece. The
        // array handed out is dropped by its caller before the next evaluation, so the refill does not copy it.
        var buffer = baseSolids
        buffer.reserveCapacity(baseSolids.count + 8)
        func solids(_ e: Double) -> [Solid] {
            buffer.removeSubrange(baseSolids.count...)
            buffer += stenosis.solids(in: state, encroachment: e, lesionIndex: -1)
            return buffer
        }
        /// Smallest e with measure(e) ≤ target, for a measure that falls as e grows.
        func solve(_ target: Double, _ measure: (Double) -> Double) -> Double {
            if measure(0) <= target { return 0 }
            if measure(upper) > target { return upper }
            var lo = 0.0, hi = upper
            for _ in 0..<16 {  // 20 mm / 2¹⁶ ≈ 0.0003 mm
                let mid = (lo + hi) / 2
                if measure(mid) <= target { hi = mid } else { lo = mid }
            }
            return hi
        }
        /// Grid point k of `solve`'s bisection, with its arithmetic (see `FalsePosition.bisectionPoint`).
        func bisectionGrid(_ k: Int) -> Double { FalsePosition.bisectionPoint(k, upper: upper, depth: 16) }
        /// The same answer as `solve` (the first point of the same 2¹⁶ grid at or below the target) for a measure
        /// that falls continuously — a gap, the sac's area — in a few evaluations instead of eighteen. The grid, not a
        /// tolerance: a value asked for is often a threshold itself (the roots' own area is the Schizas C line), and
        /// the solver must land on the same side of it as before.
        func solveContinuous(_ target: Double, _ measure: (Double) -> Double) -> Double {
            let f0 = measure(0)
            if f0 <= target { return 0 }
            let fn = measure(upper)
            if fn > target { return upper }
            return FalsePosition.firstGridPoint(atOrBelow: target, n: 1 << 16, point: bisectionGrid, f0: f0, fn: fn, measure)
        }
        /// The same for a measure that falls smoothly once it starts to (a root's room): false position with the
        /// Illinois correction keeps the bracket and needs a few evaluations where bisection needs sixteen.
        func solveSmooth(_ target: Double, _ measure: (Double) -> Double) -> Double {
            let flo = measure(0), fhi = measure(upper)
            if flo <= target { return 0 }
            if fhi > target { return upper }
            return FalsePosition.fallingCrossing(lo: 0, hi: upper, flo: flo, fhi: fhi, target: target,
                                                 tolerance: 0.0003, margin: 0.0001, close: 0.0002, steps: 40, measure)
        }
        switch stenosis.severity {
        case .encroachment(let e):
            return max(0, min(upper, e))
        // The canal's gap, the sac's area and the recess's gap fall continuously as the wall comes in (flat until
        // the tissue reaches them, then steadily).
        case .canalAP(let t):
            return solveContinuous(t) { canalGap(level, solids: solids($0)).length }
        case .duralArea(let t):
            return solveContinuous(t) { duralArea(level, solids: solids($0)) }
        case .schizas(let grade):
            let neural = a.segment.neuralArea
            let factor: Double = switch grade { case .A: 2.0; case .B: 1.2; case .C: 0.85; case .D: 0.45 }
            let typical = solve(factor * neural) { duralArea(level, solids: solids($0)) }
            // The grade the segment will be given at encroachment e (the posterior fat matters for C/D, §B2).
            func graded(_ e: Double) -> SchizasGrade {
                let all = solids(e)
                return SchizasGrade(area: duralArea(level, solids: all), neural: neural,
                                    posteriorFatGone: Self.fatGone(behind: canalGap(level, solids: all).range, a))
            }
            if graded(typical) == grade { return typical }
            // The typical area fell outside the band (0.85 × neural is the C/D line once the flavum has taken
            // the posterior fat): take the middle of the encroachments that give the grade asked for.
            let grades = SchizasGrade.allCases
            func reaching(_ g: SchizasGrade) -> Double {
                let rank = Double(grades.firstIndex(of: g) ?? 0)
                return solve(-rank + 0.5) { e in -Double(grades.firstIndex(of: graded(e)) ?? 0) }
            }
            let low = grade == .A ? 0 : reaching(grade)
            let next = grades.firstIndex(of: grade).map { $0 + 1 }.flatMap { $0 < grades.count ? grades[$0] : nil }
            let high = next.map(reaching) ?? upper
            return (low + high) / 2
        case .recessDepth(let t):
            return solveContinuous(t) { e in sides.map { recessDepth(level, $0, solids: solids(e)) }.min() ?? 0 }
        case .foramenHeight(let t):
            // Match the root's room, not a line: the exiting root must have no more room than in a clean foramen
            // whose upper pedicle came down to leave `t` mm, pedicle to pedicle (the same equivalence the report's
            // `foramenHeight` uses, so the height asked for is the height reported).
            // Each side against its own clean foramen lowered to `t` (the sides' heights may differ).
            let stations = sides.compactMap { foraminalStation(level, $0) }
            var targets: [Double] = []
            for st in stations {
                let physical = state.roofZ(st.side) - state.floorZ(st.side)
                guard t < physical else { continue }
                var lowered = state
                lowered.roofDrop += physical - t
                targets.append(Self.room(for: st, centre: Self.centre(of: st, in: lowered), solids: lowered.baseSolids(), searchAlways: true).bestFit)
            }
            guard let target = targets.min() else { return 0 }
            return solveSmooth(target) { e in
                let all = solids(e)
                return stations.map { Self.room(for: $0, centre: Self.centre(of: $0, in: state), solids: all, searchAlways: true).bestFit }.min() ?? 0
            }
        case .leeForaminal(let grade):
            // Lee grades are steps: the smallest encroachment that reaches the grade — the point bisection finds, on
            // its grid and to its last bit. The grade rises with the encroachment (tissue only grows), so the first
            // grid point that reaches it can be found by false position on how far the roots are from it (`lee`'s
            // margins), in a few evaluations instead of eighteen: the grade decides, the margin only guides.
            guard grade > 0 else { return 0 }
            let stations = sides.compactMap { foraminalStation(level, $0) }
            let g = min(grade, 3)
            func distance(_ e: Double) -> Double {
                let all = solids(e)
                var reached = false, margin = Double.infinity
                for st in stations {
                    let lee = Self.lee(st, in: state, solids: all, scale: a.scale, margins: true)
                    reached = reached || lee.grade >= grade
                    margin = min(margin, lee.margin[g])
                }
                // Reached exactly when the grade says so; the margin's size carries how far.
                return reached ? min(margin, -1e-9) : max(margin, 1e-9)
            }
            let f0 = distance(0)
            if f0 <= 0 { return 0 }
            let fn = distance(upper)
            if fn > 0 { return upper }
            return FalsePosition.firstGridPoint(atOrBelow: 0, n: 1 << 16, point: bisectionGrid, f0: f0, fn: fn, distance)
        }
    }
}

extension Lesion {
    /// For a stenosis asked for by a residual measure (canal AP, dural area, recess depth, foraminal height):
    /// the value asked, the value it leaves in the neutral spine of `spine` (the smallest over its sides), and
    /// the tolerance within which the two must agree (0.1 mm, 1 mm²). nil for any other lesion or severity.
    public func residual(in spine: Spine) -> (asked: Double, built: Double, tolerance: Double)? {
        guard case .stenosis(let stenosis) = kind else { return nil }
        let asked: Double, tolerance: Double
        switch stenosis.severity {
        case .canalAP(let v), .recessDepth(let v), .foramenHeight(let v): (asked, tolerance) = (v, 0.1)
        case .duralArea(let v): (asked, tolerance) = (v, 1)
        case .schizas, .leeForaminal, .encroachment: return nil
        }
        return (asked, Self.measured(stenosis.severity, of: self, in: spine, sides: stenosis.laterality.sides), tolerance)
    }

    /// The residual this stenosis leaves when its wall moves in by `encroachment` mm instead (same kind,
    /// cause and sides), measured as `severity` names it. nil for a lesion that is not a stenosis.
    public func residual(in spine: Spine, encroachment: Double, measuredAs severity: StenosisSeverity) -> Double? {
        guard case .stenosis(var stenosis) = kind else { return nil }
        let sides = stenosis.laterality.sides
        stenosis.severity = .encroachment(encroachment)
        return Self.measured(severity, of: Lesion(level: level, kind: .stenosis(stenosis)), in: spine, sides: sides)
    }

    static func measured(_ severity: StenosisSeverity, of lesion: Lesion, in spine: Spine, sides: [Side]) -> Double {
        let m = DeformedSpine(spine: spine, posture: .neutral, lesions: [lesion]).measure(lesion.level)
        switch severity {
        case .canalAP: return m.canalAP
        case .duralArea: return m.duralArea
        case .recessDepth: return sides.map { m.recessDepth[$0] ?? 0 }.min() ?? 0
        case .foramenHeight: return sides.map { m.foramenHeight[$0] ?? 0 }.min() ?? 0
        case .schizas, .leeForaminal, .encroachment: return 0
        }
    }
}
