import ChartsmithData
import ChartsmithSpec

/// Whether a quantitative guide (axis, legend, text) prints its numbers as times: Vega-Lite's
/// `isFieldOrDatumDefForTimeFormat`. A `formatType` of "time" or "utc" does; with no
/// `formatType`, a field with a `timeUnit` does whatever its type (`hours(t):Q` holds
/// milliseconds since 1970 and reads "05:00", not "18,000,000"), in the unit's format
/// unless a `format` is given.
enum TimeFormatChoice {
    /// The time formatter for a guide over `def`, with the guide's own `format` and
    /// `formatType` (nil to take the channel's); nil when the numbers print as numbers.
    static func formatter(_ def: ChannelDef, format: String?, formatType: String?, locale: String) throws -> ((Double) -> String)? {
        let type = formatType ?? def.formatType
        let unit = def.timeUnit
        guard type == "time" || type == "utc" || (type == nil && unit != nil) else { return nil }
        let specifier = format ?? def.format ?? unit.map(TimeUnitFormat.specifier)
        return try Bridge.timeFormatter(specifier, locale: locale)
    }

    /// Vega-Lite's default `tickMinStep` for a time unit on a quantitative axis: the length
    /// of one step of its finest field (one hour for `hours`, 31 days for `month`, as its
    /// `datetime(2001, 1, 1) - datetime(2001, 0, 1)`).
    static func minStep(_ unit: TimeUnit) -> Double? {
        guard let finest = TimeUnitFormat.order.last(where: unit.components.contains) else { return nil }
        let n = Double(unit.step)
        let day = 86_400_000.0
        switch finest {
        case .year: return n * 365 * day
        case .quarter: return n * 90 * day
        case .month: return n * 31 * day
        case .week: return n * 7 * day
        case .date, .day, .dayofyear: return n * day
        case .hours: return n * 3_600_000
        case .minutes: return n * 60_000
        case .seconds: return n * 1000
        case .milliseconds: return n
        }
    }

    /// Vega-Lite leaves the tick count to Vega (10) for a lone month, hours, day or quarter unit.
    static func usesVegaCount(_ unit: TimeUnit) -> Bool {
        unit.components.count == 1 && [.month, .hours, .day, .quarter].contains(unit.components.first!)
    }
}

extension TimeFormatChoice {
    /// The labels of a continuous legend over [lo, hi] of `def`: times where Vega-Lite
    /// formats the field as times, else numbers for about `count` ticks; the legend's
    /// `format` and `formatType` over the channel's.
    static func legendFormatter(_ def: ChannelDef, legend: LegendSpec? = nil, lo: Double, hi: Double, count: Int,
                                locale: String) -> (Double) -> String {
        let legend = legend ?? def.legend
        if let tf = (try? formatter(def, format: legend?.format, formatType: legend?.formatType, locale: locale)) ?? nil { return tf }
        return (try? Bridge.tickFormatter(lo, hi, count, specifier: legend?.format ?? def.format, locale: locale)) ?? { Value.jsNumberString($0) }
    }
}
