import Anatomy
import Compression
import Pathology
import Report
import Scenario

/// The pipeline as a library: load → simulate → report. The command line and the figure writers go through
/// it, so a Swift program that calls it gets what `radix run` prints.
public enum Pipeline {
    /// The simulation input of a scenario, with the command line's overrides applied.
    public static func input(for scenario: Scenario, atlas: Atlas? = nil, posture: Posture? = nil) -> SimulationInput {
        SimulationInput(anatomy: scenario.anatomy, posture: posture ?? scenario.posture,
                        atlas: atlas ?? scenario.atlas, lesions: scenario.lesions)
    }

    /// Simulates `scenario`; `atlas` and `posture`, when given, replace the scenario's own (as `--atlas` and
    /// `--posture` do). Pure and deterministic: the same scenario gives the same result, in about 0.1–0.3 ms.
    public static func simulate(_ scenario: Scenario, atlas: Atlas? = nil, posture: Posture? = nil) -> SimulationResult {
        Simulator.run(input(for: scenario, atlas: atlas, posture: posture))
    }

    /// Loads every file before anything is computed: all-or-nothing, with every file's problems.
    /// - Returns: the scenarios in the order given, or the errors of the files that failed.
    public static func loadAll(_ paths: [String]) -> Result<[Scenario], LoadFailure> {
        var scenarios: [Scenario] = [], errors: [ScenarioError] = []
        for path in paths {
            do { scenarios.append(try ScenarioLoader.load(path: path)) } catch { errors.append(error) }
        }
        return errors.isEmpty ? .success(scenarios) : .failure(LoadFailure(errors: errors))
    }
}

/// One or more files that could not be loaded.
public struct LoadFailure: Error, CustomStringConvertible {
    public var errors: [ScenarioError]
    /// `invalidInput` (2) when any file is invalid, else `failure` (1: unreadable).
    public var exitCode: ExitStatus { errors.contains { $0.exitCode == .invalidInput } ? .invalidInput : .failure }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
