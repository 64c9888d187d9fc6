// The pieces a date is assembled from while V8's parser reads it: the day (year, month,
// day in any order), the time of day and the time zone offset.

extension V8DateParser {
    struct DayComposer {
        var comp = [0, 0, 0]
        var index = 0
        var namedMonth = V8DateParser.none
        var isISODate = false
        var isEmpty: Bool { index == 0 }
        static func isMonth(_ x: Int) -> Bool { x >= 1 && x <= 12 }
        static func isDay(_ x: Int) -> Bool { x >= 1 && x <= 31 }

        mutating func add(_ n: Int) -> Bool {
            guard index < 3 else { return false }
            comp[index] = n
            index += 1
            return true
        }

        mutating func write() -> (year: Int, month: Int, day: Int)? {
            if index < 1 { return nil }
            while index < 3 { comp[index] = 1; index += 1 }
            var year = 0
            var month = V8DateParser.none
            var day = V8DateParser.none
            if namedMonth == V8DateParser.none {
                if isISODate || (index == 3 && !DayComposer.isDay(comp[0])) {
                    year = comp[0]; month = comp[1]; day = comp[2]
                } else {
                    month = comp[0]; day = comp[1]
                    if index == 3 { year = comp[2] }
                }
            } else {
                month = namedMonth
                if index == 1 {
                    day = comp[0]
                } else if !DayComposer.isDay(comp[0]) {
                    year = comp[0]; day = comp[1]
                } else {
                    day = comp[0]; year = comp[1]
                }
            }
            if !isISODate {
                if year >= 0 && year <= 49 { year += 2000 } else if year >= 50 && year <= 99 { year += 1900 }
            }
            guard abs(year) <= 1_073_741_823, DayComposer.isMonth(month), DayComposer.isDay(day) else { return nil }
            return (year, month - 1, day)
        }
    }

    struct TimeComposer {
        var comp = [0, 0, 0, 0]
        var index = 0
        var hourOffset = V8DateParser.none
        var isEmpty: Bool { index == 0 }
        static func isMinute(_ x: Int) -> Bool { x >= 0 && x <= 59 }
        static func isHour(_ x: Int) -> Bool { x >= 0 && x <= 23 }
        static func isSecond(_ x: Int) -> Bool { x >= 0 && x <= 59 }
        static func isHour12(_ x: Int) -> Bool { x >= 0 && x <= 12 }
        static func isMillisecond(_ x: Int) -> Bool { x >= 0 && x <= 999 }

        func isExpecting(_ n: Int) -> Bool {
            (index == 1 && TimeComposer.isMinute(n)) || (index == 2 && TimeComposer.isSecond(n))
                || (index == 3 && TimeComposer.isMillisecond(n))
        }

        @discardableResult
        mutating func add(_ n: Int) -> Bool {
            guard index < 4 else { return false }
            comp[index] = n
            index += 1
            return true
        }

        @discardableResult
        mutating func addFinal(_ n: Int) -> Bool {
            guard add(n) else { return false }
            while index < 4 { comp[index] = 0; index += 1 }
            return true
        }

        mutating func write() -> (Int, Int, Int, Int)? {
            while index < 4 { comp[index] = 0; index += 1 }
            var hour = comp[0]
            let minute = comp[1], second = comp[2], millisecond = comp[3]
            if hourOffset != V8DateParser.none {
                if !TimeComposer.isHour12(hour) { return nil }
                hour %= 12
                hour += hourOffset
            }
            if !TimeComposer.isHour(hour) || !TimeComposer.isMinute(minute) || !TimeComposer.isSecond(second)
                || !TimeComposer.isMillisecond(millisecond) {
                if hour != 24 || minute != 0 || second != 0 || millisecond != 0 { return nil }
            }
            return (hour, minute, second, millisecond)
        }
    }

    struct TimeZoneComposer {
        var sign = V8DateParser.none
        var hour = V8DateParser.none
        var minute = V8DateParser.none

        mutating func set(_ offsetInHours: Int) {
            sign = offsetInHours < 0 ? -1 : 1
            hour = offsetInHours * sign
            minute = 0
        }
        mutating func setSign(_ s: Int) { sign = s < 0 ? -1 : 1 }
        func isExpecting(_ n: Int) -> Bool {
            hour != V8DateParser.none && minute == V8DateParser.none && TimeComposer.isMinute(n)
        }
        var isUTC: Bool { hour == 0 && minute == 0 }
        var isEmpty: Bool { hour == V8DateParser.none }

        mutating func write() -> Int?? {
            if sign != V8DateParser.none {
                if hour == V8DateParser.none { hour = 0 }
                if minute == V8DateParser.none { minute = 0 }
                let total = hour * 3600 + minute * 60
                if total > 1_073_741_823 { return nil }
                return .some(sign < 0 ? -total : total)
            }
            return .some(nil)
        }
    }
}
