import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// What a placed panel drew, layer by layer; the frame stacks each layer of every panel
/// into the scene's groups.
struct PanelDrawing {
    /// The plot rectangle the panel was placed in.
    var plot: Rect
    /// The first x and y scales: the ones annotations read.
    var x: PositionScale?
    var y: PositionScale?
    /// One mark builder per run of views on the same scales.
    var builders: [MarkBuilder]
    var grid: [SceneNode] = []
    var marks: [SceneNode] = []
    var axes: [SceneNode] = []
    /// Annotations drawn under the marks (bands, shaded ranges) and over them.
    var annotationBack: [SceneNode] = []
    var annotationFront: [SceneNode] = []
    /// Direct labels, value labels and the "No data" note.
    var labels: [SceneNode] = []
    /// Legends of a nested figure's blocks, or of a facet's cells, drawn beside their views.
    var legends: [SceneNode] = []
}

extension Panel {
    /// Draws the panel in its plot rectangle: scales, gridlines, axes and marks.
    ///
    /// - Parameters:
    ///   - geometry: the panel's measurements for a plot of this size.
    ///   - contentLeft: the left edge of the chart's content, where a y-axis title set
    ///     above the plot starts.
    ///   - showsX, showsY: whether the panel draws its x and y axes (in a grid sharing a
    ///     scale, only the outer cells do); the gridlines are drawn either way.
    func draw(in plot: Rect, geometry g: PanelGeometry, contentLeft: Double, dropAxisTitles: Bool,
              showsX: Bool = true, showsY: Bool = true) throws -> PanelDrawing {
        let xScales = xr.domains.map { PositionScale($0, range: (plot.minX, plot.maxX), ticks: tickPlan($0, length: plot.width, vertical: false), niceToTicks: theme.niceToTicks) }
        let yScales = yr.domains.map { d -> PositionScale in
            let range = d.discrete ? (plot.minY, plot.maxY) : (plot.maxY, plot.minY)
            return PositionScale(d, range: range, ticks: tickPlan(d, length: plot.height, vertical: true), niceToTicks: theme.niceToTicks)
        }
        var grid: [SceneNode] = []
        var axes: [SceneNode] = []
        for (r, vertical) in [(yr, true), (xr, false)] {
            for a in r.axes where !a.domain.axis.disabled {
                // The marks' own scale, shown with this axis's settings and title.
                var s = (vertical ? yScales : xScales)[a.scale]
                s.domain = a.domain
                var ag = switch a.side { case .left: g.yLeft; case .right: g.yRight; case .bottom: g.xBottom; case .top: g.xTop }
                if vertical { ag.overhangTop = g.overTop }
                if a.side == .top { ag.overhangTop = reserves.textOverhang }
                let (gr, ax) = try drawAxis(s, plot: plot, vertical: vertical, geometry: ag, contentLeft: contentLeft,
                                            dropTitle: dropAxisTitles, side: a.side, primary: a.primary)
                grid += gr
                if vertical ? showsY : showsX { axes += ax }
            }
        }
        let builders = markBuilders(plot: plot, xScales: xScales, yScales: yScales)
        let marks = try builders.flatMap { try $0.build() }
        return PanelDrawing(plot: plot, x: xScales.first, y: yScales.first, builders: builders, grid: grid, marks: marks, axes: axes)
    }

    /// One mark builder per run of views on the same scales (one, unless a channel is
    /// resolved independently: a position channel's, or a legend channel's between layers).
    func markBuilders(plot: Rect, xScales: [PositionScale], yScales: [PositionScale]) -> [MarkBuilder] {
        let color = shared.color, dash = shared.dash, shapes = shared.shapes
        if !independent && layerScales == nil {
            return [MarkBuilder(views: views, x: xScales.first, y: yScales.first, color: color, dash: dash, theme: theme, kit: kit, plot: plot, shapes: shapes,
                                magnitudes: shared.magnitudes)]
        }
        var builders: [MarkBuilder] = []
        var start = 0
        let groups = layerScales?.groups
        for i in views.indices where i + 1 == views.count || xr.scaleOf[i + 1] != xr.scaleOf[i] || yr.scaleOf[i + 1] != yr.scaleOf[i]
            || groups.map({ $0[i + 1] != $0[i] }) == true {
            let s = layerScales?.perView[i] ?? shared
            var b = MarkBuilder(views: Array(views[start...i]), x: xr.scaleOf[i].map { xScales[$0] }, y: yr.scaleOf[i].map { yScales[$0] },
                                color: s.color, dash: s.dash, theme: theme, kit: kit, plot: plot, shapes: s.shapes, magnitudes: s.magnitudes)
            b.firstLayer = start
            builders.append(b)
            start = i + 1
        }
        return builders
    }
}
