import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// A ``ViewBlock`` measured at one scale of its plots: its box, and where its title, its
/// content (a grid's plots, or a concat's blocks) and its legend go inside it.
struct BlockMeasure {
    /// The whole box: title, content and legend.
    var size = Size.zero
    /// The box's origin, which a parent aligns: its first plot's top-left corner.
    var anchor = Point(x: 0, y: 0)
    /// The content's top-left corner inside the box.
    var contentOrigin = Point(x: 0, y: 0)
    /// A grid: its plots' area, where it starts in the content, and the grid's measurements.
    var area = Size.zero
    var areaOffset = Point(x: 0, y: 0)
    var grid: PanelGrid.Measure?
    /// A concat: each block's measurements and its box's corner inside the content.
    var children: [BlockMeasure] = []
    var offsets: [Point] = []
    /// The title's lines, wrapped, and the height they take.
    var title: [String] = []
    var titleHeight = 0.0
    var legend: LegendBox?
    var legendOrigin = Point(x: 0, y: 0)
}

extension ViewBlock {
    /// The gap between a block's content and its own legend, in points (the frame's).
    static let legendGap = 12.0

    /// The font of a block's title: the panels' header font.
    var titleFont: FontDescriptor? { panels.first?.headerFont }

    /// Measures the block with each plot at its natural size times `scale` (autosize's
    /// share of the canvas; 1 when the canvas grows around the plots).
    func measure(scale: (x: Double, y: Double), theme: Theme, kit: TextKit, dropAxisTitles: Bool) throws -> BlockMeasure {
        var m = BlockMeasure()
        var box = Size.zero
        switch content {
        case .grid(let g):
            let area = Size(width: g.naturalLength(.x) * scale.x, height: g.naturalLength(.y) * scale.y)
            let gm = try g.measure(area: area, availableWidth: nil, dropAxisTitles: dropAxisTitles)
            let i = gm.insets
            m.grid = gm
            m.area = area
            m.areaOffset = Point(x: i.left, y: i.titleAbove + i.top)
            box = Size(width: i.left + area.width + i.right, height: i.titleAbove + i.top + area.height + i.bottom)
        case .concat(let blocks):
            m.children = try blocks.map { try $0.measure(scale: scale, theme: theme, kit: kit, dropAxisTitles: dropAxisTitles) }
            (m.offsets, box) = place(m.children)
        }
        if let font = titleFont, !title.isEmpty {
            m.title = title.flatMap { kit.wrap($0, font: font, maxWidth: max(box.width, 40)) }
            m.titleHeight = Double(m.title.count) * kit.lineHeight(font) * 1.2 + 4
        }
        // The origin a parent aligns: a grid's first plot's corner, a concat's first block's.
        let origin = m.grid != nil ? m.areaOffset
            : m.children.first.map { Point(x: m.offsets[0].x + $0.anchor.x, y: m.offsets[0].y + $0.anchor.y) } ?? Point(x: 0, y: 0)
        var legendSize = Size.zero
        if !dropsLegend, let box = measureLegends(theme: theme, kit: kit) {
            m.legend = box
            legendSize = box.size
        }
        let lead = shownLegends.first
        let gap = lead?.plan.gap(Self.legendGap) ?? 0
        switch m.legend == nil ? "none" : lead?.orient ?? "right" {
        case "none":
            m.contentOrigin = Point(x: 0, y: m.titleHeight)
            m.size = Size(width: box.width, height: m.titleHeight + box.height)
        case "left":
            m.legendOrigin = Point(x: 0, y: m.titleHeight + origin.y)
            m.contentOrigin = Point(x: legendSize.width + gap, y: m.titleHeight)
            m.size = Size(width: legendSize.width + gap + box.width, height: m.titleHeight + max(box.height, origin.y + legendSize.height))
        case "top":
            m.legendOrigin = Point(x: 0, y: m.titleHeight)
            m.contentOrigin = Point(x: 0, y: m.titleHeight + legendSize.height + gap)
            m.size = Size(width: max(box.width, legendSize.width), height: m.contentOrigin.y + box.height)
        case "bottom":
            m.contentOrigin = Point(x: 0, y: m.titleHeight)
            m.legendOrigin = Point(x: 0, y: m.titleHeight + box.height + gap)
            m.size = Size(width: max(box.width, legendSize.width), height: m.legendOrigin.y + legendSize.height)
        default:
            // Vega-Lite sets a view's own legend to the right of it, level with its plot's top.
            m.contentOrigin = Point(x: 0, y: m.titleHeight)
            m.legendOrigin = Point(x: box.width + gap, y: m.titleHeight + origin.y)
            m.size = Size(width: box.width + gap + legendSize.width, height: m.titleHeight + max(box.height, origin.y + legendSize.height))
        }
        m.anchor = Point(x: m.contentOrigin.x + origin.x, y: m.contentOrigin.y + origin.y)
        return m
    }

    /// Where a concat's blocks go in its content, and the content's size: Vega's grid
    /// layout of a concat's groups. Each block is aligned by its origin (its first plot's
    /// corner) and reaches out of it by its axes, headers, title and legend (or, with
    /// `bounds: "flush"`, is counted as its plots alone). Columns sit `columnSpacing` apart
    /// from the reach of the column before (`align: "each"`, a concat's default), all alike by
    /// the widest (`"all"`), or box after box (`"none"`); rows likewise, `rowSpacing` apart.
    func place(_ ms: [BlockMeasure]) -> ([Point], Size) {
        let n = ms.count
        guard n > 0 else { return ([], .zero) }
        let cols = max(1, min(columns, n)), rows = (n + cols - 1) / cols
        let a = arrangement
        // Each box's reach around its origin: left, right, top, bottom.
        let reach = ms.map { m -> (l: Double, r: Double, t: Double, b: Double) in
            let full = (l: m.anchor.x, r: m.size.width - m.anchor.x, t: m.anchor.y, b: m.size.height - m.anchor.y)
            guard a.flush else { return full }
            let plots = m.grid != nil ? m.area : Size(width: full.r, height: full.b)
            return (0, plots.width, 0, plots.height)
        }
        var xExtent = [Double](repeating: 0, count: cols), yExtent = [Double](repeating: 0, count: rows)
        var xOff = [Double](repeating: 0, count: n), yOff = [Double](repeating: 0, count: n)
        for (i, q) in reach.enumerated() {
            let c = i % cols, r = i / cols
            xExtent[c] = max(xExtent[c], q.r)
            yExtent[r] = max(yExtent[r], q.b)
            xOff[i] = c == 0 ? 0 : columnSpacing + q.l
            yOff[i] = r == 0 ? 0 : rowSpacing + q.t
        }
        Self.align(&xOff, lines: (1..<max(cols, 1)).map { c in Array(stride(from: c, to: n, by: cols)) },
                   extents: xExtent, mode: a.columnAlign)
        Self.align(&yOff, lines: (1..<max(rows, 1)).map { r in Array(r * cols..<min(n, r * cols + cols)) },
                   extents: yExtent, mode: a.rowAlign)
        // Origins: across each row, and down each column, by the offsets.
        var ox = [Double](repeating: 0, count: n), oy = [Double](repeating: 0, count: n)
        var x = 0.0
        for i in 0..<n {
            x = xOff[i] + (i % cols == 0 ? 0 : x)
            ox[i] = x
        }
        for c in 0..<cols {
            var y = 0.0
            for i in stride(from: c, to: n, by: cols) {
                y += yOff[i]
                oy[i] = y
            }
        }
        // `center`, as Vega's grid layout centres a box in its column's (row's) reach.
        if a.columnAlign != .none, a.centerColumns, rows > 1 {
            let xMax = xExtent.max() ?? 0
            for i in 0..<n {
                let d = (a.columnAlign == .all ? xMax : xExtent[i % cols]) - reach[i].r - ox[i]
                if d > 0 { ox[i] += d / 2 }
            }
        }
        if a.rowAlign != .none, a.centerRows, cols != 1 {
            let yMax = yExtent.max() ?? 0
            for i in 0..<n {
                let d = (a.rowAlign == .all ? yMax : yExtent[i / cols]) - reach[i].b - oy[i]
                if d > 0 { oy[i] += d / 2 }
            }
        }
        // Each whole box's corner, the content starting where the boxes reach.
        let corners = (0..<n).map { Point(x: ox[$0] - ms[$0].anchor.x, y: oy[$0] - ms[$0].anchor.y) }
        let minX = corners.map(\.x).min() ?? 0, minY = corners.map(\.y).min() ?? 0
        let maxX = (0..<n).map { corners[$0].x + ms[$0].size.width }.max() ?? 0
        let maxY = (0..<n).map { corners[$0].y + ms[$0].size.height }.max() ?? 0
        return (corners.map { Point(x: $0.x - minX, y: $0.y - minY) }, Size(width: maxX - minX, height: maxY - minY))
    }

    /// Vega's alignment of the columns (rows) after the first: `offsets` start as each
    /// box's spacing plus its reach before its origin, and become the step from the origin
    /// of the column (row) before; `lines` are each later column's (row's) boxes.
    static func align(_ offsets: inout [Double], lines: [[Int]], extents: [Double], mode: CompositionArrangement.Align) {
        switch mode {
        case .each:
            for (k, line) in lines.enumerated() {
                let most = line.map { offsets[$0] }.max() ?? 0
                for i in line { offsets[i] = most + extents[k] }
            }
        case .all:
            let most = lines.joined().map { offsets[$0] }.max() ?? 0
            let widest = extents.max() ?? 0
            for i in lines.joined() { offsets[i] = most + widest }
        case .none:
            for (k, line) in lines.enumerated() {
                for i in line { offsets[i] += extents[k] }
            }
        }
    }

    /// Draws the block with its box's corner at `origin`: its panels (in ``panels``'
    /// order), and the title and legend nodes it adds.
    func draw(at origin: Point, measured m: BlockMeasure, theme: Theme, kit: TextKit,
              dropAxisTitles: Bool) throws -> (drawings: [PanelDrawing], titles: [SceneNode], legends: [SceneNode]) {
        let co = Point(x: origin.x + m.contentOrigin.x, y: origin.y + m.contentOrigin.y)
        var titles: [SceneNode] = []
        if let p = panels.first, !m.title.isEmpty {
            titles = p.headerNodes(m.title, at: Point(x: co.x, y: origin.y))
        }
        var legends = m.legend.map { $0.draw(at: Point(x: origin.x + m.legendOrigin.x, y: origin.y + m.legendOrigin.y), kit: kit, theme: theme) } ?? []
        var drawings: [PanelDrawing] = []
        switch content {
        case .grid(let g):
            guard let gm = m.grid else { break }
            let area = Rect(x: co.x + m.areaOffset.x, y: co.y + m.areaOffset.y, width: m.area.width, height: m.area.height)
            drawings = try g.draw(in: area, measured: gm, contentLeft: co.x, dropAxisTitles: dropAxisTitles)
        case .concat(let blocks):
            for (i, b) in blocks.enumerated() {
                let o = Point(x: co.x + m.offsets[i].x, y: co.y + m.offsets[i].y)
                let d = try b.draw(at: o, measured: m.children[i], theme: theme, kit: kit, dropAxisTitles: dropAxisTitles)
                drawings += d.drawings
                titles += d.titles
                legends += d.legends
            }
        }
        return (drawings, titles, legends)
    }
}
