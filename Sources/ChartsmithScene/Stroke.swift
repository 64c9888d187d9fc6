/// How an outline is stroked.
public struct Stroke: Hashable, Sendable, CustomStringConvertible {
    public enum LineCap: String, Hashable, Sendable { case butt, round, square }
    public enum LineJoin: String, Hashable, Sendable { case miter, round, bevel }

    public var color: Color
    /// Line width in points.
    public var width: Double
    /// Alternating dash and gap lengths in points; empty for a solid line.
    public var dash: [Double]
    public var lineCap: LineCap
    public var lineJoin: LineJoin

    public init(color: Color, width: Double = 1, dash: [Double] = [], lineCap: LineCap = .butt,
                lineJoin: LineJoin = .miter) {
        self.color = color
        self.width = width
        self.dash = dash
        self.lineCap = lineCap
        self.lineJoin = lineJoin
    }

    public var description: String {
        var s = "\(color) \(fmt(width))"
        if !dash.isEmpty { s += " dash " + dash.map(fmt).joined(separator: ",") }
        return s
    }
}
