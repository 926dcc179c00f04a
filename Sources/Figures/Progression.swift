import Anatomy
import BodyFigures
import Clinical
import Compression
import FigureStyle
import Pathology
import Scenario
import SectionFigures

/// One step of a sweep: the value, the scenario with that value, and its simulation.
public struct SweepStep: Sendable {
    public var value: SweepValue
    public var scenario: Scenario
    public var result: SimulationResult

    public init(value: SweepValue, scenario: Scenario, result: SimulationResult) {
        self.value = value
        self.scenario = scenario
        self.result = result
    }
}

/// What the progression figure of a sweep shows: the parameter, every step, and how each root fares.
public struct ProgressionInput: Sendable {
    public var parameter: SweepParameter
    /// At least two steps, in sweep order.
    public var steps: [SweepStep]
    /// Every root on both sides across the steps.
    public var tracks: [RootTrack]
    /// The roots whose grade (or, failing that, room) changes: the lines of the plot.
    public var changing: [RootTrack]
    /// The view of the small multiples and frames: the one asked for, else `relevantView`.
    public var view: ViewSpec

    /// - Parameter view: a view to force; nil chooses `relevantView`. `sheet` is kept for frames but
    ///   the small multiples then use the relevant view.
    public init(parameter: SweepParameter, steps: [SweepStep], view: ViewSpec? = nil) {
        self.parameter = parameter
        self.steps = steps
        tracks = Progression.tracks(steps.map(\.result))
        changing = Progression.changing(tracks)
        self.view = view ?? Self.relevantView(changing: changing, steps: steps)
    }

    /// The view of the small multiples: `view`, unless that is the sheet (too big to repeat).
    public var multiplesView: ViewSpec {
        view == .sheet ? Self.relevantView(changing: changing, steps: steps) : view
    }

    /// The view that shows what changes, fixed to one level (and side) so that every step is drawn the
    /// same way: for the root that changes most (its worst step), the axial section at its level when it
    /// is caught in the canal or recess, its foramen when it is caught in or beyond the foramen. When no
    /// grade changes, the axial section at the first lesion's level (L4–L5 without a lesion).
    public static func relevantView(changing: [RootTrack], steps: [SweepStep]) -> ViewSpec {
        if let track = changing.first(where: \.changesGrade) {
            let f = track.findings[track.worst.step]
            switch f.site {
            case .centralCanal, .lateralRecess: return .axial(f.level)
            case .foramen, .extraforaminal: return .foramen(f.level, f.side)
            }
        }
        return .axial(steps.first?.result.input.lesions.first?.level ?? .L4L5)
    }

    /// The steps drawn as small multiples, evenly spread and including the first and last: every step
    /// up to 4, else 4 (two rows of two; 5 steps show 3: first, middle, last).
    public var multipleIndices: [Int] {
        let n = steps.count
        let k = n <= 4 ? n : (n == 5 ? 3 : 4)
        guard k > 1 else { return Array(0..<n) }
        var out: [Int] = []
        for i in 0..<k {
            let index = Int((Double(i) * Double(n - 1) / Double(k - 1)).rounded())
            if out.last != index { out.append(index) }
        }
        return out
    }

    /// "7 mm", "flexion", "grade II".
    public func label(_ step: Int) -> String { parameter.label(steps[step].value.text) }

    /// The first and last values: "2 to 10 mm", "flexion to extension", "grade I to IV".
    public var rangePhrase: String {
        guard let first = steps.first, let last = steps.last else { return "" }
        let unit = parameter.unit.isEmpty ? "" : " \(parameter.unit)"
        return (parameter.isGrade ? "grade " : "") + "\(first.value.text) to \(last.value.text)\(unit)"
    }
}
