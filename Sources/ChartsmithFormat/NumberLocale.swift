import Foundation

/// A number-formatting locale with the fields of a d3-format locale definition.
///
/// Defaults follow d3-format v3's `formatLocale`: a missing `minus` is the
/// Unicode minus sign "−" (U+2212), which is what Vega and Vega-Lite print for
/// negative numbers; use ``withHyphenMinus()`` for the ASCII "-".
public struct NumberLocale: Sendable, Hashable {
    /// The decimal point, e.g. "." or ",".
    public var decimal: String
    /// The group separator, e.g. "," or "\u{A0}"; `nil` disables grouping.
    public var thousands: String?
    /// Group sizes from the right, repeating the last pattern, e.g. `[3]`;
    /// `nil` or empty disables grouping.
    public var grouping: [Int]?
    /// The text before a currency amount (the `$` symbol), e.g. "$" or "£".
    public var currencyPrefix: String
    /// The text after a currency amount, e.g. "\u{A0}€".
    public var currencySuffix: String
    /// Ten strings replacing the digits 0–9, or `nil` for ASCII digits.
    public var numerals: [String]?
    /// The percent sign used by the `%` and `p` types.
    public var percent: String
    /// The minus sign for negative values.
    public var minus: String
    /// The text for not-a-number.
    public var nan: String

    /// The Unicode minus sign, d3-format v3's default.
    public static let unicodeMinus = "\u{2212}"
    /// The ASCII hyphen-minus.
    public static let hyphenMinus = "-"

    /// Creates a locale; omitted fields take d3-format's defaults.
    public init(
        decimal: String = ".",
        thousands: String? = nil,
        grouping: [Int]? = nil,
        currencyPrefix: String = "",
        currencySuffix: String = "",
        numerals: [String]? = nil,
        percent: String = "%",
        minus: String = NumberLocale.unicodeMinus,
        nan: String = "NaN"
    ) {
        self.decimal = decimal
        self.thousands = thousands
        self.grouping = grouping
        self.currencyPrefix = currencyPrefix
        self.currencySuffix = currencySuffix
        self.numerals = numerals
        self.percent = percent
        self.minus = minus
        self.nan = nan
    }

    /// This locale with the ASCII hyphen-minus "-" for negative numbers.
    public func withHyphenMinus() -> NumberLocale {
        var copy = self
        copy.minus = NumberLocale.hyphenMinus
        return copy
    }

    /// This locale with the given minus sign.
    public func withMinus(_ minus: String) -> NumberLocale {
        var copy = self
        copy.minus = minus
        return copy
    }

    /// d3-format's default locale (`d3.format`), which is en-US.
    public static let `default` = enUS

    /// en-US: "1,234.5", "$1,234.50".
    public static let enUS = NumberLocale(thousands: ",", grouping: [3], currencyPrefix: "$")
    /// en-GB: "1,234.5", "£1,234.50".
    public static let enGB = NumberLocale(thousands: ",", grouping: [3], currencyPrefix: "£")
    /// de-DE: "1.234,5", "1.234,50 €".
    public static let deDE = NumberLocale(decimal: ",", thousands: ".", grouping: [3], currencySuffix: "\u{A0}€")
    /// fr-FR: "1 234,5" (no-break space), "1 234,50 €", "12 %" (narrow no-break space).
    public static let frFR = NumberLocale(
        decimal: ",", thousands: "\u{A0}", grouping: [3], currencySuffix: "\u{A0}€", percent: "\u{202F}%"
    )
    /// es-ES: "1.234,5", "1.234,50 €".
    public static let esES = NumberLocale(decimal: ",", thousands: ".", grouping: [3], currencySuffix: "\u{A0}€")

    /// The built-in locales by BCP-47 name.
    public static let builtIn: [String: NumberLocale] = [
        "en-US": enUS, "en-GB": enGB, "de-DE": deDE, "fr-FR": frFR, "es-ES": esES,
    ]

    /// Looks up a built-in locale by BCP-47 name ("en-GB"); case and the
    /// separator ("-" or "_") do not matter. Returns `nil` for unknown names.
    public static func named(_ name: String) -> NumberLocale? {
        guard let key = canonicalLocaleName(name, known: builtIn.keys) else { return nil }
        return builtIn[key]
    }
}

/// Matches `name` against `known` BCP-47 names ignoring case and `_`/`-`.
func canonicalLocaleName<S: Sequence>(_ name: String, known: S) -> String? where S.Element == String {
    let wanted = name.replacingOccurrences(of: "_", with: "-").lowercased()
    return known.first { $0.lowercased() == wanted }
}
