import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Every colour string the views name — the marks' own colours, gradient stops, and the
/// channels' values and conditions — parsed once when the encoding is resolved, so drawing
/// a row looks its colours up instead of parsing CSS again.
struct ParsedColors {
    /// Each string seen, with its colour (nil: not a CSS colour).
    private var table: [String: Color?] = [:]

    init(views: [PreparedView]) {
        for v in views {
            let m = v.mark
            for s in [m.fill, m.stroke, m.color, m.lineColor, m.pointColor, m.pointFill] { if let s { add(s) } }
            for stop in m.gradient?.stops ?? [] { add(stop.color) }
            for defs in v.encoding.channels.values {
                for d in defs {
                    if case .string(let s)? = d.value { add(s) }
                    for c in d.conditions { if case .string(let s) = c.value { add(s) } }
                }
            }
        }
    }

    private mutating func add(_ s: String) {
        if table[s] == nil { table[s] = .some(CSSColor.parse(s)) }
    }

    /// The colour `s` names: parsed already when the spec names it, else (a value computed
    /// per row, such as an expression's) parsed now.
    subscript(_ s: String) -> Color? {
        if let parsed = table[s] { return parsed }
        return CSSColor.parse(s)
    }
}
