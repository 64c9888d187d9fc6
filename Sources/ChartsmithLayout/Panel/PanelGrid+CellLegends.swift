import ChartsmithScene
import ChartsmithSpec

extension PanelGrid {
    /// The cells' own legends measured (nil where a cell shows none or labels its lines
    /// directly in its stead, as a concat's view does, and for every cell once the
    /// step-down gave the legends up).
    func measureCellLegends() -> [LegendBox?] {
        guard !cellLegends.isEmpty, !dropsCellLegends else { return [] }
        return cellLegends.enumerated().map { i, legends in
            guard let legend = legends.first, i < panels.count else { return nil }
            let p = panels[i]
            guard legends.count > 1 else {
                if p.direct != nil && legend.plan.spec?.orient == nil && !legend.plan.keysOtherFields { return nil }
                return legend.measure(theme: p.theme, kit: p.kit)
            }
            // Several (the cell's, its layers'): stacked as Vega stacks the legends of one side.
            let boxes = legends.compactMap { $0.measure(theme: p.theme, kit: p.kit, vertical: legend.vertical) }
            return boxes.isEmpty ? nil : LegendBox.stacking(boxes, vertical: legend.vertical, maxWidth: legend.vertical ? 200 : 400)
        }
    }

    /// Widens the room around every cell for the cells' own legends, as Vega counts a
    /// facet cell's legend in the cell's group: each legend set right of its cell's axes,
    /// `gap` beyond them, level with the plot's top, so every column gap grows by the
    /// widest legend and a legend taller than its plot and x axis lowers the next row.
    /// Returns the distance from a plot's right edge to its legend's left edge.
    func reserveCellLegends(_ boxes: [LegendBox?], cell u: inout PanelInsets, plots: [Size]) -> Double {
        let gap = cellLegends.lazy.compactMap { $0.first?.plan.gap(ViewBlock.legendGap) }.first ?? ViewBlock.legendGap
        let offset = u.right + gap
        var width = 0.0, below = u.bottom
        for (i, box) in boxes.enumerated() {
            guard let box, i < plots.count else { continue }
            width = max(width, box.size.width)
            below = max(below, box.size.height - plots[i].height)
        }
        guard width > 0 else { return 0 }
        u.right = offset + width
        u.bottom = below
        return offset
    }

    /// The cells' own legends drawn beside their plots at `rects`, onto each cell's drawing.
    func drawCellLegends(_ drawings: inout [PanelDrawing], rects: [Rect], measured m: Measure) {
        for (i, box) in m.cellLegends.enumerated() where i < drawings.count && i < rects.count {
            guard let box else { continue }
            let p = panels[i]
            drawings[i].legends += box.draw(at: Point(x: rects[i].maxX + m.cellLegendOffset, y: rects[i].minY), kit: p.kit, theme: p.theme)
        }
    }
}
