import ChartsmithData
import ChartsmithLayout
import ChartsmithRender
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles
import Foundation

@_exported import struct ChartsmithScene.Scene
@_exported import enum ChartsmithRender.OutputFormat
@_exported import struct ChartsmithStyles.Theme
@_exported import struct ChartsmithStyles.Style
@_exported import struct ChartsmithStyles.StyleListing
@_exported import enum ChartsmithStyles.StyleLibrary
@_exported import enum ChartsmithStyles.StylePrinter
@_exported import enum ChartsmithStyles.StyleReference
@_exported import enum ChartsmithStyles.ContrastCheck
@_exported import struct ChartsmithStyles.ChartsmithError
@_exported import struct ChartsmithSpec.ChartSpec
@_exported import struct ChartsmithSpec.Diagnostic
@_exported import struct ChartsmithSpec.SizePreset
@_exported import enum ChartsmithSpec.ChartValue

/// The Swift API: a spec file in, files or bytes out. A thin layer over ``ChartPipeline``.
///
/// ```swift
/// let renderer = ChartRenderer()
/// let written = try renderer.render(specAt: URL(fileURLWithPath: "chart.json"),
///                                   formats: [.png, .pdf], to: URL(fileURLWithPath: "out"))
/// ```
public struct ChartRenderer: Sendable {
    /// The pipeline every chart goes through.
    public var pipeline: ChartPipeline

    /// The house style the spec's `config` is applied on top of, unless the spec names its
    /// own `"style"` (`StyleLibrary`).
    public var theme: Theme {
        get { pipeline.theme }
        set { pipeline.theme = newValue }
    }
    /// A size preset (`--size`) that replaces every spec's width and height, or nil.
    public var size: SizePreset? {
        get { pipeline.size }
        set { pipeline.size = newValue }
    }
    /// The folder data files may not leave; nil means each spec's own folder.
    public var dataRoot: URL? {
        get { pipeline.dataRoot }
        set { pipeline.dataRoot = newValue }
    }

    public init(theme: Theme = .briefing, size: SizePreset? = nil, dataRoot: URL? = nil) {
        self.pipeline = ChartPipeline(theme: theme, size: size, dataRoot: dataRoot)
    }

    public init(pipeline: ChartPipeline) {
        self.pipeline = pipeline
    }

    /// Decodes a spec file; errors carry the file name, line:column and JSON path.
    public func decode(specAt url: URL) throws -> ChartSpec {
        try pipeline.decode(specAt: url)
    }

    /// Builds the scene for a spec file.
    public func scene(forSpecAt url: URL) throws -> Scene {
        try chart(forSpecAt: url).scene
    }

    /// Builds the scene for a spec file, with the warnings its checks raise.
    public func chart(forSpecAt url: URL) throws -> RenderedChart {
        try pipeline.chart(forSpecAt: url)
    }

    /// Builds the scene for a decoded spec whose relative data paths start at `baseFolder`.
    public func scene(for spec: ChartSpec, baseFolder: URL, file: String = "<spec>") throws -> Scene {
        try chart(for: spec, baseFolder: baseFolder, file: file).scene
    }

    /// Builds the scene for a decoded spec, with warnings: the contrast checks of the chart
    /// as drawn (`ContrastCheck`) and of the spec's own style, each naming `file`.
    public func chart(for spec: ChartSpec, baseFolder: URL, file: String = "<spec>") throws -> RenderedChart {
        try pipeline.chart(for: spec, baseFolder: baseFolder, file: file)
    }

    /// Draws a scene into the bytes of one output format.
    public func draw(_ scene: Scene, as format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        try pipeline.draw(scene, as: format, scale: scale)
    }

    /// Renders one spec file into `folder/<name>.<ext>` for each format, atomically;
    /// returns the files written.
    ///
    /// `scale` multiplies every format's size (PNG pixels per point); nil draws PDF and SVG
    /// at their size in points and PNG at the ``size`` preset's density (1 without one).
    @discardableResult
    public func render(specAt url: URL, formats: [OutputFormat], to folder: URL, scale: Double? = nil) throws -> [URL] {
        try renderReporting(specAt: url, formats: formats, to: folder, scale: scale).files
    }

    /// Renders like ``render(specAt:formats:to:scale:)`` and also returns the warnings of
    /// the chart's checks (``RenderedChart/warnings``).
    ///
    /// The chart is built and every format drawn within the time limit in force
    /// (``RenderLimits/timeLimit``, `--limit time=N`); files are written only afterwards, so
    /// a spec abandoned at its limit leaves none.
    public func renderReporting(specAt url: URL, formats: [OutputFormat], to folder: URL,
                                scale: Double? = nil) throws -> (files: [URL], warnings: [Diagnostic]) {
        struct Drawn: Sendable {
            var warnings: [Diagnostic]
            var files: [(url: URL, bytes: [UInt8])]
        }
        let pipeline = self.pipeline
        let drawn = try RenderLimits.current.withTimeLimit(file: url.path) { () throws -> Drawn in
            let chart = try pipeline.chart(forSpecAt: url)
            func scaleFor(_ f: OutputFormat) -> Double { pipeline.scale(for: f, requested: scale) }
            // Every raster is checked against the limits before any is allocated or written.
            for f in formats where f.isRaster {
                try RenderLimits.current.checkRaster(width: chart.scene.width, height: chart.scene.height,
                                                     scale: scaleFor(f), file: url.path)
            }
            var files: [(url: URL, bytes: [UInt8])] = []
            for f in formats {
                let out = folder.appendingPathComponent(Self.outputName(for: url) + "." + f.fileExtension)
                files.append((out, try pipeline.draw(chart.scene, as: f, scale: scaleFor(f))))
            }
            return Drawn(warnings: chart.warnings, files: files)
        }
        var written: [URL] = []
        for file in drawn.files {
            do {
                try AtomicFile.write(file.bytes, to: file.url)
            } catch let e as RenderError {
                if case .fileAccess = e { throw ChartsmithError(file: url.path, message: e.description) }
                throw ChartsmithError(file: url.path, message: "cannot write \(file.url.path): \(e)")
            } catch {
                throw ChartsmithError(file: url.path, message: "cannot write \(file.url.path): \(error)")
            }
            written.append(file.url)
        }
        return (written, drawn.warnings)
    }

    /// The output base name of a spec: `name.json` and `name.vl.json` both give `name`.
    public static func outputName(for spec: URL) -> String {
        var name = spec.lastPathComponent
        for suffix in [".vl.json", ".json"] where name.lowercased().hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
            break
        }
        return name
    }
}
