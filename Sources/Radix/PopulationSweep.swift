import CairoRender
import Diagram
import Figures
import Foundation
import Population
import RadixModel

/// `radix population FILE --vary PATH=FROM...TO:STEPS`: a dose-response curve. Every step of the sweep (checked
/// like a file, as `radix sweep` does) is run as a population with the same seed, so each step sees the same
/// people and only the swept value changes.
public struct PopulationSweep {
    public var parameter: SweepParameter
    /// One report per step, in sweep order, with the value as written into the file.
    public var steps: [(value: SweepValue, report: PopulationReport)]

    /// Checks every step and runs it.
    /// - Parameter progress: called with (step index, samples done in that step).
    public static func run(file: String, vary: String, samples: Int, seed: UInt64, sex: Sex, shard: PopulationShard, jobs: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws(SweepFailure) -> PopulationSweep {
        let input = try Sweep.prepare(file: file, vary: vary)
        var steps: [(SweepValue, PopulationReport)] = []
        for (i, step) in input.steps.enumerated() {
            let request = PopulationRequest(input: Pipeline.input(for: step.scenario), samples: samples, seed: seed, sex: sex, shard: shard)
            let report = progress.map { p in { @Sendable (done: Int) in p(i, done) } }
            let tally = PopulationRunner.run(request, jobs: jobs, progress: report)
            steps.append((step.value, PopulationReport(scenario: step.scenario, request: request, tally: tally)))
        }
        return PopulationSweep(parameter: input.parameter, steps: steps)
    }

    /// The file name of the CSV: `<stem>.population-sweep-<path>.csv`.
    public var csvName: String {
        "\(FigureWriter.stem(of: steps[0].report.scenario)).population-sweep-\(parameter.path.slug).csv"
    }

    /// One row per step, root and side (roots L1–S2, left before right):
    /// `step,<path>,root,side,samples,contact,deviation,compression,p_contact,p_deviation,p_compression`,
    /// counts of samples at the grade or worse and their shares (4 decimals).
    public var csv: String {
        var lines = [SweepCSV.row(["step", parameter.path.description, "root", "side", "samples", "contact", "deviation", "compression",
                                   "p_contact", "p_deviation", "p_compression"])]
        for (i, step) in steps.enumerated() {
            let t = step.report.tally
            for (root, side) in PopulationTally.rootSides {
                let counts = PopulationTally.grades.map { t.count(root, side, $0) }
                lines.append(SweepCSV.row([String(i + 1), step.value.text, root.name, side.rawValue, String(t.samples)] + counts.map(String.init)
                                          + counts.map { SweepCSV.fixed(step.report.share($0), 4) }))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The roots reached at any step, most compressed first (then most deviated, most touched): the columns
    /// of the table.
    public var roots: [(Root, Side)] {
        func total(_ r: Root, _ s: Side, _ g: RootGrade) -> Int { steps.reduce(0) { $0 + $1.report.tally.count(r, s, g) } }
        let grades = Array(PopulationTally.grades.reversed())
        let reached = PopulationTally.rootSides.filter { total($0.root, $0.side, .contact) > 0 }
        let keyed = reached.map { rs in (rs, grades.map { total(rs.root, rs.side, $0) }) }
        // Stable: more compression first, then more deviation, then more contact; ties in report order.
        return keyed.enumerated().sorted { x, y in
            x.element.1 != y.element.1 ? y.element.1.lexicographicallyPrecedes(x.element.1) : x.offset < y.offset
        }.map { ($0.element.0.root, $0.element.0.side) }
    }

    /// The dose-response table: for each step, the share of samples in which the most affected roots (up to
    /// three) reach compression, with the 95 % Wilson interval, and the share with any root compressed.
    public var text: String {
        let shown = Array(roots.prefix(3))
        let first = steps[0].report
        var lines = ["\(first.scenario.title): share of \(first.samples) sampled adults with the root compressed, "
                     + "\(parameter.path) from \(steps[0].value.text) to \(steps[steps.count - 1].value.text) (seed \(first.request.seed); the same people at every step)", ""]
        var header = parameter.path.description.padding(toLength: max(12, parameter.path.description.count + 2), withPad: " ", startingAt: 0)
        let width = 26
        for (root, side) in shown { header += "\(side.rawValue) \(root.name)".padding(toLength: width, withPad: " ", startingAt: 0) }
        header += "any root"
        lines.append(header)
        for step in steps {
            var row = step.value.text.padding(toLength: max(12, parameter.path.description.count + 2), withPad: " ", startingAt: 0)
            let t = step.report.tally
            for (root, side) in shown {
                let k = t.count(root, side, .compression)
                row += "\(PopulationReport.percent(step.report.share(k))) (\(PopulationReport.interval(wilsonInterval(k, t.samples))))"
                    .padding(toLength: width, withPad: " ", startingAt: 0)
            }
            row += PopulationReport.percent(step.report.share(t.anyRoot[2]))
            lines.append(row)
        }
        lines.append("")
        lines.append("Compression: Pfirrmann grade 3; in parentheses the 95 % Wilson interval.")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every step's JSON report, each headed by `"vary": {"path", "value"}`, as one array.
    public var json: String {
        JSONValue.array(steps.map { step in
            guard case .object(let pairs) = step.report.json else { return step.report.json }
            return .object([("vary", .object([("path", .string(parameter.path.description)), ("value", .string(step.value.text))]))] + pairs)
        }).serialized() + "\n"
    }

    /// The dose-response figure (no file written).
    public func scene(options: FigureOptions) -> Scene {
        PopulationSweepFigure.scene(parameter: parameter, steps: steps, roots: roots, options: options)
    }

    /// Writes the CSV and, for each of `formats`, the dose-response figure `<stem>.population-sweep-<path>.<ext>`
    /// with its alt text `.txt`, into `directory` (created when missing) as one set: all or nothing.
    /// - Returns: the paths written, the CSV first.
    public func writeSet(directory: String, formats: [FigureFormat] = [], width: Double = 2400, theme: Theme = .color,
                         cancellation: BatchCancellation? = nil) throws -> [String] {
        let set = try OutputSet(directory: directory, cancellation: cancellation)
        var written = [csvName]
        try set.staging { try FigureFiles.writeText(csv, to: set.stagingPath(csvName)) }
        if !formats.isEmpty {
            let files = try FigureFiles()
            let base = set.stagingPath(String(csvName.dropLast(4)))
            let scene = self.scene(options: files.options(width: width, theme: theme, labels: .full))
            let alt = PopulationSweepFigure.altText(parameter: parameter, steps: steps, roots: roots)
            written += try set.staging { try files.write(scene, altText: alt, base: base, formats: formats) }.map { ($0 as NSString).lastPathComponent }
        }
        try set.commit()
        return written.map { set.finalPath($0) }
    }
}
