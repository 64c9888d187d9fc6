import ChartsmithScene
import ChartsmithSpec

/// The panels a frame holds, in rows and columns of equal cells, and how they share the
/// plot area the frame gives them: each is measured for its cell, the area keeps the room
/// the most demanding one needs on each edge, and each draws in its own cell.
///
/// A chart has one panel (one cell, and the area is its plot); small multiples and
/// concatenated views are more cells.
struct PanelGrid {
    var panels: [Panel]
    var columns: Int
    /// Space between neighbouring cells, in points.
    var spacing: Double

    init(_ panel: Panel) {
        panels = [panel]
        columns = 1
        spacing = 0
    }

    var rows: Int { (panels.count + columns - 1) / columns }

    /// What measuring the panels found: the room the area needs around it (on each edge,
    /// the most any panel needs), and each panel's own measurements.
    struct Measure {
        var insets = PanelInsets()
        var panels: [PanelGeometry] = []
    }

    /// The length `count` cells of `cell` points take, with the spacing between them.
    func span(_ cell: Double, count: Int) -> Double { cell * Double(count) + spacing * Double(count - 1) }

    /// The length of each of `count` cells sharing `span` points.
    func cell(_ span: Double, count: Int) -> Double { (span - spacing * Double(count - 1)) / Double(count) }

    /// The size of each cell of an area.
    func cellSize(_ area: Size) -> Size {
        Size(width: cell(area.width, count: columns), height: cell(area.height, count: rows))
    }

    /// The cells of an area, in the panels' order (row by row).
    func cells(in area: Rect) -> [Rect] {
        let size = cellSize(Size(width: area.width, height: area.height))
        return panels.indices.map { i in
            Rect(x: area.minX + Double(i % columns) * (size.width + spacing), y: area.minY + Double(i / columns) * (size.height + spacing),
                 width: size.width, height: size.height)
        }
    }

    /// The area's width (`.x`) or height (`.y`) as the panels' steps set it, or nil when no step does.
    func stepLength(_ channel: Channel) -> Double? {
        panels[0].stepLength(channel).map { span($0, count: channel == .x ? columns : rows) }
    }

    /// The area's width or height before autosize fits it.
    func naturalLength(_ channel: Channel) -> Double {
        span(panels[0].naturalLength(channel), count: channel == .x ? columns : rows)
    }

    /// The grid with each panel's direct labels planned.
    func planningDirectLabels(dropLegend: Bool, maxWidth: Double) -> PanelGrid {
        var g = self
        g.panels = panels.map { $0.planningDirectLabels(dropLegend: dropLegend, maxWidth: maxWidth) }
        return g
    }

    /// Whether any panel labels its lines directly (then the legend is not needed).
    var hasDirectLabels: Bool { panels.contains { $0.direct != nil } }

    /// Measures every panel for its cell of an area of this size.
    func measure(area: Size, availableWidth: Double?, dropAxisTitles: Bool) throws -> Measure {
        let cell = cellSize(area)
        var m = Measure()
        for p in panels {
            let g = try p.measure(plot: cell, availableWidth: availableWidth, dropAxisTitles: dropAxisTitles)
            m.insets = m.panels.isEmpty ? g.insets : m.insets.union(g.insets)
            m.panels.append(g)
        }
        return m
    }

    /// Draws every panel in its cell of the area.
    func draw(in area: Rect, measured: Measure, contentLeft: Double, dropAxisTitles: Bool) throws -> [PanelDrawing] {
        try zip(zip(panels, measured.panels), cells(in: area)).map { pair, cell in
            try pair.0.draw(in: cell, geometry: pair.1, contentLeft: contentLeft, dropAxisTitles: dropAxisTitles)
        }
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
