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

/// A port of V8's `DateParser` (src/date/dateparser*.{h,cc}): an ES5 ISO
/// date-time reader with a fallback to the legacy, Safari-compatible reader.
struct V8DateParser {
    struct Result {
        var year: Int
        var month: Int  // 0-based
        var day: Int
        var hour: Int
        var minute: Int
        var second: Int
        var millisecond: Int
        var utcOffsetSeconds: Int?
    }

    private static let none = Int(Int32.max)
    private static let maxSignificantDigits = 9

    // MARK: Tokens

    private enum KeywordType: Equatable { case invalid, monthName, timeZoneName, timeSeparator, amPm }

    private enum Token: Equatable {
        case invalid
        case unknown
        case number(value: Int, length: Int)
        case symbol(UInt16)
        case whiteSpace
        case endOfInput
        case keyword(KeywordType, value: Int, length: Int)

        var isNumber: Bool { if case .number = self { return true }; return false }
        var number: Int { if case .number(let v, _) = self { return v }; return 0 }
        var length: Int {
            switch self {
            case .number(_, let l), .keyword(_, _, let l): return l
            default: return 1
            }
        }
        func isFixedLengthNumber(_ n: Int) -> Bool {
            if case .number(_, let l) = self { return l == n }
            return false
        }
        func isSymbol(_ c: Character) -> Bool {
            if case .symbol(let s) = self { return s == c.utf16.first! }
            return false
        }
        var isAsciiSign: Bool { isSymbol("+") || isSymbol("-") }
        /// 1 for "+", -1 for "-".
        var asciiSign: Int { isSymbol("-") ? -1 : 1 }
        var isKeyword: Bool { if case .keyword = self { return true }; return false }
        func isKeywordType(_ t: KeywordType) -> Bool {
            if case .keyword(let k, _, _) = self { return k == t }
            return false
        }
        var isKeywordZ: Bool {
            if case .keyword(.timeZoneName, let v, let l) = self { return l == 1 && v == 0 }
            return false
        }
    }

    private static let keywords: [(prefix: [UInt16], type: KeywordType, value: Int)] = {
        func p(_ s: String) -> [UInt16] {
            var u = Array(s.utf16)
            while u.count < 3 { u.append(0) }
            return u
        }
        return [
            (p("jan"), .monthName, 1), (p("feb"), .monthName, 2), (p("mar"), .monthName, 3),
            (p("apr"), .monthName, 4), (p("may"), .monthName, 5), (p("jun"), .monthName, 6),
            (p("jul"), .monthName, 7), (p("aug"), .monthName, 8), (p("sep"), .monthName, 9),
            (p("oct"), .monthName, 10), (p("nov"), .monthName, 11), (p("dec"), .monthName, 12),
            (p("am"), .amPm, 0), (p("pm"), .amPm, 12),
            (p("ut"), .timeZoneName, 0), (p("utc"), .timeZoneName, 0), (p("z"), .timeZoneName, 0),
            (p("gmt"), .timeZoneName, 0), (p("cdt"), .timeZoneName, -5), (p("cst"), .timeZoneName, -6),
            (p("edt"), .timeZoneName, -4), (p("est"), .timeZoneName, -5), (p("mdt"), .timeZoneName, -6),
            (p("mst"), .timeZoneName, -7), (p("pdt"), .timeZoneName, -7), (p("pst"), .timeZoneName, -8),
            (p("t"), .timeSeparator, 0),
        ]
    }()

    // MARK: Input reading

    private let input: [UInt16]
    private var index = 0
    private var ch: UInt16 = 0
    private var next: Token = .endOfInput

    init(_ input: [UInt16]) {
        self.input = input
        advance()
        next = scan()
    }

    private mutating func advance() {
        ch = index < input.count ? input[index] : 0
        index += 1
    }

    private var position: Int { index }
    private var isAsciiDigit: Bool { ch >= 48 && ch <= 57 }
    private var isAsciiAlphaOrAbove: Bool { ch >= 65 }

    private mutating func readUnsignedNumeral() -> Int {
        var n = 0
        var i = 0
        while isAsciiDigit {
            if i < V8DateParser.maxSignificantDigits { n = n * 10 + Int(ch) - 48 }
            i += 1
            advance()
        }
        return n
    }

    private mutating func readWord() -> (prefix: [UInt16], length: Int) {
        var prefix: [UInt16] = [0, 0, 0]
        var len = 0
        while isAsciiAlphaOrAbove {
            if len < 3 { prefix[len] = ch | 0x20 }
            advance()
            len += 1
        }
        return (prefix, len)
    }

    private mutating func skip(_ c: Character) -> Bool {
        if ch == c.utf16.first! {
            advance()
            return true
        }
        return false
    }

    private static func isWhiteSpaceOrLineTerminator(_ c: UInt16) -> Bool {
        Unicode.Scalar(UInt32(c))?.isJavaScriptWhitespace ?? false
    }

    private mutating func skipParentheses() -> Bool {
        guard ch == 40 else { return false }  // "("
        var balance = 0
        repeat {
            if ch == 41 { balance -= 1 } else if ch == 40 { balance += 1 }
            advance()
        } while balance > 0 && ch != 0
        return true
    }

    private mutating func scan() -> Token {
        let prePosition = position
        if ch == 0 { return .endOfInput }
        if isAsciiDigit {
            let n = readUnsignedNumeral()
            return .number(value: n, length: position - prePosition)
        }
        for c in [":", "-", "+", ".", ")"] as [Character] where skip(c) {
            return .symbol(c.utf16.first!)
        }
        if isAsciiAlphaOrAbove {
            let (prefix, length) = readWord()
            for keyword in V8DateParser.keywords where keyword.prefix == prefix {
                if length <= 3 || keyword.type == .monthName {
                    return .keyword(keyword.type, value: keyword.value, length: length)
                }
            }
            return .keyword(.invalid, value: 0, length: length)
        }
        if V8DateParser.isWhiteSpaceOrLineTerminator(ch) {
            advance()
            return .whiteSpace
        }
        if skipParentheses() { return .unknown }
        advance()
        return .unknown
    }

    private mutating func nextToken() -> Token {
        let result = next
        next = scan()
        return result
    }

    private mutating func skipSymbol(_ c: Character) -> Bool {
        if next.isSymbol(c) {
            next = scan()
            return true
        }
        return false
    }

    // MARK: Composers

    private struct DayComposer {
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

    private struct TimeComposer {
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

    private struct TimeZoneComposer {
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

    // MARK: Parsing

    private static func readMilliseconds(_ token: Token) -> Int {
        var number = token.number
        var length = token.length
        if length < 3 {
            if length == 1 { number *= 100 } else if length == 2 { number *= 10 }
        } else if length > 3 {
            if length > maxSignificantDigits { length = maxSignificantDigits }
            var factor = 1
            repeat {
                factor *= 10
                length -= 1
            } while length > 3
            number /= factor
        }
        return number
    }

    mutating func parse() -> Result? {
        var tz = TimeZoneComposer()
        var time = TimeComposer()
        var day = DayComposer()

        let nextUnhandled = parseES5DateTime(&day, &time, &tz)
        if nextUnhandled == .invalid { return nil }
        var hasReadNumber = !day.isEmpty
        var token = nextUnhandled
        while token != .endOfInput {
            if token.isNumber {
                hasReadNumber = true
                let n = token.number
                if skipSymbol(":") {
                    if skipSymbol(":") {
                        if !time.isEmpty { return nil }
                        time.add(n)
                        time.add(0)
                    } else {
                        if !time.add(n) { return nil }
                        if next.isSymbol(".") { _ = nextToken() }
                    }
                } else if skipSymbol("."), time.isExpecting(n) {
                    time.add(n)
                    if !next.isNumber { return nil }
                    let ms = V8DateParser.readMilliseconds(nextToken())
                    if ms < 0 { return nil }
                    time.addFinal(ms)
                } else if tz.isExpecting(n) {
                    tz.minute = n
                } else if time.isExpecting(n) {
                    time.addFinal(n)
                    let peek = next
                    if peek != .endOfInput && peek != .whiteSpace && !peek.isKeywordZ && !peek.isAsciiSign {
                        return nil
                    }
                } else {
                    if !day.add(n) { return nil }
                    _ = skipSymbol("-")
                }
            } else if case .keyword(let type, let value, _) = token {
                if type == .amPm && !time.isEmpty {
                    time.hourOffset = value
                } else if type == .monthName {
                    day.namedMonth = value
                    _ = skipSymbol("-")
                } else if type == .timeZoneName && hasReadNumber {
                    tz.set(value)
                } else {
                    // Garbage words are illegal if a number has been read.
                    if hasReadNumber { return nil }
                    // The first number has to be separated from garbage words by whitespace or other separators.
                    if next.isNumber { return nil }
                }
            } else if token.isAsciiSign && (tz.isUTC || !time.isEmpty) {
                // Parse UTC offset (only after UTC or time).
                tz.setSign(token.asciiSign)
                var n = 0
                var length = 0
                if next.isNumber {
                    let numberToken = nextToken()
                    length = numberToken.length
                    n = numberToken.number
                }
                hasReadNumber = true
                if next.isSymbol(":") {
                    tz.hour = n
                    tz.minute = V8DateParser.none
                } else if length == 2 || length == 1 {
                    tz.hour = n
                    tz.minute = 0
                } else if length == 4 || length == 3 {
                    tz.hour = n / 100
                    tz.minute = n % 100
                } else {
                    return nil
                }
            } else if (token.isAsciiSign || token.isSymbol(")")) && hasReadNumber {
                // Extra sign or ")" is illegal if a number has been read.
                return nil
            }
            // Ignore other characters and whitespace.
            token = nextToken()
        }

        guard let (year, month, date) = day.write(),
              let (hour, minute, second, millisecond) = time.write(),
              let offset = tz.write() else { return nil }
        return Result(year: year, month: month, day: date, hour: hour, minute: minute, second: second,
                      millisecond: millisecond, utcOffsetSeconds: offset)
    }

    /// V8's `ParseES5DateTime`: returns the token to continue with in the
    /// legacy parser, `.endOfInput` when done, or `.invalid`.
    private mutating func parseES5DateTime(_ day: inout DayComposer, _ time: inout TimeComposer,
                                           _ tz: inout TimeZoneComposer) -> Token {
        // Mandatory date: [('-'|'+')yy]yyyy[-MM[-DD]]
        if next.isAsciiSign {
            let signToken = nextToken()
            if !next.isFixedLengthNumber(6) { return signToken }
            let sign = signToken.asciiSign
            let year = nextToken().number
            if sign < 0 && year == 0 { return signToken }
            _ = day.add(sign * year)
        } else if next.isFixedLengthNumber(4) {
            _ = day.add(nextToken().number)
        } else {
            return nextToken()
        }
        if skipSymbol("-") {
            if !next.isFixedLengthNumber(2) || !DayComposer.isMonth(next.number) { return nextToken() }
            _ = day.add(nextToken().number)
            if skipSymbol("-") {
                if !next.isFixedLengthNumber(2) || !DayComposer.isDay(next.number) { return nextToken() }
                _ = day.add(nextToken().number)
            }
        }
        // Optional time: 'T'HH':'mm[':'ss['.'sss]]Z
        if !next.isKeywordType(.timeSeparator) {
            if next != .endOfInput { return nextToken() }
        } else {
            _ = nextToken()
            if !next.isFixedLengthNumber(2) || !(next.number >= 0 && next.number <= 24) { return .invalid }
            let hourIs24 = next.number == 24
            time.add(nextToken().number)
            if !skipSymbol(":") { return .invalid }
            if !next.isFixedLengthNumber(2) || !TimeComposer.isMinute(next.number) || (hourIs24 && next.number > 0) {
                return .invalid
            }
            time.add(nextToken().number)
            if skipSymbol(":") {
                if !next.isFixedLengthNumber(2) || !TimeComposer.isSecond(next.number) || (hourIs24 && next.number > 0) {
                    return .invalid
                }
                time.add(nextToken().number)
                if skipSymbol(".") {
                    if !next.isNumber || (hourIs24 && next.number > 0) { return .invalid }
                    time.add(V8DateParser.readMilliseconds(nextToken()))
                }
            }
            if next.isKeywordZ {
                _ = nextToken()
                tz.set(0)
            } else if next.isSymbol("+") || next.isSymbol("-") {
                tz.setSign(nextToken().isSymbol("+") ? 1 : -1)
                if next.isFixedLengthNumber(4) {
                    let hourMinute = nextToken().number
                    let hour = hourMinute / 100
                    let minute = hourMinute % 100
                    if !TimeComposer.isHour(hour) || !TimeComposer.isMinute(minute) { return .invalid }
                    tz.hour = hour
                    tz.minute = minute
                } else {
                    if !next.isFixedLengthNumber(2) || !TimeComposer.isHour(next.number) { return .invalid }
                    tz.hour = nextToken().number
                    if !skipSymbol(":") { return .invalid }
                    if !next.isFixedLengthNumber(2) || !TimeComposer.isMinute(next.number) { return .invalid }
                    tz.minute = nextToken().number
                }
            }
            if next != .endOfInput { return .invalid }
        }
        // Date-only forms without an offset are UTC (date-times are local: UTC here too).
        if tz.isEmpty && time.isEmpty { tz.set(0) }
        day.isISODate = true
        return .endOfInput
    }
}
