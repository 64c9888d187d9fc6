/// JavaScript's conversions between numbers and text, and its integer conversions,
/// as ECMA-262 specifies them.
enum JSNumbers {
    // MARK: Number to text

    /// `Number::toString(x)`: `1246` → "1246", `0.1 + 0.2` → "0.30000000000000004",
    /// `1e21` → "1e+21", `1e-7` → "1e-7", `0.000001` → "0.000001".
    static func string(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x == 0 { return "0" }
        if x.isInfinite { return x < 0 ? "-Infinity" : "Infinity" }
        if x < 0 { return "-" + string(-x) }
        // Swift's description holds the shortest digits that round-trip, the digits
        // ECMA-262 asks for; only the layout differs, so the digits are read back.
        let text = x.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits: [UInt8] = []
        var point = 0
        var seenPoint = false
        for c in mantissa.utf8 {
            if c == UInt8(ascii: ".") {
                seenPoint = true
            } else if c >= 48 && c <= 57 {
                digits.append(c - 48)
                if !seenPoint { point += 1 }
            }
        }
        var lead = 0
        while lead < digits.count - 1 && digits[lead] == 0 { lead += 1 }
        digits.removeFirst(lead)
        point -= lead
        while digits.count > 1 && digits.last == 0 { digits.removeLast() }
        let n = point + exponent
        let k = digits.count
        let s = String(decoding: digits.map { $0 + 48 }, as: UTF8.self)
        if k <= n && n <= 21 {
            return s + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            return String(s.prefix(n)) + "." + String(s.dropFirst(n))
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + s
        }
        let e = n - 1
        let exponentText = "e" + (e >= 0 ? "+" : "-") + String(abs(e))
        if k == 1 { return s + exponentText }
        return String(s.prefix(1)) + "." + String(s.dropFirst()) + exponentText
    }

    // MARK: Text to number

    /// `ToNumber(string)`: surrounding white space ignored, blank → 0, decimal literals
    /// (with exponent), "Infinity" with an optional sign, and unsigned `0x`/`0o`/`0b`
    /// literals; anything else → NaN.
    static func parse(_ text: String) -> Double {
        let u = Array(trimmed(text).utf8)
        if u.isEmpty { return 0 }
        if u.count > 2 && u[0] == UInt8(ascii: "0") {
            let radix: Double?
            switch u[1] {
            case UInt8(ascii: "x"), UInt8(ascii: "X"): radix = 16
            case UInt8(ascii: "o"), UInt8(ascii: "O"): radix = 8
            case UInt8(ascii: "b"), UInt8(ascii: "B"): radix = 2
            default: radix = nil
            }
            if let radix {
                var value = 0.0
                for c in u[2...] {
                    guard let d = digitValue(c), Double(d) < radix else { return .nan }
                    value = value * radix + Double(d)
                }
                return value
            }
        }
        var i = 0
        var negative = false
        if u[0] == UInt8(ascii: "+") || u[0] == UInt8(ascii: "-") {
            negative = u[0] == UInt8(ascii: "-")
            i = 1
        }
        if u[i...].elementsEqual("Infinity".utf8) { return negative ? -.infinity : .infinity }
        guard decimalLiteralLength(u, from: i) == u.count - i, u.count > i else { return .nan }
        return double(u)
    }

    /// `parseFloat(text)`: the longest decimal literal (or "Infinity") at the start of
    /// the text after leading white space; NaN when there is none.
    static func parseFloat(_ text: String) -> Double {
        let u = Array(trimmed(text, trailing: false).utf8)
        var i = 0
        var negative = false
        if i < u.count && (u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-")) {
            negative = u[i] == UInt8(ascii: "-")
            i += 1
        }
        if u[i...].starts(with: "Infinity".utf8) { return negative ? -.infinity : .infinity }
        let length = decimalLiteralLength(u, from: i)
        if length == 0 { return .nan }
        return double(Array(u[0..<(i + length)]))
    }

    /// `parseInt(text, radix)`: an optional sign, then the longest run of digits in the
    /// radix (2–36; 0 or absent means 10, or 16 after a `0x` prefix); NaN when none.
    static func parseInt(_ text: String, radix radixArgument: Double?) -> Double {
        var u = Array(trimmed(text, trailing: false).utf8)[...]
        var negative = false
        if let first = u.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            u = u.dropFirst()
        }
        var radix = Int(toInt32(radixArgument ?? 0))
        var stripPrefix = true
        if radix != 0 {
            if radix < 2 || radix > 36 { return .nan }
            if radix != 16 { stripPrefix = false }
        } else {
            radix = 10
        }
        if stripPrefix, u.count >= 2, u[u.startIndex] == UInt8(ascii: "0"),
           u[u.startIndex + 1] | 0x20 == UInt8(ascii: "x") {
            u = u.dropFirst(2)
            radix = 16
        }
        var end = u.startIndex
        while end < u.endIndex, let d = digitValue(u[end]), d < radix { end += 1 }
        if end == u.startIndex { return .nan }
        let digits = u[u.startIndex..<end]
        var value: Double
        if radix == 10 {
            value = double(Array(digits))
        } else {
            value = 0
            for c in digits { value = value * Double(radix) + Double(digitValue(c)!) }
        }
        return negative ? -value : value
    }

    // MARK: Integer conversions

    /// `ToIntegerOrInfinity`: NaN → 0, infinities kept, otherwise truncated toward zero.
    static func integerOrInfinity(_ x: Double) -> Double {
        if x.isNaN { return 0 }
        if x.isInfinite { return x }
        return x.rounded(.towardZero) + 0
    }

    /// `ToInt32`: the number modulo 2³², as a signed 32-bit integer.
    static func toInt32(_ x: Double) -> Int32 {
        Int32(bitPattern: toUInt32(x))
    }

    /// `ToUint32`: the number modulo 2³².
    static func toUInt32(_ x: Double) -> UInt32 {
        guard x.isFinite else { return 0 }
        let t = x.rounded(.towardZero)
        var r = t.truncatingRemainder(dividingBy: 4_294_967_296)
        if r < 0 { r += 4_294_967_296 }
        return UInt32(r)
    }

    /// Whether a number is integral (`Number.isInteger`).
    static func isInteger(_ x: Double) -> Bool {
        x.isFinite && x == x.rounded(.towardZero)
    }

    // MARK: Helpers

    /// The text without JavaScript white space and line terminators at its ends.
    static func trimmed(_ text: String, leading: Bool = true, trailing: Bool = true) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        if leading { while start < end && isWhitespace(scalars[start]) { start = scalars.index(after: start) } }
        if trailing {
            while end > start {
                let before = scalars.index(before: end)
                guard isWhitespace(scalars[before]) else { break }
                end = before
            }
        }
        return String(scalars[start..<end])
    }

    /// ECMA-262 WhiteSpace or LineTerminator.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Length of the `StrUnsignedDecimalLiteral` (without "Infinity") starting at `i`:
    /// digits, an optional fraction, then an exponent only when it has digits. 0 if none.
    static func decimalLiteralLength(_ u: [UInt8], from start: Int) -> Int {
        var i = start
        var digits = 0
        while i < u.count && isDigit(u[i]) { i += 1; digits += 1 }
        if i < u.count && u[i] == UInt8(ascii: ".") {
            var j = i + 1
            var fraction = 0
            while j < u.count && isDigit(u[j]) { j += 1; fraction += 1 }
            if digits + fraction > 0 { i = j; digits += fraction }
        }
        if digits == 0 { return 0 }
        if i < u.count && (u[i] == UInt8(ascii: "e") || u[i] == UInt8(ascii: "E")) {
            var j = i + 1
            if j < u.count && (u[j] == UInt8(ascii: "+") || u[j] == UInt8(ascii: "-")) { j += 1 }
            let exponentStart = j
            while j < u.count && isDigit(u[j]) { j += 1 }
            if j > exponentStart { i = j }
        }
        return i - start
    }

    /// The double nearest a validated decimal literal (Swift's parser rounds correctly
    /// and accepts every form `decimalLiteralLength` lets through).
    static func double(_ literal: [UInt8]) -> Double {
        Double(String(decoding: literal, as: UTF8.self)) ?? .nan
    }

    static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }

    /// The value of a digit or letter in radices up to 36.
    static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case 48...57: return Int(c) - 48
        case 97...122: return Int(c) - 87
        case 65...90: return Int(c) - 55
        default: return nil
        }
    }
}
