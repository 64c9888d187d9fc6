import ChartsmithScene
import ChartsmithSpec

/// The panels a frame holds, in rows and columns of equal cells, and how they share the
/// plot area the frame gives them: each is measured for its cell, every cell keeps the room
/// the most demanding panel needs on each edge, and each panel draws in its own cell.
///
/// The frame's plot area is the sum of the cells' plots; the gaps between cells (their
/// axes, headers and the spacing) are counted in the room the grid needs around that
/// area (``Measure/insets``), so the frame's arithmetic is the same for one panel as for
/// many. A chart has one panel (one cell, and the area is its plot); small multiples and
/// concatenated views are more cells.
struct PanelGrid {
    var panels: [Panel]
    var columns: Int
    /// Space between neighbouring rows and between neighbouring columns of cells, beyond
    /// their axes and headers, in points (`spacing`, or its `row` and `column`).
    var rowSpacing: Double
    var columnSpacing: Double
    /// Shared y scales: only the first column draws its y axis.
    var sharedYAxis = false
    /// Shared x scales: only a cell with none below it draws its x axis (none above it, for
    /// an axis on top).
    var sharedXAxis = false
    /// The facet's row and column labels and titles, and the look of each cell's header.
    var headers = GridHeaders()
    /// A nested figure: the blocks the panels are laid out in (``ViewBlock``), in place of
    /// one grid of equal cells.
    var tree: ViewBlock?
    /// Each cell's own legends, beside it, in drawing order: the cell's legend when the
    /// facet resolves a legend channel's scale or legend independent (``CellScales``), then
    /// those of its view's layers whose scales are their own (``LayerScales``, of the
    /// cell's data); empty when the figure's legend serves all.
    var cellLegends: [[BlockLegend]] = []
    /// The step-down gave the cells' legends up.
    var dropsCellLegends = false

    init(_ panel: Panel) {
        panels = [panel]
        columns = 1
        rowSpacing = 0
        columnSpacing = 0
    }

    init(panels: [Panel], columns: Int, rowSpacing: Double, columnSpacing: Double, sharedXAxis: Bool, sharedYAxis: Bool) {
        self.panels = panels
        self.columns = max(1, columns)
        self.rowSpacing = rowSpacing
        self.columnSpacing = columnSpacing
        self.sharedXAxis = sharedXAxis
        self.sharedYAxis = sharedYAxis
    }

    /// The panels of a nested figure, laid out block by block.
    init(tree: ViewBlock) {
        self.tree = tree
        panels = tree.panels
        columns = 1
        rowSpacing = 0
        columnSpacing = 0
    }

    var rows: Int { (panels.count + columns - 1) / columns }

    /// Whether the panel at `i` draws its y axis and its x axis.
    func drawsYAxis(_ i: Int) -> Bool { !sharedYAxis || i % columns == 0 }
    func drawsXAxis(_ i: Int) -> Bool {
        guard sharedXAxis else { return true }
        // A shared axis on top (`orient: "top"`) is drawn above the first row, as Vega-Lite sets it.
        return panels[i].topAxis != nil ? i < columns : i + columns >= panels.count
    }

    /// What measuring the panels found: the room the area needs around it (the outer edges,
    /// the gaps between cells and the headers), and each panel's own measurements.
    struct Measure {
        /// Room around the area, the gaps between the cells included.
        var insets = PanelInsets()
        /// Room around each cell's plot: on each edge, the most any panel needs.
        var cell = PanelInsets()
        var panels: [PanelGeometry] = []
        /// From one cell's plot to the next one's, beyond the plot: across, and down to each
        /// row (the first is 0).
        var columnGap = 0.0
        var rowGaps: [Double] = []
        /// The headers' lines and the room they take on each side.
        var headers = GridHeaders.Measure()
        /// A nested figure's measurements (one block, the whole figure).
        var tree: [BlockMeasure] = []
        /// Each cell's own legend, measured, and how far right of its plot it starts.
        var cellLegends: [LegendBox?] = []
        var cellLegendOffset = 0.0
    }

    /// Each column's share of the area's width and each row's of its height: the largest
    /// natural size of the panels in it (equal for the cells of a facet; a concat's views
    /// keep their own proportions).
    func weights(_ channel: Channel) -> [Double] {
        let count = channel == .x ? columns : rows
        var w = [Double](repeating: 0, count: count)
        for (i, p) in panels.enumerated() {
            let k = channel == .x ? i % columns : i / columns
            w[k] = max(w[k], p.naturalLength(channel))
        }
        return w.map { max($0, 1) }
    }

    /// The plots' sizes along one channel for an area of `length` points.
    func lengths(_ channel: Channel, length: Double) -> [Double] {
        let w = weights(channel)
        let total = w.reduce(0, +)
        return w.map { length * $0 / total }
    }

    /// Each panel's own plot size in an area of this size: its column's and row's share,
    /// narrowed (or lowered) to its own `width` (`height`) when that is less than its
    /// column's (row's), as a concatenated view keeps its own size and Vega-Lite aligns the
    /// views of a row on their tops and those of a column on their left edges.
    func plotSizes(area: Size) -> [Size] {
        let w = weights(.x), h = weights(.y)
        let tw = w.reduce(0, +), th = h.reduce(0, +)
        return panels.enumerated().map { i, p in
            let c = i % columns, r = i / columns
            return Size(width: area.width * min(w[c], max(p.naturalLength(.x), 1)) / tw,
                        height: area.height * min(h[r], max(p.naturalLength(.y), 1)) / th)
        }
    }

    /// The cells' plots, in the panels' order (row by row), for an area placed at `area`'s
    /// origin; gaps as measured.
    func cells(in area: Rect, measured m: Measure = Measure()) -> [Rect] {
        let sizes = plotSizes(area: Size(width: area.width, height: area.height))
        let widths = lengths(.x, length: area.width), heights = lengths(.y, length: area.height)
        var xs: [Double] = [], ys: [Double] = []
        var x = area.minX, y = area.minY
        for w in widths { xs.append(x); x += w + m.columnGap }
        for (r, h) in heights.enumerated() {
            y += r < m.rowGaps.count ? m.rowGaps[r] : 0
            ys.append(y)
            y += h
        }
        return panels.indices.map { i in
            Rect(x: xs[i % columns], y: ys[i / columns], width: sizes[i].width, height: sizes[i].height)
        }
    }

    /// The area's width (`.x`) or height (`.y`) as the panels' steps set it, or nil when no step does.
    func stepLength(_ channel: Channel) -> Double? {
        guard panels.contains(where: { $0.stepLength(channel) != nil }) else { return nil }
        return naturalLength(channel)
    }

    /// The area's width or height before autosize fits it: the sum of the columns' (rows').
    func naturalLength(_ channel: Channel) -> Double {
        if let tree { return tree.naturalLength(channel) }
        return weights(channel).reduce(0, +)
    }

    /// The grid with each panel's direct labels planned.
    func planningDirectLabels(dropLegend: Bool, maxWidth: Double) -> PanelGrid {
        var g = self
        if let tree {
            g.tree = tree.planningDirectLabels(dropLegend: dropLegend, maxWidth: maxWidth)
            g.panels = g.tree?.panels ?? []
            return g
        }
        g.panels = panels.map { $0.planningDirectLabels(dropLegend: dropLegend, maxWidth: maxWidth) }
        g.dropsCellLegends = dropLegend
        return g
    }

    /// Whether any panel labels its lines directly (then the legend is not needed).
    var hasDirectLabels: Bool { panels.contains { $0.direct != nil } }

    /// Whether direct labels stand in for the legend: some panel labels its lines directly
    /// and every panel that draws with a legend's scale does (a bar beside a labelled line
    /// still needs the legend for its colours).
    var directLabelsReplaceLegend: Bool {
        hasDirectLabels && panels.allSatisfy { $0.direct != nil || !$0.usesLegendScale }
    }

    /// Measures every panel for its cell of an area of this size (the sum of the cells' plots).
    /// `availableWidth` and `availableHeight` are the room the content may take when the
    /// canvas is fixed (autosize "fit"), so the headers' gaps never eat the cells.
    func measure(area: Size, availableWidth: Double?, availableHeight: Double? = nil, dropAxisTitles: Bool) throws -> Measure {
        if let tree { return try measureTree(tree, area: area, dropAxisTitles: dropAxisTitles) }
        let widths = lengths(.x, length: area.width)
        let sizes = plotSizes(area: area)
        var m = Measure()
        for (i, p) in panels.enumerated() {
            let cell = sizes[i]
            let g = try p.measure(plot: cell, availableWidth: availableWidth, dropAxisTitles: dropAxisTitles)
            m.cell = m.panels.isEmpty ? g.insets : m.cell.union(g.insets)
            m.panels.append(g)
        }
        m.cellLegends = measureCellLegends()
        m.cellLegendOffset = reserveCellLegends(m.cellLegends, cell: &m.cell, plots: sizes)
        if let first = panels.first {
            m.headers = headers.measure(panels: panels, columns: columns, widths: widths,
                                        heights: lengths(.y, length: area.height), kit: first.kit)
        }
        let u = m.cell, h = m.headers
        func band(_ b: [Double], _ r: Int) -> Double { r >= 0 && r < b.count ? b[r] : 0 }
        m.columnGap = columnSpacing + u.right + (sharedYAxis ? 0 : u.left)
        m.rowGaps = (0..<rows).map { r in
            r == 0 ? 0 : rowSpacing + (sharedXAxis ? 0 : u.bottom) + band(h.below, r - 1) + u.titleAbove + u.top + band(h.above, r)
        }
        m.insets = u
        m.insets.left += h.left + h.titleLeft
        m.insets.right += Double(columns - 1) * m.columnGap + h.right + h.titleRight
        m.insets.bottom += m.rowGaps.reduce(0, +) + band(h.below, rows - 1) + h.titleBelow
        m.insets.titleAbove += band(h.above, 0) + h.titleAbove
        if let first = panels.first { fitHeaders(&m, area: area, availableWidth: availableWidth, availableHeight: availableHeight, kit: first.kit) }
        return m
    }

    /// Draws every panel in its cell of the area, and the headers around them.
    func draw(in area: Rect, measured m: Measure, contentLeft: Double, dropAxisTitles: Bool) throws -> [PanelDrawing] {
        if let tree { return try drawTree(tree, in: area, measured: m, dropAxisTitles: dropAxisTitles) }
        // Row labels and a title on the left stand between the content's edge and the axes.
        let rects = cells(in: area, measured: m)
        var drawings = try rects.enumerated().map { i, cell in
            try panels[i].draw(in: cell, geometry: m.panels[i], contentLeft: axisStart(i, cell: cell, measured: m, contentLeft: contentLeft),
                               dropAxisTitles: dropAxisTitles, showsX: drawsXAxis(i), showsY: drawsYAxis(i))
        }
        drawCellLegends(&drawings, rects: rects, measured: m)
        if let first = panels.first, !drawings.isEmpty {
            drawings[0].axes += headers.draw(m.headers, edges: headerEdges(rects, measured: m, contentLeft: contentLeft), kit: first.kit)
        }
        return drawings
    }

    /// Where the panel at `i` (its plot at `cell`) starts its y axis's text: the content's
    /// left edge past the row labels and their title in the first column, else its own
    /// axes' left edge.
    func axisStart(_ i: Int, cell: Rect, measured m: Measure, contentLeft: Double) -> Double {
        i % columns == 0 ? contentLeft + m.headers.left + m.headers.titleLeft : cell.minX - (sharedYAxis ? 0 : m.cell.left)
    }

    /// The edges the headers hang from, for the cells' plots at `rects`.
    func headerEdges(_ rects: [Rect], measured m: Measure, contentLeft: Double) -> GridHeaders.Edges {
        let axisLeft = rects.enumerated().map { i, cell in
            drawsYAxis(i) ? axisStart(i, cell: cell, measured: m, contentLeft: contentLeft) : cell.minX
        }
        return GridHeaders.Edges(cells: rects, inset: m.cell, columns: columns, axisLeft: axisLeft,
                                 drawsX: panels.indices.map(drawsXAxis))
    }

    /// Labels every panel, in order, clear of what is already placed.
    func label(_ drawings: inout [PanelDrawing], occupancy: inout Occupancy) throws {
        for i in panels.indices { try panels[i].label(&drawings[i], occupancy: &occupancy) }
    }

    /// The alternative text of the panels' charts.
    func summary(locale: String) -> String? {
        let parts = panels.compactMap { $0.summary(locale: locale) }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
