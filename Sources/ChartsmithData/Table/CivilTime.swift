import ChartsmithFormat

/// Calendar arithmetic in UTC on milliseconds since the epoch, with no dependence on the
/// machine's time zone (Howard Hinnant's days-from-civil algorithms).
public struct CivilTime: Sendable, Hashable {
    public var year: Int
    /// 1...12
    public var month: Int
    /// 1...31
    public var day: Int
    public var hour: Int = 0
    public var minute: Int = 0
    public var second: Int = 0
    public var millisecond: Int = 0

    public init(year: Int, month: Int = 1, day: Int = 1, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
    }

    /// Splits a timestamp into its UTC calendar fields.
    public init(milliseconds ms: Double) {
        let total = Int64(ms.rounded(.down))
        var days = total / 86_400_000
        var rem = total % 86_400_000
        if rem < 0 { rem += 86_400_000; days -= 1 }
        let (y, m, d) = CivilTime.civil(fromDays: days)
        self.init(year: y, month: m, day: d, hour: Int(rem / 3_600_000), minute: Int(rem / 60_000 % 60),
                  second: Int(rem / 1000 % 60), millisecond: Int(rem % 1000))
    }

    /// Milliseconds since the epoch; months and days out of range roll over.
    public var milliseconds: Double {
        var y = year, m = month - 1
        y += m >= 0 ? m / 12 : (m - 11) / 12
        m = ((m % 12) + 12) % 12
        let days = CivilTime.days(fromCivil: y, m + 1, 1) + Int64(day - 1)
        return Double(days) * 86_400_000 + Double(hour) * 3_600_000 + Double(minute) * 60_000
            + Double(second) * 1000 + Double(millisecond)
    }

    /// Day of the week, 0 = Sunday.
    public var weekday: Int {
        let days = CivilTime.days(fromCivil: year, month, day)
        return Int(((days % 7) + 11) % 7)
    }

    /// Days since 1970-01-01 of a civil date (month 1…12).
    static func days(fromCivil y: Int, _ m: Int, _ d: Int) -> Int64 {
        UTCCalendar.daysFromCivil(year: Int64(y), month: Int64(m), day: Int64(d))
    }

    /// The civil date (year, month 1…12, day) of a day number.
    static func civil(fromDays z: Int64) -> (Int, Int, Int) {
        let (y, m, d) = UTCCalendar.civilFromDays(z)
        return (Int(y), Int(m), Int(d))
    }
}
