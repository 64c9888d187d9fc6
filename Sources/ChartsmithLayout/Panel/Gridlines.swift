import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// The plot's gridlines: whether an axis draws them, and the lines across the plot at its ticks.
extension Panel {
    /// Whether an axis draws gridlines: as its spec or the style asks; else only the
    /// channel's first axis, on a continuous scale, for y, or for x when y is discrete.
    func showsGrid(_ d: PositionDomain, vertical: Bool, primary: Bool) -> Bool {
        let otherDiscrete = vertical ? (views.first?.encoding[.x].map { !$0.isContinuous(for: .x) } ?? true)
                                     : (views.first?.encoding[.y].map { !$0.isContinuous(for: .y) } ?? true)
        return d.axis.grid ?? (primary ? (vertical ? theme.axisY.grid : theme.axisX.grid) ?? (theme.grid && !d.discrete && (vertical || otherDiscrete)) : false)
    }

    /// A line across the plot at each tick, each with its conditional dash, if any.
    func gridlines(_ ticks: [AxisTick], dash: [[Double]]?, plot: Rect, vertical: Bool, stroke: Stroke, strokes: [Stroke]? = nil) -> [SceneNode] {
        var grid: [SceneNode] = []
        for (i, t) in ticks.enumerated() {
            var gridStroke = strokes?[i] ?? stroke
            if let dash = dash?[i] { gridStroke.dash = dash }
            let p = vertical
                ? Path.polyline([Point(x: plot.minX, y: t.position), Point(x: plot.maxX, y: t.position)])
                : Path.polyline([Point(x: t.position, y: plot.minY), Point(x: t.position, y: plot.maxY)])
            grid.append(.path(PathNode(path: p, stroke: gridStroke, role: .grid)))
        }
        return grid
    }
}
