/// An axis property that may differ per tick (Vega-Lite's conditional axis properties,
/// `{"condition": {"test": ..., "value": ...}, "value": ...}`): per tick the first
/// condition whose test the tick passes, else `value`; nil `value` keeps the setting
/// beneath (the config's or the style's). The tick is tested as a row with `value` (its
/// value; a date on a time axis), `label` and `index` (its place, 0 to 1).
public struct TickConditional<Value: Sendable & Hashable>: Sendable, Hashable {
    public struct Condition: Sendable, Hashable {
        public var test: FilterPredicate
        public var value: Value
        public init(test: FilterPredicate, value: Value) {
            self.test = test
            self.value = value
        }
    }

    public var conditions: [Condition]
    public var value: Value?
    /// `{"expr": ...}`: a Vega expression evaluated per tick (on the same `value`, `label`
    /// and `index`), in place of the conditions; read by the properties that take one.
    public var expression: String?

    public init(conditions: [Condition] = [], value: Value? = nil, expression: String? = nil) {
        self.conditions = conditions
        self.value = value
        self.expression = expression
    }
}

/// The conditional looks of one axis's labels, ticks and gridlines, each tested per tick.
/// A colour given as `null` is none: the label, tick or line is not drawn (and a label
/// not drawn takes no room). Decoded as ``ConfigColor`` "transparent".
public struct AxisTickLooks: Sendable, Hashable {
    public var labelColor: TickConditional<ConfigColor>?
    public var labelOpacity: TickConditional<Double>?
    public var tickColor: TickConditional<ConfigColor>?
    public var tickOpacity: TickConditional<Double>?
    public var tickWidth: TickConditional<Double>?
    public var gridColor: TickConditional<ConfigColor>?
    public var gridOpacity: TickConditional<Double>?
    public var gridWidth: TickConditional<Double>?
    /// Each label's own font size, weight (bold or not), style (italic or not) and family.
    public var labelFontSize: TickConditional<Double>?
    public var labelFontWeight: TickConditional<Bool>?
    public var labelFontStyle: TickConditional<Bool>?
    public var labelFont: TickConditional<String>?
    /// Each label's alignment (`left`, `center`, `right`), offset along the axis and gap
    /// from its tick.
    public var labelAlign: TickConditional<String>?
    /// Each label's baseline (`top`, `middle`, `bottom`, `alphabetic`, `line-top`,
    /// `line-bottom`): the line of its text set at its place.
    public var labelBaseline: TickConditional<String>?
    public var labelOffset: TickConditional<Double>?
    public var labelPadding: TickConditional<Double>?
    /// Each tick mark's length.
    public var tickSize: TickConditional<Double>?

    public init() {}

    /// The baselines a label may take, as Vega's text marks.
    public static let baselines = ["top", "middle", "bottom", "alphabetic", "line-top", "line-bottom"]

    /// The axis property names read here when given as conditions.
    public static let keys = ["labelColor", "labelOpacity", "tickColor", "tickOpacity", "tickWidth",
                              "gridColor", "gridOpacity", "gridWidth", "labelFontSize", "labelFontWeight",
                              "labelFontStyle", "labelFont", "labelAlign", "labelBaseline", "labelOffset", "labelPadding",
                              "tickSize"]

    /// Whether no property is conditional.
    public var isEmpty: Bool { self == AxisTickLooks() }

    /// These looks with `other`'s set ones on top.
    public func overlaid(with other: AxisTickLooks) -> AxisTickLooks {
        var a = self
        a.labelColor = other.labelColor ?? labelColor
        a.labelOpacity = other.labelOpacity ?? labelOpacity
        a.tickColor = other.tickColor ?? tickColor
        a.tickOpacity = other.tickOpacity ?? tickOpacity
        a.tickWidth = other.tickWidth ?? tickWidth
        a.gridColor = other.gridColor ?? gridColor
        a.gridOpacity = other.gridOpacity ?? gridOpacity
        a.gridWidth = other.gridWidth ?? gridWidth
        a.labelFontSize = other.labelFontSize ?? labelFontSize
        a.labelFontWeight = other.labelFontWeight ?? labelFontWeight
        a.labelFontStyle = other.labelFontStyle ?? labelFontStyle
        a.labelFont = other.labelFont ?? labelFont
        a.labelAlign = other.labelAlign ?? labelAlign
        a.labelBaseline = other.labelBaseline ?? labelBaseline
        a.labelOffset = other.labelOffset ?? labelOffset
        a.labelPadding = other.labelPadding ?? labelPadding
        a.tickSize = other.tickSize ?? tickSize
        return a
    }
}
