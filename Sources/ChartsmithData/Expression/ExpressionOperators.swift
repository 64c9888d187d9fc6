import ChartsmithFormat

/// JavaScript's operator semantics on ``ExpressionValue``s.
///
/// Departures, all for dates (JavaScript `Date` objects): dates add and subtract as
/// their millisecond time (`+` joins text only when the other side is text), equal
/// other dates at the same time, equal numbers of the same time, and equal strings
/// that parse to the same time.
enum JSOperators {
    /// Longest string an operation may build (in UTF-16 code units); longer results
    /// become null, so that hostile expressions cannot exhaust memory.
    static let maxStringLength = 1 << 23

    // MARK: Arithmetic

    /// `a + b`: text concatenation when either side is text (or an array), otherwise
    /// numeric addition.
    static func add(_ a: ExpressionValue, _ b: ExpressionValue) -> ExpressionValue {
        if isText(a) || isText(b) {
            let text = a.jsString + b.jsString
            return text.utf16.count > maxStringLength ? .null : .string(text)
        }
        return .number(a.jsNumber + b.jsNumber)
    }

    private static func isText(_ v: ExpressionValue) -> Bool {
        switch v {
        case .string, .array, .object: return true
        default: return false
        }
    }

    // MARK: Equality

    /// `a == b`, JavaScript's loose equality: null and undefined equal only each other;
    /// numbers and strings compare as numbers (`"2010" == 2010`); booleans compare as
    /// 0 or 1; arrays and objects compare with primitives through their text; distinct
    /// arrays or objects are never equal (the same member of the same row is the same object).
    static func looseEquals(_ a: ExpressionValue, _ b: ExpressionValue) -> Bool {
        switch (a, b) {
        case (.null, .null), (.null, .undefined), (.undefined, .null), (.undefined, .undefined): return true
        case (.null, _), (_, .null), (.undefined, _), (_, .undefined): return false
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return sameText(x, y)
        case (.bool(let x), .bool(let y)): return x == y
        case (.date(let x), .date(let y)): return x == y
        case (.object(let x), .object(let y)): return x.isSame(as: y)
        case (.array, .array), (.array, .object), (.object, .array): return false
        case (.bool(let x), _): return looseEquals(.number(x ? 1 : 0), b)
        case (_, .bool(let y)): return looseEquals(a, .number(y ? 1 : 0))
        case (.number(let x), .string(let s)), (.string(let s), .number(let x)): return x == JavaScriptNumber.parse(s)
        case (.date(let d), .number(let n)), (.number(let n), .date(let d)): return d == n
        case (.date(let d), .string(let s)), (.string(let s), .date(let d)): return JSDates.time(.string(s)) == d
        case (.array, _), (.object, _): return looseEquals(.string(a.jsString), b)
        case (_, .array), (_, .object): return looseEquals(a, .string(b.jsString))
        }
    }

    /// `a === b`: same kind and same value (NaN is not equal to itself; dates at the
    /// same time are equal; distinct arrays are not).
    static func strictEquals(_ a: ExpressionValue, _ b: ExpressionValue) -> Bool {
        switch (a, b) {
        case (.null, .null), (.undefined, .undefined): return true
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return sameText(x, y)
        case (.bool(let x), .bool(let y)): return x == y
        case (.date(let x), .date(let y)): return x == y
        case (.object(let x), .object(let y)): return x.isSame(as: y)
        default: return false
        }
    }

    /// Code-unit equality, as JavaScript compares strings (no Unicode normalisation).
    static func sameText(_ x: String, _ y: String) -> Bool {
        x.utf8.elementsEqual(y.utf8)
    }

    // MARK: Relations

    /// JavaScript's abstract relational comparison `a < b`: two strings compare by
    /// UTF-16 code units, anything else as numbers (dates by time, null as 0); nil
    /// when either number is NaN ("undefined", which makes every relation false).
    static func lessThan(_ a: ExpressionValue, _ b: ExpressionValue) -> Bool? {
        let pa = a.primitive, pb = b.primitive
        if case .string(let x) = pa, case .string(let y) = pb {
            return x.utf16.lexicographicallyPrecedes(y.utf16)
        }
        let x = pa.jsNumber, y = pb.jsNumber
        if x.isNaN || y.isNaN { return nil }
        return x < y
    }

    // MARK: Members

    /// `base[key]`: `length` and indexes of strings (UTF-16 code units) and arrays, the
    /// members of objects; undefined for anything else (where JavaScript would throw, on
    /// null, too).
    static func member(_ base: ExpressionValue, _ key: ExpressionValue) -> ExpressionValue {
        let name = key.jsString
        switch base {
        case .string(let s):
            if name == "length" { return .number(Double(s.utf16.count)) }
            guard let i = arrayIndex(name) else { return .undefined }
            let units = s.utf16
            guard i < units.count else { return .undefined }
            return .string(String(decoding: [units[units.index(units.startIndex, offsetBy: i)]], as: UTF16.self))
        case .array(let items):
            if name == "length" { return .number(Double(items.count)) }
            guard let i = arrayIndex(name), i < items.count else { return .undefined }
            return items[i]
        case .object(let o):
            return o.member(name)
        default:
            return .undefined
        }
    }

    /// The index a property name denotes: a canonical non-negative integer ("0", "12",
    /// not "012" or "1.0").
    private static func arrayIndex(_ name: String) -> Int? {
        let u = name.utf8
        guard let first = u.first, u.count <= 15, u.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        if first == 48 && u.count > 1 { return nil }
        return Int(name)
    }
}

extension UnaryOperator {
    func apply(_ v: ExpressionValue) -> ExpressionValue {
        switch self {
        case .not: return .bool(!v.isTruthy)
        case .negate: return .number(-v.jsNumber)
        case .plus: return .number(v.jsNumber)
        case .bitwiseNot: return .number(Double(~JavaScriptNumber.toInt32(v.jsNumber)))
        }
    }
}

extension BinaryOperator {
    func apply(_ a: ExpressionValue, _ b: ExpressionValue) -> ExpressionValue {
        switch self {
        case .add: return JSOperators.add(a, b)
        case .subtract: return .number(a.jsNumber - b.jsNumber)
        case .multiply: return .number(a.jsNumber * b.jsNumber)
        case .divide: return .number(a.jsNumber / b.jsNumber)
        case .remainder: return .number(a.jsNumber.truncatingRemainder(dividingBy: b.jsNumber))
        case .equal: return .bool(JSOperators.looseEquals(a, b))
        case .notEqual: return .bool(!JSOperators.looseEquals(a, b))
        case .strictEqual: return .bool(JSOperators.strictEquals(a, b))
        case .strictNotEqual: return .bool(!JSOperators.strictEquals(a, b))
        case .less: return .bool(JSOperators.lessThan(a, b) ?? false)
        case .greater: return .bool(JSOperators.lessThan(b, a) ?? false)
        case .lessOrEqual: return .bool(JSOperators.lessThan(b, a) == false)
        case .greaterOrEqual: return .bool(JSOperators.lessThan(a, b) == false)
        case .bitwiseAnd: return int32(a, b, &)
        case .bitwiseOr: return int32(a, b, |)
        case .bitwiseXor: return int32(a, b, ^)
        case .shiftLeft: return int32(a, b) { x, y in x << (y & 31) }
        case .shiftRight: return int32(a, b) { x, y in x >> (y & 31) }
        case .shiftRightUnsigned:
            let x = JavaScriptNumber.toUInt32(a.jsNumber), y = JavaScriptNumber.toUInt32(b.jsNumber)
            return .number(Double(x >> (y & 31)))
        }
    }

    private func int32(_ a: ExpressionValue, _ b: ExpressionValue, _ f: (Int32, Int32) -> Int32) -> ExpressionValue {
        .number(Double(f(JavaScriptNumber.toInt32(a.jsNumber), JavaScriptNumber.toInt32(b.jsNumber))))
    }
}
