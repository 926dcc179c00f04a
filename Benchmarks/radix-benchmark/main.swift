// Benchmarks (not timed tests): simulation throughput on one core, over the teaching scenarios and over
// random scenarios. Run with `make bench` (release build). Prints medians of several rounds.
import Anatomy
import Clinical
import Compression
import Foundation
import Pathology
import Population
import Radix
import Scenario

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

/// SplitMix64, so the random set is the same every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func randomInput(_ g: inout SplitMix) -> SimulationInput {
    var lesions: [Lesion] = []
    for _ in 0..<Int.random(in: 0...2, using: &g) {
        let level = DiscLevel.allCases.randomElement(using: &g)!
        let zone = HerniationZone.allCases.randomElement(using: &g)!
        if Bool.random(using: &g) {
            lesions.append(Lesion(level: level, kind: .herniation(Herniation(zone: zone, side: zone == .central ? nil : Side.allCases.randomElement(using: &g)!,
                                                                             morphology: .extrusion, sizeMillimetres: Double.random(in: 1...12, using: &g)))))
        } else {
            lesions.append(Lesion(level: level, kind: .stenosis(Stenosis(kind: .lateralRecess, laterality: .left, severity: .encroachment(Double.random(in: 0...5, using: &g))))))
        }
    }
    return SimulationInput(posture: Posture.allCases.randomElement(using: &g)!, lesions: lesions)
}

let args = CommandLine.arguments.dropFirst()
let files = args.isEmpty ? ((try? FileManager.default.contentsOfDirectory(atPath: "Scenarios")) ?? []).filter { $0.hasSuffix(".yaml") }.sorted().map { "Scenarios/" + $0 } : Array(args)
let scenarios = files.compactMap { try? ScenarioLoader.load(path: $0) }
let inputs = scenarios.map { Pipeline.input(for: $0) }
var g = SplitMix(state: 42)
let randomInputs = (0..<400).map { _ in randomInput(&g) }

print("Radix simulation benchmark (one core, release build; medians of 5 rounds)")
for (name, set) in [("teaching scenarios (\(inputs.count))", inputs), ("random scenarios (\(randomInputs.count))", randomInputs)] where !set.isEmpty {
    _ = set.map(Simulator.run)  // warm up
    var rounds: [Double] = []
    for _ in 0..<5 {
        var sink = 0
        let t = seconds { for input in set { sink &+= Simulator.run(input).hurtRoots.count } }
        rounds.append(t)
        if sink < 0 { print(sink) }
    }
    let perSecond = Double(set.count) / median(rounds)
    print(String(format: "  %-28@ %9.0f scenarios/s   %7.1f µs/scenario", name as NSString, perSecond, 1e6 / perSecond))
}
let loadRounds = (0..<5).map { _ in seconds { for f in files { _ = try? ScenarioLoader.load(path: f) } } }
print(String(format: "  %-28@ %9.0f files/s", "loading YAML" as NSString, Double(files.count) / median(loadRounds)))

// Where the time goes, on the teaching set (medians of 5 rounds).
if !inputs.isEmpty {
    func phase(_ name: String, _ body: () -> Void) {
        let t = median((0..<5).map { _ in seconds(body) })
        print(String(format: "  phase %-22@ %7.1f µs/scenario", name as NSString, 1e6 * t / Double(inputs.count)))
    }
    let spines = inputs.map { DeformedSpine(spine: Spine(options: $0.anatomy), posture: $0.posture, lesions: $0.lesions) }
    phase("spine + solids") { for i in inputs { _ = DeformedSpine(spine: Spine(options: i.anatomy), posture: i.posture, lesions: i.lesions) } }
    phase("measurements") { for s in spines { for l in DiscLevel.allCases { _ = s.measure(l) } } }
    phase("Lee grades") { for s in spines { for l in DiscLevel.allCases { for side in Side.allCases { _ = s.leeGrade(l, side) } } } }
    phase("root rooms") { for s in spines { for st in s.spine.stations { _ = s.room(for: st) } } }
    let results = inputs.map(Simulator.run)
    phase("clinical picture") { for r in results { _ = ClinicalPicture.derive(involvements: r.roots.map(\.involvement), atlas: r.input.atlas, somaticSources: [], mechanism: .discogenic) } }
    phase("clean spine (explanation)") { for i in inputs { _ = DeformedSpine(spine: Spine(options: i.anatomy), posture: i.posture, lesions: []) } }
    phase("whole simulation") { for i in inputs { _ = Simulator.run(i) } }
}

// `radix population`: samples per second over the teaching scenarios, one worker and two, wall clock and the
// process's CPU time (on a shared machine the CPU time says what a core does; the wall clock what the run took).
// Each sample draws an anatomy (population.md §A11), builds its spine and simulates it.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6 + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}
/// A fixed amount of register-only arithmetic per thread (no memory, no sharing: about 0.25 s on this machine's cores),
/// on `threads` threads at once. Two threads do twice the work of one, so 2 × (one's time ÷ two's) is the machine's
/// two-thread scaling for work that nothing in the program can slow down.
func registerLoop(threads: Int) {
    let group = DispatchGroup()
    for t in 0..<threads {
        group.enter()
        Thread {
            var x: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(t), s: UInt64 = 0
            for _ in 0..<200_000_000 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; s &+= x }
            if s == 42 { print("") }  // keeps the loop
            group.leave()
        }.start()
    }
    group.wait()
}

if !scenarios.isEmpty {
    let perScenario = 1000
    print("\nPopulation: \(perScenario) samples of each of the \(scenarios.count) teaching scenarios (seed 1)")
    // One worker and two, alternating for three rounds (a shared machine's load changes from minute to minute);
    // the ratio of the medians. Beside it, the machine's own ceiling measured the same way at the same time: a
    // register-only loop on one thread and on two. Where that ceiling is below 2 × the host, not Radix, takes the rest.
    let n = Double(perScenario * scenarios.count)
    var walls: [Int: [Double]] = [:], cpus: [Int: [Double]] = [:], ceiling: [Int: [Double]] = [:]
    for _ in 0..<3 {
        for jobs in [1, 2] {
            let cpu0 = cpuSeconds()
            walls[jobs, default: []].append(seconds {
                for scenario in scenarios {
                    _ = PopulationRunner.run(PopulationRequest(input: Pipeline.input(for: scenario), samples: perScenario, seed: 1), jobs: jobs)
                }
            })
            cpus[jobs, default: []].append(cpuSeconds() - cpu0)
            ceiling[jobs, default: []].append(seconds { registerLoop(threads: jobs) })
        }
    }
    for jobs in [1, 2] {
        let wall = median(walls[jobs]!), cpu = median(cpus[jobs]!)
        print(String(format: "  %d worker%@  %8.0f samples/s wall   %8.0f samples/s per CPU-second   (%.0f µs CPU a sample; CPU ÷ wall %.2f; median of 3)",
                     jobs, jobs == 1 ? " " : "s", n / wall, n / cpu, 1e6 * cpu / n, cpu / wall))
    }
    print(String(format: "  two workers ÷ one (wall): %.2f×   (rounds: %@)", median(walls[1]!) / median(walls[2]!),
                 zip(walls[1]!, walls[2]!).map { String(format: "%.2f×", $0 / $1) }.joined(separator: ", ")))
    print(String(format: "  the machine's ceiling, a register-only loop on two threads ÷ one, same rounds: %.2f×", 2 * median(ceiling[1]!) / median(ceiling[2]!)))
    // Where a sample's time goes, on the teaching set: drawing the anatomy, building the spine, simulating.
    let sampler = AnatomySampler()
    let people = (0..<2000).map { sampler.person(seed: 1, index: UInt64($0)) }
    let draw = median((0..<5).map { _ in seconds { for i in 0..<2000 { _ = sampler.person(seed: 1, index: UInt64(i)) } } }) / 2000
    let build = median((0..<5).map { _ in seconds { for p in people { _ = Spine(options: p.anatomy) } } }) / 2000
    func perSample(_ body: (SimulationInput) -> Void) -> Double {
        median((0..<3).map { _ in seconds { for (i, p) in people.prefix(500).enumerated() {
            var input = inputs[i % inputs.count]
            input.anatomy = p.anatomy
            body(input)
        } } }) / 500
    }
    let simulate = perSample { _ = Simulator.grades($0) }
    let full = perSample { _ = Simulator.run($0) }
    print(String(format: "  per sample: draw the anatomy %.1f µs, build its spine %.1f µs, grades and clinical picture (spine included) %.1f µs; the full simulation would take %.1f µs",
                 1e6 * draw, 1e6 * build, 1e6 * simulate, 1e6 * full))
}

// Each view of a teaching scenario: layout (scene building), raster only, PNG encoding, whole PNG, SVG, PDF.
import CairoRender
import Diagram
import Figures

if let file = files.first(where: { $0.contains("02-") }) ?? files.first, let scenario = try? ScenarioLoader.load(path: file),
   let writer = try? FigureWriter() {
    let result = Pipeline.simulate(scenario)
    let renderer = CairoRenderer()
    let request = RenderRequest(views: [], formats: [.png])
    print("\nFigures of \((file as NSString).lastPathComponent) at 2400 px (medians of 7 runs, ms; sizes in kB)")
    print("  view         layout   raster   encode   whole PNG   SVG      PDF      PNG/raster   editable SVG   ÷ PNG   kB: PNG  SVG  editable")
    for view in [ViewSpec.sheet, .sagittal, .axial(nil), .foramen(nil, nil), .body, .knee] {
        func ms(_ body: () -> Void) -> Double { 1000 * median((0..<7).map { _ in seconds(body) }) }
        let scene = writer.scene(for: view, result: result, scenario: scenario, request: request)
        let layout = ms { _ = writer.scene(for: view, result: result, scenario: scenario, request: request) }
        let raster = ms { _ = try? renderer.draw(scene) }
        let surface = try? renderer.draw(scene)
        let encode = ms { _ = try? surface?.pngData(compression: .default) }
        let png = ms { _ = try? renderer.renderPNGData(scene) }
        let svg = ms { _ = try? renderer.data(for: scene, as: .svg) }
        let pdf = ms { _ = try? renderer.data(for: scene, as: .pdf) }
        // The editable SVG, written from the scene (`--svg-text editable`), with the layout's own measurer.
        let editable = ms { _ = writer.editableSVG(for: scene) }
        let kB = { (data: Data?) in Double(data?.count ?? 0) / 1000 }
        let sizes = (kB(try? renderer.renderPNGData(scene)), kB(try? renderer.data(for: scene, as: .svg)), kB(writer.editableSVG(for: scene)))
        print(String(format: "  %-11@ %7.1f  %7.1f  %7.1f  %9.1f  %7.1f  %7.1f  %6.2f       %7.2f   %7.3f   %6.0f %5.0f %5.0f", view.description as NSString,
                     layout, raster, encode, png, svg, pdf, png / raster, editable, editable / png, sizes.0, sizes.1, sizes.2))
        if view == .sheet, let surface {
            // The batch gallery's thumbnail: the drawn pixels halved down to 480 px, then encoded.
            let thumbnail = ms { _ = try? surface.thumbnail(width: 480).pngData(compression: .default) }
            var small = RenderOptions()
            small.scale = 480 / scene.width
            let redraw = ms { _ = try? CairoRenderer(options: small).renderPNGData(scene) }
            print(String(format: "  sheet thumbnail, 480 px: %.1f ms scaled from the drawn pixels (%.1f ms to draw it again)", thumbnail, redraw))
        }
    }
}

// `radix sweep`: 50 steps of scenario 02's herniation size, each checked like a file and simulated; then the
// progression figure (layout and whole PNG), which draws only the four small multiples and the plot.
if let file = files.first(where: { $0.contains("02-") }), let writer = try? SweepWriter(),
   let input = try? Sweep.prepare(file: file, vary: "lesions[0].size_mm=1...20:50") {
    let prepare = median((0..<5).map { _ in seconds { _ = try? Sweep.prepare(file: file, vary: "lesions[0].size_mm=1...20:50") } })
    let options = writer.options(SweepOutput())
    let layout = median((0..<5).map { _ in seconds { _ = ProgressionFigure.scene(input, options: options) } })
    let scene = ProgressionFigure.scene(input, options: options)
    let png = median((0..<5).map { _ in seconds { _ = try? CairoRenderer().renderPNGData(scene) } })
    print("\nSweep of \((file as NSString).lastPathComponent), lesions[0].size_mm in 50 steps (medians of 5 runs)")
    print(String(format: "  check + simulate   %7.1f ms   (%.0f µs per step)", 1000 * prepare, 1e6 * prepare / 50))
    if let template = try? ScenarioTemplate.load(path: file), let parameter = try? template.parameter("lesions[0].size_mm"),
       let values = try? SweepRange.values("1...20:50", for: parameter) {
        let check = median((0..<5).map { _ in seconds { for v in values { _ = try? template.scenario(setting: parameter, to: v.text) } } })
        let simulate = median((0..<5).map { _ in seconds { for step in input.steps { _ = Pipeline.simulate(step.scenario) } } })
        print(String(format: "    of which check   %7.1f ms   (%.0f µs per step)", 1000 * check, 1e6 * check / 50))
        print(String(format: "    of which simulate %6.1f ms   (%.0f µs per step)", 1000 * simulate, 1e6 * simulate / 50))
    }
    print(String(format: "  figure layout      %7.1f ms", 1000 * layout))
    print(String(format: "  figure whole PNG   %7.1f ms   (%.0f × %.0f px)", 1000 * png, scene.width, scene.height))
}
