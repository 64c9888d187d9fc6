import ChartsmithFormat

/// A data transform from the spec's `transform` list.
public enum Transform: Sendable, Hashable {
    /// `filter`: an expression string or a field predicate.
    case filter(FilterPredicate)
    /// `calculate` an expression `as` a new field.
    case calculate(expression: String, as: String)
    /// `fold` fields into key/value rows.
    case fold(fields: [String], keyAs: String, valueAs: String)
    /// `aggregate` rows `groupby` fields.
    case aggregate(ops: [AggregateField], groupby: [String])
    /// `joinaggregate`: aggregate values joined back onto every row.
    case joinaggregate(ops: [AggregateField], groupby: [String])
    /// `window` operations over sorted, grouped rows.
    case window(ops: [WindowField], sort: [SortField], groupby: [String], frame: [Double?]?)
    /// `timeUnit` applied to a field `as` a new field.
    case timeUnit(TimeUnit, field: String, as: String)
    /// `bin` a field into `as` (bin start) and `as[1]` or `<as>_end` (bin end).
    case bin(BinSpec, field: String, as: String, end: String)
    /// `stack` a field within `groupby` groups, ordered by `sort`, into `as` (start, end).
    case stack(field: String, groupby: [String], offset: StackMode, sort: [SortField], start: String, end: String)
    /// `pivot` a field's values into fields (see ``PivotSpec``).
    case pivot(PivotSpec)
    /// `density`: kernel density estimates (see ``DensitySpec``).
    case density(DensitySpec)
    /// `lookup` fields from a secondary data source (see ``LookupSpec``).
    case lookup(LookupSpec)
    /// `regression`: a fitted trend line, or its coefficients (see ``RegressionSpec``).
    case regression(RegressionSpec)
    /// `loess`: a locally weighted smoothing (see ``LoessSpec``).
    case loess(LoessSpec)
    /// `quantile`: sample quantiles of a field (see ``QuantileSpec``).
    case quantile(QuantileSpec)
    /// `flatten` array-valued fields into a row per element, named `as` (default: the fields).
    case flatten(fields: [String], as: [String])
    /// `sample` at most this many rows, by Vega's reservoir sampling with a seeded generator.
    case sample(Int)
    /// `extent`: sets the parameter `param` to the field's `[min, max]`. It leaves the rows
    /// as they are; a use of the parameter is refused when the spec is decoded (see
    /// `ParamScope.dataParams`).
    case extent(field: String, param: String)
}

/// One `aggregate` entry: `{op, field, as}`.
public struct AggregateField: Sendable, Hashable {
    public var op: AggregateOp
    public var field: String?
    public var outputName: String

    public init(op: AggregateOp, field: String?, as outputName: String) {
        self.op = op
        self.field = field
        self.outputName = outputName
    }
}

/// One `window` entry: `{op, field, as}`.
public struct WindowField: Sendable, Hashable {
    public var op: String
    public var field: String?
    public var outputName: String
    /// The `impute` transform, carried as a window operation (`op` is `"impute"`): it
    /// works on groups of rows like a window and adds no other field.
    public var impute: ImputeSpec?

    public init(op: String, field: String?, as outputName: String) {
        self.op = op
        self.field = field
        self.outputName = outputName
    }
}

/// A `{field, order}` sort key.
public struct SortField: Sendable, Hashable {
    public var field: String
    public var descending: Bool

    public init(field: String, descending: Bool) {
        self.field = field
        self.descending = descending
    }
}

/// A `filter` predicate (also the `test` of a channel condition).
///
/// Values are kept as written: numbers, strings, or date-time objects
/// (`{"year": 2005, "month": 1}`), which the data stage reads in UTC.
public indirect enum FilterPredicate: Sendable, Hashable {
    case expression(String)
    case equal(field: String, value: InlineValue)
    case oneOf(field: String, values: [InlineValue])
    case range(field: String, min: InlineValue?, max: InlineValue?)
    case lt(field: String, InlineValue), lte(field: String, InlineValue)
    case gt(field: String, InlineValue), gte(field: String, InlineValue)
    case valid(field: String, Bool)
    /// A field predicate whose field is floored to a time unit before the test.
    case timeUnit(TimeUnit, FilterPredicate)
    case and([FilterPredicate]), or([FilterPredicate]), not(FilterPredicate)
    /// A test every row passes (`true`) or fails: what a selection in its initial, empty
    /// state gives (`{"param": "brush"}` passes every row; with `"empty": false`, none).
    case constant(Bool)
}

/// A Vega-Lite date-time object (`{"year": 2005, "month": 1, "date": 15}`), read in UTC.
public enum DateTimeObject {
    package static let keys: Set<String> = ["year", "quarter", "month", "date", "day", "hours", "minutes", "seconds",
                                    "milliseconds", "utc"]
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// Whether an object is a date-time (all its keys are date-time fields).
    public static func isDateTime(_ v: InlineValue) -> Bool {
        guard case .object(let o, _) = v, !o.isEmpty else { return false }
        return o.keys.allSatisfy(keys.contains)
    }

    /// Milliseconds since the epoch (UTC) of a date-time object; nil when it is not one.
    /// Missing fields default as Vega-Lite's: year 2012, January, the 1st, midnight.
    public static func milliseconds(_ v: InlineValue) -> Double? {
        guard isDateTime(v), case .object(let o, _) = v else { return nil }
        func num(_ k: String) -> Double? { if case .number(let n) = o[k] { return n } else { return nil } }
        let year = num("year") ?? 2012
        var month = 0.0
        if let m = num("month") { month = m - 1 }
        else if case .string(let s) = o["month"], let i = months.firstIndex(of: String(s.lowercased().prefix(3))) { month = Double(i) }
        else if let q = num("quarter") { month = (q - 1) * 3 }
        var date = num("date") ?? 1
        if let d = num("day") { date = 1 + d }
        else if case .string(let s) = o["day"], let i = days.firstIndex(of: String(s.lowercased().prefix(3))) { date = 1 + Double(i) }
        // Years beyond JavaScript's date range (±275,760) are invalid dates.
        guard year.isFinite, month.isFinite, abs(year) <= 300_000, abs(month) <= 1_000_000 else { return nil }
        let days = daysFromCivil(Int(year), Int(month))
        return (Double(days) + date - 1) * 86_400_000 + (num("hours") ?? 0) * 3_600_000
            + (num("minutes") ?? 0) * 60_000 + (num("seconds") ?? 0) * 1000 + (num("milliseconds") ?? 0)
    }

    /// Days from 1970-01-01 to the first of a month (0-based month, which may overflow).
    static func daysFromCivil(_ y0: Int, _ m0: Int) -> Int {
        let y = y0 + (m0 >= 0 ? m0 / 12 : (m0 - 11) / 12)
        let m = ((m0 % 12) + 12) % 12 + 1
        return Int(UTCCalendar.daysFromCivil(year: Int64(y), month: Int64(m), day: 1))
    }
}
