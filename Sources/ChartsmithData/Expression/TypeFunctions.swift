/// Vega's type checks (`isValid`, `isNumber`…) and coercions (`toNumber`, `toDate`…).
enum TypeFunctions {
    /// `isArray` … `isValid`, and `isNaN`/`isFinite`, which (as `Number.isNaN` and
    /// `Number.isFinite`) are true only for numbers, never for text.
    ///
    /// `isDefined` is false for null, because missing fields read as null.
    static func check(_ f: ExpressionFunction, _ v: ExpressionValue) -> Bool {
        switch f {
        case .isArray: if case .array = v { return true }
        case .isBoolean: if case .bool = v { return true }
        case .isDate: if case .date = v { return true }
        case .isDefined: return !v.isNullish
        case .isNumber: if case .number = v { return true }
        case .isObject:
            switch v {
            case .date, .array, .object: return true
            default: return false
            }
        case .isRegExp: return false
        case .isString: if case .string = v { return true }
        case .isValid:
            if case .number(let n) = v { return !n.isNaN }
            return !v.isNullish
        case .isNaN: if case .number(let n) = v { return n.isNaN }
        case .isFinite: if case .number(let n) = v { return n.isFinite }
        default: break
        }
        return false
    }

    /// null or "" → null; JavaScript falsy values, "false" and "0" → false; else true.
    static func toBoolean(_ v: ExpressionValue) -> ExpressionValue {
        if isBlank(v) { return .null }
        if !v.isTruthy { return .bool(false) }
        if case .string(let s) = v, s == "false" || s == "0" { return .bool(false) }
        return .bool(true)
    }

    /// null or "" → null; dates as they are; numbers as a time in milliseconds; text
    /// parsed as a date (UTC); NaN when that fails.
    static func toDate(_ v: ExpressionValue) -> ExpressionValue {
        if isBlank(v) { return .null }
        let t: Double
        switch v {
        case .bool: t = .nan
        default: t = JSDates.time(v)
        }
        return t.isNaN ? .number(.nan) : .date(t)
    }

    /// null or "" → null; otherwise the number (`+value`; NaN for non-numeric text).
    static func toNumber(_ v: ExpressionValue) -> ExpressionValue {
        isBlank(v) ? .null : .number(v.jsNumber)
    }

    /// null or "" → null; otherwise `String(value)`.
    static func toString(_ v: ExpressionValue) -> ExpressionValue {
        isBlank(v) ? .null : .string(v.jsString)
    }

    private static func isBlank(_ v: ExpressionValue) -> Bool {
        switch v {
        case .null, .undefined: return true
        case .string(let s): return s.isEmpty
        default: return false
        }
    }
}
