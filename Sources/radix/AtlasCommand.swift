import ArgumentParser
import Figures
import Radix
import Scenario

/// `--atlas` of `radix atlas`: one map, or `all` (every map and the comparison).
enum AtlasChoice: String, CaseIterable, ExpressibleByArgument {
    case lee2008 = "lee-2008"
    case keeganGarrett = "keegan-garrett"
    case foerster
    case all

    var selection: AtlasSelection {
        switch self {
        case .all: .all
        case .lee2008: .one(.lee2008)
        case .keeganGarrett: .one(.keeganGarrett)
        case .foerster: .one(.foerster)
        }
    }
}

/// `radix atlas`: the dermatome atlas figures, no scenario needed.
struct AtlasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atlas",
        abstract: "Draw the dermatome atlases: atlas-<map>.<png|svg|pdf> for each map and, with --atlas all, atlas-comparison (where the maps disagree), each with an alt-text .txt.",
        discussion: "The figures are written as one set: all of them or, after a failure or an interrupt, none. Exit status: 0 when every figure was written, 1 when a file or the output directory cannot be written, 130/143 when interrupted (nothing is changed).")

    @Option(help: "Dermatome map: lee-2008, keegan-garrett, foerster, or all (every map and the comparison figure).")
    var atlas: AtlasChoice = .all

    @Option(name: .customLong("format"), help: "png, svg or pdf (default png). Repeatable.")
    var formats: [FigureFormat] = []

    @Option(help: "Output directory.")
    var out = "Renders"

    @OptionGroup var page: PageStyleArguments

    @OptionGroup var svg: SVGTextArguments

    func run() throws {
        let request = AtlasRequest(selection: atlas.selection, formats: formats.isEmpty ? [.png] : formats, outputDirectory: out,
                                   width: page.width, theme: page.theme, labels: page.labels, svgText: svg.svgText)
        try writeSet("atlas") { try AtlasWriter().write(request, cancellation: $0) }
    }
}
