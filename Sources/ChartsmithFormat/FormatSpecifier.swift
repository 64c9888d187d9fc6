/// An error from parsing a format specifier.
public enum FormatError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The specifier does not follow `[[fill]align][sign][symbol][0][width][,][.precision][~][type]`,
    /// or names a type d3-format does not know.
    case invalidSpecifier(String)

    /// "invalid format specifier '…'".
    public var description: String {
        switch self {
        case .invalidSpecifier(let specifier):
            return "invalid format specifier '\(specifier)'"
        }
    }
}

/// A parsed d3-format specifier:
/// `[[fill]align][sign][symbol][0][width][,][.precision][~][type]`.
///
/// Parsing follows d3-format's regular expression exactly; `description`
/// gives d3's `FormatSpecifier.toString()`.
public struct FormatSpecifier: Sendable, Hashable, CustomStringConvertible {
    /// The fill character (a single character), default " ".
    public var fill: String = " "
    /// One of `>` (right, default), `<` (left), `^` (centre) or `=` (pad after the sign).
    public var align: Character = ">"
    /// One of `-` (default: minus only), `+`, `(` or " " (space).
    public var sign: Character = "-"
    /// "" (none), `$` (currency) or `#` (0b/0o/0x prefix).
    public var symbol: String = ""
    /// The `0` flag: zero padding with `=` alignment.
    public var zero: Bool = false
    /// The minimum width, if any.
    public var width: Int? = nil
    /// The `,` flag: group thousands.
    public var comma: Bool = false
    /// The precision, if any (clamped when formatting).
    public var precision: Int? = nil
    /// The `~` flag: trim insignificant trailing zeros.
    public var trim: Bool = false
    /// The type: one of `e f g r s % p b o d x X c n` or "" (none).
    public var type: String = ""

    /// A specifier with all defaults (d3's `new FormatSpecifier({})`).
    public init() {}

    /// Parses a specifier with d3-format's grammar.
    ///
    /// - Parameter strict: when `true` (the default), a type letter d3 does not
    ///   know (for example `q`) is an error; when `false` it is kept, and
    ///   ``NumberFormat`` then treats it as d3 does, like no type at all.
    /// - Throws: ``FormatError/invalidSpecifier(_:)``.
    public init(_ specifier: String, strict: Bool = true) throws {
        guard let parsed = FormatSpecifier.parse(Array(specifier)) else {
            throw FormatError.invalidSpecifier(specifier)
        }
        if strict && !parsed.type.isEmpty && !FormatSpecifier.knownTypes.contains(parsed.type) {
            throw FormatError.invalidSpecifier(specifier)
        }
        self = parsed
    }

    /// The types d3-format implements, plus `n` (an alias for `,g`).
    public static let knownTypes: Set<String> = ["e", "f", "g", "r", "s", "%", "p", "b", "o", "d", "x", "X", "c", "n"]

    /// d3's `FormatSpecifier.toString()`.
    public var description: String {
        var s = fill + String(align) + String(sign) + symbol
        if zero { s += "0" }
        if let width { s += String(max(1, width)) }
        if comma { s += "," }
        if let precision { s += "." + String(max(0, precision)) }
        if trim { s += "~" }
        return s + type
    }

    // MARK: Parsing

    private static let aligns: Set<Character> = ["<", ">", "=", "^"]
    private static let signs: Set<Character> = ["+", "-", "(", " "]

    /// Matches `/^(?:(.)?([<>=^]))?([+\-( ])?([$#])?(0)?(\d+)?(,)?(\.\d+)?(~)?([a-z%])?$/i`,
    /// trying the alternatives of the optional fill/align group in the order
    /// the regular expression does.
    private static func parse(_ chars: [Character]) -> FormatSpecifier? {
        if chars.count >= 2, aligns.contains(chars[1]), !isLineTerminator(chars[0]),
           var spec = parseRest(chars, from: 2) {
            spec.fill = String(chars[0])
            spec.align = chars[1]
            return spec
        }
        if chars.count >= 1, aligns.contains(chars[0]), var spec = parseRest(chars, from: 1) {
            spec.align = chars[0]
            return spec
        }
        return parseRest(chars, from: 0)
    }

    private static func isLineTerminator(_ c: Character) -> Bool {
        c == "\n" || c == "\r" || c == "\r\n" || c == "\u{2028}" || c == "\u{2029}"
    }

    /// The widest field a specifier may ask for; wider ones are invalid.
    public static let maxWidth = 1_000

    private static func isDigit(_ c: Character) -> Bool {
        c.isASCII && c.isNumber
    }

    private static func parseRest(_ chars: [Character], from start: Int) -> FormatSpecifier? {
        var spec = FormatSpecifier()
        var i = start
        if i < chars.count, signs.contains(chars[i]) {
            spec.sign = chars[i]
            i += 1
        }
        if i < chars.count, chars[i] == "$" || chars[i] == "#" {
            spec.symbol = String(chars[i])
            i += 1
        }
        if i < chars.count, chars[i] == "0" {
            spec.zero = true
            i += 1
        }
        if i < chars.count, isDigit(chars[i]) {
            var value = 0
            while i < chars.count, isDigit(chars[i]) {
                value = min(value * 10 + Int(String(chars[i]))!, 1_000_000_000)
                i += 1
            }
            // A bound no chart needs: a wider field would only allocate (d3 has none).
            if value > maxWidth { return nil }
            spec.width = value
        }
        if i < chars.count, chars[i] == "," {
            spec.comma = true
            i += 1
        }
        if i < chars.count, chars[i] == "." {
            var j = i + 1
            var value = 0
            while j < chars.count, isDigit(chars[j]) {
                value = min(value * 10 + Int(String(chars[j]))!, 1_000_000_000)
                j += 1
            }
            if j == i + 1 { return nil }
            spec.precision = value
            i = j
        }
        if i < chars.count, chars[i] == "~" {
            spec.trim = true
            i += 1
        }
        if i < chars.count, chars[i] == "%" || (chars[i].isASCII && chars[i].isLetter) {
            spec.type = String(chars[i])
            i += 1
        }
        return i == chars.count ? spec : nil
    }
}
