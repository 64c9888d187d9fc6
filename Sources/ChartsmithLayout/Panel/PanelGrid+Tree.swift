import ChartsmithScene
import ChartsmithSpec

extension PanelGrid {
    /// Measures a nested figure for an area of this size: each plot scaled by the area's
    /// share of the plots' natural lengths, the blocks placed, and whatever the boxes take
    /// beyond the area (axes, headers, titles, spacing, legends) counted as room to its
    /// right and below it, so the frame's arithmetic stays that of one grid.
    func measureTree(_ tree: ViewBlock, area: Size, dropAxisTitles: Bool) throws -> Measure {
        guard let first = panels.first else { throw LayoutError("the figure has no views to draw") }
        let scale = (x: area.width / max(tree.naturalLength(.x), 1), y: area.height / max(tree.naturalLength(.y), 1))
        let bm = try tree.measure(scale: scale, theme: first.theme, kit: first.kit, dropAxisTitles: dropAxisTitles)
        var m = Measure()
        m.insets.right = bm.size.width - area.width
        m.insets.bottom = bm.size.height - area.height
        m.tree = [bm]
        return m
    }

    /// Draws a nested figure with its box's corner at the area's; the blocks' titles and
    /// legends ride on the first panel's drawing.
    func drawTree(_ tree: ViewBlock, in area: Rect, measured m: Measure, dropAxisTitles: Bool) throws -> [PanelDrawing] {
        guard let first = panels.first, let bm = m.tree.first else { throw LayoutError("the figure has no views to draw") }
        var out = try tree.draw(at: Point(x: area.minX, y: area.minY), measured: bm, theme: first.theme, kit: first.kit,
                                dropAxisTitles: dropAxisTitles)
        guard !out.drawings.isEmpty else { throw LayoutError("the figure has no views to draw") }
        out.drawings[0].axes += out.titles
        out.drawings[0].legends += out.legends
        return out.drawings
    }
}
