import Compression
import Figures
import RadixModel
import Scenario

/// `radix sweep`: one value of a scenario file varied over a range, every step checked like a file and
/// simulated.
public enum Sweep {
    /// Reads the file, finds the value `vary` names (`PATH=FROM...TO:STEPS`), checks every step with the
    /// scenario loader and simulates it. Nothing is written.
    /// - Parameter view: a view to force for the small multiples and frames; nil chooses the view that
    ///   shows the root that changes most.
    public static func prepare(file: String, vary: String, view: ViewSpec? = nil) throws(SweepFailure) -> ProgressionInput {
        let template: ScenarioTemplate
        do { template = try ScenarioTemplate.load(path: file) } catch { throw .scenario(error) }
        let parameter: SweepParameter
        let values: [SweepValue]
        do {
            let spec = try SweepSpec(parsing: vary)
            parameter = try template.parameter(spec.path)
            values = try SweepRange.values(spec.range, for: parameter)
        } catch {
            throw .vary(error)
        }
        var scenarios: [Scenario] = []
        var failures: [SweepFailure.Step] = []
        for (i, value) in values.enumerated() {
            do {
                scenarios.append(try template.scenario(setting: parameter, to: value.text))
            } catch {
                failures.append(.init(index: i, value: value.text, error: error))
            }
        }
        if !failures.isEmpty { throw .steps(parameter: parameter, count: values.count, failures: failures) }
        let steps = zip(values, scenarios).map { value, scenario in
            SweepStep(value: value, scenario: scenario, result: Pipeline.simulate(scenario))
        }
        return ProgressionInput(parameter: parameter, steps: steps, view: view)
    }
}

/// Why a sweep cannot run.
public enum SweepFailure: Error, CustomStringConvertible {
    /// One failing step: its index (0-based), the value, the loader's error.
    public struct Step: Sendable {
        public var index: Int
        public var value: String
        public var error: ScenarioError
    }

    /// The file itself cannot be read or is not a valid scenario.
    case scenario(ScenarioError)
    /// `--vary` names no value of the file, or its range cannot be read.
    case vary(SweepError)
    /// Some steps give a scenario the loader refuses (a value out of range, a combination not allowed).
    case steps(parameter: SweepParameter, count: Int, failures: [Step])

    /// `failure` (1) when the file cannot be read, else `invalidInput` (2).
    public var exitCode: ExitStatus {
        if case .scenario(let e) = self { return e.exitCode }
        return .invalidInput
    }

    /// The loader's diagnostics of the first failing step in full, headed by the step and value; the
    /// other failing steps listed by value.
    public var description: String {
        switch self {
        case .scenario(let e): return e.description
        case .vary(let e): return e.description
        case .steps(let parameter, let count, let failures):
            guard let first = failures.first else { return "error: invalid sweep" }
            // A value the file does not write is added to it for the sweep: the location is where it was added.
            let added = parameter.original == nil ? "; the file does not give \(parameter.path), so the sweep adds it at the place shown" : ""
            var lines = ["error: step \(first.index + 1) of \(count) (\(parameter.path) = \(first.value)) is not a valid scenario\(added):",
                         first.error.description]
            if failures.count > 1 {
                let others = failures.dropFirst().map(\.value)
                let shown = others.prefix(12).joined(separator: ", ") + (others.count > 12 ? ", …" : "")
                let more = failures.count - 1
                lines.append("error: \(more) more step\(more == 1 ? " is" : "s are") not valid either (\(parameter.path) = \(shown)); "
                             + "choose a range the scenario format allows (docs/scenario-format.md)")
            }
            return lines.joined(separator: "\n")
        }
    }
}
