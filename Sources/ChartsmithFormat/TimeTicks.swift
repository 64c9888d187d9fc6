/// Ticks, domain rounding and default labels of d3-scale's UTC time scale
/// (`d3.scaleUtc`), which Vega uses for `utc` and — with the time zone pinned
/// to UTC — `time` scales. All values are JavaScript time values
/// (milliseconds since 1970-01-01T00:00Z).
public enum TimeTicks {
    private static let second = 1_000.0
    private static let minute = 60_000.0
    private static let hour = 3_600_000.0
    private static let day = 86_400_000.0
    private static let week = 604_800_000.0
    private static let month = 2_592_000_000.0  // 30 days, d3-time's durationMonth
    private static let year = 31_536_000_000.0  // 365 days, d3-time's durationYear

    /// d3-time's `tickIntervals` for UTC: candidate intervals with their
    /// approximate durations. Days are `unixDay` intervals, as in d3-time 3.1.
    public static let tickIntervals: [(interval: UTCInterval, duration: Double)] = [
        (.second, second),
        (UTCInterval.second.every(5)!, 5 * second),
        (UTCInterval.second.every(15)!, 15 * second),
        (UTCInterval.second.every(30)!, 30 * second),
        (.minute, minute),
        (UTCInterval.minute.every(5)!, 5 * minute),
        (UTCInterval.minute.every(15)!, 15 * minute),
        (UTCInterval.minute.every(30)!, 30 * minute),
        (.hour, hour),
        (UTCInterval.hour.every(3)!, 3 * hour),
        (UTCInterval.hour.every(6)!, 6 * hour),
        (UTCInterval.hour.every(12)!, 12 * hour),
        (.unixDay, day),
        (UTCInterval.unixDay.every(2)!, 2 * day),
        (.sunday, week),
        (.month, month),
        (UTCInterval.month.every(3)!, 3 * month),
        (.year, year),
    ]

    /// d3-time's `utcTickInterval(start, stop, count)`: the interval whose
    /// duration is closest (by ratio) to `|stop − start| / count`; multiples of
    /// years or of milliseconds beyond the table, by `tickStep`.
    public static func tickInterval(start: Double, stop: Double, count: Double = 10) -> UTCInterval? {
        let target = abs(stop - start) / count
        // bisector(step).right: the first index whose duration exceeds the target.
        var i = 0
        while i < tickIntervals.count && !(target < tickIntervals[i].duration) { i += 1 }
        if i == tickIntervals.count {
            return UTCInterval.year.every(tickStep(start: start / year, stop: stop / year, count: count))
        }
        if i == 0 {
            return UTCInterval.millisecond.every(JavaScriptMath.max(tickStep(start: start, stop: stop, count: count), 1))
        }
        let pick = target / tickIntervals[i - 1].duration < tickIntervals[i].duration / target ? i - 1 : i
        return tickIntervals[pick].interval
    }

    /// d3's `utcTicks(start, stop, count)`: the boundaries of the chosen
    /// interval within `[start, stop]` (both inclusive), in argument order.
    ///
    /// Over a decade with the default count this gives one tick per year.
    public static func ticks(start: Double, stop: Double, count: Double = 10) -> [Double] {
        let reverse = stop < start
        let (a, b) = reverse ? (stop, start) : (start, stop)
        guard let interval = tickInterval(start: a, stop: b, count: count) else { return [] }
        let result = interval.range(from: a, to: b + 1)
        return reverse ? result.reversed() : result
    }

    /// Ticks at every boundary of a given interval within `[start, stop]`
    /// (Vega's `tickCount: {"interval": "month", "step": 3}`).
    public static func ticks(start: Double, stop: Double, interval: UTCInterval) -> [Double] {
        let reverse = stop < start
        let (a, b) = reverse ? (stop, start) : (start, stop)
        let result = interval.range(from: a, to: b + 1)
        return reverse ? result.reversed() : result
    }

    /// d3-scale's `time.nice(count)`: extends the domain ends to boundaries
    /// of the tick interval chosen for `count`. Unchanged when no interval fits.
    public static func nice(domain: [Double], count: Double = 10) -> [Double] {
        guard let first = domain.first, let last = domain.last,
              let interval = tickInterval(start: first, stop: last, count: count) else { return domain }
        return nice(domain: domain, interval: interval)
    }

    /// d3-scale's `time.nice(interval)`: extends the domain ends to boundaries of `interval`.
    public static func nice(domain: [Double], interval: UTCInterval) -> [Double] {
        guard var x0 = domain.first, var x1 = domain.last else { return domain }
        var d = domain
        var i0 = 0
        var i1 = d.count - 1
        if x1 < x0 {
            swap(&i0, &i1)
            swap(&x0, &x1)
        }
        d[i0] = interval.floor(x0)
        d[i1] = interval.ceil(x1)
        return d
    }

    /// d3-scale's default time tick format (the "multi-scale" format Vega-Lite
    /// axes use): the coarsest of `.%L`, `:%S`, `%I:%M`, `%I %p`, `%a %d`,
    /// `%b %d`, `%B`, `%Y` that shows what distinguishes the date, e.g.
    /// "2010" for 1 January 2010, "March" for 1 March, "Mar 07" for a Sunday,
    /// "Fri 05" for another day, "12 PM" for noon.
    public static func multiFormat(_ milliseconds: Double, locale: TimeLocale = .default) -> String {
        MultiTimeFormat(locale: locale).format(milliseconds)
    }

    /// How coarse a boundary a time value lies on, in the steps of the multi-scale
    /// format: 0 within a second, 1 a second, 2 a minute, 3 an hour, 4 a day, 5 a Sunday,
    /// 6 a month, 7 a year. Midnight (4) outranks noon (3).
    public static func granularity(_ milliseconds: Double) -> Int {
        let date = UTCCalendar.timeClip(milliseconds)
        guard date.isFinite else { return 0 }
        if UTCInterval.second.floor(date) < date { return 0 }
        if UTCInterval.minute.floor(date) < date { return 1 }
        if UTCInterval.hour.floor(date) < date { return 2 }
        if UTCInterval.day.floor(date) < date { return 3 }
        if UTCInterval.month.floor(date) < date { return UTCInterval.sunday.floor(date) < date ? 4 : 5 }
        if UTCInterval.year.floor(date) < date { return 6 }
        return 7
    }
}

/// d3-scale's multi-scale UTC time format as a reusable formatter
/// (see ``TimeTicks/multiFormat(_:locale:)``).
public struct MultiTimeFormat: Sendable {
    private let millisecond: TimeFormat
    private let second: TimeFormat
    private let minute: TimeFormat
    private let hour: TimeFormat
    private let day: TimeFormat
    private let week: TimeFormat
    private let month: TimeFormat
    private let year: TimeFormat

    /// Creates the format with d3's specifiers in the given locale.
    public init(locale: TimeLocale = .default) {
        millisecond = TimeFormat(".%L", locale: locale)
        second = TimeFormat(":%S", locale: locale)
        minute = TimeFormat("%I:%M", locale: locale)
        hour = TimeFormat("%I %p", locale: locale)
        day = TimeFormat("%a %d", locale: locale)
        week = TimeFormat("%b %d", locale: locale)
        month = TimeFormat("%B", locale: locale)
        year = TimeFormat("%Y", locale: locale)
    }

    /// Formats a time value with the coarsest fitting specifier.
    public func format(_ t: Double) -> String {
        let date = UTCCalendar.timeClip(t)
        let chosen: TimeFormat
        if UTCInterval.second.floor(date) < date {
            chosen = millisecond
        } else if UTCInterval.minute.floor(date) < date {
            chosen = second
        } else if UTCInterval.hour.floor(date) < date {
            chosen = minute
        } else if UTCInterval.day.floor(date) < date {
            chosen = hour
        } else if UTCInterval.month.floor(date) < date {
            chosen = UTCInterval.sunday.floor(date) < date ? day : week
        } else if UTCInterval.year.floor(date) < date {
            chosen = month
        } else {
            chosen = year
        }
        return chosen.format(date)
    }

    /// Makes the formatter usable as a function.
    public func callAsFunction(_ t: Double) -> String {
        format(t)
    }
}
