import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Lays a chart out and builds its scene: a ``Frame`` (title and subtitle, legend, source
/// and notes) around its ``Panel`` (scales, axes, grid, marks and their labels).
///
/// With `autosize: "fit"` the spec's width and height are the whole canvas and the plot
/// takes what is left; with `"pad"` (Vega-Lite's default) they are the plot's size and
/// the canvas grows around it.
public struct ChartLayout: Sendable {
    public var theme: Theme
    public var measurer: TextMeasurer

    public init(theme: Theme = .briefing, measurer: TextMeasurer) {
        self.theme = theme
        self.measurer = measurer
    }

    /// The style with the spec's own `config` over it, marking a palette the spec chose.
    func specTheme(_ spec: ChartSpec) throws -> Theme {
        var t = try theme.applying(spec.config)
        if spec.config.range.category != nil { t.paletteFromSpec = true }
        return t
    }

    /// Builds the scene for a spec whose views have been prepared by the data stage.
    public func layout(_ spec: ChartSpec, views: [PreparedView]) throws -> Scene {
        let kit = TextKit(measurer: measurer)
        return try TextMarkRoom.layout(specTheme(spec).specialized(for: spec), config: spec.config) { try Frame(spec: spec, views: views, theme: $0, kit: kit) }
    }

    /// Builds the scene for a multi-view figure (``Composition``) whose cells have been
    /// prepared by the data stage, in a grid of `columns`.
    public func layout(_ spec: ChartSpec, cells: [PreparedCell], columns: Int) throws -> Scene {
        let kit = TextKit(measurer: measurer)
        return try TextMarkRoom.layout(specTheme(spec), config: spec.config) { try Frame(spec: spec, cells: cells, columns: columns, theme: $0, kit: kit) }
    }

    /// Builds the scene for a nested figure (``Composition/isTree``) from its prepared
    /// blocks: concats inside concats, facets and repeats inside concats, legends per view.
    public func layout(_ spec: ChartSpec, blocks: PreparedBlock) throws -> Scene {
        let kit = TextKit(measurer: measurer)
        return try TextMarkRoom.layout(specTheme(spec), config: spec.config) { try Frame(spec: spec, blocks: blocks, theme: $0, kit: kit) }
    }
}
