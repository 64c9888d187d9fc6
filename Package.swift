// swift-tools-version:6.0
import PackageDescription

/// Chartsmith: JSON chart specifications (a Vega-Lite v5 subset plus briefing
/// additions) rendered through Cairo and Pango into PNG, PDF and SVG.
///
/// The stages are separate modules with dependencies pointing one way:
///
///     ChartsmithFormat (leaf: formats, ticks, JavaScript numbers, calendar, escaping)
///        ▲
///     ChartsmithSpec ─▶ ChartsmithData ─▶ ChartsmithLayout ─▶ ChartsmithScene ◀─ ChartsmithRender
///             ▲                                 │
///             └──────── ChartsmithStyles ◀──────┘  (Theme, style files, contrast)
///
/// `Chartsmith` runs them as one pipeline (``ChartPipeline``) for every entry point;
/// `ChartsmithCharts` builds charts in Swift (in the style of Swift Charts) and renders them from memory;
/// `ChartsmithBatch` renders many specs incrementally; `chartsmith` is the command line.
let package = Package(
    name: "Chartsmith",
    products: [
        .library(name: "Chartsmith", targets: ["Chartsmith"]),
        // Charts built in Swift, in the style of Swift Charts (issue 17).
        .library(name: "ChartsmithCharts", targets: ["ChartsmithCharts"]),
        .executable(name: "chartsmith", targets: ["ChartsmithCLI"]),
        // Benchmark: Chartsmith against the direct-Cairo floor (`swift run -c release chartsmith-bench`).
        .executable(name: "chartsmith-bench", targets: ["ChartsmithBench"]),
        .executable(name: "cairo-floor", targets: ["CairoFloor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.0.0"),
        // `swift package generate-documentation`: the DocC catalogs (a command plugin, not linked).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // System libraries, found through pkg-config (Debian: libcairo2-dev, libpango1.0-dev).
        .systemLibrary(
            name: "CChartsmithCairo",
            pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]
        ),
        .systemLibrary(
            name: "CChartsmithPango",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]
        ),

        // Stage 1: decoding and validating a spec. Knows nothing of data loading or drawing.
        .target(name: "ChartsmithSpec", dependencies: ["ChartsmithFormat"], exclude: ["Schema"]),  // Schema/: the JSON Schema for editors (SchemaSyncTests)
        // The leaf: d3 number/time formats and ticks, JavaScript number semantics, the UTC calendar, escaping.
        .target(name: "ChartsmithFormat"),
        // Stage 2: loading, transforming, aggregating and stacking data; preparing each view for layout.
        .target(name: "ChartsmithData", dependencies: ["ChartsmithSpec", "ChartsmithFormat"]),
        // Stage 4 (a leaf): backend-free drawing primitives in points.
        .target(name: "ChartsmithScene"),
        // House styles: the resolved `Theme`, style files and built-ins, the contrast checks.
        .target(
            name: "ChartsmithStyles",
            dependencies: ["ChartsmithSpec", "ChartsmithData", "ChartsmithScene", "ChartsmithRender"]
        ),
        // Stage 3: a frame around panels (scales, axes, marks, legends, labels); builds a scene.
        .target(
            name: "ChartsmithLayout",
            dependencies: ["ChartsmithSpec", "ChartsmithData", "ChartsmithFormat", "ChartsmithScene", "ChartsmithStyles"]
        ),
        // Stage 5: scene renderers (one protocol): Cairo for PNG, PDF and SVG, text through PangoCairo.
        .target(
            name: "ChartsmithRender",
            dependencies: ["ChartsmithScene", "ChartsmithFormat", "CChartsmithCairo", "CChartsmithPango", "CChartsmithPNG"]
        ),
        // The public facade: the one render pipeline; spec file in, files or bytes out.
        .target(
            name: "Chartsmith",
            dependencies: [
                "ChartsmithSpec", "ChartsmithData", "ChartsmithStyles",
                "ChartsmithLayout", "ChartsmithScene", "ChartsmithRender", "ChartsmithFormat",
            ]
        ),
        // A typed chart builder in the style of Swift Charts; compiles to Vega-Lite JSON.
        .target(name: "ChartsmithCharts", dependencies: ["Chartsmith"]),
        // Many specs at once: discovery, manifest and fingerprints, shards, contact sheet, watch signature.
        .target(name: "ChartsmithBatch", dependencies: ["Chartsmith", "ChartsmithData", "ChartsmithSpec", "ChartsmithRender"]),
        .executableTarget(
            name: "ChartsmithCLI",
            dependencies: [
                "Chartsmith", "ChartsmithBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // PNG encoding (zlib), shared by the renderer and the cairo-floor benchmark program.
        .target(name: "CChartsmithPNG", linkerSettings: [.linkedLibrary("z")]),
        // The benchmark: times Chartsmith and the C floor in one run.
        .executableTarget(
            name: "ChartsmithBench",
            dependencies: ["Chartsmith", "ChartsmithBatch", "ChartsmithScene"]
        ),
        // The floor: the same scenes drawn with direct Cairo/PangoCairo calls, no layout.
        .executableTarget(
            name: "CairoFloor",
            dependencies: ["CChartsmithPNG", "CChartsmithCairo", "CChartsmithPango"],
            cSettings: [.unsafeFlags(["-O2"])],
            linkerSettings: ["pangocairo-1.0", "pango-1.0", "pangoft2-1.0", "gobject-2.0", "glib-2.0", "fontconfig", "cairo", "m", "pthread"]
                .map { .linkedLibrary($0) }
        ),

        // Fuzzing (issue 7). Built plainly, each replays input files through its harness;
        // built with `-Xswiftc -DFUZZING -Xswiftc -sanitize=fuzzer,address`, each is a libFuzzer
        // binary. See Tests/Fuzz/README-section.md.
        .target(name: "ChartsmithFuzzSupport"),
        .executableTarget(name: "ChartsmithFuzzSpec", dependencies: ["Chartsmith", "ChartsmithSpec", "ChartsmithFuzzSupport"]),
        .executableTarget(name: "ChartsmithFuzzCSV", dependencies: ["ChartsmithData", "ChartsmithSpec", "ChartsmithFuzzSupport"]),
        .executableTarget(name: "ChartsmithFuzzTransforms", dependencies: ["Chartsmith", "ChartsmithSpec", "ChartsmithFuzzSupport"]),

        // Shared by the test targets: runs specs through the real pipeline, and runs the
        // built command-line tools.
        .target(name: "ChartsmithTestSupport", dependencies: ["Chartsmith"], path: "Tests/Support"),
        .testTarget(name: "ChartsmithSpecTests", dependencies: ["ChartsmithSpec"]),
        .testTarget(name: "ChartsmithFormatTests", dependencies: ["ChartsmithFormat"]),
        .testTarget(name: "ChartsmithDataTests", dependencies: ["ChartsmithData", "ChartsmithSpec", "ChartsmithTestSupport"]),
        .testTarget(name: "ChartsmithSceneTests", dependencies: ["ChartsmithScene"]),
        .testTarget(
            name: "ChartsmithLayoutTests",
            dependencies: ["ChartsmithLayout", "ChartsmithSpec", "ChartsmithData", "ChartsmithScene", "ChartsmithStyles",
                           "Chartsmith", "ChartsmithTestSupport"]
        ),
        .testTarget(name: "ChartsmithRenderTests", dependencies: ["ChartsmithRender", "ChartsmithScene"]),
        .testTarget(
            name: "ChartsmithTests",
            dependencies: ["Chartsmith", "ChartsmithSpec", "ChartsmithData", "ChartsmithLayout", "ChartsmithScene",
                           "ChartsmithRender", "ChartsmithTestSupport", "ChartsmithCharts"],
            exclude: ["Goldens", "Fixtures", "SceneDumps"]  // read from the source folder by path
        ),
        .testTarget(name: "ChartsmithCLITests", dependencies: ["ChartsmithCLI", "ChartsmithTestSupport"]),
        .testTarget(
            name: "ChartsmithHardeningTests",
            dependencies: ["Chartsmith", "ChartsmithData", "ChartsmithSpec", "ChartsmithScene", "ChartsmithCLI",
                           "ChartsmithFuzzSpec", "ChartsmithFuzzCSV", "ChartsmithFuzzTransforms", "ChartsmithTestSupport"]
        ),
        .testTarget(
            name: "ChartsmithStylesTests",
            dependencies: ["Chartsmith", "ChartsmithStyles", "ChartsmithCLI", "ChartsmithSpec", "ChartsmithLayout", "ChartsmithScene",
                           "ChartsmithRender", "ChartsmithFormat", "ChartsmithTestSupport"]
        ),
        .testTarget(
            name: "ChartsmithBatchTests",
            dependencies: ["Chartsmith", "ChartsmithBatch", "ChartsmithCLI", "ChartsmithRender", "ChartsmithScene", "ChartsmithTestSupport"]
        ),
    ]
)
