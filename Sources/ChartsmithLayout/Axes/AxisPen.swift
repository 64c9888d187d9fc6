import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// One axis being drawn beside a placed plot: its scale, its measured geometry, and the
/// settings its ticks, labels and title all read.
struct AxisPen {
    var scale: PositionScale
    var plot: Rect
    var geometry: AxisGeometry
    /// A right or top axis, mirrored from a left or bottom one.
    var far: Bool
    var labelFont: FontDescriptor
    var switches: AxisSwitches
    var tickLength: Double
    var labelPad: Double
    /// The ticks whose labels are drawn.
    var ticks: [AxisTick]
    /// Each label's colour under a conditional `labelColor` or `labelOpacity`.
    var labelColors: [Color]?
    /// The tick marks drawn (all of `ticks` unless a conditional look hides some) and,
    /// under a conditional `tickColor`, `tickOpacity` or `tickWidth`, each one's stroke.
    var marks: [AxisTick]
    var markStrokes: [Stroke]?
    /// Each tick mark's length under a conditional `tickSize`.
    var markSizes: [Double]?
    /// Each tick mark's dash under a conditional `tickDash`.
    var tickDash: [[Double]]?
    /// The ticks' stroke (the axis line's unless `tickColor`, `tickWidth`… say otherwise).
    var stroke: Stroke
    var lineHeight: Double
    var ticksOn: Bool
    /// The left edge of the chart's content, where a y-axis title set above the plot starts.
    var contentLeft: Double
    var dropTitle: Bool
    /// The labels' and title's colours, fonts and spacing.
    var ink: AxisInk
}
