import Chartsmith

/// Bars from a baseline (`"bar"`): a category on one axis and a quantity on the other;
/// stacked when coloured by a field.
public struct BarMark<Row>: ChartMark {
    /// The Vega-Lite layer this mark compiles to.
    public var layer = MarkLayer<Row>(type: "bar")
    /// A mark at `x` and `y` (either may be left out).
    public init(x: PlottableValue<Row>? = nil, y: PlottableValue<Row>? = nil) {
        layer.set("x", x)
        layer.set("y", y)
    }
}

/// A line through the rows in order along x (`"line"`), one per series.
public struct LineMark<Row>: ChartMark {
    /// The Vega-Lite layer this mark compiles to.
    public var layer = MarkLayer<Row>(type: "line")
    /// A mark at `x` and `y` (either may be left out).
    public init(x: PlottableValue<Row>? = nil, y: PlottableValue<Row>? = nil) {
        layer.set("x", x)
        layer.set("y", y)
    }
    /// Draws a point at each row on the line (the mark's `"point": true`).
    public func pointMarks(_ on: Bool = true) -> Self { markProperty("point", .bool(on)) }
    /// How the line joins its points: `"linear"`, `"monotone"`, `"step"` ….
    public func interpolationMethod(_ method: String) -> Self { markProperty("interpolate", .string(method)) }
}

/// The area between a line and its baseline (`"area"`), stacked by series.
public struct AreaMark<Row>: ChartMark {
    /// The Vega-Lite layer this mark compiles to.
    public var layer = MarkLayer<Row>(type: "area")
    /// A mark at `x` and `y` (either may be left out).
    public init(x: PlottableValue<Row>? = nil, y: PlottableValue<Row>? = nil) {
        layer.set("x", x)
        layer.set("y", y)
    }
}

/// A symbol at each row (`"point"`).
public struct PointMark<Row>: ChartMark {
    /// The Vega-Lite layer this mark compiles to.
    public var layer = MarkLayer<Row>(type: "point")
    /// A mark at `x` and `y` (either may be left out).
    public init(x: PlottableValue<Row>? = nil, y: PlottableValue<Row>? = nil) {
        layer.set("x", x)
        layer.set("y", y)
    }
}

/// A line across the plot at a value, or between two (`"rule"`).
public struct RuleMark<Row>: ChartMark {
    /// The Vega-Lite layer this mark compiles to.
    public var layer = MarkLayer<Row>(type: "rule")
    /// A mark at `x` and `y` (either may be left out).
    public init(x: PlottableValue<Row>? = nil, y: PlottableValue<Row>? = nil) {
        layer.set("x", x)
        layer.set("y", y)
    }
    /// A rule spanning `yStart` to `yEnd` at `x` (or across the plot without `x`).
    public init(x: PlottableValue<Row>? = nil, yStart: PlottableValue<Row>, yEnd: PlottableValue<Row>) {
        layer.set("x", x)
        layer.set("y", yStart)
        layer.set("y2", yEnd)
    }
}

/// A rectangle between two x and two y values, or filling a band cell (`"rect"`: a
/// heat map). Specs name it; until Chartsmith draws rects, rendering reports the decoder's error.
public struct RectMark<Row>: ChartMark {
    /// The Vega-Lite layer this mark compiles to.
    public var layer = MarkLayer<Row>(type: "rect")
    /// A mark at `x` and `y` (either may be left out).
    public init(x: PlottableValue<Row>? = nil, y: PlottableValue<Row>? = nil) {
        layer.set("x", x)
        layer.set("y", y)
    }
    /// A rectangle from `xStart` to `xEnd` and `yStart` to `yEnd`.
    public init(xStart: PlottableValue<Row>, xEnd: PlottableValue<Row>, yStart: PlottableValue<Row>, yEnd: PlottableValue<Row>) {
        layer.set("x", xStart)
        layer.set("x2", xEnd)
        layer.set("y", yStart)
        layer.set("y2", yEnd)
    }
}

/// Text at each row's position (`"text"`): the `text` channel's value.
public struct TextMark<Row>: ChartMark {
    /// The Vega-Lite layer this mark compiles to.
    public var layer = MarkLayer<Row>(type: "text")
    /// The `text` value at `x` and `y`.
    public init(x: PlottableValue<Row>? = nil, y: PlottableValue<Row>? = nil, text: PlottableValue<Row>) {
        layer.set("x", x)
        layer.set("y", y)
        layer.set("text", text)
    }
}
