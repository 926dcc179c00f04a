import Geometry

/// The solids cut by one section plane near one point: exact distances in that plane.
public struct SectionField: Sendable {
    public let plane: SectionPlane
    /// Sections of the solids that matter here, with the index of their solid.
    public private(set) var rects: [(rect: RoundedRect, solid: Int)] = []

    /// Keeps the sections that come within `reach` mm of `centre` (in-plane); pass `.infinity` for all.
    public init(solids: [Solid], plane: SectionPlane, centre: Vec2, reach: Double) {
        self.plane = plane
        rects.reserveCapacity(16)
        cut(solids, centre: centre, reach: reach)
    }

    /// The same field, built in `scratch`'s storage: a simulation cuts a field for every station of every root,
    /// and lending one buffer to all of them saves an allocation apiece. Give the storage back with
    /// ``recycle(into:)`` when done with the field.
    public init(solids: [Solid], plane: SectionPlane, centre: Vec2, reach: Double, scratch: inout SectionScratch) {
        self.plane = plane
        swap(&rects, &scratch.rects)
        rects.removeAll(keepingCapacity: true)
        cut(solids, centre: centre, reach: reach)
    }

    /// The same field, keeping only the sections that reach into the open rectangle `window` (in-plane: minU, maxU,
    /// minV, maxV): those whose bounds overlap it with positive width. Its own loop rather than an optional window in
    /// ``cut(_:centre:reach:)``: that cost the stations' fields, the hot path, 0.9 % more instructions per population.
    public init(solids: [Solid], plane: SectionPlane, centre: Vec2, reach: Double,
                overlapping window: (minU: Double, maxU: Double, minV: Double, maxV: Double), scratch: inout SectionScratch) {
        self.plane = plane
        swap(&rects, &scratch.rects)
        rects.removeAll(keepingCapacity: true)
        solids.withUnsafeBufferPointer { solids in
            for i in solids.indices {
                guard let r = Self.section(solids, i, plane: plane, centre: centre, reach: reach),
                      r.maxX > window.minU, r.minX < window.maxU, r.maxY > window.minV, r.minY < window.maxV else { continue }
                rects.append((r, i))
            }
        }
    }

    /// Hands this field's storage back to `scratch` for the next field.
    public consuming func recycle(into scratch: inout SectionScratch) {
        swap(&rects, &scratch.rects)
    }

    /// The distance `SectionField(solids:plane:centre:reach:).distance(centre)` gives (mm; `.infinity` when no
    /// section is kept), without keeping the sections: the same sections by the same tests, folded in the same
    /// order. Most root stations are touched by nothing, and this is all their room needs.
    ///
    /// A solid whose box lies, in the plane, farther from `centre` than the nearest section found so far cannot be
    /// nearer (its section lies inside its box), so it is passed over without cutting it: the minimum is the same
    /// number. The box's distance is compared squared with a relative margin of 1e-9 and 1e-6 mm, far above
    /// rounding, so that only solids certainly farther are passed over.
    ///
    /// Given a finite `bound`, the distance when it is at most `bound`, else `bound` itself: the search starts as if a
    /// section `bound` away had been found, so that every solid whose box lies farther is passed over from the first
    /// one on (the same test as above, hence the same minimum whenever it is within the bound). For a caller that only
    /// needs to know that nothing comes within `bound`.
    public static func distance(at centre: Vec2, solids: [Solid], plane: SectionPlane, reach: Double,
                                upTo bound: Double = .infinity) -> Double {
        var d = bound
        solids.withUnsafeBufferPointer { solids in
            for i in solids.indices {
                guard let r = section(solids, i, plane: plane, centre: centre, reach: reach, within: d) else { continue }
                d = min(d, r.signedDistance(to: centre))
            }
        }
        return d
    }

    private mutating func cut(_ solids: [Solid], centre: Vec2, reach: Double) {
        // Read each solid's box in place: copying whole solids (each holds an array of lesion indices) costs a
        // retain and a release apiece, for every section of every station of every simulation.
        let plane = self.plane
        solids.withUnsafeBufferPointer { solids in
            for i in solids.indices {
                if let r = Self.section(solids, i, plane: plane, centre: centre, reach: reach) { rects.append((r, i)) }
            }
        }
    }

    /// Solid `i`'s section when it comes within `reach` of `centre`, else nil; nil also when its box lies farther than
    /// `nearest` from `centre` in the plane (so its section is farther still).
    @inline(__always)
    private static func section(_ solids: UnsafeBufferPointer<Solid>, _ i: Int, plane: SectionPlane, centre: Vec2, reach: Double,
                                within nearest: Double = .infinity) -> RoundedRect? {
        // Cheap rejection on the box's bounds before building its section, reading each bound in place (binding
        // the box first made the compiler copy all of it to the stack for every solid).
        switch plane {
        case .axial(let z):
            if z < solids[i].box.min.z || z > solids[i].box.max.z
                || solids[i].box.min.x - centre.x > reach || centre.x - solids[i].box.max.x > reach
                || solids[i].box.min.y - centre.y > reach || centre.y - solids[i].box.max.y > reach { return nil }
            if nearest < .infinity {
                let du = max(solids[i].box.min.x - centre.x, 0, centre.x - solids[i].box.max.x)
                let dv = max(solids[i].box.min.y - centre.y, 0, centre.y - solids[i].box.max.y)
                let n = max(nearest, 0)
                if du * du + dv * dv > n * n * (1 + 1e-9) + 1e-12 { return nil }
            }
        case .parasagittal(let x):
            if x < solids[i].box.min.x || x > solids[i].box.max.x
                || solids[i].box.min.y - centre.x > reach || centre.x - solids[i].box.max.y > reach
                || solids[i].box.min.z - centre.y > reach || centre.y - solids[i].box.max.z > reach { return nil }
            if nearest < .infinity {
                let du = max(solids[i].box.min.y - centre.x, 0, centre.x - solids[i].box.max.y)
                let dv = max(solids[i].box.min.z - centre.y, 0, centre.y - solids[i].box.max.z)
                let n = max(nearest, 0)
                if du * du + dv * dv > n * n * (1 + 1e-9) + 1e-12 { return nil }
            }
        }
        guard let r = solids[i].box.section(plane) else { return nil }
        let dx = max(r.minX - centre.x, 0, centre.x - r.maxX)
        let dy = max(r.minY - centre.y, 0, centre.y - r.maxY)
        if dx > reach || dy > reach { return nil }
        return r
    }

    /// Distance from `p` to the nearest solid (negative inside one), mm; `.infinity` when there is none.
    @inlinable
    public func distance(_ p: Vec2) -> Double {
        var d = Double.infinity
        for item in rects { d = min(d, item.rect.signedDistance(to: p)) }
        return d
    }

    /// Calls `body` with the sections that can be nearest to some point within `m` mm of `p`, in a stack buffer:
    /// for every such point, ``NearSections/distance(_:)`` equals ``distance(_:)`` exactly.
    ///
    /// Signed distances change by at most the distance moved (they are 1-Lipschitz), so a section whose distance
    /// from `p` exceeds the nearest one's by more than 2m is, everywhere within `m` of `p`, farther than the nearest
    /// one is there: leaving it out changes no minimum. A margin of 1e-9 mm covers rounding.
    public func withNearest<R>(to p: Vec2, within m: Double, _ body: (NearSections) -> R) -> R {
        withUnsafeTemporaryAllocation(of: Double.self, capacity: max(1, rects.count)) { d in
            var nearest = Double.infinity
            for (k, item) in rects.enumerated() {
                d[k] = item.rect.signedDistance(to: p)
                nearest = min(nearest, d[k])
            }
            let cutoff = nearest + 2 * m + 1e-9
            return withUnsafeTemporaryAllocation(of: RoundedRect.self, capacity: max(1, rects.count)) { kept in
                var n = 0
                for (k, item) in rects.enumerated() where d[k] <= cutoff {
                    kept.initializeElement(at: n, to: item.rect)
                    // The section nearest `p` goes first: it is the likeliest to be nearest around `p`, which lets
                    // ``NearSections/distance(_:stoppingBelow:)`` stop soonest (a minimum does not depend on the order).
                    if d[k] == nearest && n > 0 { kept.swapAt(0, n) }
                    n += 1
                }
                let result = body(NearSections(rects: UnsafeBufferPointer(rebasing: kept[0..<n])))
                kept.baseAddress!.deinitialize(count: n)
                return result
            }
        }
    }

    /// The free gap along the in-plane vertical line at abscissa `u` that contains ordinate `v`, within
    /// `window`. When `v` lies inside a solid, the largest free gap in the window. Length in mm, ≥ 0,
    /// with its bounds.
    public func freeGap(atU u: Double, around v: Double, window: ClosedRange<Double>) -> (length: Double, range: ClosedRange<Double>?) {
        withBlocked(atU: u, within: window) { blocked in
            var best: ClosedRange<Double>?
            var cursor = window.lowerBound
            func consider(_ g: ClosedRange<Double>) -> Bool {
                if g.contains(v) { best = g; return true }
                if let b = best, (g.upperBound - g.lowerBound) <= (b.upperBound - b.lowerBound) { return false }
                best = g
                return false
            }
            var found = false
            for b in blocked where !found {
                if b.lowerBound > cursor { found = consider(cursor...b.lowerBound) }
                cursor = max(cursor, b.upperBound)
            }
            if !found && cursor < window.upperBound { _ = consider(cursor...window.upperBound) }
            guard let g = best else { return (0, nil) }
            return (g.upperBound - g.lowerBound, g)
        }
    }

    /// Length of the free part of `span` along the in-plane vertical line at abscissa `u`.
    public func freeLength(atU u: Double, within span: ClosedRange<Double>) -> Double {
        withBlocked(atU: u, within: span) { blocked in
            var covered = 0.0, cursor = span.lowerBound
            for b in blocked where b.upperBound > cursor {
                covered += b.upperBound - max(cursor, b.lowerBound)
                cursor = b.upperBound
            }
            return max(0, (span.upperBound - span.lowerBound) - covered)
        }
    }

    /// Calls `body` with the intervals the solids block on the vertical line at `u`, clipped to `window`
    /// and sorted by their lower end, in a stack buffer (this runs hundreds of times per simulation).
    private func withBlocked<R>(atU u: Double, within window: ClosedRange<Double>, _ body: (UnsafeMutableBufferPointer<ClosedRange<Double>>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: ClosedRange<Double>.self, capacity: max(1, rects.count)) { buffer in
            var n = 0
            for item in rects {
                guard let iv = item.rect.verticalInterval(atX: u) else { continue }
                let lo = max(iv.lowerBound, window.lowerBound), hi = min(iv.upperBound, window.upperBound)
                guard lo <= hi else { continue }
                // Insertion sort: a handful of intervals at most.
                var j = n
                while j > 0 && buffer[j - 1].lowerBound > lo { buffer[j] = buffer[j - 1]; j -= 1 }
                buffer[j] = lo...hi
                n += 1
            }
            return body(UnsafeMutableBufferPointer(rebasing: buffer[0..<n]))
        }
    }

    /// Distance from `p` along `direction` (a unit in-plane vector) to the first solid, by marching
    /// on the distance field; `limit` when nothing is met within it.
    public func rayDistance(from p: Vec2, direction: Vec2, limit: Double) -> Double {
        var t = 0.0
        for _ in 0..<64 {
            let d = distance(p + direction * t)
            if d < 0.02 { return t }
            t += d
            if t >= limit { return limit }
        }
        return min(t, limit)
    }
}

/// Some of a field's sections, lent for the duration of a call (see ``SectionField/withNearest(to:within:_:)``).
public struct NearSections {
    @usableFromInline let rects: UnsafeBufferPointer<RoundedRect>

    /// How many sections are kept.
    public var count: Int { rects.count }

    /// Distance from `p` to the nearest of these sections (negative inside one), mm; `.infinity` when there is none.
    @inlinable
    public func distance(_ p: Vec2) -> Double {
        var d = Double.infinity
        for r in rects { d = min(d, r.signedDistance(to: p)) }
        return d
    }

    /// ``distance(_:)`` when it is at least `floor`; otherwise some value below `floor` (the search stops at the first
    /// section nearer than that): for a caller that only needs to know the point loses.
    @inlinable
    public func distance(_ p: Vec2, stoppingBelow floor: Double) -> Double {
        var d = Double.infinity
        for r in rects {
            d = min(d, r.signedDistance(to: p))
            if d < floor { return d }
        }
        return d
    }
}

/// Reusable storage for successive ``SectionField``s (see ``SectionField/init(solids:plane:centre:reach:scratch:)``).
public struct SectionScratch {
    var rects: [(rect: RoundedRect, solid: Int)] = []

    public init() {
        rects.reserveCapacity(32)
    }
}
