/// The space an axis needs beside the plot.
struct AxisGeometry {
    /// Width left of the plot (y axis) or height below it (x axis).
    var thickness = 0.0
    /// Height of a horizontal axis title set above the plot (y axis).
    var titleAbove = 0.0
    /// How far the top label rises above the plot (y axis).
    var overhangTop = 0.0
    /// How far the bottom label hangs below the plot (turned y-axis labels).
    var overhangBottom = 0.0
    /// How far the last label runs past the plot's right edge (x axis).
    var overhangRight = 0.0
    /// How far the first label runs past the plot's left edge (turned x-axis labels).
    var overhangLeft = 0.0
    /// Wrapped lines of each band label.
    var bandLines: [[String]] = []
    var labelWidth = 0.0
    /// Label angle in degrees: an x axis whose labels cannot stand level, or an axis's own
    /// `labelAngle` (0 = level).
    var labelAngle = 0.0
    /// Height of the label block below the ticks (x axis).
    var labelBlock = 0.0
    /// The axis title's lines: wrapped rather than cut short while the chart has room.
    var titleLines: [String] = []
    /// A y-axis title turned up the side: the style's choice, or where a horizontal one
    /// would have to be cut short.
    var titleTurned = false
}

/// The side of the plot an axis is drawn on.
enum AxisSide: String {
    case left, right, bottom, top

    var vertical: Bool { self == .left || self == .right }

    init?(orient: String) { self.init(rawValue: orient) }
}
