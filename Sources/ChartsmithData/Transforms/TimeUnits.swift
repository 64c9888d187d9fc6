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
                // vega-time: the week number is d3's Sunday count from the year's start (the
                // days before the first Sunday are week 0, a 1 January Sunday starts week 1),
                // and week w of 2012 (whose 1st is a Sunday) begins on day 7w − 6.
                let firstSunday = (7 - CivilTime(year: t.year).weekday) % 7
                let doy = dayOfYear(t)
                let week = doy >= firstSunday ? (doy - firstSunday) / 7 + 1 : 0
                out.day = 7 * week - 6
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
        if step > 1 {
            // vega-time's timeFloor with a step: the finest field down to a multiple of it
            // (months and dates counted from the first).
            func down(_ v: Int, from first: Int = 0) -> Int { first + Int((Double(v - first) / Double(step)).rounded(.down)) * step }
            switch finest {
            case .year: out.year = down(out.year)
            case .quarter: out.month = 1 + down((out.month - 1) / 3) * 3
            case .month: out.month = down(out.month, from: 1)
            case .date: out.day = down(out.day, from: 1)
            case .dayofyear: out.day = down(out.day, from: 1)
            case .hours: out.hour = down(out.hour)
            case .minutes: out.minute = down(out.minute)
            case .seconds: out.second = down(out.second)
            case .milliseconds: out.millisecond = down(out.millisecond)
            case .week, .day: break  // weeks and weekdays: no step in Vega either
            }
        }
        return out.milliseconds
    }

    func dayOfYear(_ t: CivilTime) -> Int {
        Int(((CivilTime(year: t.year, month: t.month, day: t.day).milliseconds - CivilTime(year: t.year).milliseconds) / 86_400_000).rounded())
    }

    /// The finest field of the unit: the width of one step.
    public var finest: Component { components.last ?? .date }

    /// The unit's step in milliseconds from a floored time (the width of a temporal band):
    /// `step` of its finest field.
    public func step(after ms: Double) -> Double {
        var n = CivilTime(milliseconds: ms)
        let k = finest == .week || finest == .day ? 1 : max(step, 1)
        switch finest {
        case .year: n.year += k
        case .quarter: n.month += 3 * k
        case .month: n.month += k
        case .week: n.day += 7
        case .day, .date, .dayofyear: n.day += k
        case .hours: n.hour += k
        case .minutes: n.minute += k
        case .seconds: n.second += k
        case .milliseconds: n.millisecond += k
        }
        return n.milliseconds - ms
    }
}
