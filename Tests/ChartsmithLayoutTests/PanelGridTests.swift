import ChartsmithData
@testable import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles
import Foundation
import Testing

/// The frame's seam with its panels: it asks each panel for the room it needs around its
/// plot, splits the plot area into cells and places one panel in each.
@Suite("Frame and panels")
struct PanelGridTests {
    static let spec = """
        {"data": {"values": [{"a": "A", "b": 28}, {"a": "B", "b": 55}, {"a": "C", "b": 43}]},
         "mark": "bar", "title": "A frame", "width": 300, "height": 200,
         "encoding": {"x": {"field": "a", "type": "nominal", "title": "Category"},
                      "y": {"field": "b", "type": "quantitative", "title": "Count"}}}
        """

    func frame() throws -> Frame {
        let spec = try SpecDecoder().decode(Array(Self.spec.utf8), file: "test.json")
        let views = try ViewPreparation.prepare(spec, loader: DataLoader(baseFolder: URL(fileURLWithPath: "/nonexistent")))
        return try Frame(spec: spec, views: views, theme: Theme.briefing.applying(spec.config), kit: TextKit(measurer: FixedMeasurer()))
    }

    @Test("one panel fills the plot area and needs room for its axes")
    func onePanel() throws {
        let grid = try frame().grid
        let area = Rect(x: 50, y: 40, width: 300, height: 200)
        #expect(grid.cells(in: area) == [area])
        let m = try grid.measure(area: Size(width: 300, height: 200), availableWidth: nil, dropAxisTitles: false)
        let own = try grid.panels[0].measure(plot: Size(width: 300, height: 200), availableWidth: nil, dropAxisTitles: false)
        #expect(m.insets.left == own.insets.left && m.insets.bottom == own.insets.bottom && m.insets.top == own.insets.top)
        #expect(m.insets.left > 0)      // the y axis's labels
        #expect(m.insets.bottom > 0)    // the x axis's labels and title
        #expect(grid.naturalLength(.y) == 200)
    }

    @Test("a grid splits the area (the sum of its plots) into cells with the gaps its axes and spacing need between them")
    func twoPanels() throws {
        var grid = try frame().grid
        grid.panels.append(grid.panels[0])
        grid.columns = 2
        grid.rowSpacing = 20
        grid.columnSpacing = 20
        #expect(grid.naturalLength(.x) == 300 * 2)
        let m = try grid.measure(area: Size(width: 400, height: 200), availableWidth: nil, dropAxisTitles: false)
        #expect(m.panels.count == 2)
        // Each cell keeps room for its own y axis (independent scales), so the gap is the
        // spacing, the room right of a plot and the next one's axis; the frame sees it on the right.
        #expect(m.columnGap == 20 + m.cell.right + m.cell.left)
        #expect(m.insets.left == max(m.panels[0].insets.left, m.panels[1].insets.left))
        #expect(m.insets.right == m.cell.right + m.columnGap)
        let cells = grid.cells(in: Rect(x: 0, y: 0, width: 400, height: 200), measured: m)
        #expect(cells == [Rect(x: 0, y: 0, width: 200, height: 200), Rect(x: 200 + m.columnGap, y: 0, width: 200, height: 200)])
        let drawings = try grid.draw(in: Rect(x: 40, y: 30, width: 400, height: 200), measured: m, contentLeft: 10, dropAxisTitles: false)
        #expect(drawings.map(\.plot) == [Rect(x: 40, y: 30, width: 200, height: 200), Rect(x: 240 + m.columnGap, y: 30, width: 200, height: 200)])
        #expect(drawings.allSatisfy { !$0.marks.isEmpty && !$0.axes.isEmpty })
    }

    @Test("with a shared y axis only the first column draws it, and the gap has no room for it")
    func sharedAxes() throws {
        var grid = try frame().grid
        grid.panels += [grid.panels[0], grid.panels[0], grid.panels[0]]
        grid.columns = 2
        // `spacing: {"row": 30, "column": 10}`: each direction its own gap.
        grid.rowSpacing = 30
        grid.columnSpacing = 10
        grid.sharedYAxis = true
        grid.sharedXAxis = true
        let m = try grid.measure(area: Size(width: 400, height: 400), availableWidth: nil, dropAxisTitles: false)
        #expect(m.columnGap == 10 + m.cell.right)
        #expect(m.rowGaps[1] == 30 + m.cell.titleAbove + m.cell.top)
        #expect((0..<4).map(grid.drawsYAxis) == [true, false, true, false])
        #expect((0..<4).map(grid.drawsXAxis) == [false, false, true, true])
        let drawings = try grid.draw(in: Rect(x: 40, y: 30, width: 400, height: 400), measured: m, contentLeft: 10, dropAxisTitles: false)
        let labelXs = drawings.map { d in d.axes.compactMap { n -> Double? in if case .text(let t) = n, t.role == .axisLabel { t.anchor.x } else { nil } } }
        // The first column's y labels sit left of its plot; the second column has none there.
        #expect(labelXs[0].contains { $0 < drawings[0].plot.minX })
        #expect(!labelXs[1].contains { $0 < drawings[1].plot.minX })
    }

    @Test("a cramped canvas gives up the notes, subtitle, axis titles, source, legend and title in that order")
    func degrade() {
        typealias D = Frame.Degrade
        #expect(D(level: 1).dropNotes && !D(level: 1).dropSubtitle)
        #expect(D(level: 3).dropAxisTitles && !D(level: 3).dropSource && !D(level: 3).dropLegend)
        #expect(D(level: 5).dropLegend && !D(level: 5).dropTitle)
        #expect(D(level: D.max).dropTitle)
        // The plot shrinks to 20 pt before more than the notes is given up.
        #expect(D(level: 1).minimumPlot == 40 && D(level: 2).minimumPlot == 20)
    }
}
