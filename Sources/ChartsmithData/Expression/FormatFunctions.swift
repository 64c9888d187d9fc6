import ChartsmithFormat

/// A formatter prepared when the expression is parsed, for `format`, `timeFormat` and
/// `utcFormat` calls whose specifier is a literal.
enum ExpressionFormatter: Sendable {
    case number(NumberFormat)
    case time(TimeFormat)
}

/// Vega's formatting functions: `format` (d3-format), `timeFormat`/`utcFormat`
/// (d3-time-format, both in UTC) and the English month and weekday names.
enum FormatFunctions {
    /// Prepares the formatter for a call whose specifier does not depend on the row.
    /// - Throws: ``ExpressionError`` for a specifier d3-format would reject.
    static func formatter(_ function: ExpressionFunction, specifier: ExpressionValue, at offset: Int,
                          source: String) throws(ExpressionError) -> ExpressionFormatter? {
        switch function {
        case .format:
            do {
                return .number(try NumberFormat(specifier.jsString))
            } catch {
                throw ExpressionError(source: source, offset: offset, message: "\(error)")
            }
        case .timeFormat, .utcFormat:
            return .time(TimeFormat(specifier.jsString))
        default:
            return nil
        }
    }

    /// Formats a value with a prepared formatter.
    static func apply(_ formatter: ExpressionFormatter, to v: ExpressionValue) -> ExpressionValue {
        switch formatter {
        case .number(let f): return .string(f.format(v.jsNumber))
        case .time(let f): return .string(f.format(time(v)))
        }
    }

    /// `format(value, specifier)`: the number (`+value`) formatted as d3-format does;
    /// undefined when the specifier is invalid (Vega would stop with an error).
    static func format(_ v: ExpressionValue, specifier: ExpressionValue) -> ExpressionValue {
        guard let f = try? NumberFormat(specifier.jsString) else { return .undefined }
        return apply(.number(f), to: v)
    }

    /// `timeFormat(value, specifier)` and `utcFormat`: the date formatted as
    /// d3-time-format's `utcFormat` does.
    static func timeFormat(_ v: ExpressionValue, specifier: ExpressionValue) -> ExpressionValue {
        apply(.time(TimeFormat(specifier.jsString)), to: v)
    }

    /// The time d3-time-format formats: a date's time, or `new Date(+value)` for
    /// anything else (so date text gives an invalid date, as in Vega); NaN for null.
    static func time(_ v: ExpressionValue) -> Double {
        switch v {
        case .date(let d): return d
        case .null, .undefined: return .nan
        default: return v.jsNumber
        }
    }

    /// `monthFormat`/`dayFormat` and their abbreviated forms: the English name of a
    /// month (0 = January) or weekday (0 = Sunday), wrapping around; "" unless the
    /// argument is an integer number.
    static func name(_ v: ExpressionValue, in names: [String], abbreviated: Bool) -> String {
        guard case .number(let n) = v, JavaScriptNumber.isInteger(n) else { return "" }
        let count = Double(names.count)
        var r = n.truncatingRemainder(dividingBy: count)
        if r < 0 { r += count }
        let i = Int(r)
        return abbreviated ? String(names[i].prefix(3)) : names[i]
    }
}
