// JavaScript's conversions from text to numbers: `Number(text)`, `parseFloat` and
// `parseInt`, as ECMA-262 specifies them.
extension JavaScriptNumber {
    /// `ToNumber(string)`: surrounding white space ignored, blank → 0, decimal literals
    /// (with exponent), "Infinity" with an optional sign, and unsigned `0x`/`0o`/`0b`
    /// literals; anything else → NaN.
    package static func parse(_ text: String) -> Double {
        let u = Array(text.trimmingJavaScriptWhitespace().utf8)
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
    package static func parseFloat(_ text: String) -> Double {
        let u = Array(text.trimmingJavaScriptWhitespace(trailing: false).utf8)
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
    package static func parseInt(_ text: String, radix radixArgument: Double?) -> Double {
        var u = Array(text.trimmingJavaScriptWhitespace(trailing: false).utf8)[...]
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
    package static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case 48...57: return Int(c) - 48
        case 97...122: return Int(c) - 87
        case 65...90: return Int(c) - 55
        default: return nil
        }
    }
}
