import Foundation
import RadixModel

/// The repository's teaching scenarios (`Scenarios/*.yaml`) as test fixtures, found from this file's path.
///
/// Every lookup throws a ``FixtureError`` when the file it names is missing, renamed or ambiguous, so the
/// test that asked for it fails (a thrown error fails an XCTest test) instead of skipping: a renamed
/// scenario must not silently switch a test off.
public enum Fixtures {
    /// The package's root directory (the one holding `Package.swift`).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Scenarios/` in the package root.
    public static let scenarioDirectory = packageRoot.appendingPathComponent("Scenarios")

    /// Every teaching scenario's file name (`01-normal-spine.yaml` …), sorted.
    /// - Throws: ``FixtureError`` when the directory cannot be read or holds no `.yaml` file.
    public static func scenarioFiles() throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: scenarioDirectory.path)
        } catch {
            throw FixtureError("cannot read the teaching scenarios in \(scenarioDirectory.path): \(error.localizedDescription)")
        }
        let yaml = names.filter { $0.hasSuffix(".yaml") }.sorted()
        guard !yaml.isEmpty else { throw FixtureError("no .yaml file in \(scenarioDirectory.path)") }
        return yaml
    }

    /// The path of the one teaching scenario that `name` names: a whole file name
    /// (`02-l4-l5-left-subarticular-extrusion.yaml`), the same without `.yaml`, or its number (`02`, which
    /// matches `02-….yaml`).
    /// - Throws: ``FixtureError`` when no file, or more than one, matches; the message lists the files there.
    public static func scenarioPath(_ name: String) throws -> String {
        let files = try scenarioFiles()
        let matches = files.filter { $0 == name || $0 == name + ".yaml" || $0.hasPrefix(name + "-") }
        guard matches.count == 1, let file = matches.first else {
            let problem = matches.isEmpty ? "no teaching scenario is named '\(name)'" : "'\(name)' names \(matches.count) scenarios"
            throw FixtureError("\(problem) in \(scenarioDirectory.path) (renamed or removed?); there are: "
                               + files.joined(separator: ", "))
        }
        return scenarioDirectory.appendingPathComponent(file).path
    }

    /// The teaching scenario `name` names (see ``scenarioPath(_:)``), loaded and validated.
    /// - Throws: ``FixtureError`` when it is missing or ambiguous, the loader's `ScenarioError` when it is invalid.
    public static func scenario(_ name: String) throws -> Scenario {
        try ScenarioLoader.load(path: scenarioPath(name))
    }

    /// The teaching scenario `name` names, loaded and simulated with its own atlas and posture.
    public static func simulated(_ name: String) throws -> (scenario: Scenario, result: SimulationResult) {
        let scenario = try scenario(name)
        return (scenario, scenario.simulate())
    }
}

/// A fixture the tests need is not where they expect it.
public struct FixtureError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
