// swift-tools-version:6.0
// Radix — lumbar nerve-root compression, simulated and drawn for teaching.
//
// Dependency arrows run one way:
//   Geometry ← Anatomy ← Pathology ← Compression ← Report ← Radix ← radix
//   Anatomy ← Clinical ← Compression;   Anatomy, Pathology ← Scenario ← Radix;   Compression, Scenario, Report ← Population ← Radix
//   Numerals (locale-free numbers as text; needs nothing) ← Compression, Scenario.
// The model (everything left of Radix) builds and tests without Cairo.
//   Diagram ← CairoRender (the only module that imports C: CCairo, CISAL); Diagram needs nothing.
//   Diagram ← SceneSVG (the editable SVG, written from the scene without Cairo).
//   Diagram ← FigureStyle ← SectionFigures, BodyFigures ← Figures (sheets and plots; re-exports the three) ← Radix.
//   Radix ← Explorer (`radix serve`, on Hummingbird 2) ← radix.
import PackageDescription

let package = Package(
    name: "Radix",
    products: [
        .executable(name: "radix", targets: ["radix"]),
        .library(name: "RadixKit", targets: ["Radix"]),
        // The model alone — load or build a scenario, simulate it, read and report the result — with one
        // `import RadixModel` and no Cairo, Pango or ISA-L.
        .library(name: "RadixModel", targets: ["RadixModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // `swift package generate-documentation --target RadixModel` (the catalog in Sources/RadixModel/RadixModel.docc).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
        // `radix serve`: the explorer's HTTP server (Sources/Explorer).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .target(name: "Geometry"),
        // Numbers as text, locale-free: the reports and the scenario checker's messages write them alike.
        .target(name: "Numerals"),
        .target(name: "Anatomy", dependencies: ["Geometry"]),
        .target(name: "Pathology", dependencies: ["Anatomy"]),
        .target(name: "Clinical", dependencies: ["Anatomy"]),
        .target(name: "Compression", dependencies: ["Geometry", "Numerals", "Anatomy", "Pathology", "Clinical"]),
        .target(name: "Scenario", dependencies: ["Numerals", "Anatomy", "Pathology", "Clinical", .product(name: "Yams", package: "Yams")]),
        .target(name: "Report", dependencies: ["Compression", "Scenario"]),
        // Population variability (issue 13): adult anatomies drawn from population.md §A11, counted per root.
        .target(name: "Population", dependencies: ["Anatomy", "Pathology", "Clinical", "Compression", "Scenario", "Report"]),
        // The calibration table: each published threshold, the sweep that measures it, and Radix's value.
        .target(name: "Calibration", dependencies: ["Anatomy", "Pathology", "Clinical", "Compression", "Population"]),
        .executableTarget(name: "radix-calibrate", dependencies: ["Calibration"]),
        .target(name: "RadixModel", dependencies: ["Geometry", "Anatomy", "Pathology", "Clinical", "Compression", "Scenario", "Report", "Population"]),
        .target(name: "Radix", dependencies: ["RadixModel", "Scenario", "Compression", "Report", "Figures", "CairoRender", "SceneSVG"]),
        // `radix serve`: the explorer page and its HTTP API on Hummingbird 2; the page is embedded in the module.
        .target(name: "Explorer", dependencies: ["Radix", "RadixModel", "Scenario", "Report", "Figures",
                                                 .product(name: "Hummingbird", package: "hummingbird"),
                                                 .product(name: "Logging", package: "swift-log")]),
        .executableTarget(name: "radix", dependencies: ["Radix", "Explorer", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                                                .product(name: "Logging", package: "swift-log")]),
        .executableTarget(name: "radix-benchmark", dependencies: ["Radix", "Population"], path: "Benchmarks/radix-benchmark"),
        .executableTarget(name: "batch-benchmark", dependencies: ["Radix"], path: "Benchmarks/batch-benchmark"),

        // Drawing: a scene as plain data, and one Cairo renderer for PNG, SVG and PDF.
        .target(name: "Diagram"),
        .systemLibrary(
            name: "CCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libcairo2-dev", "libpango1.0-dev"])]
        ),
        .systemLibrary(name: "CISAL", pkgConfig: "libisal", providers: [.apt(["libisal-dev"])]),
        .target(name: "CairoRender", dependencies: ["Diagram", "CCairo", "CISAL"]),
        // The editable SVG (`--svg-text editable`): real text, ids, classes and model values, written from the scene without Cairo.
        .target(name: "SceneSVG", dependencies: ["Diagram"]),
        // The teaching figures, in four modules with one-way arrows (FigureStyle ← SectionFigures, BodyFigures ← Figures):
        // the style core both kinds of figure draw with (palette, panel protocol and context, components, curves);
        .target(name: "FigureStyle", dependencies: ["Diagram", "Compression", "Clinical", "Pathology", "Anatomy", "Scenario"]),
        // the anatomical sections: sagittal, posterior, axial and foraminal;
        .target(name: "SectionFigures", dependencies: ["FigureStyle", "Diagram", "Compression", "Clinical", "Pathology", "Anatomy", "Scenario"]),
        // the body: the pain chart, the knee, the dermatome atlas and the examination panel;
        .target(name: "BodyFigures", dependencies: ["FigureStyle", "Diagram", "Compression", "Clinical", "Pathology", "Anatomy", "Scenario"]),
        // the sheets and plots that compose them (the page, handout, progression, population, findings table,
        // view catalog); it re-exports the three, so `import Figures` is still the one import.
        .target(name: "Figures", dependencies: ["FigureStyle", "SectionFigures", "BodyFigures",
                                                "Diagram", "Compression", "Clinical", "Pathology", "Anatomy", "Scenario", "Population"]),
        .executableTarget(name: "render-benchmark", dependencies: ["Diagram", "CairoRender", "SceneSVG"], path: "Benchmarks/render-benchmark"),

        // Coverage-guided fuzzing of load → check → simulate → report → scene (`make fuzz`, scripts/fuzz.sh builds it
        // with -sanitize=fuzzer and -D RADIX_LIBFUZZER). Built normally it replays inputs given as files: a reproducer.
        .executableTarget(name: "radix-fuzz", dependencies: ["RadixModel", "Figures"], path: "Fuzz/radix-fuzz"),

        // Shared by the test targets: fixture loading (a missing teaching scenario fails the test, never skips it).
        .target(name: "TestSupport", dependencies: ["RadixModel", "Diagram", "SeededRandom"], path: "Tests/TestSupport"),
        // The seeded SplitMix64 generator alone, with no dependencies: DiagramTests use it without the model.
        .target(name: "SeededRandom", path: "Tests/SeededRandom"),

        .testTarget(name: "GeometryTests", dependencies: ["Geometry"]),
        .testTarget(name: "AnatomyTests", dependencies: ["Anatomy"]),
        .testTarget(name: "ClinicalTests", dependencies: ["Clinical"]),
        .testTarget(name: "CompressionTests", dependencies: ["Compression", "Scenario", "TestSupport"]),
        .testTarget(name: "CalibrationTests", dependencies: ["Calibration", "Compression"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario"]),
        .testTarget(name: "ReportTests", dependencies: ["Report", "Radix"]),
        .testTarget(name: "PopulationTests", dependencies: ["Population", "TestSupport"]),
        .testTarget(name: "RadixTests", dependencies: ["Radix", "radix", "TestSupport"]),
        .testTarget(name: "RadixModelTests", dependencies: ["RadixModel", "Figures", "TestSupport", "radix-fuzz"]),
        .testTarget(name: "DiagramTests", dependencies: ["Diagram", "SeededRandom"]),
        .testTarget(name: "CairoRenderTests", dependencies: ["CairoRender", "Diagram"]),
        .testTarget(name: "SceneSVGTests", dependencies: ["SceneSVG", "Diagram", "TestSupport"]),
        .testTarget(name: "ExplorerTests", dependencies: ["Explorer", "radix", "TestSupport", .product(name: "Logging", package: "swift-log"),
                                                          .product(name: "Hummingbird", package: "hummingbird")]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "FigureStyle", "SectionFigures", "BodyFigures", "CairoRender", "Radix", "TestSupport"]),
    ]
)
