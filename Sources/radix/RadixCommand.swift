import ArgumentParser
import Foundation
import Radix

// The entry point (`@main`): one subcommand per file in this module, named after its type (Run, Validate,
// Render, Batch, SweepCommand, AtlasCommand, Quiz, PopulationCommand, Serve); the option groups they
// share are in Arguments.swift, the output and exit helpers in Output.swift.
@main
struct RadixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "radix",
        abstract: "Simulate lumbar nerve-root compression and explain where it is felt. A teaching model — not for diagnosis.",
        version: RadixVersion.current,
        subcommands: [Run.self, Validate.self, Render.self, Batch.self, SweepCommand.self, AtlasCommand.self, Quiz.self, PopulationCommand.self, Serve.self],
        defaultSubcommand: nil)

    /// As ArgumentParser's own, except that a bad option or argument (its EX_USAGE, 64) exits with 2
    /// (`ExitStatus.invalidInput`), the status of every other invalid input (docs/scenario-format.md §Errors), after the same message.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                printError(fullMessage(for: error))
                Foundation.exit(ExitStatus.invalidInput.rawValue)
            }
            exit(withError: error)
        }
    }
}
