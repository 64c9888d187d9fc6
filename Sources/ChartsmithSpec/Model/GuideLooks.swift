/// How one axis's text, ticks and line look (Vega-Lite's `labelColor`, `titleFontSize`,
/// `tickColor`, `domainDash`…), as an axis object or a `config.axis*` block sets it; nil
/// keeps the value beneath (axis object over the most specific config block over
/// `config.axis` over the style).
public struct AxisLook: Sendable, Hashable {
    public var labelColor: ConfigColor?
    public var labelFontSize: Double?
    /// `labelFontWeight`: true for bold.
    public var labelBold: Bool?
    /// `labelFontStyle`: true for `"italic"` (or `"oblique"`).
    public var labelItalic: Bool?
    public var labelOpacity: Double?
    /// `labelLimit`: the widest a label may be, in points, before it is cut short with "…".
    public var labelLimit: Double?
    public var titleColor: ConfigColor?
    public var titleFontSize: Double?
    public var titleBold: Bool?
    public var titleItalic: Bool?
    public var titleOpacity: Double?
    /// `titlePadding`: the gap between the labels and the title.
    public var titlePadding: Double?
    /// `titleAnchor`: `start`, `middle` or `end` along the axis.
    public var titleAnchor: String?
    /// `titleLimit`: the widest the title may be before it is cut short with "…".
    public var titleLimit: Double?
    /// `tickColor`, `tickWidth`, `tickOpacity`: the ticks, which otherwise take the axis line's.
    public var tickColor: ConfigColor?
    public var tickWidth: Double?
    public var tickOpacity: Double?
    /// `domainDash`, `domainOpacity`: the axis line.
    public var domainDash: [Double]?
    public var domainOpacity: Double?
    /// `labelFont`, `titleFont` in a `config.axis*` block: families (or CSS stacks) over
    /// the style's axis fonts (an axis object's own win over them).
    public var labelFont: Located<String>?
    public var titleFont: Located<String>?

    public init() {}

    /// This look with `other`'s set values on top.
    public func overlaid(with other: AxisLook) -> AxisLook {
        var a = self
        a.labelColor = other.labelColor ?? labelColor
        a.labelFontSize = other.labelFontSize ?? labelFontSize
        a.labelFont = other.labelFont ?? labelFont
        a.titleFont = other.titleFont ?? titleFont
        a.labelBold = other.labelBold ?? labelBold
        a.labelItalic = other.labelItalic ?? labelItalic
        a.labelOpacity = other.labelOpacity ?? labelOpacity
        a.labelLimit = other.labelLimit ?? labelLimit
        a.titleColor = other.titleColor ?? titleColor
        a.titleFontSize = other.titleFontSize ?? titleFontSize
        a.titleBold = other.titleBold ?? titleBold
        a.titleItalic = other.titleItalic ?? titleItalic
        a.titleOpacity = other.titleOpacity ?? titleOpacity
        a.titlePadding = other.titlePadding ?? titlePadding
        a.titleAnchor = other.titleAnchor ?? titleAnchor
        a.titleLimit = other.titleLimit ?? titleLimit
        a.tickColor = other.tickColor ?? tickColor
        a.tickWidth = other.tickWidth ?? tickWidth
        a.tickOpacity = other.tickOpacity ?? tickOpacity
        a.domainDash = other.domainDash ?? domainDash
        a.domainOpacity = other.domainOpacity ?? domainOpacity
        return a
    }
}

/// How a legend is laid out and looks (Vega-Lite's LegendConfig: `direction`, `columns`,
/// `padding`, `symbolType`, `fillColor`…), as `config.legend` or a channel's legend object
/// sets it; nil keeps the value beneath (the legend object over `config.legend` over the
/// style).
public struct LegendLook: Sendable, Hashable {
    /// `direction`: `horizontal` (entries in rows) or `vertical` (in a column).
    public var direction: String?
    /// `columns`: entries per row of a grid.
    public var columns: Int?
    /// `padding`: room inside the legend's box, around its title and entries.
    public var padding: Double?
    /// `offset`: the gap between the legend and the plot.
    public var offset: Double?
    /// `rowPadding`, `columnPadding`: gaps between rows and columns of entries.
    public var rowPadding: Double?
    public var columnPadding: Double?
    public var labelColor: ConfigColor?
    public var labelFontSize: Double?
    public var labelBold: Bool?
    public var labelOpacity: Double?
    /// `labelLimit`: the widest a label may be before it is cut short with "…".
    public var labelLimit: Double?
    /// `labelOffset`: the gap between a symbol and its label.
    public var labelOffset: Double?
    public var titleColor: ConfigColor?
    public var titleFontSize: Double?
    public var titleBold: Bool?
    public var titleOpacity: Double?
    /// `titlePadding`: the gap between the title and the entries.
    public var titlePadding: Double?
    /// `titleOrient`: `top` (above the entries) or `left` (before them).
    public var titleOrient: String?
    /// `symbolSize`: a symbol's area in square points.
    public var symbolSize: Double?
    /// `symbolType`: the symbol shape every entry takes (`circle`, `square`, `triangle-up`…).
    public var symbolType: String?
    public var symbolStrokeWidth: Double?
    public var symbolOpacity: Double?
    /// `fillColor`, `strokeColor`, `strokeWidth`, `cornerRadius`: the legend's box.
    public var fillColor: ConfigColor?
    public var strokeColor: ConfigColor?
    public var strokeWidth: Double?
    public var cornerRadius: Double?

    public init() {}

    /// Whether nothing is set.
    public var isEmpty: Bool { self == LegendLook() }

    /// This look with `other`'s set values on top.
    public func overlaid(with o: LegendLook) -> LegendLook {
        var a = self
        a.direction = o.direction ?? direction
        a.columns = o.columns ?? columns
        a.padding = o.padding ?? padding
        a.offset = o.offset ?? offset
        a.rowPadding = o.rowPadding ?? rowPadding
        a.columnPadding = o.columnPadding ?? columnPadding
        a.labelColor = o.labelColor ?? labelColor
        a.labelFontSize = o.labelFontSize ?? labelFontSize
        a.labelBold = o.labelBold ?? labelBold
        a.labelOpacity = o.labelOpacity ?? labelOpacity
        a.labelLimit = o.labelLimit ?? labelLimit
        a.labelOffset = o.labelOffset ?? labelOffset
        a.titleColor = o.titleColor ?? titleColor
        a.titleFontSize = o.titleFontSize ?? titleFontSize
        a.titleBold = o.titleBold ?? titleBold
        a.titleOpacity = o.titleOpacity ?? titleOpacity
        a.titlePadding = o.titlePadding ?? titlePadding
        a.titleOrient = o.titleOrient ?? titleOrient
        a.symbolSize = o.symbolSize ?? symbolSize
        a.symbolType = o.symbolType ?? symbolType
        a.symbolStrokeWidth = o.symbolStrokeWidth ?? symbolStrokeWidth
        a.symbolOpacity = o.symbolOpacity ?? symbolOpacity
        a.fillColor = o.fillColor ?? fillColor
        a.strokeColor = o.strokeColor ?? strokeColor
        a.strokeWidth = o.strokeWidth ?? strokeWidth
        a.cornerRadius = o.cornerRadius ?? cornerRadius
        return a
    }
}

/// How a chart's title looks as its `title` object sets it (`color`, `fontSize`,
/// `fontWeight`, `anchor`, `subtitleColor`…), over `config.title`.
public struct TitleLook: Sendable, Hashable {
    public var title = TextStyle()
    public var subtitle = TextStyle()
    /// `anchor`: `start`, `middle` or `end`.
    public var anchor: String?
    /// `align`: `left`, `center` or `right`, the text's alignment on its anchor point; read
    /// only for a concatenated view's title (drawn as its header), else named in a warning.
    public var align: String?

    public init() {}
}
