import ChartsmithSpec

/// The parameters `extent` transforms set, as the data stage meets them: a field's
/// `[min, max]` over the rows at that point, written into the expressions of the `calculate`
/// and `filter` transforms after it in the same list (the decoder left their names there,
/// as Vega reads the signal once the extent is computed).
public struct ExtentParams: Sendable {
    private var literals: [String: String] = [:]

    public init() {}

    /// Names `param` before its value is known, as `[0, 0]`, so the expressions that read
    /// it can be parsed before the data is loaded (``ExpressionCheck``).
    public mutating func declare(_ param: String) { literals[param] = "[0, 0]" }

    /// Sets `param` to `field`'s extent over `table`: its least and greatest numbers, nulls
    /// and NaN skipped as Vega's `extent` skips them; `[null, null]` when there are none.
    public mutating func set(_ param: String, field: String, over table: Table) {
        var lo = Double.infinity, hi = -Double.infinity
        table.forEachValue(of: field) { v in if let n = v.number, !n.isNaN { lo = min(lo, n); hi = max(hi, n) } }
        literals[param] = lo <= hi ? "[" + ExpressionNames.literal(lo) + ", " + ExpressionNames.literal(hi) + "]" : "[null, null]"
    }

    /// `tr` with the parameters' values written into its expressions.
    public func resolve(_ tr: Transform) -> Transform {
        guard !literals.isEmpty else { return tr }
        switch tr {
        case .calculate(let e, let name): return .calculate(expression: fill(e), as: name)
        case .filter(let p): return .filter(resolve(p))
        default: return tr
        }
    }

    private func resolve(_ p: FilterPredicate) -> FilterPredicate {
        switch p {
        case .expression(let e): return .expression(fill(e))
        case .and(let l): return .and(l.map(resolve))
        case .or(let l): return .or(l.map(resolve))
        case .not(let q): return .not(resolve(q))
        default: return p
        }
    }

    private func fill(_ e: String) -> String { ExpressionNames.map(e) { literals[$0] } }
}
