import Foundation

/// A number formatter that reproduces d3-format v3 (`d3.format`) exactly.
///
/// ```swift
/// try NumberFormat(",d").format(1246)          // "1,246"
/// try NumberFormat(".0%").format(0.123)        // "12%"
/// try NumberFormat("~s").format(1500)          // "1.5k"
/// try NumberFormat("$,.2f", locale: .enGB).format(1246)  // "£1,246.00"
/// ```
///
/// Negative numbers use the locale's minus sign, by default "−" (U+2212) as
/// in d3-format v3 and Vega.
public struct NumberFormat: Sendable, CustomStringConvertible {
    /// The parsed specifier, as given.
    public let specifier: FormatSpecifier
    /// The locale used for separators, currency and the minus sign.
    public let locale: NumberLocale

    // Resolved at creation, as d3's newFormat does.
    private let fill: String
    private let align: Character
    private let sign: Character
    private let zero: Bool
    private let width: Int
    private let comma: Bool
    private let precision: Int
    private let trim: Bool
    private let type: String
    private let prefix: String
    private let suffix: String
    private let maybeSuffix: Bool
    /// Set for formatters made by ``prefixed(_:value:locale:)``: scale and SI suffix.
    private let fixedPrefix: (scale: Double, symbol: String)?
    /// Set for formatters made by ``vegaFloat(_:locale:)``: trim zeros after the decimal point.
    private let trimsFloat: Bool

    /// Creates a formatter from a d3-format specifier string.
    ///
    /// - Parameters:
    ///   - strict: when `true` (default) an unknown type letter such as `q`
    ///     throws; when `false` it behaves as in d3, like an empty type.
    /// - Throws: ``FormatError/invalidSpecifier(_:)`` ("invalid format specifier 'q'").
    public init(_ specifier: String, locale: NumberLocale = .default, strict: Bool = true) throws {
        self.init(specifier: try FormatSpecifier(specifier, strict: strict), locale: locale)
    }

    /// Creates a formatter from a parsed specifier.
    public init(specifier: FormatSpecifier, locale: NumberLocale = .default) {
        self.init(specifier: specifier, locale: locale, fixedPrefix: nil)
    }

    private init(specifier: FormatSpecifier, locale: NumberLocale, fixedPrefix: (Double, String)?, trimsFloat: Bool = false) {
        self.specifier = specifier
        self.locale = locale
        self.fixedPrefix = fixedPrefix
        self.trimsFloat = trimsFloat

        var fill = specifier.fill
        var align = specifier.align
        var zero = specifier.zero
        var comma = specifier.comma
        var precision = specifier.precision
        var trim = specifier.trim
        var type = specifier.type

        if type == "n" {
            // The "n" type is an alias for ",g".
            comma = true
            type = "g"
        } else if !NumberFormat.implementedTypes.contains(type) {
            // The "" type, and any invalid type, is an alias for ".12~g".
            if precision == nil { precision = 12 }
            trim = true
            type = "g"
        }

        // If zero fill is specified, padding goes after sign and before digits.
        if zero || (fill == "0" && align == "=") {
            zero = true
            fill = "0"
            align = "="
        }

        let symbol = specifier.symbol
        self.prefix = symbol == "$" ? locale.currencyPrefix
            : (symbol == "#" && "boxX".contains(type)) ? "0" + type.lowercased() : ""
        self.suffix = symbol == "$" ? locale.currencySuffix
            : (type == "%" || type == "p") ? locale.percent : ""
        self.maybeSuffix = ["d", "e", "f", "g", "p", "r", "s", "%"].contains(type)

        // Default precision 6; significant precision in [1, 21], fixed in [0, 20].
        let resolved: Int
        if let precision {
            resolved = ["g", "p", "r", "s"].contains(type) ? max(1, min(21, precision)) : max(0, min(20, precision))
        } else {
            resolved = 6
        }

        self.fill = fill
        self.align = align
        self.sign = specifier.sign
        self.zero = zero
        self.width = specifier.width ?? 0
        self.comma = comma
        self.precision = resolved
        self.trim = trim
        self.type = type
    }

    private static let implementedTypes: Set<String> = ["%", "b", "c", "d", "e", "f", "g", "o", "p", "r", "s", "X", "x"]

    /// The specifier text, as d3's `format.toString()`.
    public var description: String { specifier.description }

    /// A formatter for a fixed SI prefix chosen from `value`, as d3's
    /// `formatPrefix(specifier, value)`: the specifier's type is replaced by
    /// `f` and every formatted number is scaled to the prefix of `value`.
    ///
    /// `try NumberFormat.prefixed(",.0", value: 1e-6).format(0.00042)` is "420µ".
    public static func prefixed(_ specifier: String, value: Double, locale: NumberLocale = .default) throws -> NumberFormat {
        prefixed(specifier: try FormatSpecifier(specifier, strict: false), value: value, locale: locale)
    }

    /// ``prefixed(_:value:locale:)`` for a parsed specifier.
    public static func prefixed(specifier: FormatSpecifier, value: Double, locale: NumberLocale = .default) -> NumberFormat {
        var fixed = specifier
        fixed.type = "f"
        let e = JavaScriptMath.max(-8, JavaScriptMath.min(8, (decimalExponent(value) / 3).rounded(.down))) * 3
        let scale = JavaScriptMath.pow(10, -e)
        let symbol = e.isNaN ? "undefined" : siPrefixes[8 + Int(e) / 3]
        return NumberFormat(specifier: fixed, locale: locale, fixedPrefix: (scale, symbol))
    }

    /// Vega's `locale.formatFloat(specifier)`, which Vega uses for log-scale
    /// axis labels: without a precision, the specifier (default `,`) gets 12
    /// significant digits (10 for `%`, 11 for `e`) and zeros after the decimal
    /// point are trimmed, so 0.1 reads "0.1" and 1000 reads "1,000".
    public static func vegaFloat(_ specifier: String? = nil, locale: NumberLocale = .default) throws -> NumberFormat {
        var spec = try FormatSpecifier(specifier.flatMap { $0.isEmpty ? nil : $0 } ?? ",")
        guard spec.precision == nil else { return NumberFormat(specifier: spec, locale: locale) }
        spec.precision = spec.type == "%" ? 10 : spec.type == "e" ? 11 : 12
        return NumberFormat(specifier: spec, locale: locale, fixedPrefix: nil, trimsFloat: true)
    }

    /// Formats a number.
    public func format(_ value: Double) -> String {
        let text: String
        if let fixedPrefix {
            text = formatValue(fixedPrefix.scale * value) + fixedPrefix.symbol
        } else {
            text = formatValue(value)
        }
        return trimsFloat ? trimFloatZeros(text) : text
    }

    /// Vega's `trimZeroes`: drops zeros (and a bare decimal point) after the
    /// decimal point, keeping any exponent or suffix.
    private func trimFloatZeros(_ text: String) -> String {
        let u = Array(text.utf16)
        guard let decimalUnit = locale.decimal.utf16.first, let dec = u.firstIndex(of: decimalUnit) else { return text }
        // rightmostDigit: an exponent marker, else just after the last digit.
        var idx: Int? = nil
        if let e = u.lastIndex(of: 101), e > 0 {
            idx = e
        } else {
            var i = u.count - 1
            while i > dec {
                if u[i] >= 48 && u[i] <= 57 { idx = i + 1; break }
                i -= 1
            }
        }
        guard var end = idx else { return "" }
        let tail = end < u.count ? String(decoding: u[end...], as: UTF16.self) : ""
        end -= 1
        while end > dec {
            if u[end] != 48 { end += 1; break }
            end -= 1
        }
        return String(decoding: u[..<end], as: UTF16.self) + tail
    }

    /// Formats an integer.
    public func format(_ value: Int) -> String {
        format(Double(value))
    }

    /// Makes the formatter usable as a function: `f(1246)`.
    public func callAsFunction(_ value: Double) -> String {
        format(value)
    }

    private func formatValue(_ input: Double) -> String {
        var valuePrefix = prefix
        var valueSuffix = suffix
        var value: String

        if type == "c" {
            valueSuffix = JavaScriptNumber.toString(input) + valueSuffix
            value = ""
        } else {
            // Determine the sign. -0 is not less than 0, but 1 / -0 is!
            var valueNegative = input < 0 || (input == 0 && input.sign == .minus)

            // Perform the initial formatting.
            var prefixExponent = 0
            if input.isNaN {
                value = locale.nan
            } else {
                (value, prefixExponent) = NumberFormat.formatType(type, abs(input), precision)
            }

            // Trim insignificant zeros.
            if trim { value = NumberFormat.trimZeros(value) }

            // If a negative value rounds to zero after formatting, and no
            // explicit positive sign is requested, hide the sign.
            if valueNegative && JavaScriptNumber.isNumericZero(value) && sign != "+" {
                valueNegative = false
            }

            // Compute the prefix and suffix.
            let signText: String
            if valueNegative {
                signText = sign == "(" ? "(" : locale.minus
            } else {
                signText = (sign == "-" || sign == "(") ? "" : String(sign)
            }
            valuePrefix = signText + valuePrefix
            if type == "s" {
                valueSuffix = siPrefixes[8 + prefixExponent / 3] + valueSuffix
            }
            if valueNegative && sign == "(" { valueSuffix += ")" }

            // Break the formatted value into the integer "value" part that can
            // be grouped, and fractional or exponential "suffix" part that is not.
            if maybeSuffix {
                let units = Array(value.utf16)
                if let i = units.firstIndex(where: { $0 < 48 || $0 > 57 }) {
                    let rest = String(decoding: units[(i + 1)...], as: UTF16.self)
                    let tail = units[i] == 46 ? locale.decimal + rest : String(decoding: units[i...], as: UTF16.self)
                    valueSuffix = tail + valueSuffix
                    value = String(decoding: units[..<i], as: UTF16.self)
                }
            }
        }

        // If the fill character is not "0", grouping is applied before padding.
        if comma && !zero { value = group(value, width: Int.max) }

        // Compute the padding.
        var length = valuePrefix.utf16.count + value.utf16.count + valueSuffix.utf16.count
        var padding = length < width ? String(repeating: fill, count: width - length) : ""

        // If the fill character is "0", grouping is applied after padding.
        if comma && zero {
            value = group(padding + value, width: padding.isEmpty ? Int.max : width - valueSuffix.utf16.count)
            padding = ""
        }

        // Reconstruct the final output based on the desired alignment.
        let result: String
        switch align {
        case "<":
            result = valuePrefix + value + valueSuffix + padding
        case "=":
            result = valuePrefix + padding + value + valueSuffix
        case "^":
            let padChars = Array(padding)
            length = padChars.count >> 1
            result = String(padChars[..<length]) + valuePrefix + value + valueSuffix + String(padChars[length...])
        default:
            result = padding + valuePrefix + value + valueSuffix
        }
        return substituteNumerals(result)
    }

    // MARK: d3-format internals

    /// The format types of d3-format's `formatTypes`, applied to `x ≥ 0`.
    /// Returns the text and, for `s`, the SI prefix exponent.
    static func formatType(_ type: String, _ x: Double, _ p: Int) -> (String, Int) {
        switch type {
        case "%": return (JavaScriptNumber.toFixed(x * 100, p), 0)
        case "b": return (JavaScriptNumber.toString(integral: JavaScriptNumber.round(x), radix: 2), 0)
        case "o": return (JavaScriptNumber.toString(integral: JavaScriptNumber.round(x), radix: 8), 0)
        case "x": return (JavaScriptNumber.toString(integral: JavaScriptNumber.round(x), radix: 16), 0)
        case "X": return (JavaScriptNumber.toString(integral: JavaScriptNumber.round(x), radix: 16).uppercased(), 0)
        case "d": return (formatDecimal(x), 0)
        case "e": return (JavaScriptNumber.toExponential(x, p), 0)
        case "f": return (JavaScriptNumber.toFixed(x, p), 0)
        case "g": return (JavaScriptNumber.toPrecision(x, p), 0)
        case "p": return (formatRounded(x * 100, p), 0)
        case "r": return (formatRounded(x, p), 0)
        case "s": return formatPrefixAuto(x, p)
        default: return (JavaScriptNumber.toString(x), 0)
        }
    }

    /// d3's `formatDecimal`: `Math.round(x)` in full, never in exponent form.
    static func formatDecimal(_ x: Double) -> String {
        let rounded = JavaScriptNumber.round(x)
        if rounded.isInfinite { return "∞" }  // toLocaleString("en") of Infinity
        if abs(rounded) >= 1e21 {
            // toLocaleString("en") without its commas: shortest digits, zero-padded.
            let d = JavaScriptNumber.shortestDigits(abs(rounded))
            let text = JavaScriptNumber.digitString(d.digits) + String(repeating: "0", count: max(0, d.point - d.digits.count))
            return rounded < 0 ? "-" + text : text
        }
        return JavaScriptNumber.toString(rounded)
    }

    /// d3's `formatDecimalParts(x, p)`: coefficient digits and exponent of
    /// `x.toExponential(p - 1)` (or `toExponential()` when `p` is 0 or nil);
    /// nil for NaN and infinities.
    static func decimalParts(_ x: Double, _ p: Int?) -> (coefficient: String, exponent: Int)? {
        let text: String
        if let p, p != 0 {
            text = JavaScriptNumber.toExponential(x, p - 1)
        } else {
            text = JavaScriptNumber.toExponential(x, nil)
        }
        guard let e = text.firstIndex(of: "e") else { return nil }
        let coefficient = text[..<e].replacingOccurrences(of: ".", with: "")
        let exponent = Int(text[text.index(after: e)...].replacingOccurrences(of: "+", with: ""))!
        return (coefficient, exponent)
    }

    /// d3's `formatRounded`: `p` significant digits, never in exponent form.
    static func formatRounded(_ x: Double, _ p: Int) -> String {
        guard let (coefficient, exponent) = decimalParts(x, p) else { return JavaScriptNumber.toString(x) }
        let n = coefficient.count
        if exponent < 0 {
            return "0." + String(repeating: "0", count: -exponent - 1) + coefficient
        }
        if n > exponent + 1 {
            let i = coefficient.index(coefficient.startIndex, offsetBy: exponent + 1)
            return String(coefficient[..<i]) + "." + String(coefficient[i...])
        }
        return coefficient + String(repeating: "0", count: exponent - n + 1)
    }

    /// d3's `formatPrefixAuto`: `p` significant digits scaled to an SI prefix.
    static func formatPrefixAuto(_ x: Double, _ p: Int) -> (String, Int) {
        guard let (coefficient, exponent) = decimalParts(x, p) else { return (JavaScriptNumber.toString(x), 0) }
        let prefixExponent = max(-8, min(8, Int((Double(exponent) / 3).rounded(.down)))) * 3
        let i = exponent - prefixExponent + 1
        let n = coefficient.count
        if i == n { return (coefficient, prefixExponent) }
        if i > n { return (coefficient + String(repeating: "0", count: i - n), prefixExponent) }
        if i > 0 {
            let index = coefficient.index(coefficient.startIndex, offsetBy: i)
            return (String(coefficient[..<index]) + "." + String(coefficient[index...]), prefixExponent)
        }
        // Less than 1y!
        let digits = decimalParts(x, max(0, p + i - 1))!.coefficient
        return ("0." + String(repeating: "0", count: -i) + digits, prefixExponent)
    }

    /// d3's `formatTrim`: removes insignificant zeros, e.g. "1.2000" → "1.2".
    static func trimZeros(_ s: String) -> String {
        let u = Array(s.utf16)
        var i0 = -1
        var i1 = 0
        var i = 1
        scan: while i < u.count {
            switch u[i] {
            case 46:  // "."
                i0 = i
                i1 = i
            case 48:  // "0"
                if i0 == 0 { i0 = i }
                i1 = i
            case 49...57:
                if i0 > 0 { i0 = 0 }
            default:
                break scan
            }
            i += 1
        }
        guard i0 > 0 else { return s }
        return String(decoding: u[..<i0], as: UTF16.self) + String(decoding: u[(i1 + 1)...], as: UTF16.self)
    }

    /// d3's `formatGroup` with this locale's grouping and separator.
    private func group(_ value: String, width: Int) -> String {
        guard let grouping = locale.grouping, !grouping.isEmpty, let thousands = locale.thousands else {
            return value
        }
        // d3 counts UTF-16 units; for ASCII digits (nearly always) those are the UTF-8 bytes,
        // which slice into strings without transcoding.
        let ascii = value.utf8.allSatisfy { $0 < 0x80 }
        let bytes = ascii ? Array(value.utf8) : []
        let units = ascii ? [] : Array(value.utf16)
        var i = ascii ? bytes.count : units.count
        var parts: [String] = []
        var j = 0
        var g = grouping[0]
        var length = 0
        while i > 0 && g > 0 {
            if length + g + 1 > width { g = max(1, width - length) }
            let start = max(0, i - g)
            parts.append(ascii ? String(decoding: bytes[start..<i], as: UTF8.self) : String(decoding: units[start..<i], as: UTF16.self))
            i -= g
            length += g + 1
            if length > width { break }
            j = (j + 1) % grouping.count
            g = grouping[j]
        }
        return parts.reversed().joined(separator: thousands)
    }

    private func substituteNumerals(_ text: String) -> String {
        guard let numerals = locale.numerals, numerals.count == 10 else { return text }
        var out = ""
        for c in text {
            if c.isASCII, let digit = c.wholeNumberValue {
                out += numerals[digit]
            } else {
                out.append(c)
            }
        }
        return out
    }
}

/// The SI prefixes from yocto (10⁻²⁴) to yotta (10²⁴), as d3-format spells them.
let siPrefixes = ["y", "z", "a", "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"]

/// d3's `exponent(x)`: the decimal exponent of `|x|` in exponential notation
/// (NaN for NaN and infinities).
func decimalExponent(_ x: Double) -> Double {
    guard let parts = NumberFormat.decimalParts(abs(x), nil) else { return .nan }
    return Double(parts.exponent)
}
