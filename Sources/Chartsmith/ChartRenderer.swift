import ChartsmithData
import ChartsmithLayout
import ChartsmithRender
import ChartsmithScene
import ChartsmithSpec
import Foundation

@_exported import struct ChartsmithScene.Scene
@_exported import enum ChartsmithRender.OutputFormat
@_exported import struct ChartsmithLayout.Theme
@_exported import struct ChartsmithSpec.ChartSpec
@_exported import struct ChartsmithSpec.Diagnostic
@_exported import struct ChartsmithSpec.SizePreset

/// Renders chart specs: decode → load and prepare data → lay out → draw.
///
/// ```swift
/// let renderer = ChartRenderer()
/// let written = try renderer.render(specAt: URL(fileURLWithPath: "chart.json"),
///                                   formats: [.png, .pdf], to: URL(fileURLWithPath: "out"))
/// ```
public struct ChartRenderer: Sendable {
    /// The house style the spec's `config` is applied on top of, unless the spec names its
    /// own `"style"` (``StyleLibrary``).
    public var theme: Theme
    /// A size preset (`--size`) that replaces every spec's width and height, or nil.
    public var size: SizePreset?
    /// The folder data files may not leave; nil means each spec's own folder.
    public var dataRoot: URL?
    let measurer: PangoTextMeasurer
    let cairo: CairoRenderer

    public init(theme: Theme = .briefing, size: SizePreset? = nil, dataRoot: URL? = nil) {
        self.theme = theme
        self.size = size
        self.dataRoot = dataRoot
        self.measurer = PangoTextMeasurer.shared
        self.cairo = CairoRenderer()
    }

    /// Decodes a spec file; errors carry the file name, line:column and JSON path.
    public func decode(specAt url: URL) throws -> ChartSpec {
        do {
            return try SpecDecoder().decode(contentsOf: url)
        } catch let d as Diagnostic {
            throw ChartsmithError(file: url.path, message: d.withFile(url.path).description)
        }
    }

    /// Builds the scene for a spec file.
    public func scene(forSpecAt url: URL) throws -> Scene {
        try chart(forSpecAt: url).scene
    }

    /// Builds the scene for a spec file, with the warnings its checks raise.
    public func chart(forSpecAt url: URL) throws -> RenderedChart {
        let spec = try decode(specAt: url)
        return try chart(for: spec, baseFolder: url.deletingLastPathComponent(), file: url.path)
    }

    /// Builds the scene for a decoded spec whose relative data paths start at `baseFolder`.
    public func scene(for spec: ChartSpec, baseFolder: URL, file: String = "<spec>") throws -> Scene {
        try chart(for: spec, baseFolder: baseFolder, file: file).scene
    }

    /// Builds the scene for a decoded spec, with warnings: the contrast checks of the chart
    /// as drawn (``ContrastCheck``) and of the spec's own style, each naming `file`.
    public func chart(for spec: ChartSpec, baseFolder: URL, file: String = "<spec>") throws -> RenderedChart {
        do {
            try RenderLimits.current.check(spec, file: file)  // LIMITS-HOOK: checks on the decoded spec.
            var warnings: [Diagnostic] = []
            let base = try styleTheme(for: spec, baseFolder: baseFolder, file: file, warnings: &warnings)
            let resolved = try base.applying(spec.config)
            let styled = StyledSpec.apply(resolved, to: try ConstantMarkExpressions.fold(spec), size: size)
            try ColorCheck.check(spec)
            try FormatCheck.check(spec)
            try ExpressionCheck.check(spec)
            let views = try prepare(styled, baseFolder: baseFolder)
            let laidOut = try ChartLayout(theme: base, measurer: measurer).layout(styled, views: views)
            let scene = SegmentSeparators.apply(laidOut, theme: resolved)
            try RenderLimits.current.check(scene, file: file)  // LIMITS-HOOK (scene)
            warnings += scene.metadata.warnings.map { Diagnostic(file: file, message: $0, severity: .warning) }
            warnings += ContrastCheck.check(scene).map { Diagnostic(file: file, message: $0, severity: .warning) }
            return RenderedChart(scene: scene, warnings: warnings)
        } catch let e as DataError {
            throw ChartsmithError(file: file, message: "data: \(e)")
        } catch let e as LayoutError {
            throw ChartsmithError(file: file, message: e.message)
        } catch let d as Diagnostic {
            throw ChartsmithError(file: file, message: d.withFile(file).description)
        }
    }

    /// The theme beneath the spec's `config`: the spec's own style (its `"style"` key, or
    /// `config.extends`), else ``theme``.
    func styleTheme(for spec: ChartSpec, baseFolder: URL, file: String, warnings: inout [Diagnostic]) throws -> Theme {
        var name = spec.style
        if let ext = spec.config.extends {
            if let name, name != ext.value {
                throw Diagnostic(message: "the spec names its style twice, \"\(name)\" in \"style\" and \"\(ext.value)\" here; keep one",
                                 location: ext.location, path: ext.path)
            }
            name = ext.value
        }
        guard let name else { return theme }
        do {
            let style = try StyleLibrary.style(name, relativeTo: baseFolder, containedIn: dataRoot ?? baseFolder)
            warnings += style.warnings
            return style.theme
        } catch let e as ChartsmithError {
            throw ChartsmithError(file: file, message: e.file.hasPrefix("style \"") ? e.description : "style \"\(name)\": \(e.description)")
        }
    }

    /// Loads and prepares the data of every view (the spec itself or each layer).
    func prepare(_ spec: ChartSpec, baseFolder: URL) throws -> [PreparedView] {
        try ViewPreparation.prepare(spec, loader: DataLoader(baseFolder: baseFolder, dataRoot: dataRoot))
    }

    /// Draws a scene into the bytes of one output format.
    public func draw(_ scene: Scene, as format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        try cairo.render(scene, as: format, scale: scale)
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
    public func renderReporting(specAt url: URL, formats: [OutputFormat], to folder: URL,
                                scale: Double? = nil) throws -> (files: [URL], warnings: [Diagnostic]) {
        let chart = try chart(forSpecAt: url)
        func scaleFor(_ f: OutputFormat) -> Double { scale ?? (f == .png ? size?.pixelScale ?? 1 : 1) }
        // Every raster is checked against the limits before any is allocated or written.
        for f in formats where f == .png {
            try RenderLimits.current.checkRaster(width: chart.scene.width, height: chart.scene.height,
                                                 scale: scaleFor(f), file: url.path)
        }
        var written: [URL] = []
        for f in formats {
            let out = folder.appendingPathComponent(Self.outputName(for: url) + "." + f.fileExtension)
            do {
                try cairo.write(chart.scene, as: f, to: out, scale: scaleFor(f))
            } catch let e as RenderError {
                if case .fileAccess = e { throw ChartsmithError(file: url.path, message: e.description) }
                throw ChartsmithError(file: url.path, message: "cannot write \(out.path): \(e)")
            } catch {
                throw ChartsmithError(file: url.path, message: "cannot write \(out.path): \(error)")
            }
            written.append(out)
        }
        return (written, chart.warnings)
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

/// A chart built from a spec: its scene and the warnings its checks raised.
public struct RenderedChart: Sendable {
    public var scene: Scene
    /// Contrast problems of the chart as drawn and of its style, each naming the file
    /// (`chart.json: warning: ...`).
    public var warnings: [Diagnostic]
}
