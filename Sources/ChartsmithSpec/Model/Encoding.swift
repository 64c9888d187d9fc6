/// The measurement type of a field, as Vega-Lite names it.
public enum FieldType: String, Sendable, Hashable, CaseIterable {
    case quantitative, temporal, ordinal, nominal
}

/// `aggregate` operations.
public enum AggregateOp: String, Sendable, Hashable, CaseIterable {
    case count, valid, missing, distinct, sum, mean, average, median, min, max, q1, q3, stdev, variance
    case argmin, argmax
    /// The standard error of the mean, and the bounds of a bootstrap 95% confidence interval
    /// of the mean (see `BootstrapCI` in the data stage).
    case stderr, ci0, ci1
}

/// A `timeUnit`: an ordered set of calendar fields (`yearmonth`, `monthdate`, `hours`...),
/// optionally in UTC. Chartsmith reads every date in UTC, so `utcmonth` and `month` floor
/// the same way; the prefix is kept only so titles read as written.
public struct TimeUnit: RawRepresentable, Sendable, Hashable, CaseIterable {
    /// The calendar fields Vega-Lite combines into time units, in its order.
    public enum Component: String, Sendable, Hashable, CaseIterable {
        case year, quarter, month, week, day, dayofyear, date, hours, minutes, seconds, milliseconds
    }

    /// The fields, in Vega-Lite's order.
    public let components: [Component]
    /// Whether the unit was written with the `utc` prefix.
    public let utc: Bool
    /// `{"unit": ..., "step": n}`: bins of `n` of the finest field (5-minute bins for
    /// `minutes` with step 5); 1 for plain units.
    public var step: Int = 1

    /// The unit's name as Vega-Lite writes it (`"yearmonth"`, `"utcmonthdate"`).
    public var rawValue: String { (utc ? "utc" : "") + components.map(\.rawValue).joined() }

    /// The name without a `utc` prefix.
    public var name: String { components.map(\.rawValue).joined() }

    /// Parses a name such as `yearmonthdate` or `utchoursminutes`; nil when it is not a
    /// combination of calendar fields in Vega-Lite's order.
    public init?(rawValue: String) {
        var rest = Substring(rawValue)
        let utc = rest.hasPrefix("utc")
        if utc { rest = rest.dropFirst(3) }
        var parts: [Component] = []
        var last = -1
        while !rest.isEmpty {
            // Longest match first ("dayofyear" before "day", "milliseconds" before "minutes").
            guard let (i, c) = Component.allCases.enumerated()
                .filter({ rest.hasPrefix($0.element.rawValue) })
                .max(by: { $0.element.rawValue.count < $1.element.rawValue.count }),
                  i > last else { return nil }
            parts.append(c)
            last = i
            rest = rest.dropFirst(c.rawValue.count)
        }
        guard !parts.isEmpty else { return nil }
        self.components = parts
        self.utc = utc
    }

    public init(_ components: [Component], utc: Bool = false) {
        self.components = components
        self.utc = utc
    }

    public func contains(_ c: Component) -> Bool { components.contains(c) }

    /// The units Vega-Lite documents, for suggestions.
    public static let allCases: [TimeUnit] = [
        "year", "quarter", "month", "week", "day", "dayofyear", "date", "hours", "minutes", "seconds",
        "milliseconds", "yearquarter", "yearquartermonth", "yearmonth", "yearmonthdate", "yearmonthdatehours",
        "yearmonthdatehoursminutes", "yearmonthdatehoursminutesseconds", "yearweek", "yearweekday",
        "yearweekdayhours", "yearweekdayhoursminutes", "yearweekdayhoursminutesseconds", "yeardayofyear",
        "quartermonth", "monthdate", "monthdatehours", "monthdatehoursminutes", "monthdatehoursminutesseconds",
        "weekday", "weekdayhours", "weekdayhoursminutes", "weekdayhoursminutesseconds", "dayhours",
        "dayhoursminutes", "dayhoursminutesseconds", "hoursminutes", "hoursminutesseconds", "minutesseconds",
        "secondsmilliseconds",
    ].map { TimeUnit(rawValue: $0)! }

    public static let year = TimeUnit([.year])
    public static let quarter = TimeUnit([.quarter])
    public static let month = TimeUnit([.month])
    public static let date = TimeUnit([.date])
    public static let day = TimeUnit([.day])
    public static let hours = TimeUnit([.hours])
    public static let yearmonth = TimeUnit([.year, .month])
    public static let yearmonthdate = TimeUnit([.year, .month, .date])
    public static let monthdate = TimeUnit([.month, .date])
}

/// `stack` on a channel.
public enum StackMode: String, Sendable, Hashable, CaseIterable {
    case zero, normalize, center
    /// `null` or `false`: no stacking.
    case none
}

/// `sort` on a channel.
public enum SortSpec: Sendable, Hashable {
    case ascending
    case descending
    /// No sorting: data order.
    case none
    /// An explicit order of values.
    case values([InlineValue])
    /// `"x"`, `"-y"`: by the value of another encoding channel.
    case byChannel(String, descending: Bool)
    /// `{op, field, order}`: by an aggregate of another field.
    case byField(field: String?, op: AggregateOp?, descending: Bool)
}

/// `scale` on a channel.
public struct ScaleSpec: Sendable, Hashable {
    public enum ScaleType: String, Sendable, Hashable, CaseIterable {
        case linear, log, pow, sqrt, symlog, time, utc, band, point, ordinal
        /// Vega's discretizing scales (d3-scale's): a continuous domain cut into as many
        /// equal parts as the range has values, at the data's quantiles, or at given thresholds.
        case quantize, quantile, threshold

        /// Whether the scale cuts a continuous domain into the range's discrete values.
        public var isDiscretizing: Bool { self == .quantize || self == .quantile || self == .threshold }
    }
    public var type: ScaleType?
    public var domain: [InlineValue]?
    /// `domain: {"unionWith": [...]}`: values joined to the data's own domain (a discrete
    /// scale lists them first, then the data's; a continuous one spans both).
    public var domainUnion: [InlineValue]?
    public var domainMin: Double?
    public var domainMax: Double?
    public var range: [InlineValue]?
    public var scheme: String?
    /// `scheme: {"extent": [a, b]}`: the part of a continuous scheme to use.
    public var schemeExtent: [Double]?
    /// `scheme: {"count": n}`: how many colours to take from a continuous scheme.
    public var schemeCount: Int?
    public var zero: Bool?
    public var nice: Bool?
    /// `nice: 5`: nice the domain for about this many ticks.
    public var niceCount: Double?
    /// `nice: "month"`: nice a time domain to boundaries of this interval.
    public var niceInterval: String?
    public var padding: Double?
    public var paddingInner: Double?
    public var paddingOuter: Double?
    public var reverse: Bool?
    /// `clamp`: values beyond the domain are drawn at its nearer end.
    public var clamp: Bool?
    /// `interpolate`: the colour space a continuous colour scale blends in (`"hcl"`, `"rgb"`…).
    public var interpolate: String?
    /// `interpolate: {"type": …, "gamma": g}`: the gamma of an `rgb` or `cubehelix` blend.
    public var interpolateGamma: Double?
    public var exponent: Double?
    public var base: Double?
    /// `constant` of a symlog scale.
    public var constant: Double?
    /// `domainMid` of a diverging scale.
    public var domainMid: Double?
    /// `rangeMin`/`rangeMax` of the `radius` channel's scale, in points from the centre.
    public var rangeMin: Double?
    public var rangeMax: Double?

    public init() {}
}

/// `axis` on a channel (`null` disables the axis).
public struct AxisSpec: Sendable, Hashable {
    public var disabled: Bool = false
    /// `labelFont`: the family (or CSS stack) of this axis's labels, over the style's.
    public var labelFont: Located<String>?
    /// `titleFont`: the family (or CSS stack) of this axis's title, over the style's.
    public var titleFont: Located<String>?
    /// `title`: nil when unset, `.some(nil)` when set to `null`.
    public var title: String??
    /// `title` given as an array of lines: drawn one a line (``title`` joins them).
    public var titleLines: [String]?
    public var format: String?
    public var formatType: String?
    public var labelAngle: Double?
    public var tickCount: Double?
    public var grid: Bool?
    public var domain: Bool?
    public var ticks: Bool?
    public var labels: Bool?
    public var orient: String?
    public var values: [InlineValue]?
    public var labelLimit: Double?
    /// `labelExpr`: an expression over `datum.label` and `datum.value` giving each label.
    public var labelExpr: String?
    /// `labelOverlap`: how labels that would overlap are dropped; nil for Vega-Lite's default.
    public var labelOverlap: LabelOverlap?
    /// `labelSeparation`: the least room, in points, kept between two labels.
    public var labelSeparation: Double?
    /// `tickMinStep`: the smallest step between ticks, in data units.
    public var tickMinStep: Double?
    /// `offset`: how far, in points, the axis (its line, ticks, labels and title) stands off
    /// the plot, outwards.
    public var offset: Double?
    /// The axis's own label, tick, grid and line settings, over the config's.
    public var overrides = AxisSwitches()

    public init() {}
}

/// An axis's `labelOverlap` strategy, as Vega names them.
public enum LabelOverlap: String, Sendable, Hashable {
    /// `false`: every label is drawn, overlapping or not.
    case none
    /// `true` or `"parity"`: every other label is dropped until none overlap.
    case parity
    /// `"greedy"`: a label that overlaps the last one kept is dropped.
    case greedy
}

/// `legend` on a channel (`null` disables the legend).
public struct LegendSpec: Sendable, Hashable {
    public var disabled: Bool = false
    public var title: String??
    public var orient: String?
    public var direction: String?
    public var format: String?
    public var formatType: String?
    /// The legend's own layout and look, over `config.legend`'s.
    public var look = LegendLook()
    /// `labelFont`: the family (or CSS stack) of the legend's labels, over the style's.
    public var labelFont: Located<String>?
    /// `titleFont`: the family (or CSS stack) of the legend's title, over the style's.
    public var titleFont: Located<String>?
    /// `gradientLength` and `gradientThickness`: a gradient legend's bar, in points.
    public var gradientLength: Double?
    public var gradientThickness: Double?
    /// `values`: the entries shown, in this order (a legend of swatches), or the values
    /// labelled along the bar (a gradient legend), instead of the scale's own.
    public var values: [InlineValue]?
    /// `labelExpr`: each entry's label from `datum.label` (its default text) and
    /// `datum.value` (its data value).
    public var labelExpr: String?
    /// `tickCount`: about how many values a continuous legend labels (5 by default).
    public var tickCount: Double?

    public init() {}
}

/// One encoding channel: a field with its type and how it is scaled, or a constant.
public struct ChannelDef: Sendable, Hashable {
    public var field: String?
    public var type: FieldType?
    public var aggregate: AggregateOp?
    public var timeUnit: TimeUnit?
    /// `timeUnit: "binnedyearmonth"` (or `{"binned": true}`): the field already holds
    /// floored times; draw them as bands of the unit.
    public var timeUnitBinned: Bool = false
    /// `aggregate: {"argmax": "field"}`: the field whose extreme picks the row
    /// (`aggregate` is then `.argmin` or `.argmax`).
    public var argField: String?
    /// `condition`: values that apply to rows passing a test, first match wins; the
    /// definition's own `value` or field applies to the rest.
    public var conditions: [ChannelCondition] = []
    /// A conditional field (`{"condition": {"param": ..., "field": ...}, "value": ...}`):
    /// rows passing this test take the field's scale, the others the definition's `value`.
    public var fieldTest: FilterPredicate?
    /// `impute`: fill in the missing values of this field for every key.
    public var impute: ImputeSpec? {
        _read { yield imputeStore.value }
        set { imputeStore = OutOfLine(newValue) }
    }
    private var imputeStore = ChannelDef.noImpute
    private static let noImpute = OutOfLine<ImputeSpec?>(nil)
    public var title: String??
    /// `title` given as an array of lines: an axis draws them one a line (``title`` joins them).
    public var titleLines: [String]?
    public var sort: SortSpec?
    public var stack: StackMode?
    public var scale: ScaleSpec? {
        _read { yield scaleStore.value }
        set { scaleStore = OutOfLine(newValue) }
    }
    private var scaleStore = ChannelDef.noScale
    private static let noScale = OutOfLine<ScaleSpec?>(nil)
    /// `scale: null`: use the data values as they are (colours, for instance).
    public var scaleDisabled: Bool = false
    public var axis: AxisSpec? {
        _read { yield axisStore.value }
        set { axisStore = OutOfLine(newValue) }
    }
    private var axisStore = ChannelDef.noAxis
    private static let noAxis = OutOfLine<AxisSpec?>(nil)
    public var legend: LegendSpec? {
        _read { yield legendStore.value }
        set { legendStore = OutOfLine(newValue) }
    }
    private var legendStore = ChannelDef.noLegend
    private static let noLegend = OutOfLine<LegendSpec?>(nil)
    public var format: String?
    public var formatType: String?
    /// `value`: a constant for the channel.
    public var value: InlineValue?
    /// `datum`: a data-space constant (e.g. a rule at y = 1000).
    public var datum: InlineValue?
    /// `bin`: `true` or `{maxbins}`.
    public var bin: BinSpec? {
        _read { yield binStore.value }
        set { binStore = OutOfLine(newValue) }
    }
    private var binStore = ChannelDef.noBin
    private static let noBin = OutOfLine<BinSpec?>(nil)
    /// `bandPosition` for temporal bands.
    public var bandPosition: Double?
    /// Where the definition was written, for messages about it after layers merge.
    public var location: SourceLocation?
    public var path: JSONPath?

    public init(field: String? = nil, type: FieldType? = nil) {
        self.field = field
        self.type = type
    }
}

/// One `condition` of a channel: a test on the row and the value it gives.
public struct ChannelCondition: Sendable, Hashable {
    public var test: FilterPredicate
    public var value: InlineValue

    public init(test: FilterPredicate, value: InlineValue) {
        self.test = test
        self.value = value
    }
}

/// `bin` parameters, with Vega's names and meanings (vega-statistics `bin`).
public struct BinSpec: Sendable, Hashable {
    public var maxbins: Double?
    public var step: Double?
    public var extent: [Double]?
    /// A value a bin boundary must fall on: the bins shift by less than a step to meet it.
    public var anchor: Double?
    /// The number base of the step search (Vega's default 10).
    public var base: Double?
    /// The factors the step search may divide a step by (Vega's default [5, 2]).
    public var divide: [Double]?
    /// The smallest step the search may choose.
    public var minstep: Double?
    /// `nice: false` starts the bins at the extent's minimum instead of a multiple of the step.
    public var nice: Bool?
    /// The steps the search chooses from, instead of powers of the base.
    public var steps: [Double]?
    /// `bin: "binned"`: the data is binned already.
    public var binned: Bool = false

    public init() {}
}

/// The encoding channels Chartsmith understands.
public enum Channel: String, Sendable, Hashable, CaseIterable {
    case x, y, x2, y2, color, fill, stroke, opacity, fillOpacity, strokeOpacity, strokeWidth
    case strokeDash, size, shape, detail, order, xOffset, yOffset, text, tooltip, href, description
    case theta, radius, theta2, radius2, latitude, longitude, row, column, facet, url, key, angle, xError, yError
}

/// `encoding`: channel → definition (`detail`, `tooltip` and `order` may be lists).
public struct Encoding: Sendable, Hashable {
    public var channels: [Channel: [ChannelDef]]

    public init(channels: [Channel: [ChannelDef]] = [:]) {
        self.channels = channels
    }

    /// The (first) definition of a channel.
    public subscript(_ channel: Channel) -> ChannelDef? {
        get { channels[channel]?.first }
        set { channels[channel] = newValue.map { [$0] } }
    }

    /// The channel's ``ChannelDef/outputField``, read in place: the subscript copies a whole
    /// definition out (kilobytes) to read one string, on every mark of every row.
    public func outputField(_ channel: Channel) -> String? {
        guard let defs = channels[channel], !defs.isEmpty else { return nil }
        return defs[0].outputField
    }

    /// This encoding with `parent`'s channels filled in, as Vega-Lite merges a layer's
    /// encoding with its parent's: a channel only the parent sets is inherited; a field or
    /// datum definition in both takes the parent's properties it does not set itself
    /// (`{"type": "quantitative", "axis": {...}}` above, `{"field": "a"}` in a layer).
    public func inheriting(from parent: Encoding) -> Encoding {
        var merged = parent.channels
        for (k, v) in channels {
            if let p = parent.channels[k], p.count == 1, v.count == 1 {
                merged[k] = [v[0].merged(over: p[0])]
            } else {
                merged[k] = v
            }
        }
        return Encoding(channels: merged)
    }
}

extension ChannelDef {
    /// Whether the definition gives the channel something to show.
    public var isComplete: Bool { field != nil || value != nil || datum != nil || aggregate == .count || !conditions.isEmpty }

    /// This definition with the properties it leaves unset taken from `parent`, when it is
    /// a field or datum definition (a value definition replaces the parent's).
    public func merged(over parent: ChannelDef) -> ChannelDef {
        guard field != nil || datum != nil || (value == nil && parent.value == nil) else { return self }
        var m = self
        m.field = field ?? parent.field
        m.type = type ?? parent.type
        m.aggregate = aggregate ?? parent.aggregate
        m.argField = argField ?? parent.argField
        if timeUnit == nil { m.timeUnit = parent.timeUnit; m.timeUnitBinned = parent.timeUnitBinned }
        if conditions.isEmpty { m.conditions = parent.conditions }
        m.impute = impute ?? parent.impute
        // The lines of an array title go with the title they were written with.
        if title == nil { m.title = parent.title; m.titleLines = parent.titleLines }
        m.sort = sort ?? parent.sort
        m.stack = stack ?? parent.stack
        if scale == nil && !scaleDisabled { m.scale = parent.scale; m.scaleDisabled = parent.scaleDisabled }
        m.axis = axis ?? parent.axis
        m.legend = legend ?? parent.legend
        m.format = format ?? parent.format
        m.formatType = formatType ?? parent.formatType
        m.datum = datum ?? parent.datum
        m.bin = bin ?? parent.bin
        m.bandPosition = bandPosition ?? parent.bandPosition
        m.location = location ?? parent.location
        m.path = path ?? parent.path
        return m
    }
}
