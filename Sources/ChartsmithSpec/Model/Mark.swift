/// The kinds of mark Chartsmith draws.
public enum MarkType: String, Sendable, Hashable, CaseIterable {
    case bar, line, area, point, rule, tick, text, circle, square, rect, arc, trail
}

/// `mark.interpolate` for lines and areas.
public enum Interpolate: String, Sendable, Hashable, CaseIterable {
    case linear
    case step
    case stepBefore = "step-before"
    case stepAfter = "step-after"
    case monotone
}

/// `mark.orient`.
public enum Orient: String, Sendable, Hashable, CaseIterable { case horizontal, vertical }

/// `mark`: a type name or an object with `type` and properties.
/// A mark's own `x`/`y` property: points from the plot's left or top edge, or the plot's
/// far edge (`"width"` for x, `"height"` for y).
public enum MarkPosition: Sendable, Hashable {
    case points(Double)
    case farEdge
}

public struct MarkSpec: Sendable, Hashable {
    public var type: MarkType
    /// `point`: overlay points on a line or area (`true`, or an object of point properties).
    public var point: Bool
    /// Whether `point` was written (a `shape` encoding adds points to a line only when not).
    public var pointExplicit = false
    /// `point: {"filled": false}`: hollow overlay points.
    public var pointFilled: Bool?
    /// `point: {"fill": ...}` or `{"color": ...}`: the overlay points' colour.
    public var pointFill: String?
    public var pointColor: String?
    public var pointSize: Double?
    /// `point: {"shape": ...}`: the overlay points' symbol.
    public var pointShape: String?
    /// `shape`: the symbol of point marks (`circle`, `square`, `cross`, `diamond`,
    /// `triangle-up`…), Vega's names.
    public var shape: String?
    /// `line`: draw a line on top of an area.
    public var line: Bool
    /// `line: {"color": ...}`: the colour of the line on an area.
    public var lineColor: String?
    public var lineStrokeWidth: Double?
    public var color: String?
    /// A linear gradient given as the mark's `color` or `fill`.
    public var gradient: Gradient?
    public var fill: String?
    public var stroke: String?
    public var opacity: Double?
    public var fillOpacity: Double?
    public var strokeWidth: Double?
    public var strokeDash: [Double]?
    public var interpolate: Interpolate?
    public var orient: Orient?
    public var cornerRadius: Double?
    public var cornerRadiusEnd: Double?
    /// `cornerRadiusTopLeft` and its siblings: rounding of single corners.
    public var cornerRadiusTopLeft: Double?
    public var cornerRadiusTopRight: Double?
    public var cornerRadiusBottomLeft: Double?
    public var cornerRadiusBottomRight: Double?
    /// `x`, `y`, `x2`, `y2` as mark properties: a fixed position in points from the plot's
    /// left (x) or top (y) edge, used where the encoding does not set the channel.
    public var x: MarkPosition?
    public var y: MarkPosition?
    public var x2: MarkPosition?
    public var y2: MarkPosition?
    /// `xOffset`, `yOffset`: shift every mark by this many points.
    public var xOffset: Double?
    public var yOffset: Double?
    /// `x2Offset`, `y2Offset`: shift the far end of ranged marks.
    public var x2Offset: Double?
    public var y2Offset: Double?
    /// `strokeOpacity`.
    public var strokeOpacity: Double?
    /// `clip`: cut the marks off at the edges of the plot.
    public var clip: Bool?
    public var size: Double?
    public var filled: Bool?
    /// `mark.invalid`: nil (the default) breaks lines and areas at invalid values and drops
    /// them from other marks; `true` (`"filter"`) drops them everywhere; `false` (`null`,
    /// `"show"`) keeps every row and reads invalid values as zero, as Vega-Lite does.
    public var invalidFilter: Bool?
    /// Text marks: `align`, `baseline`, `dx`, `dy`, `fontSize`, `text`.
    public var align: String?
    public var baseline: String?
    public var dx: Double?
    public var dy: Double?
    public var fontSize: Double?
    public var fontWeight: String?
    /// Text marks: `font`, the family (or CSS stack) of the text.
    public var font: Located<String>?
    public var text: String?
    /// Bars: `width` and `height` in points, or negative for a fraction of the band
    /// (`{"band": 0.5}` is stored as -0.5).
    public var width: Double?
    public var height: Double?
    /// Bars: the gap between adjacent bins, in points (Vega-Lite's default is 1).
    public var binSpacing: Double?
    /// Properties given as `{"expr": "..."}` that read the row (`datum.b < 0 ? -2 : 2`):
    /// property name → expression source, evaluated per row by the layout.
    public var expressions: [String: String] = [:]
    /// `angle`: a text mark's rotation in degrees, clockwise (Vega's convention).
    public var angle: Double?
    /// `limit`: a text mark's greatest width in points; longer text ends in "…".
    public var limit: Double?
    /// Text marks: `fontStyle` "italic" or "oblique" (true) or "normal" (false).
    public var italic: Bool?
    /// Text marks: `lineBreak`, the text that splits a text into lines (as JavaScript's
    /// `split` with a string), and `lineHeight`, the distance between lines in points
    /// (Vega's default: the font size + 2).
    public var lineBreak: String?
    public var lineHeight: Double?
    /// Lines, trails and areas: `order: false` (or null) joins the points in data order
    /// instead of along the axis, as Vega-Lite does.
    public var order: Bool?
    /// Where `color`, `fill` and `stroke` were written, for messages about their values.
    public var sources: [String: SourcePosition] = [:]
    public var thickness: Double?
    /// `style`: the named styles (`config.style`) the mark reads, later ones winning.
    public var style: [String] = []
    /// Arcs: `innerRadius` (a donut's hole) and `outerRadius` in points, `padAngle` in
    /// radians between slices. Arcs and polar text: `radius` (points from the centre),
    /// `theta` (radians clockwise from 12 o'clock), and their offsets.
    public var innerRadius: Double?
    public var outerRadius: Double?
    public var padAngle: Double?
    public var radius: Double?
    public var theta: Double?
    public var radiusOffset: Double?
    public var thetaOffset: Double?
    /// Arcs without a `theta` or `radius2` channel: `theta2`, the end angle (radians; the
    /// arc runs from `theta`, default 0, to it, default 2π), and `radius2`, the inner radius
    /// in points, as Vega-Lite's mark properties.
    public var theta2: Double?
    public var radius2: Double?
    /// Polar properties (`theta`, `theta2`, `radius`, `radius2`) given as expressions
    /// Chartsmith cannot read, with the error each raises unless a channel overrides the
    /// property (Vega-Lite then never evaluates it): checked once the encoding is known.
    public var overridablePolarErrors: [String: Diagnostic] = [:]

    public init(type: MarkType) {
        self.type = type
        self.point = false
        self.line = false
    }
}

/// A linear gradient over a mark's bounding box: from (`x1`, `y1`) to (`x2`, `y2`) in
/// fractions of the box, through colour `stops`.
public struct Gradient: Sendable, Hashable {
    public struct Stop: Sendable, Hashable {
        public var offset: Double
        public var color: String
        public init(offset: Double, color: String) {
            self.offset = offset
            self.color = color
        }
    }

    public var x1 = 0.0, y1 = 0.0, x2 = 1.0, y2 = 0.0
    public var stops: [Stop] = []

    public init() {}
}

/// Vega's symbol shapes: every name it draws, and its default `shape` range.
public enum SymbolShape {
    /// Vega's default symbol range (`config.range.symbol`, vega-parser's config.js), in its
    /// order: the shapes a `shape` field's values take in turn, repeating after the eighth.
    public static let defaultRange = ["circle", "square", "triangle-up", "cross", "diamond", "triangle-right",
                                      "triangle-down", "triangle-left"]
    /// Every symbol name Vega draws.
    public static let names = ["circle", "square", "cross", "diamond", "triangle-up", "triangle-down", "triangle-right",
                               "triangle-left", "stroke", "arrow", "wedge", "triangle"]
}
