/// `config`: defaults for the whole chart. A house style (`Styles/*.json`) is a `config`
/// block too, so a style file pasted into a spec's `config` means the same thing.
///
/// The shape is Vega-Lite's `config` (`font`, `title`, `axis`, `axisX`, `axisY`, `legend`,
/// `range`, `scale`, `mark`, `bar`, `line`…, `view`, `background`, `padding`, `autosize`,
/// `locale`) plus the briefing additions: `textColor`, `mutedTextColor`, `footer`,
/// `labels`, `seriesDashes`, `separator` and `size`; a style file may also carry
/// `description` and `extends`. Values are kept as written (colours as CSS strings, with
/// where they were written); the layout stage resolves them into a theme. Every key that
/// would change the picture is either honoured or rejected by ``ConfigDecoder`` as not
/// supported, never silently ignored.
public struct Config: Sendable, Hashable {
    // MARK: Style file metadata

    /// A style's one-line description (`chartsmith styles` lists it). Changes nothing drawn.
    public var description: String?
    /// `countTitle`: the title of a count without a field (Vega-Lite's "Count of Records").
    public var countTitle: String?
    /// `extends`: the style (name or path) this one is built on; applied first.
    public var extends: Located<String>?
    /// `fonts`: font files a style (or a spec) brings, as written (relative to the file that
    /// lists them, or absolute inside the system font folder). Their families join the
    /// pinned set that every font family property chooses from.
    public var fonts: [Located<String>]?

    // MARK: The whole chart

    /// Font family (or CSS font stack) for all text unless a role sets its own.
    public var font: Located<String>?
    /// Briefing addition: the colour of text that has no role colour of its own (titles,
    /// axis labels and titles, legend, value labels, text marks).
    public var textColor: ConfigColor?
    /// Briefing addition: the quieter colour of the subtitle, source and notes.
    public var mutedTextColor: ConfigColor?
    public var background: ConfigColor?
    /// `padding` around the chart, in points.
    public var padding: Padding?
    /// `autosize` used when the spec sets none.
    public var autosize: Autosize?
    /// Locale for numbers and dates, by name: one of ``Config/knownLocales``.
    public var locale: String?
    /// `normalizedNumberFormat`: the format of a normalized stack's axis (Vega-Lite: ".0%").
    public var normalizedNumberFormat: String?
    /// Briefing addition: `size`, the canvas a chart gets when it sets no width and height
    /// (with `autosize: "fit"`): a preset name or `{"width", "height", "scale"}`.
    public var size: SizePreset?

    // MARK: Text roles

    /// `title.font`, `title.fontSize`, `title.fontWeight`, `title.color`.
    public var title = TextStyle()
    /// `title.subtitleFont`, `subtitleFontSize`, `subtitleFontWeight`, `subtitleColor`.
    public var subtitle = TextStyle()
    /// `title.anchor`: `"start"` (left-aligned), `"middle"` or `"end"`.
    public var titleAnchor: String?
    /// `axis.labelFont`, `labelFontSize`, `labelFontWeight`, `labelColor`.
    public var axisLabel = TextStyle()
    /// `axis.titleFont`, `titleFontSize`, `titleFontWeight`, `titleColor`.
    public var axisTitle = TextStyle()
    /// `legend.labelFont`, `labelFontSize`, `labelFontWeight`, `labelColor`.
    public var legendLabel = TextStyle()
    /// `legend.titleFont`, `titleFontSize`, `titleFontWeight`, `titleColor`.
    public var legendTitle = TextStyle()
    /// Briefing addition: `footer`, the source and notes lines.
    public var footer = TextStyle()
    /// Briefing addition: `labels.font`, `fontSize`, `fontWeight`: value labels and stack
    /// totals. (Their colour is the text colour, or white on dark bars.)
    public var valueLabel = TextStyle()

    // MARK: Axes, legend, view

    /// `axis`: lines of both axes.
    public var axis = AxisLines()
    /// `axis`: the per-axis settings (``AxisSwitches``) given for both axes.
    public var axisBoth = AxisSwitches()
    /// `axisX`: switches for the x axis only.
    public var axisX = AxisSwitches()
    /// `axisY`: switches for the y axis only.
    public var axisY = AxisSwitches()
    /// The side- and type-specific axis blocks (`axisLeft`, `axisBottom`, `axisBand`,
    /// `axisXQuantitative`…), by key. ``AxisBlockPrecedence`` folds the ones that apply to an
    /// axis over `axis`, in Vega-Lite's order.
    public var axisBlocks: [String: AxisSwitches] = [:]
    /// `axisY.titleAngle`: 0 sets the y-axis title horizontally above the axis; 270 (or
    /// -90) turns it up the side.
    public var yTitleAngle: Double?
    /// `legend.orient`: `top`, `bottom`, `left` or `right`.
    public var legendOrient: String?
    /// The rest of `config.legend`: layout, symbols and box (``LegendLook``).
    public var legendLook = LegendLook()
    /// `legend.disable`: true draws no legend.
    public var legendDisable: Bool?
    /// `view.continuousWidth`, `view.continuousHeight`: the plot size with `autosize: "pad"`.
    public var viewContinuousWidth: Double?
    public var viewContinuousHeight: Double?
    /// `view.step` (or `discreteWidth`/`discreteHeight` as `{"step": N}`): band step.
    public var viewStep: Double?
    /// `view.stroke`: the colour of a frame around the plot; `.some(nil)` (null,
    /// `"transparent"`) draws none.
    public var viewStroke: ConfigColor??
    /// `view.strokeWidth`: the frame's width; 0 draws none.
    public var viewStrokeWidth: Double?
    /// `view.strokeOpacity`, `view.strokeDash`: how the frame is drawn.
    public var viewStrokeOpacity: Double?
    public var viewStrokeDash: [Double]?
    /// `view.fill`: the plot area's background; `.some(nil)` (null, `"transparent"`) none.
    public var viewFill: ConfigColor??
    /// `view.fillOpacity`.
    public var viewFillOpacity: Double?

    // MARK: Colours and marks

    /// `range`: palettes.
    public var range = RangeConfig()
    /// `scale.bandPaddingInner`: gap between bars as a fraction of the band.
    public var bandPaddingInner: Double?
    /// `scale.bandPaddingOuter`.
    public var bandPaddingOuter: Double?
    /// `mark.color`: the colour of a single series.
    public var markColor: ConfigColor?
    /// `mark`: defaults for every mark type beneath `config.bar`, `config.line`… (its
    /// `color` is ``markColor``).
    public var markAll = MarkConfig()
    /// `style`: named mark styles. A mark reads the style named after its type and those
    /// in its `style` (later ones win) above `config.<mark>`, beneath its own properties.
    public var styles: [String: MarkConfig] = [:]
    /// `bar`, `line`, `area`, `point`, `rule`, `text`, `tick`, `circle`, `square`: defaults
    /// for the mark's own properties, used where the spec's mark sets none.
    public var marks: [MarkType: MarkConfig] = [:]
    /// Briefing addition: `labels.direct`, `labels.values`, `labels.totals`.
    public var directLabels: Bool?
    /// Briefing addition: `maxPieParts`, the most slices a pie or donut may have before
    /// the style check warns and suggests a bar chart (GOV.UK: a few parts only).
    public var maxPieParts: Int?
    public var valueLabels: Bool?
    public var stackTotals: Bool?
    /// Briefing addition: `seriesDashes`, dash patterns given to line series in colour
    /// order so lines differ in greyscale too; `[]` (or absent) keeps lines solid.
    public var seriesDashes: [[Double]]?
    /// Briefing addition: `separator`, the thin outline drawn between stacked segments
    /// whose colours contrast less than 3:1. `.some(nil)` (`"separator": null`) turns it off.
    public var separator: SeparatorConfig??
    /// Facet headers, and the spacing and columns of facets and concats (a spec's own
    /// `config` only: a style file naming them is an error).
    public var composition = CompositionConfig()

    public init() {}

    /// The locale names `config.locale` accepts.
    public static let knownLocales = ["en-GB", "en-US", "de-DE", "fr-FR", "es-ES"]
}

/// A colour as written (any CSS colour string), with where it was written.
public typealias ConfigColor = Located<String>

/// A value as written in a spec or style file, with its line:column and JSON path, so a
/// check made after decoding (a colour that does not parse, a contrast that fails) can
/// point at it.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value as written.
    public var value: Value
    /// Where it was written (line:column), when it came from a file.
    public var location: SourceLocation?
    /// Its JSON path (`config.title.color`).
    public var path: JSONPath?

    public init(_ value: Value, location: SourceLocation? = nil, path: JSONPath? = nil) {
        self.value = value
        self.location = location
        self.path = path
    }
}

/// Font and colour of one text role; nil keeps the value beneath.
public struct TextStyle: Sendable, Hashable {
    /// The font family or CSS font stack, with where it was written.
    public var font: Located<String>?
    public var fontSize: Double?
    /// True for bold, false for regular.
    public var bold: Bool?
    public var color: ConfigColor?

    public init(font: Located<String>? = nil, fontSize: Double? = nil, bold: Bool? = nil, color: ConfigColor? = nil) {
        self.font = font
        self.fontSize = fontSize
        self.bold = bold
        self.color = color
    }

    /// This style with `other`'s set values on top.
    public func overlaid(with other: TextStyle) -> TextStyle {
        TextStyle(font: other.font ?? font, fontSize: other.fontSize ?? fontSize,
                  bold: other.bold ?? bold, color: other.color ?? color)
    }

    /// Whether nothing is set.
    public var isEmpty: Bool { font == nil && fontSize == nil && bold == nil && color == nil }
}

/// `config.axis`: gridlines, axis lines and ticks of both axes.
public struct AxisLines: Sendable, Hashable {
    /// `grid`: false removes gridlines; true draws them along the value axis.
    public var grid: Bool?
    public var gridColor: ConfigColor?
    public var gridWidth: Double?
    public var gridDash: [Double]?
    /// `gridOpacity`, folded into the grid colour.
    public var gridOpacity: Double?
    /// `domain`: draw the axis lines.
    public var domain: Bool?
    /// `domainColor` (ticks are drawn in it too).
    public var domainColor: ConfigColor?
    public var domainWidth: Double?
    /// `ticks`: draw tick marks.
    public var ticks: Bool?

    public init() {}
}

/// `config.axisX` or `config.axisY`: what one axis draws.
public struct AxisSwitches: Sendable, Hashable {
    public var grid: Bool?
    public var domain: Bool?
    public var ticks: Bool?
    /// `labels`: `false` draws no tick labels on the axes it applies to (the axis's own
    /// `labels` wins).
    public var labels: Bool?
    /// `labelAngle`: a default angle for this axis's labels (degrees).
    public var labelAngle: Double?
    /// `title: null`: no default titles on the axes it applies to (`false`); an axis's own
    /// title (`axis.title` or the channel's `title`) is still drawn, as in Vega-Lite.
    public var defaultTitles: Bool?
    /// `labelExpr`: a default label expression (over `datum.label` and `datum.value`) for
    /// axes that set none.
    public var labelExpr: String?
    /// `labelAlign`: `left`, `center` or `right`.
    public var labelAlign: String?
    /// `labelBaseline`: `top`, `middle`, `bottom`, `alphabetic`, `line-top` or `line-bottom`.
    public var labelBaseline: String?
    /// `labelOffset`: labels moved along the axis by this many points.
    public var labelOffset: Double?
    /// `labelPadding`: the gap between tick and label (may be negative, pulling the labels
    /// in beside long ticks).
    public var labelPadding: Double?
    /// `tickSize`: tick length in points.
    public var tickSize: Double?
    /// `labelFlush`: end labels set flush with the scale's range (nil: the style's rule).
    public var labelFlush: LabelFlush?
    /// `labelFlushOffset`: flush labels moved outward by this many points.
    public var labelFlushOffset: Double?
    /// `gridDash`, `tickDash`: dash patterns, possibly conditional on the tick.
    public var gridDash: AxisDash?
    public var tickDash: AxisDash?
    /// `gridColor`, `gridWidth`, `gridOpacity`: this axis's gridlines, over `config.axis`.
    public var gridColor: ConfigColor?
    public var gridWidth: Double?
    public var gridOpacity: Double?
    /// `domainColor`, `domainWidth`: this axis's line (and ticks), over `config.axis`.
    public var domainColor: ConfigColor?
    public var domainWidth: Double?
    /// Label, title, tick and axis-line looks (``AxisLook``).
    public var look = AxisLook()
    /// Looks given as conditions on the tick (``AxisTickLooks``).
    public var tickLooks = AxisTickLooks()

    public init(grid: Bool? = nil, domain: Bool? = nil, ticks: Bool? = nil, labelAngle: Double? = nil) {
        self.grid = grid
        self.domain = domain
        self.ticks = ticks
        self.labelAngle = labelAngle
    }

    /// These switches with `other`'s set values on top.
    public func overlaid(with other: AxisSwitches) -> AxisSwitches {
        var a = self
        a.grid = other.grid ?? grid
        a.domain = other.domain ?? domain
        a.ticks = other.ticks ?? ticks
        a.labels = other.labels ?? labels
        a.defaultTitles = other.defaultTitles ?? defaultTitles
        a.labelAngle = other.labelAngle ?? labelAngle
        a.labelExpr = other.labelExpr ?? labelExpr
        a.labelAlign = other.labelAlign ?? labelAlign
        a.labelBaseline = other.labelBaseline ?? labelBaseline
        a.labelOffset = other.labelOffset ?? labelOffset
        a.labelPadding = other.labelPadding ?? labelPadding
        a.tickSize = other.tickSize ?? tickSize
        a.labelFlush = other.labelFlush ?? labelFlush
        a.labelFlushOffset = other.labelFlushOffset ?? labelFlushOffset
        a.gridDash = other.gridDash ?? gridDash
        a.tickDash = other.tickDash ?? tickDash
        a.gridColor = other.gridColor ?? gridColor
        a.gridWidth = other.gridWidth ?? gridWidth
        a.gridOpacity = other.gridOpacity ?? gridOpacity
        a.domainColor = other.domainColor ?? domainColor
        a.domainWidth = other.domainWidth ?? domainWidth
        a.look = look.overlaid(with: other.look)
        a.tickLooks = tickLooks.overlaid(with: other.tickLooks)
        return a
    }
}

/// An axis's `labelFlush`, as Vega reads it: `false` sets no label flush; `true` (a
/// threshold of 1) or a number sets a label flush with the range's end when its tick lies
/// within that many points of it (left- or right-aligned on an x axis, top or bottom
/// baseline on a y axis).
public enum LabelFlush: Sendable, Hashable {
    case off
    case within(Double)

    /// The threshold in points, or nil when off.
    public var threshold: Double? {
        if case .within(let t) = self { return t }
        return nil
    }
}

/// A dash pattern for gridlines or ticks: `value`, or per tick the first `conditions`
/// entry whose test the tick passes (`{"condition": {"test": ..., "value": [...]},
/// "value": [...]}`), the tick read as a row with `value` (its value; a date on a time
/// axis) and `label`.
public struct AxisDash: Sendable, Hashable {
    public struct Condition: Sendable, Hashable {
        public var test: FilterPredicate
        public var value: [Double]
        public init(test: FilterPredicate, value: [Double]) {
            self.test = test
            self.value = value
        }
    }

    public var conditions: [Condition]
    public var value: [Double]

    public init(conditions: [Condition] = [], value: [Double] = []) {
        self.conditions = conditions
        self.value = value
    }
}

/// `config.range`: the palettes.
public struct RangeConfig: Sendable, Hashable {
    /// `category`: colours for nominal series, in order.
    public var category: [ConfigColor]?
    /// `ordinal`: the ramp ordinal series are spread along.
    public var ordinal: [ConfigColor]?
    /// `ramp`: the ramp for quantitative colour.
    public var ramp: [ConfigColor]?
    /// `diverging`: low–middle–high colours for values either side of a midpoint.
    public var diverging: [ConfigColor]?
    /// `heatmap`: the ramp for quantitative colour on rect-like marks; Chartsmith's bars
    /// and marks read it as `ramp` when no `ramp` is given.
    public var heatmap: [ConfigColor]?
    /// `heatmap` given as a named scheme (`{"scheme": "greenblue"}`): that scheme's ramp.
    public var heatmapScheme: String?

    public init() {}
}

/// Defaults for one mark type's own properties (`config.bar`, `config.line`, …).
public struct MarkConfig: Sendable, Hashable {
    public var color: ConfigColor?
    public var fill: ConfigColor?
    public var opacity: Double?
    public var fillOpacity: Double?
    public var strokeWidth: Double?
    public var strokeDash: [Double]?
    public var interpolate: Interpolate?
    public var cornerRadius: Double?
    public var cornerRadiusEnd: Double?
    public var size: Double?
    public var filled: Bool?
    public var fontSize: Double?
    /// `"bold"` or `"normal"`.
    public var fontWeight: String?
    /// `font`: the family (or CSS stack) of text marks.
    public var font: Located<String>?
    public var thickness: Double?
    public var stroke: ConfigColor?
    public var strokeOpacity: Double?
    public var cornerRadiusTopLeft: Double?
    public var cornerRadiusTopRight: Double?
    public var cornerRadiusBottomLeft: Double?
    public var cornerRadiusBottomRight: Double?
    public var binSpacing: Double?
    /// Text marks: `align`, `baseline`, `dx`, `dy`.
    public var align: String?
    public var baseline: String?
    public var dx: Double?
    public var dy: Double?
    /// `invalid`, as ``MarkSpec/invalidFilter``: `.some(nil)` is Vega-Lite's default
    /// (break paths), `.some(true)` filter, `.some(false)` show (null).
    public var invalidFilter: Bool??
    /// `point` on lines and areas: overlay points unless the mark says otherwise.
    public var point: Bool?
    /// Text marks: `fontStyle` (italic), `lineBreak`, `lineHeight`; lines and areas:
    /// `order` (false: data order), as ``MarkSpec``'s.
    public var italic: Bool?
    public var lineBreak: String?
    public var lineHeight: Double?
    public var order: Bool?

    public init() {}

    /// `mark` with every property it leaves unset taken from these defaults.
    public func filling(_ mark: MarkSpec) -> MarkSpec {
        var m = mark
        if m.color == nil && m.fill == nil {
            m.color = color?.value
            m.fill = fill?.value
        }
        m.opacity = m.opacity ?? opacity
        m.fillOpacity = m.fillOpacity ?? fillOpacity
        m.strokeWidth = m.strokeWidth ?? strokeWidth
        m.strokeDash = m.strokeDash ?? strokeDash
        m.interpolate = m.interpolate ?? interpolate
        m.cornerRadius = m.cornerRadius ?? cornerRadius
        m.cornerRadiusEnd = m.cornerRadiusEnd ?? cornerRadiusEnd
        m.size = m.size ?? size
        m.filled = m.filled ?? filled
        m.fontSize = m.fontSize ?? fontSize
        m.fontWeight = m.fontWeight ?? fontWeight
        m.font = m.font ?? font
        m.thickness = m.thickness ?? thickness
        if m.stroke == nil { m.stroke = stroke?.value }
        m.strokeOpacity = m.strokeOpacity ?? strokeOpacity
        m.cornerRadiusTopLeft = m.cornerRadiusTopLeft ?? cornerRadiusTopLeft
        m.cornerRadiusTopRight = m.cornerRadiusTopRight ?? cornerRadiusTopRight
        m.cornerRadiusBottomLeft = m.cornerRadiusBottomLeft ?? cornerRadiusBottomLeft
        m.cornerRadiusBottomRight = m.cornerRadiusBottomRight ?? cornerRadiusBottomRight
        m.binSpacing = m.binSpacing ?? binSpacing
        if m.expressions["align"] == nil { m.align = m.align ?? align }
        if m.expressions["baseline"] == nil { m.baseline = m.baseline ?? baseline }
        if m.expressions["dx"] == nil { m.dx = m.dx ?? dx }
        if m.expressions["dy"] == nil { m.dy = m.dy ?? dy }
        // (A mark that spells out Vega-Lite's default, "break-paths-…", reads as unset.)
        if m.invalidFilter == nil, let inv = invalidFilter { m.invalidFilter = inv }
        if !m.pointExplicit, let p = point { m.point = p }
        m.italic = m.italic ?? italic
        m.lineBreak = m.lineBreak ?? lineBreak.flatMap { $0.isEmpty ? nil : $0 }
        m.lineHeight = m.lineHeight ?? lineHeight
        m.order = m.order ?? order
        return m
    }

    /// These defaults with `other`'s set properties on top.
    public func overlaid(with other: MarkConfig) -> MarkConfig {
        var m = self
        m.color = other.color ?? color
        m.fill = other.fill ?? fill
        m.opacity = other.opacity ?? opacity
        m.fillOpacity = other.fillOpacity ?? fillOpacity
        m.strokeWidth = other.strokeWidth ?? strokeWidth
        m.strokeDash = other.strokeDash ?? strokeDash
        m.interpolate = other.interpolate ?? interpolate
        m.cornerRadius = other.cornerRadius ?? cornerRadius
        m.cornerRadiusEnd = other.cornerRadiusEnd ?? cornerRadiusEnd
        m.size = other.size ?? size
        m.filled = other.filled ?? filled
        m.fontSize = other.fontSize ?? fontSize
        m.fontWeight = other.fontWeight ?? fontWeight
        m.font = other.font ?? font
        m.thickness = other.thickness ?? thickness
        m.stroke = other.stroke ?? stroke
        m.strokeOpacity = other.strokeOpacity ?? strokeOpacity
        m.cornerRadiusTopLeft = other.cornerRadiusTopLeft ?? cornerRadiusTopLeft
        m.cornerRadiusTopRight = other.cornerRadiusTopRight ?? cornerRadiusTopRight
        m.cornerRadiusBottomLeft = other.cornerRadiusBottomLeft ?? cornerRadiusBottomLeft
        m.cornerRadiusBottomRight = other.cornerRadiusBottomRight ?? cornerRadiusBottomRight
        m.binSpacing = other.binSpacing ?? binSpacing
        m.align = other.align ?? align
        m.baseline = other.baseline ?? baseline
        m.dx = other.dx ?? dx
        m.dy = other.dy ?? dy
        m.invalidFilter = other.invalidFilter ?? invalidFilter
        m.point = other.point ?? point
        m.italic = other.italic ?? italic
        m.lineBreak = other.lineBreak ?? lineBreak
        m.lineHeight = other.lineHeight ?? lineHeight
        m.order = other.order ?? order
        return m
    }

    /// Whether no property is set.
    public var isEmpty: Bool { self == MarkConfig() }
}

/// Briefing addition `separator`: the outline between stacked segments.
public struct SeparatorConfig: Sendable, Hashable {
    /// A CSS colour, or nil for the chart's background colour.
    public var color: ConfigColor?
    public var width: Double

    public init(color: ConfigColor? = nil, width: Double = 1) {
        self.color = color
        self.width = width
    }
}
