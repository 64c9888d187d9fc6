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
        let sharing = blocks.viewsSharingLegend
        let scales = sharing.isEmpty ? SharedScales() : try SharedScales.resolve(views: sharing, theme: theme, kit: kit)
        var tree = try builder.block(blocks, scales: sharing.isEmpty ? nil : scales, positions: [:], ownsLegend: false)
        tree.title = []  // the figure's title is the frame's

        try self.init(spec: spec, views: all, shared: scales, theme: theme, kit: kit, grid: PanelGrid(tree: tree))
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
        let views = prepared.cells.flatMap(\.views)
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
            if ownsLegend { b.legend = try BlockLegend(scales: sc, views: views, theme: theme) }
            return b
        case .concat(let spec, let blocks):
            guard let comp = spec.composition else { throw LayoutError("the figure has no views to draw") }
            var pos = positions
            let leaves = prepared.cells
            for ch in [Channel.x, .y] where pos[ch] == nil && comp.sharesScale(ch) {
                guard let first = leaves.first else { continue }
                let r = try PositionResolution.resolve(ch, spec: first.spec, views: views, theme: theme)
                if r.independent {
                    throw LayoutError("independent \(ch.rawValue) scales inside the layers of a concat that shares its \(ch.rawValue) scale are not supported by Chartsmith")
                }
                pos[ch] = r
            }
            var b = ViewBlock(content: .concat([]))
            b.columns = max(1, min(comp.columns ?? blocks.count, blocks.count))
            b.spacing = comp.spacing ?? Frame.defaultSpacing
            b.arrangement = comp.arrangement
            b.title = spec.title?.text ?? []
            var children: [ViewBlock] = []
            if comp.splitsLegends {
                // Each view draws its own legend: of the scales shared here, or of its own.
                let sharedHere = try Self.legendScalesShared(comp, views: views)
                let sc = sharedHere ? try SharedScales.resolve(views: views, theme: theme, kit: kit) : nil
                children = try blocks.map { try block($0, scales: sc, positions: pos, ownsLegend: true) }
            } else {
                let sc = try scales ?? SharedScales.resolve(views: views, theme: theme, kit: kit)
                children = try blocks.map { try block($0, scales: sc, positions: pos, ownsLegend: false) }
                if ownsLegend { b.legend = try BlockLegend(scales: sc, views: views, theme: theme) }
            }
            b.content = .concat(children)
            return b
        }
    }

    /// For a concat whose legends split: whether the split legends show scales shared by
    /// the views (`resolve.legend` independent) rather than each view's own
    /// (`resolve.scale` independent). Chartsmith splits every legend of a concat alike, so
    /// a channel the views use that stays shared, or a mix of the two, is an error naming it.
    static func legendScalesShared(_ comp: Composition, views: [PreparedView]) throws -> Bool {
        let used = ResolveSpec.legendChannels.filter { ch in views.contains { $0.encoding[ch]?.hasScale ?? false } }
        let split = used.filter { !comp.sharesLegend($0) }
        func entry(_ ch: Channel) -> ResolveSpec.Entry? { comp.resolve.legend[ch] ?? comp.resolve.scale[ch] }
        if let kept = used.first(where: { comp.sharesLegend($0) }), let other = split.first {
            let at = entry(other)?.source
            throw Diagnostic(message: "a shared \(kept.rawValue) legend beside independent \(other.rawValue) legends in one concat is not supported by Chartsmith, "
                                 + "which draws a concat's legends either once or once per view; resolve \"\(kept.rawValue)\" as \"independent\" too, or \"\(other.rawValue)\" as \"shared\"",
                             location: at?.location, path: at?.path)
        }
        let ownScales = split.filter { !comp.sharesScale($0) }
        if let own = ownScales.first, let sharedScale = split.first(where: { comp.sharesScale($0) }) {
            let at = entry(own)?.source
            throw Diagnostic(message: "an independent \(own.rawValue) scale beside a shared \(sharedScale.rawValue) scale with independent legends in one concat is not supported by Chartsmith; "
                                 + "resolve both scales alike",
                             location: at?.location, path: at?.path)
        }
        return ownScales.isEmpty
    }
}
