import ChartsmithData
import ChartsmithFormat
import ChartsmithLayout
import ChartsmithRender
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles
import Foundation

/// The one render pipeline: every way of rendering a spec (`chartsmith render`, `batch`
/// and `watch`, ``ChartRenderer``, the fuzz harness, the benchmark and the tests) goes
/// through it, so all of them build the same chart and report the same warnings.
///
/// Its stages, in order:
///
/// 1. **style**: the house style is resolved once, when the pipeline is made
///    (``init(style:relativeTo:size:dataRoot:)``); per spec, its own `"style"` replaces it
///    and its `config` is applied on top;
/// 2. **decode**: ``decode(specAt:)``;
/// 3. **prepare**: load, transform and encode each view's data (`ViewPreparation`);
/// 4. **lay out**: `ChartLayout` builds the scene, then `SegmentSeparators` parts
///    touching bars;
/// 5. **check**: the limits on the scene, then the contrast checks, as warnings;
/// 6. **draw**: ``draw(_:as:scale:)`` or `write(_:as:to:scale:file:)`.
///
/// ``plan(for:at:)`` lists every file a spec reads (``ChartPlan``).
public struct ChartPipeline: Sendable {
    /// The house style the spec's `config` is applied on top of, unless the spec names its
    /// own `"style"` (`StyleLibrary`).
    public var theme: Theme
    /// The house style as named (`--style`), or nil for a theme given directly.
    public var styleName: String?
    /// Where a house style given as a path or a bare name is looked up from.
    public var styleFolder: URL?
    /// Contrast and font problems of the house style itself, naming its file.
    public var styleWarnings: [Diagnostic]
    /// A size preset (`--size`) that replaces every spec's width and height, or nil.
    public var size: SizePreset?
    /// The folder data files may not leave; nil means each spec's own folder.
    public var dataRoot: URL?
    let measurer: any TextMeasurer
    let cairo: CairoRenderer

    /// A pipeline drawing on `theme` directly. `measurer` sets text for layout (tests pass
    /// one that needs no fonts); the default is Pango's, which the renderer draws with.
    public init(theme: Theme = .briefing, size: SizePreset? = nil, dataRoot: URL? = nil,
                measurer: any TextMeasurer = PangoTextMeasurer.shared) {
        self.theme = theme
        self.styleName = nil
        self.styleFolder = nil
        self.styleWarnings = []
        self.size = size
        self.dataRoot = dataRoot
        self.measurer = measurer
        self.cairo = CairoRenderer()
    }

    /// Stage 1: a pipeline whose house style is `style` (a name or a style file, looked up
    /// from `folder`; nil for the built-in default), resolved once, here.
    ///
    /// - Throws: `ChartsmithError` naming the style file when it cannot be loaded.
    public init(style: String?, relativeTo folder: URL? = nil, size: SizePreset? = nil, dataRoot: URL? = nil) throws {
        let resolved = try StyleLibrary.style(style, relativeTo: folder)
        self.init(theme: resolved.theme, size: size, dataRoot: dataRoot)
        self.styleName = style
        self.styleFolder = folder
        self.styleWarnings = resolved.warnings
    }

    /// Stage 2: decodes a spec file; errors carry the file name, line:column and JSON path.
    public func decode(specAt url: URL) throws -> ChartSpec {
        do {
            return try SpecDecoder().decode(contentsOf: url)
        } catch let d as Diagnostic {
            throw ChartsmithError(file: url.path, message: d.withFile(url.path).description)
        }
    }

    /// Stage 2 for a spec file's bytes, already read (a batch reads them beneath its
    /// folder): errors name `url` as ``decode(specAt:)`` does.
    public func decode(_ bytes: [UInt8], specAt url: URL) throws -> ChartSpec {
        do {
            return try SpecDecoder().decode(bytes, file: url.path)
        } catch let d as Diagnostic {
            throw ChartsmithError(file: url.path, message: d.withFile(url.path).description)
        }
    }

    /// Stages 2–5 for a spec file: its scene and the warnings its checks raise.
    public func chart(forSpecAt url: URL) throws -> RenderedChart {
        let spec = try decode(specAt: url)
        return try chart(for: spec, baseFolder: url.deletingLastPathComponent(), file: url.path)
    }

    /// Stages 1 (the spec's part), 3, 4 and 5 for a decoded spec whose relative data paths
    /// start at `baseFolder`. Warnings (the spec's style's and the contrast checks of the
    /// chart as drawn, `ContrastCheck`) and errors name `file`.
    public func chart(for spec: ChartSpec, baseFolder: URL, file: String = "<spec>") throws -> RenderedChart {
        // On a thread with room for a deeply nested composition's layout.
        try RenderLimits.onLargeStack { try chartHere(for: spec, baseFolder: baseFolder, file: file) }
    }

    private func chartHere(for spec: ChartSpec, baseFolder: URL, file: String) throws -> RenderedChart {
        do {
            try RenderLimits.current.check(spec, file: file)  // LIMITS-HOOK: checks on the decoded spec.
            var warnings = spec.warnings.map { $0.withFile(file) }
            for view in spec.composition?.leaves ?? [] { try RenderLimits.current.check(view, file: file) }
            let style = try styled(spec, baseFolder: baseFolder, file: file, warnings: &warnings)
            // Data warnings (an empty source) are collected while the data is prepared.
            // `config.countTitle` titles every count without a field in this chart.
            let (scene, dataMessages) = try ChannelDef.$countTitle.withValue(style.spec.config.countTitle ?? "Count of Records") {
                try DataWarnings.collect { () throws -> Scene in
                if style.spec.composition != nil {
                    return try layOutComposition(style, baseFolder: baseFolder, file: file)
                }
                let views = try prepare(style.spec, baseFolder: baseFolder)
                try RenderLimits.current.check(views, file: file)  // LIMITS-HOOK: rows and series after the transforms.
                try RenderLimits.current.checkSteps(style.spec, views: views, file: file)  // a step × categories past the canvas.
                return try layOut(style, views: views)
                }
            }
            // The style's warnings about neighbouring palette colours, where they stood, only
            // when marks of different colours touch (not for a scatter plot or lines).
            if !style.paletteWarnings.isEmpty, ContrastCheck.hasTouchingMarks(scene) {
                warnings.insert(contentsOf: style.paletteWarnings, at: min(style.paletteWarningsAt, warnings.count))
            }
            warnings += dataMessages.map { Diagnostic(file: file, message: "data: " + $0, severity: .warning) }
            warnings += try check(scene, file: file)
            warnings += Self.missingGlyphs(scene, measurer: measurer(for: style.base), file: file)
            return RenderedChart(scene: scene, warnings: warnings)
        } catch let e as DataError {
            throw ChartsmithError(file: file, message: "data: \(e)")
        } catch let e as LayoutError {
            throw ChartsmithError(file: file, message: e.message)
        } catch let d as Diagnostic {
            throw ChartsmithError(file: file, message: d.withFile(file).description)
        }
    }

    /// Stages 1 and 3 for a decoded spec: the prepared data of each view, exactly as
    /// layout receives it (for tests of the data a chart draws).
    public func views(for spec: ChartSpec, baseFolder: URL) throws -> [PreparedView] {
        var warnings: [Diagnostic] = []
        let style = try styled(spec, baseFolder: baseFolder, file: "<spec>", warnings: &warnings)
        return try prepare(style.spec, baseFolder: baseFolder)
    }

    /// A spec with its style applied: the theme beneath its `config`, that theme with the
    /// `config` applied, and the spec with the style's mark defaults, dashes and size.
    struct StyledChart {
        var base: Theme
        var resolved: Theme
        var spec: ChartSpec
        /// The spec's style's warnings about neighbouring palette colours, held back until
        /// the chart is drawn (``ContrastCheck/hasTouchingMarks(_:)``), and the place in the
        /// warnings where they belong.
        var paletteWarnings: [Diagnostic] = []
        var paletteWarningsAt = 0
    }

    /// Stage 1, per spec: the spec's own style (or the house style), its `config`, the mark
    /// defaults; then the checks on the spec's colours, formats and expressions.
    func styled(_ spec: ChartSpec, baseFolder: URL, file: String, warnings: inout [Diagnostic]) throws -> StyledChart {
        var palette: [Diagnostic] = []
        var base = try styleTheme(for: spec, baseFolder: baseFolder, file: file, warnings: &warnings, palette: &palette)
        let paletteAt = warnings.count
        // The spec's own `config.fonts`, read from its folder and held to its data root.
        for font in try StyleFonts.resolve(spec.config.fonts ?? [], folder: baseFolder, root: dataRoot ?? baseFolder)
        where !base.fontFiles.contains(font) {
            base.fontFiles.append(font)
        }
        let resolved = try base.applying(spec.config)
        var styled = StyledSpec.apply(resolved, to: try ConstantMarkExpressions.fold(spec), size: size)
        try ColorCheck.check(spec)
        try FontCheck.check(spec, theme: resolved)
        try FormatCheck.check(spec)
        try ExpressionCheck.check(spec)
        warnings += CurrencyCheck.warnings(spec, locale: resolved.locale).map { $0.withFile(file) }
        for view in spec.composition?.leaves ?? [] {
            warnings += CurrencyCheck.warnings(view, locale: resolved.locale).map { $0.withFile(file) }
        }
        if var comp = styled.composition {
            comp.views = try comp.views.map { try styledView($0, resolved: resolved) }
            styled.composition = comp
        }
        return StyledChart(base: base, resolved: resolved, spec: styled, paletteWarnings: palette, paletteWarningsAt: paletteAt)
    }

    /// The theme beneath the spec's `config`: the spec's own style (its `"style"` key, or
    /// `config.extends`), else ``theme``. The style's warnings go to `warnings`, but those
    /// about neighbouring palette colours to `palette`, for the drawn chart to decide on.
    func styleTheme(for spec: ChartSpec, baseFolder: URL, file: String, warnings: inout [Diagnostic],
                    palette: inout [Diagnostic]) throws -> Theme {
        guard let name = try Self.specStyle(of: spec) else { return theme }
        do {
            let style = try StyleLibrary.style(name, relativeTo: baseFolder, containedIn: dataRoot ?? baseFolder)
            warnings += style.warnings.dropLast(style.paletteWarnings.count)
            palette = style.paletteWarnings
            return style.theme
        } catch let e as ChartsmithError {
            throw ChartsmithError(file: file, message: e.file.hasPrefix("style \"") ? e.description : "style \"\(name)\": \(e.description)")
        }
    }

    /// The style a spec names: its `"style"` key or its `config.extends`, which must agree.
    static func specStyle(of spec: ChartSpec) throws -> String? {
        var name = spec.style
        if let ext = spec.config.extends {
            if let name, name != ext.value {
                throw Diagnostic(message: "the spec names its style twice, \"\(name)\" in \"style\" and \"\(ext.value)\" here; keep one",
                                 location: ext.location, path: ext.path)
            }
            name = ext.value
        }
        return name
    }

    /// Stage 3: loads and prepares the data of every view (the spec itself or each layer).
    func prepare(_ spec: ChartSpec, baseFolder: URL) throws -> [PreparedView] {
        try StageClock.measure(.transform) { try ViewPreparation.prepare(spec, loader: loader(baseFolder: baseFolder)) }
    }

    /// The data loader for a spec in `baseFolder`, held to the data root.
    func loader(baseFolder: URL) -> DataLoader {
        DataLoader(baseFolder: baseFolder, dataRoot: dataRoot)
    }

    /// Stage 4: the scene, with touching bars parted where the style asks.
    func layOut(_ chart: StyledChart, views: [PreparedView]) throws -> Scene {
        try StageClock.measure(.layout) {
            var laidOut = try ChartLayout(theme: chart.base, measurer: measurer(for: chart.base)).layout(chart.spec, views: views)
            laidOut.metadata.fontFiles = chart.base.fontFiles
            return SegmentSeparators.apply(laidOut, theme: chart.resolved)
        }
    }

    /// The measurer for a chart in `theme`: Pango's over the theme's fonts (the pinned set
    /// plus the style's own files, the fonts the renderer draws with), or the measurer the
    /// pipeline was given when that is not Pango's.
    func measurer(for theme: Theme) -> any TextMeasurer {
        guard !theme.fontFiles.isEmpty, let pango = measurer as? PangoTextMeasurer else { return measurer }
        return PangoTextMeasurer.shared(for: pango.fontLibrary.including(fontFiles: theme.fontFiles))
    }

    /// A warning naming the texts with characters no font draws (Pango shows each as a
    /// box): a chart must not show boxes without a word. Only texts beyond ASCII are
    /// checked (DejaVu draws all of ASCII), so a plain chart costs one scan of its text.
    static func missingGlyphs(_ scene: Scene, measurer: any TextMeasurer, file: String) -> [Diagnostic] {
        guard let pango = measurer as? PangoTextMeasurer else { return [] }
        var seen = Set<String>(), missing: [String] = []
        for t in scene.texts where t.text.utf8.contains(where: { $0 >= 0x80 }) && seen.insert(t.text).inserted {
            if pango.unknownGlyphCount(t.text, font: t.font) > 0 { missing.append(t.text) }
        }
        guard !missing.isEmpty else { return [] }
        let names = missing.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (missing.count > 3 ? ", …" : "")
        return [Diagnostic(file: file, message: "\(missing.count) text\(missing.count == 1 ? " has" : "s have") characters no installed font draws, shown as boxes: \(names). Install a font that has them (a style's \"fonts\" files are searched too), or use other characters", severity: .warning)]
    }

    /// Stage 5: the limits on the finished scene (an error), then its contrast (warnings).
    func check(_ scene: Scene, file: String) throws -> [Diagnostic] {
        try RenderLimits.current.check(scene, file: file)  // LIMITS-HOOK (scene)
        return scene.metadata.warnings.map { Diagnostic(file: file, message: $0, severity: .warning) }
            + ContrastCheck.check(scene).map { Diagnostic(file: file, message: $0, severity: .warning) }
    }
}
