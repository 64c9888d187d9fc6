import ChartsmithScene
import ChartsmithSpec

/// The headers of a grid of panels, set as Vega-Lite sets a facet's: a row field's labels
/// once beside each row (turned -90° on the left by default) and a column field's once
/// over each column, a wrapped facet's label (or a concatenated view's title) on each cell,
/// and each field's title outside its labels, along the whole grid.
struct GridHeaders {
    /// Each cell's own header (``Panel/header``): a wrapped facet's, or a concat's titles.
    var cell: HeaderLook?
    /// Whether the cells' headers are concatenated views' titles, each set as its title
    /// object's `anchor` and `align` say (``HeaderLook/placing(_:)``).
    var viewTitles = false
    /// One label per column (nil for none) and per row.
    var columnLabels: [String?] = []
    var column: HeaderLook?
    var rowLabels: [String?] = []
    var row: HeaderLook?
    /// The titles outside the labels: the column (or wrapped) field's and the row field's.
    var columnTitle: String?
    var columnTitleLook: HeaderLook?
    var rowTitle: String?
    var rowTitleLook: HeaderLook?

    /// What measuring the headers found: each one's lines, and the room each side needs.
    struct Measure {
        var cellLines: [[String]] = []
        /// Each cell's header look: ``cell``, or a view title's own placement of it.
        var cellLooks: [HeaderLook] = []
        var columnLines: [[String]] = []
        var rowLines: [[String]] = []
        var columnTitleLines: [String] = []
        var rowTitleLines: [String] = []
        /// Room over and under each row's plots (its axes aside) for labels on its cells,
        /// and a column field's labels over the first row or under the last.
        var above: [Double] = []
        var below: [Double] = []
        /// Room left and right of the grid for the row labels, and for each title.
        var left = 0.0, right = 0.0
        var titleAbove = 0.0, titleBelow = 0.0, titleLeft = 0.0, titleRight = 0.0
    }

    /// Wraps every header to what it labels and measures the room each side needs.
    /// - Parameters:
    ///   - widths: each column's plot width; `heights`: each row's plot height.
    func measure(panels: [Panel], columns: Int, widths: [Double], heights: [Double], kit: TextKit) -> Measure {
        var m = Measure()
        let rows = heights.count
        m.above = [Double](repeating: 0, count: rows)
        m.below = [Double](repeating: 0, count: rows)
        if let look = cell {
            m.cellLooks = panels.map { viewTitles ? look.placing($0.spec.title?.look) : look }
            m.cellLines = panels.enumerated().map { i, p in
                p.header.flatMap { m.cellLooks[i].lines($0, length: widths[i % columns], kit: kit) }
            }
            for (i, lines) in m.cellLines.enumerated() {
                let t = m.cellLooks[i].thickness(lines, kit: kit)
                if look.orient == .bottom { m.below[i / columns] = max(m.below[i / columns], t) } else { m.above[i / columns] = max(m.above[i / columns], t) }
            }
        }
        if let look = column {
            m.columnLines = columnLabels.enumerated().map { c, s in
                s.map { look.lines($0, length: c < widths.count ? widths[c] : 0, kit: kit) } ?? []
            }
            let t = m.columnLines.map { look.thickness($0, kit: kit) }.max() ?? 0
            if look.orient == .bottom { m.below[rows - 1] += t } else { m.above[0] += t }
        }
        if let look = row {
            m.rowLines = rowLabels.enumerated().map { r, s in
                s.map { look.lines($0, length: r < heights.count ? heights[r] : 0, kit: kit) } ?? []
            }
            let t = m.rowLines.map { look.thickness($0, kit: kit) }.max() ?? 0
            if look.orient == .right { m.right = t } else { m.left = t }
        }
        let totalW = widths.reduce(0, +), totalH = heights.reduce(0, +)
        if let look = columnTitleLook, let t = columnTitle {
            m.columnTitleLines = look.lines(t, length: look.orient == .top || look.orient == .bottom ? totalW : totalH, kit: kit)
            let h = look.thickness(m.columnTitleLines, kit: kit)
            switch look.orient {
            case .bottom: m.titleBelow = h
            case .left: m.titleLeft = h
            case .right: m.titleRight = h
            case .top: m.titleAbove = h
            }
        }
        if let look = rowTitleLook, let t = rowTitle {
            m.rowTitleLines = look.lines(t, length: look.orient == .top || look.orient == .bottom ? totalW : totalH, kit: kit)
            let h = look.thickness(m.rowTitleLines, kit: kit)
            switch look.orient {
            case .bottom: m.titleBelow = max(m.titleBelow, h)
            case .top: m.titleAbove = max(m.titleAbove, h)
            case .right: m.titleRight = max(m.titleRight, h)
            case .left: m.titleLeft = max(m.titleLeft, h)
            }
        }
        return m
    }

    /// The edges the headers hang from, for drawing: around each cell its axes' ink.
    struct Edges {
        /// Each cell's plot, row by row.
        var cells: [Rect]
        /// The ink of the axes around each cell (the grid's most demanding cell's insets).
        var inset: PanelInsets
        var columns: Int
        /// Each cell's left ink edge where it draws its y axis (the house style's start).
        var axisLeft: [Double]
        /// Whether each cell draws its x axis.
        var drawsX: [Bool]
    }

    /// The header text placed around the cells, by what each labels: each cell's own
    /// header, each column's and each row's label (empty where there is none), and the
    /// fields' titles along the whole grid.
    struct Placed {
        var cells: [[TextNode]] = []
        var columns: [[TextNode]] = []
        var rows: [[TextNode]] = []
        var titles: [TextNode] = []

        /// Every node, in drawing order.
        var all: [TextNode] { cells.flatMap { $0 } + columns.flatMap { $0 } + rows.flatMap { $0 } + titles }
    }

    /// The header text nodes, placed around the cells.
    func draw(_ m: Measure, edges e: Edges, kit: TextKit) -> [SceneNode] {
        place(m, edges: e, kit: kit).all.map(SceneNode.text)
    }

    /// The header text nodes, placed around the cells, by what each labels.
    func place(_ m: Measure, edges e: Edges, kit: TextKit) -> Placed {
        var out = Placed()
        let cells = e.cells, u = e.inset, cols = e.columns
        guard let first = cells.first else { return out }
        let rows = (cells.count + cols - 1) / cols
        let topInk = { (r: Double) in r - u.top - u.titleAbove }
        if let base = cell {
            out.cells = m.cellLines.enumerated().map { i, lines in
                guard !lines.isEmpty && i < cells.count else { return [] }
                let look = i < m.cellLooks.count ? m.cellLooks[i] : base
                let c = cells[i]
                let line = look.orient == .bottom ? c.maxY + (e.drawsX[i] ? u.bottom : 0) + look.padding
                                                   : topInk(c.minY) - look.padding
                let start = look.fromAxisEdge ? e.axisLeft[i] : c.minX
                return look.nodes(lines, at: look.anchorPoint(line: line, span: start...c.maxX), kit: kit, role: .axisTitle)
            }
        }
        let lastRow = (rows - 1) * cols
        if let look = column {
            out.columns = m.columnLines.enumerated().map { c, lines in
                guard !lines.isEmpty && c < cells.count else { return [] }
                let top = cells[c]
                let bottom = cells[min(lastRow + c, cells.count - 1)]
                let line = look.orient == .bottom ? bottom.maxY + u.bottom + look.padding : topInk(top.minY) - look.padding
                return look.nodes(lines, at: look.anchorPoint(line: line, span: top.minX...top.maxX), kit: kit, role: .axisTitle)
            }
        }
        let leftInk = first.minX - u.left
        let rightInk = cells[min(cols, cells.count) - 1].maxX + u.right
        if let look = row {
            out.rows = m.rowLines.enumerated().map { r, lines in
                guard !lines.isEmpty && r * cols < cells.count else { return [] }
                let c = cells[r * cols]
                let line = look.orient == .right ? rightInk + look.padding : leftInk - look.padding
                return look.nodes(lines, at: look.anchorPoint(line: line, span: c.minY...c.maxY), kit: kit, role: .axisTitle)
            }
        }
        // The titles, outside the labels, along the whole grid.
        let gridX = first.minX...(cells[min(cols, cells.count) - 1].maxX)
        let gridY = first.minY...(cells[min(lastRow, cells.count - 1)].maxY)
        for (look, lines) in [(columnTitleLook, m.columnTitleLines), (rowTitleLook, m.rowTitleLines)] {
            guard let look, !lines.isEmpty else { continue }
            let line: Double, span: ClosedRange<Double>
            switch look.orient {
            case .top:
                line = topInk(first.minY) - m.above[0] - look.padding
                span = (look.fromAxisEdge ? e.axisLeft[0] : gridX.lowerBound)...gridX.upperBound
            case .bottom:
                line = gridY.upperBound + u.bottom + m.below[rows - 1] + look.padding
                span = (look.fromAxisEdge ? e.axisLeft[0] : gridX.lowerBound)...gridX.upperBound
            // Beside the rows: never into the row labels as drawn (a negative `titlePadding`
            // would set the title over them, which Vega keeps clear of its labels; tight
            // rows, `spacing: 1`, leave no gap between labels for it).
            case .left:
                line = min(leftInk - m.left - look.padding, (out.rows.joined().map(\.bounds.minX).min() ?? .infinity) - 2)
                span = gridY
            case .right:
                line = max(rightInk + m.right + look.padding, (out.rows.joined().map(\.bounds.maxX).max() ?? -.infinity) + 2)
                span = gridY
            }
            out.titles += look.nodes(lines, at: look.anchorPoint(line: line, span: span), kit: kit, role: .axisTitle)
        }
        return out
    }
}
