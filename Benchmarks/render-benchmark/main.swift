import CairoRender
import Diagram
import Foundation

// Measures each output path on a representative 2400×1600 plate and prints the median of several runs.
// Not a test: timings depend on the machine. Run with `swift run -c release render-benchmark [runs] [out-dir]`.

let arguments = CommandLine.arguments
let runs = arguments.count > 1 ? Int(arguments[1]) ?? 15 : 15
let outputDirectory = arguments.count > 2 ? arguments[2] : nil

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
}

/// Fastest run of the last `measure`, shown beside the median because the machine is shared.
nonisolated(unsafe) var lastMinimum = Double.nan

func measure(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    try body()  // warm-up
    var times: [Double] = []
    for _ in 0..<runs { times.append(try milliseconds(body)) }
    lastMinimum = times.min() ?? .nan
    return median(times)
}

func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

func row(_ name: String, _ ms: Double, _ bytes: Int? = nil) {
    let size = bytes.map { String(format: "%10d", $0) } ?? ""
    print(padded(name, 36) + String(format: "%9.2f ms %9.2f ms ", ms, lastMinimum) + size)
}

do {
    let measurer = try CairoTextMeasurer()
    var scene = PlateScene.make(measurer: measurer)
    let items = scene.flattened().filter { $0.node.kind != "group" }
    let texts = items.filter { $0.node.kind == "text" }.count
    let sceneTime = try measure(runs) { scene = PlateScene.make(measurer: try CairoTextMeasurer()) }
    let renderer = CairoRenderer()
    print("plate \(Int(scene.width))×\(Int(scene.height)): \(items.count) items, \(texts) texts; median of \(runs) runs")
    print(padded("step", 36) + "   median     fastest      bytes")
    row("scene + label layout (measured)", sceneTime)

    var raster = try renderer.draw(scene)
    // For a profiler: RENDER_BENCHMARK_PROFILE=raster|svg|pdf repeats only that step.
    switch ProcessInfo.processInfo.environment["RENDER_BENCHMARK_PROFILE"] {
    case "raster":
        for _ in 0..<runs { raster = try renderer.draw(scene) }
        exit(0)
    case let format? where OutputFormat(rawValue: format) != nil:
        for _ in 0..<runs { _ = try renderer.data(for: scene, as: OutputFormat(rawValue: format) ?? .svg) }
        exit(0)
    default:
        break
    }
    let rasterTime = try measure(runs) { raster = try renderer.draw(scene) }
    row("raster only", rasterTime)
    for (name, variant) in [
        ("  without text", SceneVariants.withoutText(scene)), ("  without text halos", SceneVariants.withoutHalos(scene)),
        ("  without soft edges", SceneVariants.withoutSoftEdges(scene)), ("  hatch/stipple as solid", SceneVariants.withSolidPatterns(scene)),
    ] {
        row(name, try measure(runs) { _ = try renderer.draw(variant) })
    }

    var best: (PNGCompression, Double, Int)?
    for filter in PNGCompression.Filter.allCases {
        for level in 0...3 {
            let compression = PNGCompression(level: level, filter: filter)
            var bytes = 0
            let time = try measure(runs) { bytes = try raster.pngData(compression: compression).count }
            row("encode PNG level \(level) filter \(filter.rawValue)", time, bytes)
            if compression == .default { best = (compression, time, bytes) }
        }
    }
    var cairoBytes = 0
    let cairoTime = try measure(max(3, runs / 3)) { cairoBytes = try raster.cairoPNGData().count }
    row("cairo_surface_write_to_png", cairoTime, cairoBytes)

    var png = Data()
    let pngTime = try measure(runs) { png = try renderer.renderPNGData(scene) }
    row("whole PNG (draw + encode)", pngTime, png.count)
    var svg = Data()
    let svgTime = try measure(runs) { svg = try renderer.data(for: scene, as: .svg) }
    row("SVG", svgTime, svg.count)
    var pdf = Data()
    let pdfTime = try measure(runs) { pdf = try renderer.data(for: scene, as: .pdf) }
    row("PDF", pdfTime, pdf.count)
    let textless = SceneVariants.withoutText(scene)
    row("  SVG without text", try measure(runs) { _ = try renderer.data(for: textless, as: .svg) })
    row("  PDF without text", try measure(runs) { _ = try renderer.data(for: textless, as: .pdf) })
    if let best {
        print(String(format: "default %@ level %d: whole PNG / raster = %.2f (goal ≤ 1.5); PNG %d bytes = %.0f%% of Cairo's",
            best.0.filter.rawValue as NSString, best.0.level, pngTime / rasterTime, best.2, 100 * Double(best.2) / Double(cairoBytes)))
    }
    if let outputDirectory {
        for format in OutputFormat.allCases {
            let path = "\(outputDirectory)/plate.\(format.fileExtension)"
            let time = try measure(max(3, runs / 3)) { try renderer.render(scene, as: format, to: path) }
            row("write \(format.rawValue) file (atomic, fsync)", time)
        }
    }
} catch {
    print("render-benchmark: \(error)")
    exit(1)
}
