/// Turns date strings and numbers into JavaScript time values the way Vega
/// and Vega-Lite do: `new Date(string)` / `Date.parse(string)` as V8
/// implements it, with the machine's time zone pinned to UTC.
///
/// Accepted, as in V8:
/// - ES5 ISO forms: "2010", "2010-03", "2010-03-05", "2010-03-05T10:00",
///   "2010-03-05T10:00:30.250Z", "+002010-03-05", offsets "+01:00" / "+0100";
/// - the legacy forms browsers accept: "Mar 5 2010", "5 March 2010",
///   "March 5, 2010 10:30 PM", "2010/03/05", "03/05/2010",
///   "Fri, 05 Mar 2010 10:00:00 GMT", "2010-03-05 10:00", "Mar 5 2010 GMT+0100"…
///
/// Forms without an offset that JavaScript reads as local time are read as
/// UTC here.
public enum DateParsing {
    /// The time value (ms since 1970-01-01T00:00Z) of a date string, or `nil`
    /// where JavaScript gives an Invalid Date.
    public static func parse(_ string: String) -> Double? {
        let units = Array(string.utf16)
        var parser = V8DateParser(units)
        guard let result = parser.parse() else { return nil }
        let day = UTCCalendar.makeDay(year: Double(result.year), month: Double(result.month), date: Double(result.day))
        let time = UTCCalendar.makeTime(hour: Double(result.hour), minute: Double(result.minute),
                                        second: Double(result.second), millisecond: Double(result.millisecond))
        var date = day * UTCCalendar.msPerDay + time
        if let offset = result.utcOffsetSeconds {
            date -= Double(offset) * 1000
        }
        let clipped = UTCCalendar.timeClip(date)
        return clipped.isNaN ? nil : clipped
    }

    /// A number read as a time value, as `new Date(number)` does: truncated to
    /// whole milliseconds; `nil` when not finite or beyond ±8.64 × 10¹⁵.
    public static func parse(_ milliseconds: Double) -> Double? {
        let clipped = UTCCalendar.timeClip(milliseconds)
        return clipped.isNaN ? nil : clipped
    }

    /// The time value of UTC calendar fields, as JavaScript's `Date.UTC`
    /// (month 0 = January; out-of-range fields overflow; years 0–99 are *not*
    /// shifted to 1900–1999 here). `nil` when out of range.
    public static func utc(year: Int, month: Int = 0, day: Int = 1, hour: Int = 0, minute: Int = 0,
                           second: Int = 0, millisecond: Int = 0) -> Double? {
        let t = UTCCalendar.utc(year: Double(year), month: Double(month), day: Double(day), hour: Double(hour),
                                minute: Double(minute), second: Double(second), millisecond: Double(millisecond))
        return t.isNaN ? nil : t
    }
}
