// V8's date reading proper: the ES5 ISO form first, then the legacy reader that
// browsers accept.

extension V8DateParser {
    static func readMilliseconds(_ token: Token) -> Int {
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
    mutating func parseES5DateTime(_ day: inout DayComposer, _ time: inout TimeComposer,
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
