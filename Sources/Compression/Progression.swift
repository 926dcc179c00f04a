import Anatomy
import Clinical

/// What one root on one side goes through along a series of simulations (the steps of a sweep): its
/// finding at every step, in step order.
public struct RootTrack: Sendable, Hashable {
    public var root: Root
    public var side: Side
    /// One finding per step; never empty.
    public var findings: [RootFinding]
    /// True when the root of the other side fares the same at every step and this track stands for both.
    public var bothSides = false

    public var grades: [RootGrade] { findings.map(\.grade) }

    /// "left L5", or "L5 (both sides)".
    public var name: String { bothSides ? "\(root.name) (both sides)" : "\(side.rawValue) \(root.name)" }

    /// True when `other` has the same grade at every step, and clearance and flattening within
    /// 0.05 mm and 0.5 %.
    public func matches(_ other: RootTrack) -> Bool {
        findings.count == other.findings.count && zip(findings, other.findings).allSatisfy { a, b in
            a.grade == b.grade && abs(a.clearance - b.clearance) <= 0.05 && abs(a.deformationPercent - b.deformationPercent) <= 0.5
        }
    }

    /// True when the grade is not the same at every step.
    public var changesGrade: Bool { Set(grades).count > 1 }

    /// The first step (0-based) whose grade is `grade` or worse; nil when no step reaches it.
    public func firstStep(reaching grade: RootGrade) -> Int? {
        grades.firstIndex { $0 >= grade }
    }

    /// Largest minus smallest clearance over the steps, mm.
    public var clearanceSpan: Double {
        let values = findings.map(\.clearance)
        return (values.max() ?? 0) - (values.min() ?? 0)
    }

    /// The worst grade reached, and the last step at which it is (where the root is shown at its worst).
    public var worst: (grade: RootGrade, step: Int) {
        var best = (grade: RootGrade.normal, step: 0)
        for (i, g) in grades.enumerated() where g >= best.grade { best = (g, i) }
        return best
    }
}

/// Reads a series of simulations as a progression (for `radix sweep`).
public enum Progression {
    /// Least clearance change, mm, for a root whose grade does not change to count as changing.
    public static let noticeableClearanceChange = 0.2

    /// Every root on both sides, in the report's order (cranial first, left before right). Empty when
    /// `results` is.
    public static func tracks(_ results: [SimulationResult]) -> [RootTrack] {
        guard let first = results.first else { return [] }
        return first.roots.map { f in
            RootTrack(root: f.root, side: f.side, findings: results.map { $0.finding(f.root, f.side) ?? f })
        }
    }

    /// The tracks worth showing, at most `limit`: those whose grade changes, worst first (then the one
    /// that changes earliest, then report order); when none does, those whose clearance changes by
    /// `noticeableClearanceChange` or more, most change first.
    /// A root whose other side fares the same is given once, as `bothSides`.
    public static func changing(_ tracks: [RootTrack], limit: Int = 6) -> [RootTrack] {
        let tracks = mergingSides(tracks)
        let order = Dictionary(uniqueKeysWithValues: tracks.enumerated().map { ("\($0.element.name)", $0.offset) })
        let graded = tracks.filter(\.changesGrade).sorted { a, b in
            let (wa, wb) = (a.worst.grade, b.worst.grade)
            if wa != wb { return wa > wb }
            let (fa, fb) = (firstChange(a), firstChange(b))
            if fa != fb { return fa < fb }
            return (order[a.name] ?? 0) < (order[b.name] ?? 0)
        }
        if !graded.isEmpty { return Array(graded.prefix(limit)) }
        let moving = tracks.filter { $0.clearanceSpan >= noticeableClearanceChange }.sorted { a, b in
            a.clearanceSpan != b.clearanceSpan ? a.clearanceSpan > b.clearanceSpan : (order[a.name] ?? 0) < (order[b.name] ?? 0)
        }
        return Array(moving.prefix(min(limit, 3)))
    }

    /// The tracks with each left–right pair that matches at every step made one `bothSides` track (in
    /// the left one's place).
    static func mergingSides(_ tracks: [RootTrack]) -> [RootTrack] {
        var out: [RootTrack] = []
        for track in tracks {
            if track.side == .right, let i = out.firstIndex(where: { $0.root == track.root && $0.side == .left }), out[i].matches(track) {
                out[i].bothSides = true
                continue
            }
            out.append(track)
        }
        return out
    }

    /// The first step whose grade differs from the first step's.
    static func firstChange(_ track: RootTrack) -> Int {
        let g = track.grades
        return g.firstIndex { $0 != g[0] } ?? g.count
    }
}
