import ChartsmithFormat
import ChartsmithSpec

/// The text a row keeps in the field of a nested JSON value, as JavaScript's `String(v)`
/// gives it: "[object Object]" for an object (``ExpressionObject/marker``, by which
/// expressions know the field holds an object) and the items joined with commas for an
/// array ("1,2", nulls as ""). Their members are reachable by field paths (`a.b`, `c[0]`).
enum NestedValueText {
    static func text(_ v: InlineValue) -> String {
        switch v {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n): return JavaScriptNumber.toString(n)
        case .string(let s): return s
        case .object: return ExpressionObject.marker
        case .array(let items):
            return items.map { item in item == .null ? "" : text(item) }.joined(separator: ",")
        }
    }
}
