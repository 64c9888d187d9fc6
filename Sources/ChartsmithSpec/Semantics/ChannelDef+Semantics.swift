extension ChannelDef {
    /// The measurement type, inferred as Vega-Lite 5 infers it when `type` is omitted
    /// (`defaultType`): nominal for `strokeDash`; ordinal with an array `sort`; temporal with
    /// a `timeUnit`; quantitative with `bin` or an `aggregate` other than argmin/argmax; by the
    /// scale type when one is given; for a `datum`, by its value; nominal otherwise.
    public func effectiveType(for channel: Channel) -> FieldType {
        if let type { return type }
        if channel == .strokeDash || channel == .shape { return .nominal }
        if field == nil, let datum {
            switch datum {
            case .number: return .quantitative
            case .object: return .temporal
            default: return .nominal
            }
        }
        if case .values? = sort { return .ordinal }
        if timeUnit != nil { return .temporal }
        if bin != nil { return .quantitative }
        if let a = aggregate, a != .argmin, a != .argmax { return .quantitative }
        if let t = scale?.type {
            switch t {
            case .linear, .log, .pow, .sqrt, .symlog, .quantize, .quantile, .threshold: return .quantitative
            case .time, .utc: return .temporal
            case .band, .point, .ordinal: return .nominal
            }
        }
        return .nominal
    }

    /// The name of the field this channel reads after aggregation, time units and binning,
    /// as Vega-Lite names it (`sum_offenders`, `year_date`, `bin_maxbins_10_x`), or nil for
    /// a constant.
    public var outputField: String? {
        if aggregate == .count && field == nil { return "__count" }
        guard let field else { return nil }
        if let a = aggregate, let arg = argField { return "\(a.rawValue)_\(arg)_\(field)" }
        if let a = aggregate { return "\(a == .average ? "mean" : a.rawValue)_\(field)" }
        if let t = timeUnit, !timeUnitBinned { return "\(t.rawValue)_\(field)" }
        if let b = bin, !b.binned { return "\(b.fieldPrefix)_\(field)" }
        return field
    }

    /// The field that holds the end of a bin (`bin_maxbins_10_x_end`).
    public var binEndField: String? {
        guard let f = outputField, bin != nil, bin?.binned == false else { return nil }
        return f + "_end"
    }

    /// The title of a count without a field: `config.countTitle` of the spec being laid
    /// out (set by the pipeline around layout), else Vega-Lite's "Count of Records".
    @TaskLocal public static var countTitle = "Count of Records"

    /// The default title Vega-Lite gives a channel: "Sum of offenders", "year (year)",
    /// "Count of Records", "Budget for max Gross" (argmax), or the field name.
    public var defaultTitle: String? {
        if aggregate == .count && field == nil { return Self.countTitle }
        guard let field else { return nil }
        // Vega-Lite names an argmax by the row it picks: "Production Budget for max US Gross".
        if let a = aggregate, a == .argmax || a == .argmin, let arg = argField {
            return "\(field) for \(a == .argmax ? "max" : "min") \(arg)"
        }
        if let a = aggregate {
            let names: [AggregateOp: String] = [
                .count: "Count", .sum: "Sum", .mean: "Mean", .average: "Average", .median: "Median",
                .min: "Min", .max: "Max", .distinct: "Distinct", .valid: "Valid", .missing: "Missing",
                .q1: "Q1", .q3: "Q3", .stdev: "Stdev", .variance: "Variance", .argmin: "Argmin", .argmax: "Argmax",
                .stderr: "Stderr", .ci0: "Ci0", .ci1: "Ci1",
            ]
            return "\(names[a]!) of \(field)"
        }
        if let t = timeUnit, !timeUnitBinned {
            // Vega-Lite names the unit with its fields joined by hyphens: "date (year-month)";
            // a UTC unit by its local unit's fields ("utcyear": "date (year)", as Vega draws it).
            return "\(field) (\(t.components.map(\.rawValue).joined(separator: "-")))"
        }
        if bin != nil, bin?.binned == false { return "\(field) (binned)" }
        return field
    }

    /// The title to show: the spec's `title` (or `axis.title`/`legend.title`) if set,
    /// nil if set to null, else the default.
    public func resolvedTitle(override: String?? = nil) -> String? {
        if let o = override { return o }
        if let t = title { return t }
        return defaultTitle
    }

    /// Whether the channel is continuous (quantitative or temporal) once scaled.
    public func isContinuous(for channel: Channel) -> Bool {
        if let t = scale?.type {
            return ![.band, .point, .ordinal].contains(t)
        }
        let type = effectiveType(for: channel)
        // A bin typed ordinal or nominal is discrete: one band per bin, as Vega-Lite draws
        // `histogram_ordinal`.
        if bin != nil { return type != .ordinal && type != .nominal }
        return type == .quantitative || type == .temporal
    }
}
