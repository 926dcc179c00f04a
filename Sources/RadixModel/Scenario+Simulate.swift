/// The shortest way from a scenario to its result, for Swift programs: `try ScenarioLoader.load(path:)`
/// then `scenario.simulate()`.
extension Scenario {
    /// The simulation of this scenario, as `radix run` computes it (``Pipeline/simulate(_:atlas:posture:)``);
    /// `atlas` and `posture`, when given, replace the scenario's own.
    public func simulate(atlas: Atlas? = nil, posture: Posture? = nil) -> SimulationResult {
        Pipeline.simulate(self, atlas: atlas, posture: posture)
    }
}
