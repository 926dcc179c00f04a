import Anatomy
import Geometry

/// The measurements radiologists make, taken from the deformed geometry (mm, mm²).
public struct LevelMeasurements: Sendable, Hashable {
    /// Mid-sagittal AP diameter of the canal at the disc.
    public var canalAP: Double
    /// Residual dural sac area: the sac's area less what intrudes into it, smallest of three planes.
    public var duralArea: Double
    /// True when nothing is left of the posterior epidural fat at the midline (Schizas D, §B2).
    public var posteriorFatGone: Bool
    /// Lateral recess depth on each side: the free AP gap where the traversing root runs.
    public var recessDepth: [Side: Double]
    /// Foraminal height on each side: the free vertical gap where the exiting root runs.
    public var foramenHeight: [Side: Double]
    /// Where the canal AP was measured: the free mid-sagittal gap at mid-disc (nil when nothing is free).
    public var canalGap: MeasuredGap? = nil
    /// Where each recess depth was measured: the free AP gap on the traversing root's line, in the plane
    /// that gave the smaller depth.
    public var recessGaps: [Side: MeasuredGap] = [:]
    /// Each foramen's height, pedicle to pedicle on the exiting root's line (its `value` is the report's
    /// foraminal height, which is the equivalent clean height when lesion tissue takes the root's room).
    public var foramenGaps: [Side: MeasuredGap] = [:]
}

/// A measurement as geometry: the section plane it was taken in, the two boundary points the gap runs
/// between (global mm) and the value the report gives. Figures draw dimension lines from these, so a
/// drawn line is the model's measurement, never the figure's own (issue 10).
public struct MeasuredGap: Sendable, Hashable {
    /// The plane of the measurement.
    public var plane: SectionPlane
    /// The gap's two ends, global mm (anterior/inferior end first).
    public var from: Vec3
    public var to: Vec3
    /// The reported value, mm.
    public var value: Double

    public init(plane: SectionPlane, from: Vec3, to: Vec3, value: Double) {
        self.plane = plane
        self.from = from
        self.to = to
        self.value = value
    }

    /// The distance between the two ends, mm.
    public var length: Double {
        let d = to - from
        return (d.x * d.x + d.y * d.y + d.z * d.z).squareRoot()
    }
}

extension DeformedSpine {
    /// Measures one level, using `solids` (default: all of this spine's).
    public func measure(_ level: DiscLevel, solids: [Solid]? = nil) -> LevelMeasurements {
        let all = solids ?? self.solids(for: level)
        let central = canalGap(level, solids: all)
        let state = self[level], a = state.anatomy
        let zMid = state.baseZ + state.discHeight / 2
        let recess = Dictionary(uniqueKeysWithValues: Side.allCases.map { ($0, recessGap(level, $0, solids: all)) })
        let foramen = Dictionary(uniqueKeysWithValues: Side.allCases.map { ($0, foramenHeight(level, $0, solids: all)) })
        var m = LevelMeasurements(
            canalAP: central.length,
            duralArea: duralArea(level, solids: all),
            posteriorFatGone: Self.fatGone(behind: central.range, a),
            recessDepth: recess.mapValues(\.depth),
            foramenHeight: foramen)
        m.canalGap = central.range.map {
            MeasuredGap(plane: .axial(z: zMid), from: Vec3(0, $0.lowerBound, zMid), to: Vec3(0, $0.upperBound, zMid), value: central.length)
        }
        m.recessGaps = recess.compactMapValues(\.gap)
        for side in Side.allCases {
            guard let st = foraminalStation(level, side), state.roofZ(side) > state.floorZ(side) else { continue }
            let c = centre(of: st)
            m.foramenGaps[side] = MeasuredGap(plane: .parasagittal(x: c.x), from: Vec3(c.x, c.y, state.baseZ + state.floorZ(side)),
                                              to: Vec3(c.x, c.y, state.baseZ + state.roofZ(side)), value: foramen[side] ?? 0)
        }
        return m
    }

    /// True when the free mid-sagittal gap `range` ends at the back of the sac: no posterior epidural fat.
    static func fatGone(behind range: ClosedRange<Double>?, _ a: LevelAnatomy) -> Bool {
        (range?.upperBound ?? 0) <= a.sacCenterY + a.sacAP / 2 + 0.05
    }

    /// The free mid-sagittal gap of the canal at mid-disc, around the centre of the sac.
    func canalGap(_ level: DiscLevel, solids: [Solid]) -> (length: Double, range: ClosedRange<Double>?) {
        var scratch = SectionScratch()
        return canalGap(level, solids: solids, scratch: &scratch)
    }

    /// ``canalGap(_:solids:)`` cutting its section in `scratch`'s storage (the same sections in the same order, so
    /// the same gap): for a caller measuring every level of many simulations, which saves an allocation a level.
    func canalGap(_ level: DiscLevel, solids: [Solid], scratch: inout SectionScratch) -> (length: Double, range: ClosedRange<Double>?) {
        let state = self[level], a = state.anatomy, s = a.scale
        let field = SectionField(solids: solids, plane: .axial(z: state.baseZ + state.discHeight / 2), centre: Vec2(0, a.sacCenterY),
                                 reach: 40, scratch: &scratch)
        defer { field.recycle(into: &scratch) }
        return field.freeGap(atU: 0, around: a.sacCenterY, window: (-3 * s)...(a.segment.canalAP + 10 * s))
    }

    /// Residual dural sac area (mm²): the smallest of four axial planes (mid-disc, 4 mm above the disc,
    /// 5 mm below it, and 12 mm below it behind the lower vertebral body, where caudally migrated fragments
    /// lie, §B9 zones 3–4, §C2) of the sac's ellipse less the solids inside it, integrated over 32 columns, each
    /// column that tissue reaches cut at the tissue's side edges (``freeArea(_:columns:half:ry:cy:heights:)``).
    /// The deepest plane stays below the facets' reach (10 mm below the disc) and above the next level's
    /// own stenosis tissue (from 4 mm below that level's disc up to 6 mm above it).
    public func duralArea(_ level: DiscLevel, solids: [Solid]? = nil) -> Double {
        var scratch = SectionScratch()
        return duralArea(level, solids: solids ?? self.solids(for: level), scratch: &scratch)
    }

    /// ``duralArea(_:solids:)`` cutting its sections in `scratch`'s storage (the same sections, the same sums): a
    /// simulation measures every level, and one buffer lent to all of them saves an allocation a level.
    public func duralArea(_ level: DiscLevel, solids all: [Solid], scratch: inout SectionScratch) -> Double {
        let state = self[level], a = state.anatomy, s = a.scale
        let z0 = state.baseZ, h = state.discHeight
        let half = a.segment.sacHalfWidth, ry = a.sacAP / 2, cy = a.sacCenterY
        let n = 32, dx = 2 * half / Double(n)
        var smallest = Double.infinity
        // Each column's abscissa and the ellipse's half-height there (NaN outside it), the same in all four planes.
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * n) { column in
            for i in 0..<n {
                let x = -half + (Double(i) + 0.5) * dx
                let t = 1 - (x / half) * (x / half)
                column[i] = x
                column[n + i] = t > 0 ? ry * t.squareRoot() : .nan
            }
            // The four planes, without an array of them (this runs for every level of every simulation).
            for plane in 0..<4 {
                let z = Self.sacPlaneZ(plane, base: z0, disc: h, scale: s)
                // Only tissue within the sac's bounding box can block a column of the ellipse (the rest would be clipped
                // away in every column); nothing there: the whole ellipse is free.
                let field = SectionField(solids: all, plane: .axial(z: z), centre: Vec2(0, cy), reach: max(half, ry) + 1,
                                         overlapping: (-half, half, cy - ry, cy + ry), scratch: &scratch)
                defer { field.recycle(into: &scratch) }
                if field.rects.isEmpty { smallest = min(smallest, Double.pi / 4 * 2 * half * 2 * ry); continue }
                let area = Self.freeArea(field, columns: n, half: half, ry: ry, cy: cy, heights: UnsafeBufferPointer(rebasing: column[n..<(2 * n)]))
                smallest = min(smallest, area)
            }
        }
        return smallest
    }

    /// The free area (mm²) of the sac's ellipse (semi-axes `half` across, `ry` front to back, centred at `cy`) in
    /// `field`: `columns` columns across, `heights` each one's half-height at its centre (NaN outside the ellipse). A
    /// column no section reaches counts whole; one that a section reaches is cut at every section's side edge inside it
    /// and each piece measured at its middle, so a side edge moving across a column changes the area in proportion —
    /// one sample at the column's centre changed it by a whole column at once (up to 8 mm² in a step of 0.25 mm: a
    /// growing herniation or a facet moving medially made a staircase of the area, and of the grades read from it).
    /// The edges are sorted once per plane and walked with the columns. Pieces narrower than 1 µm are skipped.
    static func freeArea(_ field: SectionField, columns n: Int, half: Double, ry: Double, cy: Double,
                         heights: UnsafeBufferPointer<Double>) -> Double {
        let rects = field.rects, count = 2 * rects.count
        let dx = 2 * half / Double(n)
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, 2 * count)) { buffer in
            // The side edges, sorted; and the spans the sections cover across, merged (left ends, right ends).
            let edges = UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
            let spans = UnsafeMutableBufferPointer(rebasing: buffer[count..<(2 * count)])
            for (j, item) in rects.enumerated() {
                edges[2 * j] = item.rect.minX
                edges[2 * j + 1] = item.rect.maxX
                // Insertion by left end: a handful of sections at most.
                var m = j
                while m > 0 && spans[2 * (m - 1)] > item.rect.minX {
                    spans[2 * m] = spans[2 * (m - 1)]
                    spans[2 * m + 1] = spans[2 * (m - 1) + 1]
                    m -= 1
                }
                spans[2 * m] = item.rect.minX
                spans[2 * m + 1] = item.rect.maxX
            }
            for j in 1..<max(1, count) {
                let e = edges[j]
                var m = j
                while m > 0 && edges[m - 1] > e { edges[m] = edges[m - 1]; m -= 1 }
                edges[m] = e
            }
            var merged = 0
            for j in 0..<rects.count {
                let lo = spans[2 * j], hi = spans[2 * j + 1]
                if merged > 0 && lo <= spans[2 * (merged - 1) + 1] {
                    spans[2 * (merged - 1) + 1] = max(spans[2 * (merged - 1) + 1], hi)
                } else {
                    spans[2 * merged] = lo
                    spans[2 * merged + 1] = hi
                    merged += 1
                }
            }
            /// The free length across the ellipse at the middle of `a`…`b`, times its width.
            func piece(_ a: Double, _ b: Double) -> Double {
                let u = (a + b) / 2, t = 1 - (u / half) * (u / half)
                guard b - a > 1e-6, t > 0 else { return 0 }
                let k = ry * t.squareRoot()
                return field.freeLength(atU: u, within: (cy - k)...(cy + k)) * (b - a)
            }
            var area = 0.0, next = 0, span = 0
            for i in 0..<n {
                let k = heights[i]
                guard !k.isNaN else { continue }
                let x0 = -half + Double(i) * dx, x1 = x0 + dx
                while next < count && edges[next] <= x0 { next += 1 }
                while span < merged && spans[2 * span + 1] <= x0 { span += 1 }
                // A column that no section reaches is free from end to end (the same sum as `freeLength`'s, uncovered).
                guard span < merged && spans[2 * span] < x1 else {
                    area += max(0, (cy + k) - (cy - k)) * dx
                    continue
                }
                var left = x0, j = next
                while j < count && edges[j] < x1 {
                    area += piece(left, edges[j])
                    left = edges[j]
                    j += 1
                }
                area += piece(left, x1)
            }
            return area
        }
    }

    /// The height of ``duralArea(_:solids:)``'s plane `k` (0 … 3) at a level whose disc's lower endplate is at `z0`
    /// with posterior height `h` (global mm).
    @inline(__always)
    static func sacPlaneZ(_ k: Int, base z0: Double, disc h: Double, scale s: Double) -> Double {
        k == 0 ? z0 + h / 2 : k == 1 ? z0 + h + 4 * s : k == 2 ? z0 - 5 * s : z0 - 12 * s
    }

    /// False when ``duralArea(_:solids:)`` at `level` keeps no section of `solid` in any of its planes (none reaches
    /// into the sac's bounding box there): then adding `solid` to any solids leaves their dural area exactly as it
    /// was (the same sections, the same sums), and a caller asking how much area a solid takes need not measure.
    /// The same fields as ``duralArea(_:solids:)`` cuts, of `solid` alone.
    public func meetsSacPlanes(_ solid: Solid, at level: DiscLevel) -> Bool {
        let state = self[level], a = state.anatomy, s = a.scale
        let half = a.segment.sacHalfWidth, ry = a.sacAP / 2, cy = a.sacCenterY
        var scratch = SectionScratch()
        let one = [solid]
        for plane in 0..<4 {
            let z = Self.sacPlaneZ(plane, base: state.baseZ, disc: state.discHeight, scale: s)
            let field = SectionField(solids: one, plane: .axial(z: z), centre: Vec2(0, cy), reach: max(half, ry) + 1,
                                     overlapping: (-half, half, cy - ry, cy + ry), scratch: &scratch)
            let meets = !field.rects.isEmpty
            field.recycle(into: &scratch)
            if meets { return true }
        }
        return false
    }

    /// Lateral recess depth (mm): the free AP gap on the traversing root's line, least of the disc plane
    /// and the plane 4 mm below it.
    public func recessDepth(_ level: DiscLevel, _ side: Side, solids: [Solid]? = nil) -> Double {
        recessGap(level, side, solids: solids ?? self.solids(for: level)).depth
    }

    /// The recess depth and where it was taken: the gap in the plane that gave the smaller depth (the disc
    /// plane on a tie), nil when nothing is free on the line.
    func recessGap(_ level: DiscLevel, _ side: Side, solids: [Solid]) -> (depth: Double, gap: MeasuredGap?) {
        let state = self[level], a = state.anatomy, s = a.scale
        let x = side.sign * (a.pedicleWallX - 2 * s)
        let y = spine.recessStation(level, side)?.position.y
            ?? a.recessDepths[side] / 2
        var depth = Double.infinity
        var gap: MeasuredGap?
        for z in [state.baseZ + state.discHeight / 2, state.baseZ - 4 * s] {
            let f = SectionField(solids: solids, plane: .axial(z: z), centre: Vec2(x, y), reach: 40)
            let g = f.freeGap(atU: x, around: y, window: (-3 * s)...(a.segment.canalAP + 5 * s))
            guard g.length < depth else { continue }
            depth = g.length
            gap = g.range.map { MeasuredGap(plane: .axial(z: z), from: Vec3(x, $0.lowerBound, z), to: Vec3(x, $0.upperBound, z), value: g.length) }
        }
        return (depth, gap)
    }

    /// Foraminal height (mm), pedicle to pedicle (§A6, Hasegawa §B4): the inferior margin of the upper pedicle
    /// to the superior margin of the lower one, as posture, disc height loss and slips leave them. When lesion
    /// tissue (osteophyte, bulge, cyst, herniation …) takes the exiting root's room, the height reported is that
    /// of a clean foramen leaving the root the same room — the equivalence the severity solver uses — so
    /// "foraminal height 12 mm" grades the same whether the pedicle came down or tissue came in. Never above
    /// the pedicle-to-pedicle height; 0 once the root has no room at all.
    public func foramenHeight(_ level: DiscLevel, _ side: Side, solids: [Solid]? = nil) -> Double {
        guard let st = foraminalStation(level, side) else { return 0 }
        let state = self[level]
        let physical = max(0, state.roofZ(side) - state.floorZ(side))
        let all = solids ?? self.solids(for: level)
        let c = centre(of: st)
        // Stenosis tissue narrows the foramen, and its residual height is how a foraminal stenosis is asked for;
        // a herniation is graded by its reach and the root's grade, and leaves the foramen's height as it is.
        let near = SectionField(solids: all, plane: .parasagittal(x: c.x), centre: Vec2(c.y, c.z), reach: st.radius + st.mobility + 1)
        guard near.rects.contains(where: { all[$0.solid].structure.isStenosisTissue }) else { return physical }
        let actual = Self.room(for: st, centre: c, solids: all, searchAlways: true).bestFit
        guard let drop = Self.equivalentDrop(st, state: state, bestFit: actual) else { return physical }
        return min(physical, max(0, physical - drop))
    }

    /// How far the upper pedicle of a clean foramen in `state` must come down for the root at `station` to
    /// have no more than `bestFit` of room (mm, to 0.01 mm); nil when the clean foramen already leaves it no
    /// more. Room falls steadily as the pedicle comes down, so the answer is found by bisection; it stops where
    /// a clean foramen has no room left (4 mm pedicle to pedicle, scaled).
    static func equivalentDrop(_ st: RootStation, state: LevelState, bestFit target: Double) -> Double? {
        let s = state.anatomy.scale
        func fit(_ drop: Double) -> Double {
            var lowered = state
            lowered.roofDrop += drop
            return room(for: st, centre: centre(of: st, in: lowered), solids: lowered.baseSolids(), searchAlways: true).bestFit
        }
        let f0 = fit(0)
        guard target < f0 - 0.005 else { return nil }
        let full = max(0, state.roofZ(st.side) - state.floorZ(st.side))
        // A clean foramen leaves no room under the pedicle once it is down to Hasegawa's critical disc height
        // (`LevelState.foramenRoom`): bisect down to there. Less room than that is still that height — the
        // model's foramen has no smaller height that leaves the root less room, so the equivalent height stops
        // at 4 mm instead of jumping to 0 as tissue takes the last of the room.
        let hi = max(0, full - Morphometry.hasegawaDiscHeight * s)
        let fhi = fit(hi)
        if fhi > target { return hi }
        // Room falls nearly in proportion to the drop: false position, to 0.01 mm.
        return FalsePosition.fallingCrossing(lo: 0, hi: hi, flo: f0, fhi: fhi, target: target,
                                             tolerance: 0.01, margin: 0.002, close: 0.0005, steps: 24, fit)
    }

    /// The exiting root's station in the foramen at `level` on `side`.
    public func foraminalStation(_ level: DiscLevel, _ side: Side) -> RootStation? {
        spine.foraminalStation(level, side)
    }

    /// Lee 2010 foraminal grade (§B4) from the fat left round the exiting root at rest: 0 fat all round;
    /// 1 gone in two opposing directions (up and down, or front and back); 2 gone in all four, root not
    /// deformed; 3 root deformed. "Gone" means less than 0.35 mm of room over a ±35° fan of rays.
    /// A root that tissue touches or pushes aside has had its fat squeezed out against the opposite wall
    /// even where the rays from its resting place still find room, so it is at least grade 1 when touched
    /// and grade 2 when pushed out of its resting place: the model's severity scale puts Lee 1, 2, 3 level
    /// with Pfirrmann contact, deviation, compression (§E5).
    public func leeGrade(_ level: DiscLevel, _ side: Side, solids: [Solid]? = nil) -> Int {
        guard let st = foraminalStation(level, side) else { return 0 }
        return Self.leeGrade(st, in: self[level], solids: solids ?? self.solids(for: level), scale: spine.options.scale)
    }

    /// The Lee grade of the root at `station` when its level is in `state` among `solids`.
    static func leeGrade(_ st: RootStation, in state: LevelState, solids: [Solid], scale: Double) -> Int {
        lee(st, in: state, solids: solids, scale: scale, margins: false).grade
    }

    /// The Lee grade of the root at `station` and, with `margins`, how far it is from each grade (mm; ≤ 0 about
    /// when it has reached it), for a search of the encroachment that gives a grade: the grade is a step, the
    /// margins tell how near the next step is. The grade is the same with or without margins.
    static func lee(_ st: RootStation, in state: LevelState, solids: [Solid], scale: Double,
                    margins: Bool) -> (grade: Int, margin: [Double]) {
        let c = centre(of: st, in: state)
        let room = room(for: st, centre: c, solids: solids)
        // Grade 3 at 10 % flattening; 2 pushed 0.5 mm aside; 1 touched, or kept from its room.
        let m3 = room.bestFit - (1 - RootRoom.deformationThreshold) * room.radius
        let m2 = room.clearance - RootRoom.deviationClearance
        let m1 = min(room.clearance, room.bestFit - room.radius)
        func result(_ grade: Int, rays2: Double, rays1: Double) -> (grade: Int, margin: [Double]) {
            (grade, margins ? [0, min(m3, m2, m1, rays2, rays1), min(m3, m2, rays2), m3] : [])
        }
        let tolerance = 0.35 * scale
        if room.deformation >= RootRoom.deformationThreshold { return result(3, rays2: 0, rays1: 0) }
        // Pushed aside (deviation) or touched (contact), as `Grading.rootGrade` reads the same room (§E5).
        let pushed = room.clearance <= RootRoom.deviationClearance ? 2 : (room.clearance <= 0 || room.bestFit < room.radius ? 1 : 0)
        // Every ray is at least as long as the distance to the nearest tissue: free all round.
        if room.clearance > tolerance {
            return result(pushed, rays2: room.clearance - tolerance, rays1: room.clearance - tolerance)
        }
        let p = Vec2(c.y, c.z)
        let field = SectionField(solids: solids, plane: .parasagittal(x: c.x), centre: p, reach: st.radius + 4)
        func ray(_ deg: Double) -> Double {
            let t = deg * .pi / 180
            return field.rayDistance(from: p, direction: Vec2(cos(t), sin(t)), limit: st.radius + 3) - st.radius - tolerance
        }
        // The fat in one direction is gone when one of the fan's three rays finds less than the tolerance (the
        // shortest, with margins; the first found, without).
        func gone(_ angle: Double) -> (Bool, Double) {
            if margins {
                let m = min(ray(angle - 35), ray(angle), ray(angle + 35))
                return (m <= 0, m)
            }
            return ([angle - 35, angle, angle + 35].contains { ray($0) <= 0 }, 0)
        }
        let (back, mb) = gone(0), (up, mu) = gone(90), (front, mf) = gone(180), (down, md) = gone(270)
        let rays2 = max(mb, mu, mf, md), rays1 = min(max(mu, md), max(mf, mb))
        if up && down && front && back { return result(2, rays2: rays2, rays1: rays1) }
        if (up && down) || (front && back) { return result(max(1, pushed), rays2: rays2, rays1: rays1) }
        return result(pushed, rays2: rays2, rays1: rays1)
    }
}

import Foundation
