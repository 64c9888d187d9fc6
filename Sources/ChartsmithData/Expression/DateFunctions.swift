/// Vega's date-time functions, in UTC: `year(d)` is `utcyear(d)` whatever the
/// machine's time zone, so charts come out the same everywhere.
enum DateFunctions {
    /// `datetime(value)` is `new Date(value)`; `datetime(y, m, d, h, min, s, ms)` builds
    /// a date from parts (month 0-based, omitted parts 0, day 1). Invalid dates give NaN.
    static func datetime(_ args: [ExpressionValue]) -> ExpressionValue {
        let t = args.count == 1 ? JSDates.time(args[0]) : utc(args)
        return t.isNaN ? .number(.nan) : .date(t)
    }

    /// `Date.UTC(y, m, d, h, min, s, ms)`: the time in milliseconds.
    static func utc(_ args: [ExpressionValue]) -> Double {
        func part(_ i: Int, _ absent: Double) -> Double { i < args.count ? args[i].jsNumber : absent }
        return JSDates.make(year: part(0, .nan), month: part(1, 0), day: part(2, 1), hours: part(3, 0),
                            minutes: part(4, 0), seconds: part(5, 0), milliseconds: part(6, 0))
    }

    /// One calendar field of a time value: `month` is 0-based, `quarter` 1–4, `day` the
    /// weekday (0 = Sunday), `date` the day of the month; NaN for an invalid date.
    static func field(_ f: ExpressionFunction, of t: Double) -> Double {
        guard !t.isNaN else { return .nan }
        let c = JSDates.fields(t)
        switch f {
        case .year, .utcyear: return Double(c.year)
        case .quarter, .utcquarter: return Double((c.month - 1) / 3 + 1)
        case .month, .utcmonth: return Double(c.month - 1)
        case .week, .utcweek: return JSDates.week(t)
        case .date, .utcdate: return Double(c.day)
        case .dayofyear, .utcdayofyear: return JSDates.dayOfYear(t)
        case .day, .utcday: return Double(c.weekday)
        case .hours, .utchours: return Double(c.hour)
        case .minutes, .utcminutes: return Double(c.minute)
        case .seconds, .utcseconds: return Double(c.second)
        case .milliseconds, .utcmilliseconds: return Double(c.millisecond)
        default: return .nan
        }
    }
}
