import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// One axis being measured for a plot side of a given length: its scale and ticks, and the
/// fonts and spacing its labels and title take.
struct AxisMeasuring {
    var domain: PositionDomain
    var scale: PositionScale
    /// The length of the plot's side along the axis.
    var length: Double
    var labelFont: FontDescriptor
    var labelPad: Double
    var ticks: [AxisTick]
    var lineHeight: Double
    /// The ticks' length, or 0 without ticks.
    var tickSpace: Double
    var dropTitle: Bool
    /// The axis's fonts, colours and spacing.
    var ink: AxisInk
    /// The axis's settings (its `labelFlush` moves its end labels).
    var switches = AxisSwitches()
}
