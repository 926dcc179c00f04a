import Anatomy
import Figures
import Foundation
import Pathology
import Report
import Scenario

/// One shard of a batch: `K/N` takes the files at sorted positions K-1, K-1+N, K-1+2N … — a deterministic,
/// balanced (±1 file) share, so shards 1/N … N/N together are exactly the set, each file once.
public struct BatchShard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based shard number.
    public var index: Int
    public var count: Int

    public static let whole = BatchShard(uncheckedIndex: 1, count: 1)

    private init(uncheckedIndex: Int, count: Int) {
        self.index = uncheckedIndex
        self.count = count
    }

    /// `index` in 1…count; nil otherwise.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.init(uncheckedIndex: index, count: count)
    }

    /// Parses `K/N`.
    public init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else { return nil }
        self.init(index: k, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// This shard's share of `files`, which must already be sorted.
    public func select(_ files: [String]) -> [String] {
        files.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}

/// What `radix batch` draws and where; everything here (except `jobs`, `force` and the shard) is part of
/// every figure's content hash.
public struct BatchOptions: Sendable {
    /// Views from the command line; empty: each scenario's render block.
    public var views: [ViewSpec]
    /// Formats from the command line; empty: each scenario's render block.
    public var formats: [FigureFormat]
    public var outputDirectory: String
    public var width: Double
    public var theme: Theme
    public var labels: LabelMode
    public var atlas: Atlas?
    public var posture: Posture?
    /// Worker threads; defaults to one per core.
    public var jobs: Int
    public var shard: BatchShard
    /// Redraw even when nothing changed.
    public var force: Bool
    /// How SVGs write their words (`--svg-text`).
    public var svgText: SVGText
    /// Which way axial sections face the reader (`--orientation`).
    public var orientation: AxialOrientation

    public init(views: [ViewSpec] = [], formats: [FigureFormat] = [], outputDirectory: String = "Renders",
                width: Double = 2400, theme: Theme = .color, labels: LabelMode = .full, atlas: Atlas? = nil,
                posture: Posture? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                shard: BatchShard = .whole, force: Bool = false, svgText: SVGText = .outline,
                orientation: AxialOrientation = .anatomical) {
        self.views = views
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.width = width
        self.theme = theme
        self.labels = labels
        self.atlas = atlas
        self.posture = posture
        self.jobs = max(1, jobs)
        self.shard = shard
        self.force = force
        self.svgText = svgText
        self.orientation = orientation
    }

    /// The options added after the first manifests, as fingerprint lines only when they differ from their
    /// default, so that figures drawn before them keep their keys.
    private func laterOptions(format: String? = nil) -> [String] {
        var lines: [String] = []
        if orientation != .anatomical { lines.append("orientation \(orientation.rawValue)") }
        if svgText != .outline, format == nil || format == FigureFormat.svg.rawValue { lines.append("svg-text \(svgText.rawValue)") }
        return lines
    }

    /// The options that decide what a figure looks like, one per line, in a fixed order: hashed with the
    /// scenario's bytes and the Radix version into each scenario's key.
    public var fingerprint: String {
        ([
            "radix \(RadixVersion.current)",
            "views " + (views.isEmpty ? "(scenario)" : views.map(\.description).joined(separator: ",")),
            "formats " + (formats.isEmpty ? "(scenario)" : formats.map(\.rawValue).joined(separator: ",")),
            "width \(width)",
            "theme \(theme.rawValue)",
            "labels \(labels.rawValue)",
            "atlas \(atlas?.rawValue ?? "(scenario)")",
            "posture \(posture?.rawValue ?? "(scenario)")",
        ] + laterOptions()).joined(separator: "\n")
    }

    /// What shapes one figure, one item per line in a fixed order: the Radix version, the view, the format
    /// (`txt` for the alt-text sidecar) and the options. Hashed with the scenario's bytes into its key.
    public func figureFingerprint(view: ViewSpec, format: String) -> String {
        ([
            "radix-batch figure 1",
            "radix \(RadixVersion.current)",
            "view \(view)",
            "format \(format)",
            "width \(width)",
            "theme \(theme.rawValue)",
            "labels \(labels.rawValue)",
            "atlas \(atlas?.rawValue ?? "(scenario)")",
            "posture \(posture?.rawValue ?? "(scenario)")",
        ] + laterOptions(format: format)).joined(separator: "\n")
    }

    /// The render request for one scenario: the command line's views and formats, else its render block.
    public func request(for scenario: Scenario) -> RenderRequest {
        RenderRequest(views: views.isEmpty ? scenario.render.views : views,
                      formats: formats.isEmpty ? scenario.render.formats : formats,
                      outputDirectory: outputDirectory, width: width, theme: theme, labels: labels,
                      thumbnailWidth: Self.thumbnailWidth, svgText: svgText, orientation: orientation)
    }

    /// The width of the gallery's thumbnails, pixels: a card shows the sheet at about 300 CSS pixels, so
    /// this is sharp on a 1.5× screen and about 40 times fewer pixels than a 2400 px sheet.
    public static let thumbnailWidth = 480.0
    /// The manifest's `format` of a thumbnail (`<scenario>.<view>.thumb.png`).
    public static let thumbnailFormat = "thumbnail"
}

/// Expands the command line's operands into scenario files.
public enum BatchInputs {
    /// Files are taken as given; directories are searched recursively for `*.yaml` and `*.yml`. The result
    /// is sorted and without duplicates. An operand that does not exist is kept, so that it is reported as
    /// unreadable like any other file.
    public static func expand(_ operands: [String]) -> [String] {
        var files = Set<String>()
        let fm = FileManager.default
        for operand in operands {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: operand, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.insert(operand)
                continue
            }
            let base = operand.hasSuffix("/") ? String(operand.dropLast()) : operand
            for relative in (fm.subpaths(atPath: operand) ?? []) where relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                files.insert(base + "/" + relative)
            }
        }
        return files.sorted()
    }
}
