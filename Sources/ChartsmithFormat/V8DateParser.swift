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

    static let none = Int(Int32.max)
    static let maxSignificantDigits = 9

    // MARK: Tokens

    enum KeywordType: Equatable { case invalid, monthName, timeZoneName, timeSeparator, amPm }

    enum Token: Equatable {
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

    static let keywords: [(prefix: [UInt16], type: KeywordType, value: Int)] = {
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

    let input: [UInt16]
    var index = 0
    var ch: UInt16 = 0
    var next: Token = .endOfInput

    init(_ input: [UInt16]) {
        self.input = input
        advance()
        next = scan()
    }

    mutating func advance() {
        ch = index < input.count ? input[index] : 0
        index += 1
    }

    var position: Int { index }
    var isAsciiDigit: Bool { ch >= 48 && ch <= 57 }
    var isAsciiAlphaOrAbove: Bool { ch >= 65 }

    mutating func readUnsignedNumeral() -> Int {
        var n = 0
        var i = 0
        while isAsciiDigit {
            if i < V8DateParser.maxSignificantDigits { n = n * 10 + Int(ch) - 48 }
            i += 1
            advance()
        }
        return n
    }

    mutating func readWord() -> (prefix: [UInt16], length: Int) {
        var prefix: [UInt16] = [0, 0, 0]
        var len = 0
        while isAsciiAlphaOrAbove {
            if len < 3 { prefix[len] = ch | 0x20 }
            advance()
            len += 1
        }
        return (prefix, len)
    }

    mutating func skip(_ c: Character) -> Bool {
        if ch == c.utf16.first! {
            advance()
            return true
        }
        return false
    }

    static func isWhiteSpaceOrLineTerminator(_ c: UInt16) -> Bool {
        Unicode.Scalar(UInt32(c))?.isJavaScriptWhitespace ?? false
    }

    mutating func skipParentheses() -> Bool {
        guard ch == 40 else { return false }  // "("
        var balance = 0
        repeat {
            if ch == 41 { balance -= 1 } else if ch == 40 { balance += 1 }
            advance()
        } while balance > 0 && ch != 0
        return true
    }

    mutating func scan() -> Token {
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

    mutating func nextToken() -> Token {
        let result = next
        next = scan()
        return result
    }

    mutating func skipSymbol(_ c: Character) -> Bool {
        if next.isSymbol(c) {
            next = scan()
            return true
        }
        return false
    }
}
