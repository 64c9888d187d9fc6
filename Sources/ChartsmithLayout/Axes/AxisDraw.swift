import Foundation
import ChartsmithData
import ChartsmithFormat
import ChartsmithScene
import ChartsmithSpec

/// Drawing an axis beside a placed plot: gridlines, domain and zero lines, ticks, labels
/// (thinned where they collide) and the title.
extension Panel {
    /// Draws an axis on `side` (by default left for y, bottom for x). Only the `primary`
    /// axis of a channel draws gridlines and the zero line unless its spec asks for a grid:
    /// a second (independent) axis beside it would draw a second, clashing set.
    func drawAxis(_ s: PositionScale, plot: Rect, vertical: Bool, geometry g: AxisGeometry,
                  contentLeft: Double, dropTitle: Bool, side: AxisSide? = nil, primary: Bool = true) throws -> (grid: [SceneNode], axis: [SceneNode]) {
        let d = s.domain
        let side = side ?? (vertical ? .left : .bottom)
        let far = side == .right || side == .top
        let sw = switches(vertical, d)
        let ink = try ink(sw, d)
        let labelFont = axisLabelFont(d, step: s.band?.step, vertical: vertical, base: ink.labelFont)
        let count = tickPlan(d, length: vertical ? plot.height : plot.width, vertical: vertical).count
        let tickLength = sw.tickSize ?? self.tickLength
        let labelPad = sw.labelPadding ?? self.labelPad
        let allTicks = (d.axis.labels ?? sw.labels) == false || d.emptyTime ? [] : limited(try AxisLabels.ticks(s, count: count, locale: theme.locale, defaultLabelExpr: sw.labelExpr,
                                                                                  normalizedFormat: theme.normalizedNumberFormat),
                                                          ink, font: labelFont, wraps: vertical && d.discrete)
        let gridTicks = d.discrete || d.emptyTime ? [] : try AxisLabels.ticks(s, count: count, locale: theme.locale, defaultLabelExpr: sw.labelExpr,
                                                                          normalizedFormat: theme.normalizedNumberFormat)
        let looks = try tickLooks(sw, ink, s, allTicks), ticks = looks.labels
        let (gridShown, gridStrokes) = try gridLooks(sw, s, gridTicks)
        let gridDash = try dashes(sw.gridDash, s, gridShown)
        let tickDash = try dashes(sw.tickDash, s, looks.marks)
        var grid: [SceneNode] = []
        var axis: [SceneNode] = []
        let axisStroke = theme.domainStroke(sw)
        let lh = kit.lineHeight(labelFont)
        let ticksOn = showsTicks(d, vertical: vertical)
        if showsGrid(d, vertical: vertical, primary: primary) {
            grid = gridlines(gridShown, dash: gridDash, plot: plot, vertical: vertical, stroke: theme.gridStroke(sw), strokes: gridStrokes)
        }
        // Domain line: the x axis always (it is the baseline); the y axis when a band axis
        // (horizontal bars start on it) or when the style or spec asks.
        // `offset`: the axis (line, ticks, labels, title) drawn beside the plot moved that
        // far outwards; gridlines and the zero line stay on the plot.
        let off = max(0, d.axis.offset ?? 0)
        let axisPlot = off == 0 ? plot : Rect(x: plot.x + (vertical ? (far ? off : -off) : 0), y: plot.y + (vertical ? 0 : (far ? -off : off)),
                                              width: plot.width, height: plot.height)
        let domainOn = d.axis.domain ?? (vertical ? theme.axisY.domain : theme.axisX.domain) ?? (vertical ? (d.discrete || theme.valueAxisLine) : true)
        if domainOn {
            let edgeX = side == .right ? axisPlot.maxX : axisPlot.minX, edgeY = side == .top ? axisPlot.minY : axisPlot.maxY
            let p = vertical
                ? Path.polyline([Point(x: edgeX, y: plot.minY), Point(x: edgeX, y: plot.maxY)])
                : Path.polyline([Point(x: plot.minX, y: edgeY), Point(x: plot.maxX, y: edgeY)])
            axis.append(.path(PathNode(path: p, stroke: axisStroke, role: .axisDomain)))
        }
        // A zero line where the value domain crosses zero.
        if primary, let c = s.continuous, min(c.domain.0, c.domain.1) < 0, max(c.domain.0, c.domain.1) > 0, c.kind == .linear {
            let z = c.map(0)
            let p = vertical
                ? Path.polyline([Point(x: plot.minX, y: z), Point(x: plot.maxX, y: z)])
                : Path.polyline([Point(x: z, y: plot.minY), Point(x: z, y: plot.maxY)])
            var zero = axisStroke
            zero.dash = []
            axis.append(.path(PathNode(path: p, stroke: zero, role: .axisDomain, name: "zero")))
        }

        // (Labels sit beyond the longest tick under a conditional `tickSize`.)
        let longest = ((looks.markSizes ?? []) + [tickLength]).max() ?? tickLength
        let pen = AxisPen(scale: s, plot: axisPlot, geometry: g, far: far, labelFont: labelFont, switches: sw, tickLength: longest,
                          labelPad: labelPad, ticks: ticks, labelColors: looks.labelColors, marks: looks.marks, markStrokes: looks.markStrokes,
                          markSizes: looks.markSizes,
                          tickDash: tickDash, stroke: theme.tickStroke(sw), lineHeight: lh, ticksOn: ticksOn,
                          contentLeft: contentLeft, dropTitle: dropTitle, ink: ink)
        axis += vertical ? verticalAxis(pen) : horizontalAxis(pen)
        return (grid, axis)
    }
}
