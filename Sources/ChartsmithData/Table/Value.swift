import ChartsmithFormat
/// One cell of a data table.
///
/// Values keep what the source gave them: CSV cells are strings until a field's use (or
/// `format.parse`) coerces them, as Vega-Lite does.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// A point in time, as milliseconds since 1970-01-01T00:00:00Z.
    case date(Double)

    /// The value as a number: numbers and dates as they are, numeric strings parsed,
    /// booleans as 0 or 1; nil for null, empty and non-numeric strings.
    public var number: Double? {
        switch self {
        case .number(let n): return n.isFinite ? n : nil
        case .date(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .string(let s): return Value.parseNumber(s)
        case .null: return nil
        }
    }

    /// Whether the value is null (or a NaN number), which Vega-Lite treats as invalid.
    public var isNull: Bool {
        switch self {
        case .null: return true
        case .number(let n): return !n.isFinite
        default: return false
        }
    }

    /// The value as text, as JavaScript's `String(value)` would give it for display.
    public var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return Value.jsNumberString(n)
        case .string(let s): return s
        case .date(let d): return Value.jsNumberString(d)
        }
    }

    public var description: String {
        switch self {
        case .string(let s): return "\"\(s)\""
        default: return text
        }
    }

    /// Parses a number the way a CSV cell is read: optional sign, digits, decimal point,
    /// exponent; surrounding spaces allowed; nothing else.
    public static func parseNumber(_ s: String) -> Double? {
        // Work on the UTF-8 bytes: trim ASCII spaces and tabs, and accept only the characters
        // of a decimal literal (Double() alone would also take "nan", "inf" and hex).
        var utf8 = Substring(s).utf8[...]
        while let f = utf8.first, f == 32 || f == 9 { utf8 = utf8.dropFirst() }
        while let l = utf8.last, l == 32 || l == 9 { utf8 = utf8.dropLast() }
        guard !utf8.isEmpty else { return nil }
        for c in utf8 where !(c >= 48 && c <= 57) && c != 46 && c != 45 && c != 43 && c != 101 && c != 69 {
            return nil
        }
        guard let d = Double(Substring(utf8)), d.isFinite else { return nil }
        return d
    }

    /// A number written with comma thousands separators, as spreadsheets export them
    /// (`"1,234"`, `"-12,345.5"`): groups of exactly three digits after the first, so a
    /// list (`"1,2"`) or a decimal comma (`"1,5"`) is not mistaken for one. Nil otherwise.
    public static func parseGroupedNumber(_ s: String) -> Double? {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.contains(",") else { return nil }
        var body = Substring(t)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), groups.count > 1,
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        if parts.count == 2, parts[1].isEmpty || !parts[1].allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
        return parseNumber(t.replacingOccurrences(of: ",", with: ""))
    }

    /// JavaScript's number-to-string for the common cases (integers without ".0").
    public static func jsNumberString(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return javaScriptString(n)
    }
}

/// Vega's `ascending` comparator (vega-util), as scale domains and the stack transform sort:
/// null before everything, then as ``valueLess``.
public func vegaAscending(_ a: Value, _ b: Value) -> Bool {
    if a == .null { return b != .null }
    if b == .null { return false }
    return valueLess(a, b)
}

/// Orders values as Vega sorts them: nulls last, numbers and dates numerically, strings
/// by code points, mixed kinds by kind.
public func valueLess(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.null, _): return false
    case (_, .null): return true
    case (.string(let x), .string(let y)): return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
    default:
        if let x = a.number, let y = b.number { return x < y }
        return a.text.unicodeScalars.lexicographicallyPrecedes(b.text.unicodeScalars)
    }
}

import Foundation
