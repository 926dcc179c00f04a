import ArgumentParser
import Figures
import Radix

/// `radix render`: the figures of scenario files, one set for all of them.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw figures: <scenario>.<view>.<png|svg|pdf> and an alt-text <scenario>.<view>.txt for each view.",
        discussion: "Every figure of every file is one set: all are written or, after a failure or an interrupt, none is changed. Exit status: 0, 2 for invalid input, 1 when a file cannot be read or written, 130/143 when interrupted.")

    @OptionGroup var scenarioFiles: ScenarioFileArguments

    @OptionGroup var figure: FigureArguments

    @Option(help: "Paper of the printed sheet: a4 or letter. The sheet's PDF always comes in pages of this paper (A4 unless given); given, the sheet's PNG and SVG come in the same pages, one file per page (<scenario>.sheet.page-N.<ext> when there are several).",
            transform: { try Choice.parse($0, "a paper size") })
    var paper: Paper?

    func run() throws {
        let scenarios = try loadScenarios(scenarioFiles.files)
        try refuseCollisions(scenarios, named: "<view>.<ext>", verb: "render")
        let writer = try orExitOne { try FigureWriter() }
        let f = figure
        // Every figure of every file is one set: all are written, or none is changed.
        let items = scenarios.map { scenario in
            (scenario: scenario, result: Pipeline.simulate(scenario, atlas: f.atlas, posture: f.posture),
             request: RenderRequest(views: f.views.isEmpty ? scenario.render.views : f.views.map(\.view),
                                    formats: f.formats.isEmpty ? scenario.render.formats : f.formats,
                                    outputDirectory: f.out, width: f.page.width, theme: f.page.theme, labels: f.page.labels,
                                    svgText: f.svgText, paper: paper ?? .a4, pagedImages: paper != nil, orientation: f.orientation))
        }
        try writeSet("render") { try writer.writeSet(items, directory: f.out, cancellation: $0) }
    }
}
