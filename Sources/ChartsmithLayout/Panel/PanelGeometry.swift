import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// The room a panel needs around its plot rectangle, in points.
struct PanelInsets {
    /// Left of the plot: the left axis (labels, ticks, a title turned up the side).
    var left = 0.0
    /// Right of the plot: a right axis, labels past the bars' ends, direct labels, or the
    /// last x label's overhang.
    var right = 0.0
    /// Above the plot, topmost: the y axes' titles set level above it.
    var titleAbove = 0.0
    /// Above the plot, under those titles: a top axis, labels above bars, text marks set
    /// above the plot, or the top y label's overhang.
    var top = 0.0
    /// Below the plot: the bottom axis.
    var bottom = 0.0

    /// Room for both panels' needs, edge by edge.
    func union(_ o: PanelInsets) -> PanelInsets {
        PanelInsets(left: max(left, o.left), right: max(right, o.right), titleAbove: max(titleAbove, o.titleAbove),
                    top: max(top, o.top), bottom: max(bottom, o.bottom))
    }
}

/// A panel measured for a plot of a given size: the room it needs around the plot, and
/// each of its axes' geometry, which drawing reuses.
struct PanelGeometry {
    var insets = PanelInsets()
    var yLeft = AxisGeometry()
    var yRight = AxisGeometry()
    var xBottom = AxisGeometry()
    var xTop = AxisGeometry()
    /// How far the y labels (or a top axis and the text marks under it) rise above the plot.
    var overTop = 0.0
}

extension Panel {
    /// Two y axes set their titles above the plot side by side, each in half the width.
    var titleShare: Double { leftAxis != nil && rightAxis != nil ? 0.5 : 1 }

    /// Measures the panel's axes for a plot of this size, and the room it needs around it.
    ///
    /// - Parameter availableWidth: the width the chart's content may take, when the canvas
    ///   sets it; a y axis's band labels wrap within a share of it.
    func measure(plot: Size, availableWidth: Double?, dropAxisTitles: Bool) throws -> PanelGeometry {
        var g = PanelGeometry()
        let plotW = plot.width, plotH = plot.height
        let available = availableWidth ?? (plotW + 400)
        if let a = leftAxis {
            g.yLeft = try measureAxis(a.domain, length: plotH, crossLength: plotW, vertical: true, availableWidth: available,
                                      dropTitle: dropAxisTitles, titleShare: titleShare)
        }
        if let a = rightAxis {
            g.yRight = try measureAxis(a.domain, length: plotH, crossLength: plotW, vertical: true, availableWidth: available,
                                       dropTitle: dropAxisTitles, titleShare: titleShare)
        }
        if let a = bottomAxis {
            g.xBottom = try measureAxis(a.domain, length: plotW, crossLength: plotH, vertical: false, availableWidth: 0, dropTitle: dropAxisTitles)
        }
        if let a = topAxis {
            g.xTop = try measureAxis(a.domain, length: plotW, crossLength: plotH, vertical: false, availableWidth: 0, dropTitle: dropAxisTitles)
        }
        // Beside the plot: right of it (a right axis, labels past the bars' ends), and above
        // it (the top labels' overhang, a top axis, labels above the bars), under the
        // y-axis titles set above the plot.
        let rightReserve = max(direct?.reserve ?? 0, reserves.barRight)
        let textOverhang = reserves.textOverhang
        g.insets.left = max(g.yLeft.thickness, g.xBottom.overhangLeft, g.xTop.overhangLeft)
        g.insets.bottom = max(g.xBottom.thickness, g.yLeft.overhangBottom, g.yRight.overhangBottom)
        g.insets.right = max(g.xBottom.overhangRight, g.xTop.overhangRight, g.yRight.thickness + rightReserve)
        g.insets.titleAbove = max(g.yLeft.titleAbove, g.yRight.titleAbove)
        // Text marks set above the plot sit between it and a top axis.
        g.overTop = max(g.yLeft.overhangTop, g.yRight.overhangTop, g.xTop.thickness + textOverhang)
        g.insets.top = max(g.overTop, reserves.barTop + g.xTop.thickness + (topAxis != nil ? textOverhang : 0))
        // Text set around a radial chart, past the plot's edges.
        let polar = try polarTextOverhang(plot: plot)
        g.insets.left = max(g.insets.left, polar.left)
        g.insets.right = max(g.insets.right, polar.right)
        g.insets.top = max(g.insets.top, polar.top)
        g.insets.bottom = max(g.insets.bottom, polar.bottom)
        return g
    }
}
