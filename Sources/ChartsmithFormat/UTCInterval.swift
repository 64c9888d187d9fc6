/// A d3-time interval in UTC (`d3.utcDay`, `d3.utcMonth.every(3)`, …),
/// working on JavaScript time values: milliseconds since the Unix epoch.
///
/// ```swift
/// let t = UTCInterval.month.floor(ms)          // first of the month, 00:00Z
/// let quarters = UTCInterval.month.every(3)!   // Jan, Apr, Jul, Oct
/// ```
public struct UTCInterval: Sendable, Hashable, CustomStringConvertible {
    /// The calendar unit of an interval.
    public enum Unit: Sendable, Hashable {
        case millisecond
        case second
        case minute
        case hour
        /// `d3.utcDay`: days, `every(n)` restarting at the first of each month.
        case day
        /// `d3.unixDay`: days, `every(n)` counting from the Unix epoch (as d3's UTC ticks do).
        case unixDay
        /// Weeks starting on the given weekday (0 = Sunday … 6 = Saturday).
        case week(firstWeekday: Int)
        case month
        case year
    }

    /// The unit.
    public let unit: Unit
    /// The step of `every(step)`; 1 for the plain interval.
    public let step: Int

    private init(unit: Unit, step: Int) {
        self.unit = unit
        self.step = step
    }

    /// `d3.utcMillisecond`.
    public static let millisecond = UTCInterval(unit: .millisecond, step: 1)
    /// `d3.utcSecond`.
    public static let second = UTCInterval(unit: .second, step: 1)
    /// `d3.utcMinute`.
    public static let minute = UTCInterval(unit: .minute, step: 1)
    /// `d3.utcHour`.
    public static let hour = UTCInterval(unit: .hour, step: 1)
    /// `d3.utcDay`.
    public static let day = UTCInterval(unit: .day, step: 1)
    /// `d3.unixDay`.
    public static let unixDay = UTCInterval(unit: .unixDay, step: 1)
    /// `d3.utcSunday` (also `d3.utcWeek`).
    public static let sunday = UTCInterval(unit: .week(firstWeekday: 0), step: 1)
    /// `d3.utcMonday`.
    public static let monday = UTCInterval(unit: .week(firstWeekday: 1), step: 1)
    /// `d3.utcTuesday`.
    public static let tuesday = UTCInterval(unit: .week(firstWeekday: 2), step: 1)
    /// `d3.utcWednesday`.
    public static let wednesday = UTCInterval(unit: .week(firstWeekday: 3), step: 1)
    /// `d3.utcThursday`.
    public static let thursday = UTCInterval(unit: .week(firstWeekday: 4), step: 1)
    /// `d3.utcFriday`.
    public static let friday = UTCInterval(unit: .week(firstWeekday: 5), step: 1)
    /// `d3.utcSaturday`.
    public static let saturday = UTCInterval(unit: .week(firstWeekday: 6), step: 1)
    /// `d3.utcWeek`, an alias for ``sunday``.
    public static let week = sunday
    /// `d3.utcMonth`.
    public static let month = UTCInterval(unit: .month, step: 1)
    /// `d3.utcYear`.
    public static let year = UTCInterval(unit: .year, step: 1)

    /// The d3 name, e.g. "utcMonth.every(3)".
    public var description: String {
        let name: String
        switch unit {
        case .millisecond: name = "utcMillisecond"
        case .second: name = "utcSecond"
        case .minute: name = "utcMinute"
        case .hour: name = "utcHour"
        case .day: name = "utcDay"
        case .unixDay: name = "unixDay"
        case .week(let first):
            name = ["utcSunday", "utcMonday", "utcTuesday", "utcWednesday", "utcThursday", "utcFriday", "utcSaturday"][((first % 7) + 7) % 7]
        case .month: name = "utcMonth"
        case .year: name = "utcYear"
        }
        return step == 1 ? name : "\(name).every(\(step))"
    }

    /// d3's `interval.every(step)`: every `step`-th boundary, aligned to the
    /// unit's field (seconds of the minute, date of the month, month of the
    /// year, the year itself…) or, for weeks, to weeks since the epoch.
    /// `nil` for a step that is not a positive finite number, or when this
    /// interval is itself already an `every` interval.
    public func every(_ step: Double) -> UTCInterval? {
        let k = step.rounded(.down)
        guard k.isFinite, k > 0, self.step == 1, k < Double(Int32.max) else { return nil }
        return k > 1 ? UTCInterval(unit: unit, step: Int(k)) : self
    }

    // MARK: The interval operations

    /// The latest boundary at or before `t` (`interval.floor`).
    public func floor(_ t: Double) -> Double {
        guard !t.isNaN else { return .nan }
        if step > 1 {
            switch unit {
            case .millisecond:
                let k = Double(step)
                return (t / k).rounded(.down) * k
            case .year:
                guard let f = UTCCalendar.fields(t) else { return .nan }
                let y = (Double(f.year) / Double(step)).rounded(.down) * Double(step)
                return UTCCalendar.utc(year: y)
            default:
                var d = baseFloor(t)
                while !d.isNaN && !passes(d) { d = baseFloor(d - 1) }
                return d
            }
        }
        return baseFloor(t)
    }

    /// The earliest boundary at or after `t` (`interval.ceil`).
    public func ceil(_ t: Double) -> Double {
        floor(offsetUnchecked(floor(t - 1), 1))
    }

    /// The nearest boundary (`interval.round`); ties go to the later one.
    public func round(_ t: Double) -> Double {
        let d0 = floor(t)
        let d1 = ceil(t)
        return t - d0 < d1 - t ? d0 : d1
    }

    /// `t` moved by `count` steps of the interval (`interval.offset`), without flooring.
    public func offset(_ t: Double, by count: Double = 1) -> Double {
        guard count.isFinite else { return .nan }
        return offsetUnchecked(t, Int(count.rounded(.down)))
    }

    /// Every boundary in `[start, stop)` (`interval.range(start, stop, step)`),
    /// taking every `step`-th one.
    public func range(from start: Double, to stop: Double, step: Double = 1) -> [Double] {
        var result: [Double] = []
        var current = ceil(start)
        let k = step.rounded(.down)
        guard current < stop, k > 0, k.isFinite else { return result }
        var previous: Double
        repeat {
            previous = current
            result.append(current)
            current = floor(offsetUnchecked(current, Int(k)))
        } while previous < current && current < stop && result.count < 10_000_000
        return result
    }

    /// The number of unit boundaries after `start` and up to `end`
    /// (`interval.count`), for the plain unit (the `every` step is ignored,
    /// except for milliseconds, where d3 counts multiples of the step).
    public func count(from start: Double, to end: Double) -> Double {
        if unit == .millisecond && step > 1 {
            let k = Double(step)
            return ((floor(end) - floor(start)) / k).rounded(.down)
        }
        return baseCount(start, end)
    }

    // MARK: Implementation

    private func offsetUnchecked(_ t: Double, _ count: Int) -> Double {
        guard !t.isNaN else { return .nan }
        if step > 1 {
            switch unit {
            case .millisecond:
                return t + Double(count) * Double(step)
            case .year:
                return baseOffset(t, count * step)
            default:
                var d = t
                if count < 0 {
                    for _ in 0..<(-count) {
                        repeat { d = baseOffset(d, -1) } while !d.isNaN && !passes(d)
                    }
                } else {
                    for _ in 0..<count {
                        repeat { d = baseOffset(d, 1) } while !d.isNaN && !passes(d)
                    }
                }
                return d
            }
        }
        return baseOffset(t, count)
    }

    /// The `every(step)` filter: `field(d) % step === 0`, or for weeks
    /// `interval.count(0, d) % step === 0`.
    private func passes(_ d: Double) -> Bool {
        let k = Double(step)
        let value: Double
        switch unit {
        case .millisecond, .year:
            return true
        case .second:
            value = Double(UTCCalendar.fields(d)?.seconds ?? 0)
        case .minute:
            value = Double(UTCCalendar.fields(d)?.minutes ?? 0)
        case .hour:
            value = Double(UTCCalendar.fields(d)?.hours ?? 0)
        case .day:
            value = Double((UTCCalendar.fields(d)?.day ?? 1) - 1)
        case .unixDay:
            value = (d / UTCCalendar.msPerDay).rounded(.down)
        case .week:
            value = baseCount(0, d)
        case .month:
            value = Double(UTCCalendar.fields(d)?.month ?? 0)
        }
        return value.truncatingRemainder(dividingBy: k) == 0
    }

    private func baseFloor(_ t: Double) -> Double {
        guard t.isFinite else { return .nan }
        let time = t.rounded(.towardZero)
        switch unit {
        case .millisecond:
            return time
        case .second:
            return time - UTCCalendar.modulo(time, UTCCalendar.msPerSecond)
        case .minute:
            return time - UTCCalendar.modulo(time, UTCCalendar.msPerMinute)
        case .hour:
            return time - UTCCalendar.modulo(time, UTCCalendar.msPerHour)
        case .day, .unixDay:
            return time - UTCCalendar.modulo(time, UTCCalendar.msPerDay)
        case .week(let first):
            guard let f = UTCCalendar.fields(time) else { return .nan }
            let back = ((f.weekday + 7 - first) % 7 + 7) % 7
            return time - UTCCalendar.timeWithinDay(time) - Double(back) * UTCCalendar.msPerDay
        case .month:
            guard let f = UTCCalendar.fields(time) else { return .nan }
            return UTCCalendar.utc(year: Double(f.year), month: Double(f.month))
        case .year:
            guard let f = UTCCalendar.fields(time) else { return .nan }
            return UTCCalendar.utc(year: Double(f.year))
        }
    }

    private func baseOffset(_ t: Double, _ count: Int) -> Double {
        guard t.isFinite else { return .nan }
        let n = Double(count)
        switch unit {
        case .millisecond:
            return UTCCalendar.timeClip(t + n)
        case .second:
            return UTCCalendar.timeClip(t + n * UTCCalendar.msPerSecond)
        case .minute:
            return UTCCalendar.timeClip(t + n * UTCCalendar.msPerMinute)
        case .hour:
            return UTCCalendar.timeClip(t + n * UTCCalendar.msPerHour)
        case .day, .unixDay:
            return UTCCalendar.timeClip(t + n * UTCCalendar.msPerDay)
        case .week:
            return UTCCalendar.timeClip(t + n * UTCCalendar.msPerWeek)
        case .month, .year:
            guard let f = UTCCalendar.fields(t) else { return .nan }
            let year = Double(f.year) + (unit == .year ? n : 0)
            let month = Double(f.month) + (unit == .month ? n : 0)
            let day = UTCCalendar.makeDay(year: year, month: month, date: Double(f.day))
            return UTCCalendar.timeClip(day * UTCCalendar.msPerDay + UTCCalendar.timeWithinDay(t))
        }
    }

    private func baseCount(_ start: Double, _ end: Double) -> Double {
        let t0 = baseFloor(start)
        let t1 = baseFloor(end)
        let value: Double
        switch unit {
        case .millisecond: value = t1 - t0
        case .second: value = (t1 - t0) / UTCCalendar.msPerSecond
        case .minute: value = (t1 - t0) / UTCCalendar.msPerMinute
        case .hour: value = (t1 - t0) / UTCCalendar.msPerHour
        case .day, .unixDay: value = (t1 - t0) / UTCCalendar.msPerDay
        case .week: value = (t1 - t0) / UTCCalendar.msPerWeek
        case .month:
            guard let a = UTCCalendar.fields(t0), let b = UTCCalendar.fields(t1) else { return .nan }
            value = Double(b.month - a.month + (b.year - a.year) * 12)
        case .year:
            guard let a = UTCCalendar.fields(t0), let b = UTCCalendar.fields(t1) else { return .nan }
            value = Double(b.year - a.year)
        }
        return value.rounded(.down)
    }
}
