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

    static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int64 {
        let y = Int64(m <= 2 ? y0 - 1 : y0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = Int64((m + 9) % 12)
        let doy = (153 * mp + 2) / 5 + Int64(d) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
    }
}
