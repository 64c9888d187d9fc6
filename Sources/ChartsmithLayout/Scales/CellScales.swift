import ChartsmithData
import ChartsmithSpec
import ChartsmithStyles

/// The scales of a facet's cells when its `resolve` makes a legend channel's scale or
/// legend independent, as Vega-Lite resolves them: a channel whose scale is independent
/// is drawn in each cell with a scale of that cell's data alone; a channel whose scale is
/// independent, or whose legend is independent over a shared scale, has a legend in each
/// cell (beside it, ``PanelGrid/cellLegends``); the channels left shared keep one scale
/// and one legend for the figure.
struct CellScales {
    /// The scales the figure's own legend shows: the shared ones, without the channels
    /// whose legends are the cells'.
    var figure: SharedScales
    /// Each cell's scales: its own for the independent channels, the shared ones for the others.
    var perCell: [SharedScales]
    /// Each cell's own legend (nil when the cell has nothing to show in it).
    var legends: [BlockLegend?]

    /// The legend channels whose scale or legend `comp` resolves independent.
    static func splitChannels(_ comp: Composition) -> [Channel] {
        ResolveSpec.legendChannels.filter { !comp.sharesLegend($0) }
    }

    /// The cells' scales of a facet `comp`, over `shared` (the scales resolved over every
    /// cell's views), or nil when `comp` splits no legend channel that a view encodes.
    static func resolve(_ comp: Composition?, cells: [PreparedCell], shared: SharedScales,
                        theme: Theme, kit: TextKit) throws -> CellScales? {
        guard let comp, comp.kind == .facet else { return nil }
        // A cell's layered view whose layers keep a channel's scale (legend) their own
        // draws those itself (``LayerScales``): they are not the cell's.
        let views = LayerScales.outerViews(cells, legends: true)
        let split = splitChannels(comp).filter { ch in views.contains { $0.encoding[ch]?.hasScale ?? false } }
        guard !split.isEmpty else { return nil }
        let own = split.filter { !comp.sharesScale($0) }
        let kept = ResolveSpec.legendChannels.filter { !split.contains($0) }
        var perCell: [SharedScales] = []
        var legends: [BlockLegend?] = []
        for cell in cells {
            let scales = own.isEmpty ? shared : shared.taking(own, from: try SharedScales.resolve(views: LayerScales.outerViews([cell]), theme: theme, kit: kit))
            perCell.append(scales)
            let legend = try BlockLegend(scales: Self.withoutEmpty(scales.removing(kept)), views: LayerScales.outerViews([cell], legends: true), theme: theme)
            if legend.plan.any && legend.orient != "right" {
                let ch = split[0]
                let at = comp.resolve.legend[ch]?.source ?? comp.resolve.scale[ch]?.source
                throw Diagnostic(message: "a legend \"orient\" \"\(legend.plan.spec?.orient ?? "")\" for the cells' own legends of a facet is not supported by Chartsmith, "
                                     + "which sets each cell's legend to its right (Vega-Lite's default); leave \"orient\" out, or resolve \"\(ch.rawValue)\" as \"shared\"",
                                 location: at?.location, path: at?.path)
            }
            legends.append(legend.plan.any ? legend : nil)
        }
        return CellScales(figure: shared.removing(split), perCell: perCell, legends: legends)
    }

    /// A cell's legend scales without the discrete ones that found no value in its data (an
    /// empty cell of a row × column grid): Vega draws no legend, not a bare title, there.
    static func withoutEmpty(_ scales: SharedScales) -> SharedScales {
        var s = scales
        if let c = s.color, c.values.isEmpty, c.continuous == nil, c.discretizer == nil { s.color = nil }
        if s.dash?.values.isEmpty == true { s.dash = nil }
        if s.shapes?.values.isEmpty == true { s.shapes = nil }
        return s
    }
}
