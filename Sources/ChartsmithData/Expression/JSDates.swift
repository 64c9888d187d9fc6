import ChartsmithFormat

/// JavaScript `Date` behaviour, always in UTC so that results never depend on the
/// machine's time zone: converting values to time values, building dates from fields
/// and writing them as text.
enum JSDates {
    static let msPerDay = UTCCalendar.msPerDay

    /// `TimeClip`: NaN outside ±8.64e15 ms (±100,000,000 days), otherwise truncated to
    /// whole milliseconds.
    static func clip(_ t: Double) -> Double {
        UTCCalendar.timeClip(t)
    }

    /// The time value `new Date(v)` would hold: dates and numbers as they are, strings
    /// parsed as ``Coercion/date(_:)`` parses them (UTC), booleans as 0 or 1 ms; NaN for
    /// null (a missing field), undefined and text that is not a date.
    static func time(_ v: ExpressionValue) -> Double {
        switch v {
        case .null, .undefined: return .nan
        case .bool(let b): return b ? 1 : 0
        case .number(let n): return clip(n)
        case .date(let d): return clip(d)
        case .string(let s): return clip(Coercion.date(.string(s)) ?? .nan)
        case .array, .object: return clip(Coercion.date(.string(v.jsString)) ?? .nan)
        }
    }

    /// The UTC calendar fields of a valid (clipped, finite) time value.
    static func fields(_ t: Double) -> CivilTime {
        CivilTime(milliseconds: t)
    }

    /// `Date.UTC(year, month, day, hours, minutes, seconds, ms)` (month 0-based, days
    /// and times rolling over as in JavaScript, years 0–99 meaning 1900–1999); NaN when
    /// a part is not finite or the date is out of range.
    static func make(year: Double, month: Double = 0, day: Double = 1, hours: Double = 0,
                     minutes: Double = 0, seconds: Double = 0, milliseconds: Double = 0) -> Double {
        let parts = [year, month, day, hours, minutes, seconds, milliseconds]
        guard parts.allSatisfy(\.isFinite) else { return .nan }
        var y = JavaScriptNumber.integerOrInfinity(year)
        if y >= 0 && y <= 99 { y += 1900 }
        let m = JavaScriptNumber.integerOrInfinity(month)
        let ym = y + (m / 12).rounded(.down)
        let mn = m - (m / 12).rounded(.down) * 12
        guard abs(ym) <= 400_000 else { return .nan }
        let firstOfMonth = UTCCalendar.daysFromCivil(year: Int64(ym), month: Int64(mn) + 1, day: 1)
        let dayNumber = Double(firstOfMonth) + JavaScriptNumber.integerOrInfinity(day) - 1
        let time = JavaScriptNumber.integerOrInfinity(hours) * 3_600_000
            + JavaScriptNumber.integerOrInfinity(minutes) * 60_000
            + JavaScriptNumber.integerOrInfinity(seconds) * 1000
            + JavaScriptNumber.integerOrInfinity(milliseconds)
        return clip(dayNumber * msPerDay + time)
    }

    /// Day of the year, 1 for 1 January (Vega's `utcdayofyear`).
    static func dayOfYear(_ t: Double) -> Double {
        let c = fields(t)
        let start = CivilTime(year: c.year).milliseconds
        return ((t - start) / msPerDay).rounded(.down) + 1
    }

    /// Sunday-based week of the year (Vega's `utcweek`): days before the year's first
    /// Sunday are week 0, that Sunday starts week 1.
    static func week(_ t: Double) -> Double {
        let c = fields(t)
        let start = CivilTime(year: c.year)
        let index = ((t - start.milliseconds) / msPerDay).rounded(.down)
        let firstSunday = Double((7 - start.weekday) % 7)
        return index >= firstSunday ? ((index - firstSunday) / 7).rounded(.down) + 1 : 0
    }

    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]

    /// `Date.prototype.toString` as in a UTC time zone:
    /// "Fri Mar 05 2010 00:00:00 GMT+0000 (Coordinated Universal Time)";
    /// "Invalid Date" for NaN.
    static func string(_ time: Double) -> String {
        let t = clip(time)
        guard !t.isNaN else { return "Invalid Date" }
        let c = fields(t)
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(abs(n))
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        let year = (c.year < 0 ? "-" : "") + pad(c.year, 4)
        return "\(weekdayNames[c.weekday].prefix(3)) \(monthNames[c.month - 1].prefix(3)) \(pad(c.day, 2)) \(year) "
            + "\(pad(c.hour, 2)):\(pad(c.minute, 2)):\(pad(c.second, 2)) GMT+0000 (Coordinated Universal Time)"
    }
}
