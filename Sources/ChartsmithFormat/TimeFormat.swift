import Foundation

/// A date formatter reproducing d3-time-format v4's `utcFormat` (Vega's
/// `utcFormat`, and its `timeFormat` when the time zone is UTC).
///
/// Directives: `%a %A %b %B %c %d %e %f %g %G %H %I %j %L %m %M %p %q %Q %s
/// %S %u %U %V %w %W %x %X %y %Y %Z %%`, each optionally with a padding
/// modifier: `%-d` (no padding), `%_d` (spaces), `%0d` (zeros). Unknown
/// directives print the character after `%`, as in d3.
///
/// Dates are JavaScript time values (milliseconds since 1970-01-01T00:00Z);
/// everything is computed in UTC, so output never depends on the machine.
///
/// ```swift
/// TimeFormat("%b %Y").format(1_267_747_200_000)   // "Mar 2010"
/// ```
public struct TimeFormat: Sendable, CustomStringConvertible {
    /// The specifier, as given.
    public let specifier: String
    /// The locale for names and the `%c %x %X` formats.
    public let locale: TimeLocale

    private enum Token: Sendable {
        case literal(String)
        case directive(Character, pad: String?)
    }

    private let tokens: [Token]

    /// Creates a formatter; every specifier is valid.
    public init(_ specifier: String, locale: TimeLocale = .default) {
        self.specifier = specifier
        self.locale = locale
        self.tokens = TimeFormat.tokenize(specifier)
    }

    /// The specifier.
    public var description: String { specifier }

    /// Formats a time value (milliseconds since the epoch; fractions are
    /// truncated as JavaScript's `Date` does). An invalid date (NaN, or beyond
    /// ±8.64 × 10¹⁵ ms) formats as d3 formats an Invalid Date ("NaN" numbers, empty names).
    public func format(_ milliseconds: Double) -> String {
        let t = UTCCalendar.timeClip(milliseconds)
        var out = ""
        for token in tokens {
            switch token {
            case .literal(let text):
                out += text
            case .directive(let c, let pad):
                out += directive(c, pad: pad ?? (c == "e" ? " " : "0"), t)
            }
        }
        return out
    }

    /// Formats a Foundation date.
    public func format(_ date: Date) -> String {
        format(date.timeIntervalSince1970 * 1000)
    }

    /// Makes the formatter usable as a function.
    public func callAsFunction(_ milliseconds: Double) -> String {
        format(milliseconds)
    }

    // MARK: Implementation

    private static let pads: [Character: String] = ["-": "", "_": " ", "0": "0"]

    /// Splits a specifier the way d3's `newFormat` walks it.
    private static func tokenize(_ specifier: String) -> [Token] {
        let chars = Array(specifier)
        var tokens: [Token] = []
        var literal = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "%" {
                if !literal.isEmpty { tokens.append(.literal(literal)); literal = "" }
                i += 1
                var c: Character? = i < chars.count ? chars[i] : nil
                var pad: String? = nil
                if let first = c, let p = pads[first] {
                    pad = p
                    i += 1
                    c = i < chars.count ? chars[i] : nil
                }
                if let c {
                    tokens.append(.directive(c, pad: pad))
                }
                i += 1
            } else {
                literal.append(chars[i])
                i += 1
            }
        }
        if !literal.isEmpty { tokens.append(.literal(literal)) }
        return tokens
    }

    /// d3-time-format's `pad(value, fill, width)`.
    private static func pad(_ value: Int?, _ fill: String, _ width: Int) -> String {
        let sign = (value ?? 0) < 0 ? "-" : ""
        let string = value.map { String($0.magnitude) } ?? "NaN"
        let length = string.count
        if length < width && !fill.isEmpty {
            return sign + String(repeating: fill, count: width - length) + string
        }
        return sign + string
    }

    private func directive(_ c: Character, pad p: String, _ t: Double) -> String {
        let f = UTCCalendar.fields(t)
        switch c {
        case "a": return f.map { locale.shortDays[$0.weekday] } ?? ""
        case "A": return f.map { locale.days[$0.weekday] } ?? ""
        case "b": return f.map { locale.shortMonths[$0.month] } ?? ""
        case "B": return f.map { locale.months[$0.month] } ?? ""
        case "c": return TimeFormat(locale.dateTime, locale: locale).format(t)
        case "x": return TimeFormat(locale.date, locale: locale).format(t)
        case "X": return TimeFormat(locale.time, locale: locale).format(t)
        case "d", "e": return Self.pad(f?.day, p, 2)
        case "f": return Self.pad(f?.milliseconds, p, 3) + "000"
        case "g": return Self.pad(isoWeekThursday(t).flatMap { UTCCalendar.fields($0) }.map { $0.year % 100 }, p, 2)
        case "G": return Self.pad(isoWeekThursday(t).flatMap { UTCCalendar.fields($0) }.map { $0.year % 10000 }, p, 4)
        case "H": return Self.pad(f?.hours, p, 2)
        case "I": return Self.pad(f.map { $0.hours % 12 == 0 ? 12 : $0.hours % 12 } ?? 12, p, 2)
        case "j":
            guard f != nil else { return "NaN" }
            return Self.pad(1 + Int(UTCInterval.day.count(from: UTCInterval.year.floor(t), to: t)), p, 3)
        case "L": return Self.pad(f?.milliseconds, p, 3)
        case "m": return Self.pad(f.map { $0.month + 1 }, p, 2)
        case "M": return Self.pad(f?.minutes, p, 2)
        case "p": return locale.periods[(f?.hours ?? 0) >= 12 ? 1 : 0]
        case "q": return String(1 + (f?.month ?? 0) / 3)
        case "Q": return t.isNaN ? "NaN" : JavaScriptNumber.toString(t)
        case "s": return t.isNaN ? "NaN" : JavaScriptNumber.toString((t / 1000).rounded(.down))
        case "S": return Self.pad(f?.seconds, p, 2)
        case "u": return f.map { String($0.weekday == 0 ? 7 : $0.weekday) } ?? "NaN"
        case "U":
            guard f != nil else { return "NaN" }
            return Self.pad(Int(UTCInterval.sunday.count(from: UTCInterval.year.floor(t) - 1, to: t)), p, 2)
        case "V":
            guard let d = isoWeekThursday(t) else { return "NaN" }
            let yearStart = UTCInterval.year.floor(d)
            let startsOnThursday = UTCCalendar.fields(yearStart)?.weekday == 4 ? 1 : 0
            return Self.pad(Int(UTCInterval.thursday.count(from: yearStart, to: d)) + startsOnThursday, p, 2)
        case "w": return f.map { String($0.weekday) } ?? "NaN"
        case "W":
            guard f != nil else { return "NaN" }
            return Self.pad(Int(UTCInterval.monday.count(from: UTCInterval.year.floor(t) - 1, to: t)), p, 2)
        case "y": return Self.pad(f.map { $0.year % 100 }, p, 2)
        case "Y": return Self.pad(f.map { $0.year % 10000 }, p, 4)
        case "Z": return "+0000"
        case "%": return "%"
        default: return String(c)
        }
    }

    /// d3's `UTCdISO`: the Thursday of the ISO week containing `t`.
    private func isoWeekThursday(_ t: Double) -> Double? {
        guard let f = UTCCalendar.fields(t) else { return nil }
        return (f.weekday >= 4 || f.weekday == 0) ? UTCInterval.thursday.floor(t) : UTCInterval.thursday.ceil(t)
    }
}
