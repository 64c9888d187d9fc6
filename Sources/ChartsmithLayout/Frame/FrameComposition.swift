import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

extension Frame {
    /// Vega-Lite's default space between the cells of a facet or concat, in points.
    static let defaultSpacing = 20.0
    /// Room a fitted canvas keeps above and below the grid (title, x axis, source), and
    /// each row above its plot (header, labels' overhang), when choosing the columns.
    static let frameAllowance = 160.0
    static let rowAllowance = 24.0
    /// Room kept for the first column's y axis when choosing how many columns fit.
    static let axisAllowance = 60.0

    /// A frame around a grid of panels, one per cell of a composition (``Composition``):
    /// position scales shared across the cells or each cell's own, as the composition
    /// resolves them; the colour, dash, shape, size and opacity scales shared by all, with
    /// one legend for the figure, except those a facet resolves independent, whose legends
    /// are the cells' own (``CellScales``).
    init(spec: ChartSpec, cells: [PreparedCell], columns: Int, theme: Theme, kit: TextKit) throws {
        guard let comp = spec.composition, !cells.isEmpty else {
            throw LayoutError("the figure has no views to draw")
        }
        let all = cells.flatMap(\.views)
        // A facet's layered view whose layers keep scales (legends) of their own keeps them
        // out of the figure's scales (legend): each cell draws them beside itself.
        let sharing = LayerScales.outerViews(cells)
        let legendViews = LayerScales.outerViews(cells, legends: true)
        let layersOwn = comp.kind == .facet && cells.contains { c in
            !LayerScales.independentChannels(spec: c.spec, views: c.views, inComposition: true).isEmpty
                || !LayerScales.independentChannels(spec: c.spec, views: c.views, legendsOnly: true, inComposition: true).isEmpty
        }
        let scales = try SharedScales.resolve(views: layersOwn ? sharing : all, theme: theme, kit: kit)
        let fit = (spec.autosize ?? theme.autosize) == .fit
        let grid = try Self.panelGrid(spec, cells: cells, columns: columns, scales: scales, positions: [:],
                                      sizes: fit ? nil : spec, canvas: fit ? spec : nil, theme: theme, kit: kit,
                                      layerLegendsBesideCells: true)
        // A concat whose layered view has layer legends is laid out as a tree (``Composition/isTree``).
        guard comp.kind == .facet || grid.panels.allSatisfy({ $0.layerScales == nil }) else {
            throw LayoutError("a layered view's own legends inside a \(comp.kind.rawValue) drawn as one grid (a Chartsmith bug)")
        }
        var figure = comp.kind == .facet ? scales.removing(CellScales.splitChannels(comp)) : scales
        if layersOwn { figure = figure.shown(by: legendViews) }
        try self.init(spec: spec, views: all, shared: figure, theme: theme, kit: kit, grid: grid)
        if layersOwn { self.legendViews = legendViews }
    }

    /// The grid of panels for a facet's cells, a concat's single views, or one view.
    ///
    /// - Parameters:
    ///   - spec: the facet or concat (its composition resolves the position scales and
    ///     sets the spacing and headers), or the one view.
    ///   - scales: the colour, dash and shape scales the panels draw with (a facet's cells
    ///     take their own for the channels it resolves independent, ``CellScales``).
    ///   - positions: position scales shared from a concat that holds this grid.
    ///   - sizes: the spec whose `width` and `height` a cell without its own takes (nil
    ///     when autosize fits the figure to the canvas).
    ///   - canvas: the figure fitted to the canvas, for the columns of a wrapped facet.
    ///   - layerLegendsBesideCells: a facet drawn alone: a cell's layered view whose layers
    ///     keep scales of their own draws them of the cell's data, with their legends
    ///     beside the cell (a facet inside a concat refuses them).
    static func panelGrid(_ spec: ChartSpec, cells: [PreparedCell], columns: Int, scales: SharedScales,
                          positions: [Channel: PositionResolution], sizes: ChartSpec?, canvas: ChartSpec?,
                          theme: Theme, kit: TextKit, layerLegendsBesideCells: Bool = false) throws -> PanelGrid {
        let comp = spec.composition
        let cellSpecs = cells.map { c -> ChartSpec in
            var s = c.spec
            if let sizes {
                if s.width == nil { s.width = sizes.width }
                if s.height == nil { s.height = sizes.height }
            }
            return s
        }
        var shared = positions
        for ch in [Channel.x, .y] where shared[ch] == nil && comp?.sharesScale(ch) == true {
            shared[ch] = try PositionResolution.shared(ch, cells: cells, in: comp, theme: theme)
        }
        let cellScales = try CellScales.resolve(comp, cells: cells, shared: scales, theme: theme, kit: kit)
        var panels: [Panel] = []
        panels.reserveCapacity(cells.count)
        for (i, (c, s)) in zip(cells, cellSpecs).enumerated() {
            let cellShared = cellScales?.perCell[i] ?? scales
            let layers = try Self.layerScales(cell: c, spec: s, in: comp, outer: cellShared, theme: theme, kit: kit,
                                              besideCell: layerLegendsBesideCells)
            // A view over a shared scale titles its axis for its own fields: a concat's views
            // each draw theirs (Vega-Lite merges axes only across a facet's cells, whose
            // views are alike).
            // A dual-axis view keeps its layers' own scales over the shared one.
            let xr = try PositionResolution.layersOwn(.x, cell: c, theme: theme) ?? shared[.x].map { $0.ownAxes(for: c.views) }
                ?? PositionResolution.resolve(.x, spec: s, views: c.views, theme: theme)
            let yr = try PositionResolution.layersOwn(.y, cell: c, theme: theme) ?? shared[.y].map { $0.ownAxes(for: c.views) }
                ?? PositionResolution.resolve(.y, spec: s, views: c.views, theme: theme)
            var p = try Panel(spec: s, views: c.views, xr: xr, yr: yr, shared: cellShared, theme: theme, kit: kit)
            p.layerScales = layers
            p.header = c.header
            p.inFacet = comp?.kind == .facet
            if let comp { p.headerFamilies = Self.headerFamilies(comp) }
            panels.append(p)
        }
        // A facet of one field without "columns" wraps into as many columns as fit the canvas.
        var columns = columns
        let spacing: (row: Double, column: Double) = comp?.spacing.resolved(Self.defaultSpacing) ?? (Self.defaultSpacing, Self.defaultSpacing)
        if let comp, comp.kind == .facet, comp.facet?.wrap != nil, comp.columns == nil, let p = panels.first {
            // Each cell's own legend (independent colour and the like) stands right of its
            // plot, in every column: the widest, with its gap, counts in each column's width.
            let legendRoom = (cellScales?.legends ?? []).compactMap { legend -> Double? in
                guard let legend, let box = legend.measure(theme: theme, kit: kit), box.size.width > 0 else { return nil }
                return box.size.width + legend.plan.gap(ViewBlock.legendGap)
            }.max() ?? 0
            if let canvas {
                columns = Self.fittingColumns(panels.count, canvas: Size(width: Self.points(canvas.width) ?? theme.defaultCanvas.width,
                                                                         height: Self.points(canvas.height) ?? theme.defaultCanvas.height),
                                              spacing: spacing, columnExtra: legendRoom)
            } else {
                let width = theme.defaultCanvas.width
                columns = max(1, min(panels.count, Int((width - Self.axisAllowance + spacing.column) / (p.naturalLength(.x) + spacing.column + legendRoom))))
            }
        }
        var grid = PanelGrid(panels: panels, columns: columns, rowSpacing: spacing.row, columnSpacing: spacing.column,
                             sharedXAxis: comp?.sharesAxis(.x) ?? false, sharedYAxis: comp?.sharesAxis(.y) ?? false)
        if comp?.kind == .facet {
            // Each cell's legends: the facet's own for the cell, then its layers'.
            let own = panels.indices.map { i in [cellScales?.legends[i] ?? nil].compactMap { $0 } + (panels[i].layerScales?.legends ?? []) }
            grid.cellLegends = own.allSatisfy(\.isEmpty) ? [] : own
        } else {
            grid.cellLegends = []
        }
        grid.headers = try Self.gridHeaders(comp, cells: cells, columns: grid.columns, panel: panels[0], theme: theme)
        return grid
    }

    /// A layered view's layer scales (``LayerScales``), drawn with the `outer` scales of
    /// the composition around it for the channels its layers share; a concat sets their
    /// legends beside the view (``ViewBlock/layerLegends``). In a facet drawn alone
    /// (`besideCell`) each cell's layers take scales of that cell's data and their legends
    /// go beside the cell (``PanelGrid/cellLegends``), as Vega draws them, none where the
    /// cell has no value; inside a concat they are an error.
    static func layerScales(cell c: PreparedCell, spec s: ChartSpec, in comp: Composition?, outer: SharedScales,
                            theme: Theme, kit: TextKit, besideCell: Bool = false) throws -> LayerScales? {
        if comp?.kind == .facet, besideCell {
            guard var layers = try LayerScales.resolve(spec: s, views: c.views, outer: outer, theme: theme, kit: kit) else { return nil }
            layers.legends = try layers.legends.compactMap { l in
                let legend = try BlockLegend(scales: CellScales.withoutEmpty(l.scales), views: l.views, theme: theme)
                guard legend.plan.any else { return nil }
                if legend.orient != "right" {
                    let ch = LayerScales.independentChannels(spec: s, views: c.views, inComposition: true).first
                        ?? LayerScales.independentChannels(spec: s, views: c.views, legendsOnly: true, inComposition: true).first
                    let at = ch.flatMap { s.resolve.legend[$0]?.source ?? s.resolve.scale[$0]?.source }
                    throw Diagnostic(message: "a legend \"orient\" \"\(legend.plan.spec?.orient ?? "")\" for the layers' own legends in a facet's cells is not supported by Chartsmith, "
                                         + "which sets each cell's legends to its right (Vega-Lite's default); leave \"orient\" out",
                                     location: at?.location, path: at?.path)
                }
                return legend
            }
            return layers
        }
        if comp?.kind == .facet {
            let own = LayerScales.independentChannels(spec: s, views: c.views, inComposition: true)
            if let ch = own.first ?? LayerScales.independentChannels(spec: s, views: c.views, legendsOnly: true, inComposition: true).first {
                let at = s.resolve.legend[ch]?.source ?? s.resolve.scale[ch]?.source
                throw Diagnostic(message: "independent \(ch.rawValue) \(own.contains(ch) ? "scales" : "legends") between the layers of a view inside a facet inside a concat are not supported by Chartsmith "
                                     + "(they are for a facet drawn alone: each cell's layers with scales of that cell's data and their legends beside the cell); resolve \"\(ch.rawValue)\" as \"shared\", or draw the facet alone",
                                 location: at?.location, path: at?.path)
            }
        }
        return try LayerScales.resolve(spec: s, views: c.views, outer: outer, theme: theme, kit: kit)
    }

    /// The header fonts' families: the first facet field's header that sets each.
    static func headerFamilies(_ comp: Composition) -> (label: Located<String>?, title: Located<String>?) {
        let fields = comp.facet?.fields ?? []
        return (fields.lazy.compactMap(\.header.labelFont).first, fields.lazy.compactMap(\.header.titleFont).first)
    }

    /// Vega-Lite's layout offset between a row or column facet's labels and its title.
    static let gridTitleOffset = 10.0

    /// A facet field's header title, as Vega-Lite writes it outside the labels: the
    /// header's `title`, else the field's `title`, else Vega-Lite's default title (its name,
    /// "date (year)" for a time unit); none for null or "".
    static func headerTitle(_ f: FacetField?) -> String? {
        guard let f else { return nil }
        let t = (f.header.title ?? f.title ?? [f.defaultTitle]).joined(separator: " ")
        return t.allSatisfy(\.isWhitespace) ? nil : t
    }

    /// The grid's headers: a row field's labels beside the rows and a column field's over
    /// the columns, each once, a wrapped field's on every cell (as a concat's view titles),
    /// and the fields' titles outside them, placed as each header's `orient`, angle,
    /// anchor, align, baseline, padding and limit say.
    static func gridHeaders(_ comp: Composition?, cells: [PreparedCell], columns: Int, panel: Panel, theme: Theme) throws -> GridHeaders {
        let labelFont = panel.headerFont
        var titleFont = theme.axisTitleFont
        titleFont.family = theme.family(panel.headerFamilies.title, or: titleFont.family)
        func look(_ p: HeaderPlacement, _ kind: String, title: Bool, padding: Double = 10) -> HeaderLook {
            HeaderLook(p, kind: kind, font: title ? titleFont : labelFont, color: theme.titleColor,
                       styleAnchor: theme.titleAnchor, padding: padding)
        }
        // A row or column field's title stands Vega-Lite's layout offset (`offset.rowTitle`,
        // `offset.columnTitle`: 10) beyond the labels, and its `titlePadding` (10) beyond that.
        func gridTitleLook(_ p: HeaderPlacement, _ kind: String) -> HeaderLook {
            var l = look(p, kind, title: true)
            l.padding += Self.gridTitleOffset
            return l
        }
        var h = GridHeaders()
        guard let facet = comp?.facet else {
            // A concat's view titles sit over their views, at Vega's title offset.
            h.cell = look(HeaderPlacement(), "facet", title: false, padding: 4)
            h.viewTitles = true
            return h
        }
        func refuse(_ f: FacetField, _ what: String, _ sides: String) -> LayoutError {
            LayoutError("the \(what) facet's header \"labelOrient\" \"\(f.header.labelPlace.orient?.rawValue ?? "")\" is not supported by Chartsmith, which sets \(what) labels \(sides)")
        }
        if let w = facet.wrap {
            if let o = w.header.labelPlace.orient, o == .left || o == .right { throw refuse(w, "wrapped", "over or under each cell (\"top\" or \"bottom\")") }
            h.cell = look(w.header.labelPlace, "facet", title: false)
            h.columnTitle = headerTitle(w)
            h.columnTitleLook = look(w.header.titlePlace, "facet", title: true)
        }
        if let c = facet.column {
            if let o = c.header.labelPlace.orient, o == .left || o == .right { throw refuse(c, "column", "over or under the columns (\"top\" or \"bottom\")") }
            h.column = look(c.header.labelPlace, "column", title: false)
            h.columnLabels = (0..<min(columns, cells.count)).map { cells[$0].columnLabel }
            h.columnTitle = headerTitle(c)
            h.columnTitleLook = gridTitleLook(c.header.titlePlace, "column")
        }
        if let r = facet.row {
            if let o = r.header.labelPlace.orient, o == .top || o == .bottom { throw refuse(r, "row", "beside the rows (\"left\" or \"right\")") }
            h.row = look(r.header.labelPlace, "row", title: false)
            h.rowLabels = stride(from: 0, to: cells.count, by: max(columns, 1)).map { cells[$0].rowLabel }
            h.rowTitle = headerTitle(r)
            h.rowTitleLook = gridTitleLook(r.header.titlePlace, "row")
        }
        return h
    }

    /// The columns that give `count` cells fitted to a canvas the most room, each cell
    /// about half again as wide as it is high (a wrapped facet of many groups on a page).
    static func fittingColumns(_ count: Int, canvas: Size, spacing: (row: Double, column: Double), columnExtra: Double = 0) -> Int {
        var best = 1, bestScore = -Double.infinity
        for c in 1...max(1, count) {
            let rows = (count + c - 1) / c
            let w = (canvas.width - axisAllowance) / Double(c) - spacing.column - columnExtra
            let h = (canvas.height - frameAllowance) / Double(rows) - spacing.row - rowAllowance
            let score = min(w, h * 1.5)
            if score > bestScore { best = c; bestScore = score }
        }
        return best
    }
}
