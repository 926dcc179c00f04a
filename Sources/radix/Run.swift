import Anatomy
import ArgumentParser
import Pathology
import Radix
import Report

/// `radix run`: simulate scenario files and print the report, as text or format-1 JSON.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Simulate scenario files and print the report.")

    @OptionGroup var scenarioFiles: ScenarioFileArguments

    @Flag(help: "Print the format-1 JSON report instead of text.")
    var json = false

    @Option(help: "Dermatome atlas: \(Atlas.allCases.map(\.rawValue).joined(separator: ", ")) (default: the scenario's).")
    var atlas: Atlas?

    @Option(help: "Posture: \(Posture.allCases.map(\.rawValue).joined(separator: ", ")) (default: the scenario's).")
    var posture: Posture?

    func run() throws {
        let scenarios = try loadScenarios(scenarioFiles.files)
        let results = scenarios.map { (Pipeline.simulate($0, atlas: atlas, posture: posture), $0) }
        if json {
            print(ReportJSON.render(results), terminator: "")
        } else {
            print(results.map { ReportText.render($0.0, scenario: $0.1) }.joined(separator: "\n" + String(repeating: "─", count: 72) + "\n\n"), terminator: "")
        }
    }
}
