import ChartsmithFormat

/// A value while an expression runs: a table ``Value``, an array (array literals such
/// as `[1, 2]`, the results of `split`, `slice` on arrays, `extent`…, nested arrays of
/// JSON data) or an object (``ExpressionObject``: literals, nested JSON objects, the rows
/// of `argmin`/`argmax`), with JavaScript's conversions between kinds.
///
/// Missing fields read as `.null`. `.undefined` is what JavaScript gives for an index
/// past the end of a string or array, `.length` of a number and the like: it differs
/// from null as in JavaScript (NaN in arithmetic, "undefined" as text) and becomes null
/// when it leaves the expression. Dates are JavaScript `Date` objects: truthy, equal to
/// other dates at the same time, and their millisecond time in arithmetic and
/// comparisons.
enum ExpressionValue: Sendable {
    case null
    case undefined
    case bool(Bool)
    case number(Double)
    case string(String)
    /// Milliseconds since 1970-01-01T00:00:00Z (NaN for an invalid date).
    case date(Double)
    case array([ExpressionValue])
    case object(ExpressionObject)

    init(_ value: Value) {
        switch value {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .number(let n): self = .number(n)
        case .string(let s): self = .string(s)
        case .date(let d): self = .date(d)
        }
    }

    /// The value as a table cell; arrays and objects become their JavaScript string
    /// ("1,2", "[object Object]").
    var value: Value {
        switch self {
        case .null, .undefined: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        case .date(let d): return .date(d)
        case .array, .object: return .string(jsString)
        }
    }

    /// JavaScript truthiness: false for null, undefined, false, 0, NaN and ""; true
    /// otherwise (every date, array and object included).
    var isTruthy: Bool {
        switch self {
        case .null, .undefined: return false
        case .bool(let b): return b
        case .number(let n): return !(n == 0 || n.isNaN)
        case .string(let s): return !s.isEmpty
        case .date, .array, .object: return true
        }
    }

    /// `x == null` in JavaScript: null or undefined.
    var isNullish: Bool {
        switch self {
        case .null, .undefined: return true
        default: return false
        }
    }

    /// JavaScript `ToPrimitive` with the "number" hint: dates give their time, arrays
    /// and objects their text; everything else is already primitive.
    var primitive: ExpressionValue {
        switch self {
        case .date(let d): return .number(d)
        case .array, .object: return .string(jsString)
        default: return self
        }
    }

    /// JavaScript `ToNumber`: null → 0, undefined → NaN, booleans → 0 or 1, strings as
    /// numeric literals (blank → 0, anything else → NaN), dates → their time, arrays
    /// and objects through their text.
    var jsNumber: Double {
        switch self {
        case .null: return 0
        case .undefined: return .nan
        case .bool(let b): return b ? 1 : 0
        case .number(let n): return n
        case .string(let s): return JavaScriptNumber.parse(s)
        case .date(let d): return d
        case .array, .object: return JavaScriptNumber.parse(jsString)
        }
    }

    /// JavaScript `ToString`: numbers as `Number::toString` writes them, dates as
    /// `Date.prototype.toString` in UTC, arrays joined with commas (nulls as ""),
    /// objects as "[object Object]".
    var jsString: String {
        switch self {
        case .null: return "null"
        case .undefined: return "undefined"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return JavaScriptNumber.toString(n)
        case .string(let s): return s
        case .date(let d): return JSDates.string(d)
        case .array(let items):
            return items.map { item in item.isNullish ? "" : item.jsString }.joined(separator: ",")
        case .object: return ExpressionObject.marker
        }
    }

    var isUndefined: Bool {
        if case .undefined = self { return true }
        return false
    }

    /// The string, when the value is one.
    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
}
