import Figures
import Foundation
import RadixModel

/// One fuzz input through everything a scenario file reaches before Cairo: load and check the bytes as a
/// scenario file, simulate it, write the text and JSON reports, and lay out the teaching sheet (every
/// anatomical panel, the findings table, the body charts and the knee), each view the file asks for, and
/// their alt text. An invalid file must come back as a `ScenarioError` with located diagnostics; any trap
/// (overflow, out-of-range index, precondition, force unwrap) is a bug the fuzzer reports as a crash.
/// The page is 1200 points wide (half the default), which reaches the same layout code faster.
/// - Returns: a number derived from every output, so that no step can be optimised away.
@inline(never)
func runOneInput(_ data: Data) -> Int {
    let scenario: Scenario
    do {
        scenario = try ScenarioLoader.parse(data, file: "fuzz.yaml")
    } catch {
        // A refusal must say where and what: format-1 errors carry diagnostics, an unreadable input its reason.
        return error.description.utf8.count
    }
    let result = scenario.simulate()
    var digest = ReportText.render(result, scenario: scenario).utf8.count
    digest &+= ReportJSON.render([(result, scenario)]).utf8.count
    let context = FigureContext(result: result, scenario: scenario, options: FigureOptions(width: 1200))
    for view in [ViewSpec.sheet] + scenario.render.views.filter({ $0 != .sheet }) {
        digest &+= ViewCatalog.scene(for: view, context: context).nodes.count
        digest &+= ViewCatalog.altText(for: view, context: context).utf8.count
    }
    return digest
}

/// libFuzzer's callback: one input, whatever its bytes.
func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    _ = runOneInput(data)
    return 0
}

#if RADIX_LIBFUZZER
/// libFuzzer's driver (in the runtime `-sanitize=fuzzer` links): parses libFuzzer's options and runs the
/// callback over the corpus and mutations of it. SwiftPM links an executable with its own entry point
/// (`main` is aliased to this target's `@main`), so libFuzzer's `main` is not used and the driver is called
/// from ours; its arguments (`int *`, `char ***`, a C function pointer) go in the same registers under the
/// Swift and C conventions.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif

/// Under libFuzzer (`scripts/fuzz.sh` builds with `-sanitize=fuzzer -D RADIX_LIBFUZZER`): fuzzes, with
/// libFuzzer's options and corpus directories as arguments. Built normally (as `swift build` does): replays
/// the files given, e.g. a crash libFuzzer wrote, printing one line per file; a bug traps here as it did
/// under the fuzzer.
@main
enum FuzzMain {
    static func main() {
        #if RADIX_LIBFUZZER
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in fuzzOneInput(bytes, count) })
        #else
        let files = CommandLine.arguments.dropFirst()
        if files.isEmpty {
            FileHandle.standardError.write(Data("usage: radix-fuzz FILE…  (replays fuzz inputs; `make fuzz` fuzzes)\n".utf8))
            exit(2)
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("radix-fuzz: cannot read \(file)\n".utf8))
                exit(1)
            }
            print("\(file): ok (\(runOneInput(data)))")
        }
        #endif
    }
}
