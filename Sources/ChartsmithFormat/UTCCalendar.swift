/// Proleptic Gregorian calendar arithmetic on JavaScript time values
/// (milliseconds since 1970-01-01T00:00:00Z), always in UTC, following the
/// ECMA-262 definitions (`MakeDay`, `MakeTime`, `TimeClip`, `getUTC…`). The one home of
/// days-from-civil arithmetic: `CivilTime`, the expression evaluator's dates and Vega-Lite's
/// date-time objects all count days through it.
package enum UTCCalendar {
    static let msPerSecond = 1_000.0
    static let msPerMinute = 60_000.0
    static let msPerHour = 3_600_000.0
    package static let msPerDay = 86_400_000.0
    static let msPerWeek = 604_800_000.0

    /// The broken-down UTC fields of a time value (`getUTCFullYear()` etc.).
    struct Fields: Equatable {
        var year: Int
        /// 0 = January.
        var month: Int
        /// 1…31.
        var day: Int
        var hours: Int
        var minutes: Int
        var seconds: Int
        var milliseconds: Int
        /// 0 = Sunday.
        var weekday: Int
    }

    /// `x mod m` with a non-negative result (ECMA-262 "modulo").
    static func modulo(_ x: Double, _ m: Double) -> Double {
        let r = x.truncatingRemainder(dividingBy: m)
        return r < 0 ? r + m : r
    }

    /// Days since 1970-01-01 of a civil date (month 1…12).
    package static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date (month 1…12) of a day number.
    package static func civilFromDays(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// The fields of a time value, or `nil` for an invalid date (NaN).
    static func fields(_ t: Double) -> Fields? {
        guard t.isFinite else { return nil }
        let time = t.rounded(.towardZero)
        let dayNumber = (time / msPerDay).rounded(.down)
        let inDay = Int64(time - dayNumber * msPerDay)
        let civil = civilFromDays(Int64(dayNumber))
        let weekday = Int(modulo(dayNumber + 4, 7))
        return Fields(
            year: Int(civil.year),
            month: Int(civil.month) - 1,
            day: Int(civil.day),
            hours: Int(inDay / 3_600_000),
            minutes: Int(inDay / 60_000 % 60),
            seconds: Int(inDay / 1000 % 60),
            milliseconds: Int(inDay % 1000),
            weekday: weekday
        )
    }

    /// ECMA-262 `MakeDay(year, month, date)`: the day number, months and days
    /// overflowing into the following ones (month 0 = January).
    static func makeDay(year: Double, month: Double, date: Double) -> Double {
        guard year.isFinite, month.isFinite, date.isFinite else { return .nan }
        let y = year.rounded(.towardZero)
        let m = month.rounded(.towardZero)
        let dt = date.rounded(.towardZero)
        let ym = y + (m / 12).rounded(.down)
        guard abs(ym) < 1_000_000 else { return .nan }
        let mn = modulo(m, 12)
        let days = daysFromCivil(year: Int64(ym), month: Int64(mn) + 1, day: 1)
        return Double(days) + dt - 1
    }

    /// ECMA-262 `MakeTime(hour, min, sec, ms)`.
    static func makeTime(hour: Double, minute: Double, second: Double, millisecond: Double) -> Double {
        guard hour.isFinite, minute.isFinite, second.isFinite, millisecond.isFinite else { return .nan }
        return hour.rounded(.towardZero) * msPerHour + minute.rounded(.towardZero) * msPerMinute
            + second.rounded(.towardZero) * msPerSecond + millisecond.rounded(.towardZero)
    }

    /// ECMA-262 `TimeClip`: NaN beyond ±8.64 × 10¹⁵ ms, else truncated (−0 becomes +0).
    package static func timeClip(_ t: Double) -> Double {
        guard t.isFinite, abs(t) <= 8.64e15 else { return .nan }
        return t.rounded(.towardZero) + 0
    }

    /// A time value from UTC fields (`Date.UTC`), month 0 = January.
    static func utc(year: Double, month: Double = 0, day: Double = 1, hour: Double = 0,
                    minute: Double = 0, second: Double = 0, millisecond: Double = 0) -> Double {
        timeClip(makeDay(year: year, month: month, date: day) * msPerDay
            + makeTime(hour: hour, minute: minute, second: second, millisecond: millisecond))
    }

    /// The milliseconds within the day of a time value.
    static func timeWithinDay(_ t: Double) -> Double {
        modulo(t, msPerDay)
    }
}
