import ChartsmithSpec

extension TimeUnit {
    /// Floors a timestamp to this unit as Vega's `timeunit` transform does (vega-time's
    /// `timeFloor`), in UTC: fields the unit does not name take Vega's defaults (year 2012,
    /// January, the 1st, midnight). `day` alone keeps the weekday as the date in the first
    /// week of January 2012, whose 1st is a Sunday; `week` counts Sunday-based weeks.
    public func truncate(_ ms: Double) -> Double {
        let t = CivilTime(milliseconds: ms)
        var out = CivilTime(year: contains(.year) ? t.year : 2012)
        if contains(.month) {
            out.month = t.month
        } else if contains(.quarter) {
            out.month = (t.month - 1) / 3 * 3 + 1
        }
        if contains(.week) {
            // d3's utcSunday weeks: the Sunday on or before the date.
            let sunday = CivilTime(milliseconds: ms - Double(t.weekday) * 86_400_000)
            if contains(.year) {
                out = CivilTime(year: sunday.year, month: sunday.month, day: sunday.day)
            } else {
                let jan1 = CivilTime(year: t.year)
                let week = (dayOfYear(t) + jan1.weekday) / 7
                out.day = 1 + week * 7
            }
            if contains(.day) { out.day += t.weekday }
        } else if contains(.day) {
            out.day = 1 + t.weekday
        } else if contains(.date) {
            out.day = t.day
        } else if contains(.dayofyear) {
            out.day = 1 + dayOfYear(t)
        }
        if contains(.hours) { out.hour = t.hour }
        if contains(.minutes) { out.minute = t.minute }
        if contains(.seconds) { out.second = t.second }
        if contains(.milliseconds) { out.millisecond = t.millisecond }
        return out.milliseconds
    }

    func dayOfYear(_ t: CivilTime) -> Int {
        Int(((CivilTime(year: t.year, month: t.month, day: t.day).milliseconds - CivilTime(year: t.year).milliseconds) / 86_400_000).rounded())
    }

    /// The finest field of the unit: the width of one step.
    public var finest: Component { components.last ?? .date }

    /// The unit's step in milliseconds from a floored time (the width of a temporal band).
    public func step(after ms: Double) -> Double {
        var n = CivilTime(milliseconds: ms)
        switch finest {
        case .year: n.year += 1
        case .quarter: n.month += 3
        case .month: n.month += 1
        case .week: n.day += 7
        case .day, .date, .dayofyear: n.day += 1
        case .hours: n.hour += 1
        case .minutes: n.minute += 1
        case .seconds: n.second += 1
        case .milliseconds: n.millisecond += 1
        }
        return n.milliseconds - ms
    }
}
