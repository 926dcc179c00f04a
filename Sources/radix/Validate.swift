import ArgumentParser
import Radix

/// `radix validate`: check scenario files without simulating them.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check scenario files; exit 0 when all are valid, 2 when any is invalid, 1 when one cannot be read.")

    @OptionGroup var scenarioFiles: ScenarioFileArguments

    func run() throws {
        let files = scenarioFiles.files
        switch Pipeline.loadAll(files) {
        case .success(let scenarios):
            for (file, s) in zip(files, scenarios) { print("\(file): ok — \(s.title)") }
        case .failure(let failure):
            printError(failure.description)
            let bad = Set(failure.errors.map { e -> String in
                switch e {
                case .invalid(let f, _): f
                case .unreadable(let p, _): p
                }
            })
            for file in files where !bad.contains(file) { print("\(file): ok") }
            throw ExitCode(failure.exitCode)
        }
    }
}
