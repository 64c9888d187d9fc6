import ChartsmithFormat

/// Converts cells to the kind a field's use asks for, as Vega-Lite's parser does.
public enum Coercion {
    /// A number for a quantitative field: numbers as they are, numeric strings parsed,
    /// empty strings and nulls as nil. Throws nothing: callers decide whether a
    /// non-numeric string is an error.
    public static func number(_ v: Value) -> Double? { v.number }

    /// A timestamp for a temporal field: dates as they are, numbers as milliseconds,
    /// strings parsed as JavaScript's `Date` parses them, in UTC.
    /// JavaScript's limit: a `Date` holds at most 8.64e15 ms either side of 1970; beyond
    /// it a date is invalid, as in Vega.
    public static let maximumDate = 8.64e15

    public static func date(_ v: Value) -> Double? {
        switch v {
        case .date(let d): return abs(d) <= maximumDate ? d : nil
        case .number(let n): return n.isFinite && abs(n) <= maximumDate ? n : nil
        case .string(let s):
            let t = s.trimmingCharacters(in: .whitespaces)
            if t.isEmpty { return nil }
            return DateParsing.parse(t)
        default: return nil
        }
    }
}

import Foundation
