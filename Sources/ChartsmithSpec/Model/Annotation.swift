/// A briefing addition Vega-Lite lacks: a note placed in data coordinates.
///
/// ```json
/// "annotations": [
///   {"type": "rule", "x": "2003", "text": "Operation Ore crackdown"},
///   {"type": "range", "x": ["2004", "2009"], "text": "No figures released"},
///   {"type": "note", "x": "2010", "y": 1781, "text": "Highest on record"}
/// ]
/// ```
/// Values are read in the scale of their channel: dates as strings (`"2003"`), numbers
/// for quantitative axes, category names for discrete ones.
public struct Annotation: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A vertical line at `x` or a horizontal line at `y`, labelled.
        case rule
        /// A shaded band between two `x` (or two `y`) values, labelled.
        case range
        /// A text note pointing at the data point (`x`, `y`) with a short connector.
        case note
    }

    public var kind: Kind
    /// One value (`rule`, `note`) or two (`range`).
    public var x: [InlineValue]
    public var y: [InlineValue]
    public var text: String
    /// CSS colour of the line, band or connector.
    public var color: String?

    public init(kind: Kind, x: [InlineValue] = [], y: [InlineValue] = [], text: String, color: String? = nil) {
        self.kind = kind
        self.x = x
        self.y = y
        self.text = text
        self.color = color
    }
}
