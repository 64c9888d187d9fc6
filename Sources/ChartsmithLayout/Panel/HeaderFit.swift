import ChartsmithScene

/// Room for every header of a grid, so none overlaps another or leaves the grid's box:
/// the headers are set once on trial around cells placed as measured, and where two
/// neighbours would touch the gap between their columns (or rows) grows, and where one
/// reaches past the grid's edge the room on that side grows.
///
/// Vega-Lite sets a header's text over its cell whatever its length and lets long ones
/// run into their neighbours; Chartsmith neither overlaps nor drops them. Multi-word
/// headers are wrapped to their cell first (``HeaderLook/lines(_:length:kit:)``), so the
/// gaps grow only for what wrapping cannot fit. When the canvas is fixed (`autosize:
/// "fit"`), the grown gaps come out of the plots' share; what still cannot fit is left
/// out and named by the frame's final check, as for other text.
enum HeaderFit {
    /// The least space between two headers side by side, in points.
    static let separation = 12.0

    /// The growth a run of headers along one line needs: for each pair of neighbours
    /// (`index` apart by `k` columns or rows, `lo`/`hi` their extents along the line,
    /// `across` their extents across it), the overlap beyond ``separation`` shared over
    /// the `k` gaps between them; those that do not face each other across the line
    /// need none.
    static func growth(_ runs: [(index: Int, lo: Double, hi: Double, across: ClosedRange<Double>)]) -> [(gap: Int, need: Double)] {
        var out: [(Int, Double)] = []
        for (a, b) in zip(runs, runs.dropFirst()) where a.across.overlaps(b.across) {
            let need = a.hi + separation - b.lo
            if need > 0.01 { out.append((b.index, need / Double(max(1, b.index - a.index)))) }
        }
        return out
    }

    /// The extent of some text, as one box.
    static func box(_ nodes: [TextNode]) -> Rect? {
        guard var r = nodes.first?.bounds else { return nil }
        for n in nodes.dropFirst() { r = r.union(n.bounds) }
        return r
    }
}

extension PanelGrid {
    /// Grows the measured gaps and outer room so that every header fits (``HeaderFit``).
    /// On a canvas of fixed width or height (`availableWidth`, `availableHeight`: autosize
    /// "fit") the columns' (rows') gaps grow only while every cell keeps
    /// ``Frame/Degrade/smallestPlot`` points of plot: the grid never grows past the canvas,
    /// and headers that still collide are left out and named.
    func fitHeaders(_ m: inout Measure, area: Size, availableWidth: Double?, availableHeight: Double?, kit: TextKit) {
        guard headers.cell != nil || headers.column != nil || headers.row != nil else { return }
        let trial = Rect(x: 0, y: 0, width: max(area.width, 1), height: max(area.height, 1))
        let contentLeft = trial.minX - m.insets.left
        let placed = headers.place(m.headers, edges: headerEdges(cells(in: trial, measured: m), measured: m, contentLeft: contentLeft),
                                   kit: kit)
        guard let all = HeaderFit.box(placed.all) else { return }
        // The grid's box as measured: headers past it need more room on that side. A
        // header moves with its cell as the gaps grow, and the last column (row) with the
        // box's right (bottom) edge, so each overflow stays what it is now.
        let edges = (left: contentLeft, right: trial.maxX + m.insets.right,
                     top: trial.minY - m.insets.top - m.insets.titleAbove, bottom: trial.maxY + m.insets.bottom)

        // Side by side: the column labels, and each row's cell headers.
        typealias Run = (index: Int, lo: Double, hi: Double, across: ClosedRange<Double>)
        var rowsOfCells = [[Run]](repeating: [], count: rows + 1)
        for (c, nodes) in placed.columns.enumerated() {
            if let b = HeaderFit.box(nodes) { rowsOfCells[0].append((c, b.minX, b.maxX, b.minY...b.maxY)) }
        }
        for (i, nodes) in placed.cells.enumerated() where i / columns < rows {
            if let b = HeaderFit.box(nodes) { rowsOfCells[i / columns + 1].append((i % columns, b.minX, b.maxX, b.minY...b.maxY)) }
        }
        var widen = rowsOfCells.flatMap(HeaderFit.growth).map(\.need).max() ?? 0
        if let width = availableWidth, columns > 1 {
            let spare = width - m.insets.left - m.insets.right - Double(columns) * Frame.Degrade.smallestPlot
            widen = min(widen, max(0, spare / Double(columns - 1)))
        }
        if widen > 0, columns > 1 {
            m.columnGap += widen
            m.insets.right += Double(columns - 1) * widen
        }

        // One above the other: the row labels.
        var down: [Run] = []
        for (r, nodes) in placed.rows.enumerated() {
            if let b = HeaderFit.box(nodes) { down.append((r, b.minY, b.maxY, b.minX...b.maxX)) }
        }
        var grow = HeaderFit.growth(down).filter { $0.gap < m.rowGaps.count }
        if let height = availableHeight, rows > 1 {
            // As for the columns: each row keeps its least plot, the rest is the gaps'.
            let spare = height - m.insets.titleAbove - m.insets.top - m.insets.bottom - Double(rows) * Frame.Degrade.smallestPlot
            let cap = max(0, spare / Double(rows - 1))
            grow = grow.map { ($0.gap, min($0.need, cap)) }
        }
        for (row, need) in grow where need > 0 {
            m.rowGaps[row] += need
            m.insets.bottom += need
        }

        if all.minX < edges.left { m.insets.left += edges.left - all.minX }
        if all.maxX > edges.right { m.insets.right += all.maxX - edges.right }
        if all.minY < edges.top { m.insets.titleAbove += edges.top - all.minY }
        if all.maxY > edges.bottom { m.insets.bottom += all.maxY - edges.bottom }
    }
}
