import ChartsmithFormat

/// Vega's string and array functions. Positions and lengths count UTF-16 code units,
/// as in JavaScript; where JavaScript would throw (`join` of a number, say) the result
/// is undefined.
enum TextFunctions {
    /// Length of text or an array; undefined for anything else.
    static func length(_ v: ExpressionValue) -> ExpressionValue {
        switch v {
        case .string(let s): return .number(Double(s.utf16.count))
        case .array(let items): return .number(Double(items.count))
        default: return .undefined
        }
    }

    /// `array.join(separator)`, "," by default; null and missing items as "".
    static func join(_ v: ExpressionValue, separator: ExpressionValue?) -> ExpressionValue {
        guard case .array(let items) = v else { return .undefined }
        let sep = separator?.jsString ?? ","
        let text = items.map { $0.isNullish ? "" : $0.jsString }.joined(separator: sep)
        return text.utf16.count > JSOperators.maxStringLength ? .null : .string(text)
    }

    /// `indexOf`/`lastIndexOf`: of the text of `search` in a string, or of an item
    /// strictly equal to it in an array; -1 when absent.
    static func indexOf(_ v: ExpressionValue, _ search: ExpressionValue, last: Bool) -> ExpressionValue {
        switch v {
        case .string(let s):
            let found = JSStrings.index(of: Array(search.jsString.utf16), in: Array(s.utf16), last: last)
            return .number(Double(found ?? -1))
        case .array(let items):
            let indices = last ? Array(items.indices.reversed()) : Array(items.indices)
            let found = indices.first { JSOperators.strictEquals(items[$0], search) }
            return .number(Double(found ?? -1))
        default:
            return .undefined
        }
    }

    /// `slice(start, end)` of text or an array; negative positions count from the end.
    static func slice(_ v: ExpressionValue, start: ExpressionValue, end: ExpressionValue?) -> ExpressionValue {
        func bounds(_ length: Int) -> Range<Int> {
            let from = JSStrings.relativeIndex(start.jsNumber, length: length)
            let to = end.map { JSStrings.relativeIndex($0.jsNumber, length: length) } ?? length
            return from < to ? from..<to : from..<from
        }
        switch v {
        case .string(let s):
            let units = Array(s.utf16)
            return .string(JSStrings.string(units[bounds(units.count)]))
        case .array(let items):
            return .array(Array(items[bounds(items.count)]))
        default:
            return .undefined
        }
    }

    /// `substring(start, end)`: positions clamped to the text, swapped if reversed.
    static func substring(_ s: String, start: ExpressionValue, end: ExpressionValue?) -> ExpressionValue {
        let units = Array(s.utf16)
        let a = JSStrings.clampedIndex(start.jsNumber, length: units.count)
        let b = end.map { JSStrings.clampedIndex($0.jsNumber, length: units.count) } ?? units.count
        return .string(JSStrings.string(units[min(a, b)..<max(a, b)]))
    }

    /// `split(separator, limit)`: no separator gives the whole text; "" splits into
    /// code units.
    static func split(_ s: String, separator: ExpressionValue?, limit: ExpressionValue?) -> ExpressionValue {
        let lim = limit.map { Int(JavaScriptNumber.toUInt32($0.jsNumber)) } ?? Int(UInt32.max)
        if lim == 0 { return .array([]) }
        guard let separator else { return .array([.string(s)]) }
        let units = Array(s.utf16)
        let sep = Array(separator.jsString.utf16)
        if units.isEmpty { return .array(sep.isEmpty ? [] : [.string(s)]) }
        var parts: [ExpressionValue] = []
        if sep.isEmpty {
            for u in units.prefix(lim) { parts.append(.string(JSStrings.string([u]))) }
            return .array(parts)
        }
        var start = 0
        var i = 0
        while i + sep.count <= units.count {
            if units[i] == sep[0] && units[i..<(i + sep.count)].elementsEqual(sep) {
                parts.append(.string(JSStrings.string(units[start..<i])))
                if parts.count == lim { return .array(parts) }
                i += sep.count
                start = i
            } else {
                i += 1
            }
        }
        parts.append(.string(JSStrings.string(units[start...])))
        return .array(parts)
    }

    /// `replace(pattern, replacement)` with a plain-text pattern: the first occurrence
    /// only, with `$$`, `$&`, `` $` `` and `$'` in the replacement as in JavaScript.
    static func replace(_ s: String, pattern: String, with replacement: String) -> ExpressionValue {
        let units = Array(s.utf16)
        let needle = Array(pattern.utf16)
        guard let at = JSStrings.index(of: needle, in: units, last: false) else { return .string(s) }
        let r = Array(replacement.utf16)
        var out = Array(units[..<at])
        var i = 0
        while i < r.count {
            if r[i] == 36, i + 1 < r.count {
                switch r[i + 1] {
                case 36: out.append(36); i += 2; continue // $$
                case 38: out += needle; i += 2; continue // $&
                case 96: out += units[..<at]; i += 2; continue // $`
                case 39: out += units[(at + needle.count)...]; i += 2; continue // $'
                default: break
                }
            }
            out.append(r[i])
            i += 1
        }
        out += units[(at + needle.count)...]
        return out.count > JSOperators.maxStringLength ? .null : .string(JSStrings.string(out))
    }

    /// Vega's `pad(text, length, character, align)`: pads to `length` with `character`
    /// (default a space) after the text, or before it when `align` is "left", or on
    /// both sides for "center".
    static func pad(_ v: ExpressionValue, length: ExpressionValue, character: ExpressionValue?,
                    align: ExpressionValue?) -> ExpressionValue {
        let s = v.jsString
        let fill = (character?.isTruthy ?? false) ? character!.jsString : " "
        let n = length.jsNumber - Double(s.utf16.count)
        guard n > 0 else { return .string(s) }
        func repeated(_ count: Double) -> String? {
            let times = count.rounded(.down)
            guard times >= 1 else { return "" }
            guard times * Double(fill.utf16.count) <= Double(JSOperators.maxStringLength) else { return nil }
            return String(repeating: fill, count: Int(times))
        }
        let alignment = align?.stringValue
        let result: String?
        if alignment == "left" {
            result = repeated(n).map { $0 + s }
        } else if alignment == "center" {
            if let before = repeated((n / 2).rounded(.towardZero)), let after = repeated((n / 2).rounded(.up)) {
                result = before + s + after
            } else {
                result = nil
            }
        } else {
            result = repeated(n).map { s + $0 }
        }
        return result.map(ExpressionValue.string) ?? .null
    }

    /// Vega's `truncate(text, length, align, ellipsis)`: shortens text longer than
    /// `length` to that length including the ellipsis ("…" by default), cutting the end,
    /// the start ("left") or the middle ("center"). Follows Vega's code to the letter,
    /// so an ellipsis that is not text (and so has no length) gives what Vega gives.
    static func truncate(_ v: ExpressionValue, length: ExpressionValue, align: ExpressionValue?,
                         ellipsis: ExpressionValue?) -> ExpressionValue {
        let e = ellipsis.flatMap { $0.isNullish ? nil : $0 } ?? .string("\u{2026}")
        let s = v.jsString
        let units = Array(s.utf16)
        let n = Double(units.count)
        let len = length.jsNumber
        if n <= len { return .string(s) }
        let l = MathFunctions.max([0, len - JSOperators.member(e, .string("length")).jsNumber])
        func sliceText(_ from: Double, _ to: Double? = nil) -> ExpressionValue {
            let a = JSStrings.relativeIndex(from, length: units.count)
            let b = to.map { JSStrings.relativeIndex($0, length: units.count) } ?? units.count
            return .string(a < b ? JSStrings.string(units[a..<b]) : "")
        }
        switch align?.stringValue {
        case "left":
            return JSOperators.add(e, sliceText(n - l))
        case "center":
            let head = JSOperators.add(sliceText(0, (l / 2).rounded(.up)), e)
            return JSOperators.add(head, sliceText(n - Double(JavaScriptNumber.toInt32(l / 2))))
        default:
            return JSOperators.add(sliceText(0, l), e)
        }
    }

    /// The last item of an array (or code unit of text); undefined when empty.
    static func peek(_ v: ExpressionValue) -> ExpressionValue {
        let n = JSOperators.member(v, .string("length")).jsNumber
        guard n >= 1 else { return .undefined }
        return JSOperators.member(v, .number(n - 1))
    }

    /// `[min, max]` of the items of an array (or the code units of text), skipping
    /// nulls and NaN; `[undefined, undefined]` when there are none.
    static func extent(_ v: ExpressionValue) -> ExpressionValue {
        let items: [ExpressionValue]
        switch v {
        case .array(let a): items = a
        case .string(let s): items = s.utf16.map { .string(JSStrings.string([$0])) }
        default: items = []
        }
        var i = 0
        while i < items.count && isInvalid(items[i]) { i += 1 }
        guard i < items.count else { return .array([.undefined, .undefined]) }
        var lo = items[i], hi = items[i]
        for item in items[i...] where !item.isNullish {
            if JSOperators.lessThan(item, lo) == true { lo = item }
            if JSOperators.lessThan(hi, item) == true { hi = item }
        }
        return .array([lo, hi])
    }

    private static func isInvalid(_ v: ExpressionValue) -> Bool {
        if case .number(let n) = v, n.isNaN { return true }
        return v.isNullish
    }

    /// Last item minus first item; 0 when that is not a number.
    static func span(_ v: ExpressionValue) -> ExpressionValue {
        guard v.isTruthy else { return .number(0) }
        let d = peek(v).jsNumber - JSOperators.member(v, .number(0)).jsNumber
        return .number(d.isNaN ? 0 : d + 0)
    }

    /// Vega's `clampRange(range, min, max)`: moves `range` inside `[min, max]`, keeping
    /// its span (or returns `[min, max]` when the span is larger).
    static func clampRange(_ range: ExpressionValue, _ lo0: Double, _ hi0: Double) -> ExpressionValue {
        var lo = JSOperators.member(range, .number(0)).jsNumber
        var hi = JSOperators.member(range, .number(1)).jsNumber
        if hi < lo { swap(&lo, &hi) }
        let width = hi - lo
        if width >= hi0 - lo0 { return .array([.number(lo0), .number(hi0)]) }
        let start = MathFunctions.min([MathFunctions.max([lo, lo0]), hi0 - width])
        return .array([.number(start), .number(start + width)])
    }

    /// Vega's `inrange(value, range, left, right)`: whether the value lies between the
    /// range's first and last items (in either order), ends included unless `left` or
    /// `right` is false.
    static func inrange(_ value: ExpressionValue, _ range: ExpressionValue, left: ExpressionValue?,
                        right: ExpressionValue?) -> Bool {
        // Items past the end are JavaScript's undefined, which no comparison accepts.
        let count = JSOperators.member(range, .string("length")).jsNumber
        guard count >= 1 else { return false }
        var r0 = JSOperators.member(range, .number(0))
        var r1 = JSOperators.member(range, .number(count - 1))
        if JSOperators.lessThan(r1, r0) == true { swap(&r0, &r1) }
        let closedLeft = left.map(\.isTruthy) ?? true
        let closedRight = right.map(\.isTruthy) ?? true
        let aboveStart = closedLeft ? JSOperators.lessThan(value, r0) == false : JSOperators.lessThan(r0, value) == true
        let belowEnd = closedRight ? JSOperators.lessThan(r1, value) == false : JSOperators.lessThan(value, r1) == true
        return aboveStart && belowEnd
    }
}
