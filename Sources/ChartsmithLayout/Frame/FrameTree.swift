import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

extension Frame {
    /// A frame around a nested figure (``Composition/isTree``): a tree of blocks
    /// (``ViewBlock``), each concat resolving its views' scales as Vega-Lite does (position
    /// scales their own unless `resolve` shares them; the others shared), a legend shared
    /// by the whole figure drawn by the frame, and legends resolved independent drawn
    /// beside each view.
    init(spec: ChartSpec, blocks: PreparedBlock, theme: Theme, kit: TextKit) throws {
        let all = blocks.cells.flatMap(\.views)
        let fit = (spec.autosize ?? theme.autosize) == .fit
        let builder = BlockBuilder(figure: spec, fit: fit, theme: theme, kit: kit)
        // The frame's legend shows the scales of the views outside the concats that split
        // theirs (each of those resolves its own, as its independent resolve keeps them
        // from merging into the figure's).
        // A layered view's layers with scales (legends) of their own keep them out of the
        // figure's scales (legend).
        let cells = blocks.cellsSharingLegend
        let sharing = LayerScales.outerViews(cells)
        let legendViews = LayerScales.outerViews(cells, legends: true)
        let scales = sharing.isEmpty ? SharedScales() : try SharedScales.resolve(views: sharing, theme: theme, kit: kit)
        var tree = try builder.block(blocks, scales: sharing.isEmpty ? nil : scales, positions: [:], ownsLegend: false)
        tree.title = []  // the figure's title is the frame's

        try self.init(spec: spec, views: all, shared: scales.shown(by: legendViews), theme: theme, kit: kit, grid: PanelGrid(tree: tree))
        self.legendViews = legendViews
    }
}

/// Builds the blocks of a nested figure from its prepared blocks, handing each the scales
/// it draws with and saying which blocks draw their own legend.
struct BlockBuilder {
    let figure: ChartSpec
    let fit: Bool
    let theme: Theme
    let kit: TextKit

    /// One block. `scales` are the colour, dash and shape scales shared from above (nil:
    /// this block resolves its own); `positions` the position scales a concat above shares;
    /// `ownsLegend` whether the block draws the legend of its scales beside itself.
    func block(_ prepared: PreparedBlock, scales: SharedScales?, positions: [Channel: PositionResolution],
               ownsLegend: Bool) throws -> ViewBlock {
        // The views as this block's shared scales and legend see them (``LayerScales/outerViews(_:legends:)``).
        let views = LayerScales.outerViews(prepared.cells)
        let legendViews = LayerScales.outerViews(prepared.cells, legends: true)
        switch prepared {
        case .grid(let spec, let cells, let columns):
            guard !cells.isEmpty else { throw LayoutError("the figure has no views to draw") }
            if let comp = spec.composition, comp.kind == .facet, let ch = CellScales.splitChannels(comp).first(where: { ch in views.contains { $0.encoding[ch]?.hasScale ?? false } }) {
                // The figure's legends would still count the facet's values: refused by name.
                let at = comp.resolve.legend[ch]?.source ?? comp.resolve.scale[ch]?.source
                throw Diagnostic(message: "independent \(ch.rawValue) scales or legends across the cells of a \(comp.kind.rawValue) inside a concat are not supported by Chartsmith "
                                     + "(they are for a facet drawn alone: a legend beside each cell); use \"shared\", or draw the facet alone",
                                 location: at?.location, path: at?.path)
            }
            let sc = try scales ?? SharedScales.resolve(views: views, theme: theme, kit: kit)
            // A view takes the figure's width and height when it sets none (as in one grid);
            // a facet's cells take the facet's first.
            var sizes: ChartSpec? = nil
            if !fit {
                var s = figure
                if spec.composition != nil {
                    s.width = spec.width ?? figure.width
                    s.height = spec.height ?? figure.height
                }
                sizes = s
            }
            let grid = try Frame.panelGrid(spec, cells: cells, columns: columns, scales: sc, positions: positions,
                                           sizes: sizes, canvas: nil, theme: theme, kit: kit)
            var b = ViewBlock(content: .grid(grid))
            // A single view's title is its cell's header; a facet's is written above its headers.
            if spec.composition != nil { b.title = spec.title?.text ?? [] }
            if ownsLegend { b.legend = try BlockLegend(scales: sc, views: legendViews, theme: theme) }
            b.layerLegends = grid.panels.flatMap { $0.layerScales?.legends ?? [] }
            return b
        case .concat(let spec, let blocks):
            guard let comp = spec.composition else { throw LayoutError("the figure has no views to draw") }
            var pos = positions
            for ch in [Channel.x, .y] where pos[ch] == nil && comp.sharesScale(ch) {
                pos[ch] = try PositionResolution.shared(ch, cells: prepared.cells, in: comp, theme: theme)
            }
            var b = ViewBlock(content: .concat([]))
            b.columns = max(1, min(comp.columns ?? blocks.count, blocks.count))
            (b.rowSpacing, b.columnSpacing) = comp.spacing.resolved(Frame.defaultSpacing)
            b.arrangement = comp.arrangement
            b.title = spec.title?.text ?? []
            var children: [ViewBlock] = []
            if comp.splitsLegends {
                // Each view draws its own legend of the split channels: of the scales shared
                // here, or of its own; the channels whose legend stays shared have one legend
                // beside the whole concat, as Vega-Lite assembles them.
                let legends = try Self.splitLegends(comp, views: views, handedDown: scales != nil)
                if legends.own == legends.split && legends.kept.isEmpty {
                    children = try blocks.map { try block($0, scales: nil, positions: pos, ownsLegend: true) }
                } else {
                    let sc = try SharedScales.resolve(views: views, theme: theme, kit: kit)
                    children = try blocks.map { child in
                        let own = legends.own.isEmpty ? sc
                            : sc.taking(legends.own, from: try SharedScales.resolve(views: LayerScales.outerViews(child.cells), theme: theme, kit: kit))
                        var cb = try block(child, scales: own, positions: pos, ownsLegend: true)
                        if !legends.kept.isEmpty, let l = cb.legend { cb.legend = try BlockLegend(scales: l.scales.removing(legends.kept), views: l.views, theme: theme) }
                        return cb
                    }
                    if !legends.kept.isEmpty { b.legend = try BlockLegend(scales: sc.removing(legends.split), views: legendViews, theme: theme) }
                }
            } else {
                let sc = try scales ?? SharedScales.resolve(views: views, theme: theme, kit: kit)
                children = try blocks.map { try block($0, scales: sc, positions: pos, ownsLegend: false) }
                if ownsLegend { b.legend = try BlockLegend(scales: sc, views: legendViews, theme: theme) }
            }
            b.content = .concat(children)
            return b
        }
    }

    /// The legend channels a concat whose legends split gives its views: `split`, those the
    /// views use whose legends are each view's (`own`: of each view's own scale, the others
    /// of the scale shared here), and `kept`, those the views use whose one legend is the
    /// concat's. A kept legend is an error when scales are handed down from a concat above
    /// (whose legend would have to show it with its other views').
    static func splitLegends(_ comp: Composition, views: [PreparedView], handedDown: Bool) throws -> (split: [Channel], own: [Channel], kept: [Channel]) {
        let used = ResolveSpec.legendChannels.filter { ch in views.contains { $0.encoding[ch]?.hasScale ?? false } }
        let split = used.filter { !comp.sharesLegend($0) }
        let kept = used.filter { comp.sharesLegend($0) }
        if handedDown, let k = kept.first, let other = split.first {
            let at = (comp.resolve.legend[other] ?? comp.resolve.scale[other])?.source
            throw Diagnostic(message: "a shared \(k.rawValue) legend beside independent \(other.rawValue) legends in a concat inside another that shares its scales is not supported by Chartsmith; "
                                 + "resolve \"\(k.rawValue)\" as \"independent\" too, or \"\(other.rawValue)\" as \"shared\"",
                             location: at?.location, path: at?.path)
        }
        return (split, split.filter { !comp.sharesScale($0) }, kept)
    }
}
