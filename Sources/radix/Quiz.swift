import Anatomy
import ArgumentParser
import Figures
import Radix
import Scenario

/// `radix quiz`: a seeded set of realistic cases, a question and an answer sheet for each, one answer key.
struct Quiz: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a reproducible quiz: N random realistic cases, a question and an answer sheet for each, and one answer key.",
        discussion: """
        Per case: quiz-NNN.yaml (the scenario, to run or render), quiz-NNN.question.<ext> (history, body charts and \
        examination; nothing names the answer) and quiz-NNN.answer.<ext> (the teaching sheet), each sheet with its alt \
        text (.txt); then answer-key.md and answer-key.json. The same seed, count and Radix version give byte-identical \
        files on every machine; another version of Radix may draw another set. The set replaces an earlier one in the \
        folder whole or not at all. Exit status: 0 on success, 2 for an invalid option, 1 when a file cannot be \
        written, 130/143 when interrupted (then nothing is changed).
        """)

    // Unconditional: "--seed -4" reaches the range check (and its message) instead of reading as a flag.
    @Option(parsing: .unconditional, help: "How many cases (1 … 1000).")
    var count = "10"

    @Option(parsing: .unconditional, help: "The seed, a whole number 0 … 18446744073709551615: the same seed gives the same set.")
    var seed: String

    @Option(help: "Output directory.")
    var out = QuizWriter.defaultDirectory

    @Option(name: .customLong("format"), help: "png, svg or pdf (default png). Repeatable.")
    var formats: [FigureFormat] = []

    @Option(help: "Page width in pixels (600 … 12000).")
    var width: Double = 2400

    @Option(help: "Theme: color, print (grey-scale safe) or colorblind (Okabe–Ito).")
    var theme: Theme = .color

    @Option(help: "Dermatome atlas written into every case.")
    var atlas: Atlas = .lee2008

    @Option(help: "Paper of the PDF sheets: a4 (the default) or letter; each sheet's PDF is pages of it.",
            transform: { try Choice.parse($0, "a paper size") })
    var paper: Paper = .a4

    @Option(name: .customLong("svg-text"), help: "How an SVG writes its words: outline (the default) or editable (real text; no grades on the roots).",
            transform: { try Choice.parse($0, "an SVG text mode") })
    var svgText: SVGText = .outline

    func run() throws {
        let options: QuizOptions
        do {
            options = try QuizOptions(count: count, seed: seed, out: out, formats: formats, width: width, theme: theme, atlas: atlas, paper: paper, svgText: svgText)
        } catch {
            printError("radix quiz: \(error)")
            throw ExitCode(ExitStatus.invalidInput)
        }
        let set: QuizSet
        do {
            set = try QuizGenerator.generate(count: options.count, seed: options.seed, atlas: options.atlas)
        } catch {
            printError("radix quiz: \(error)")
            throw ExitCode(error.exitCode)
        }
        try writeSet("quiz", prefix: "radix quiz") { try QuizWriter().write(set, request: options.request, cancellation: $0) }
    }
}
