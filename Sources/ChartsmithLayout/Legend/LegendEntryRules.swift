import ChartsmithData
import ChartsmithSpec

/// What a legend object says about its entries and their labels: `values` (which entries,
/// in which order), `tickCount` (how many values a continuous legend labels) and
/// `labelExpr` (each label from `datum.label` and `datum.value`), as Vega-Lite reads them.
struct LegendEntryRules {
    /// The legend's `values`, as data values; nil for the scale's own.
    let values: [Value]?
    /// About how many values a continuous legend labels.
    let tickCount: Int
    /// The label for an entry from its default text and its data value.
    let relabel: ((String, Value) -> String)?

    init(_ spec: LegendSpec?) {
        values = spec?.values.map { $0.map { Value.from($0) } }
        tickCount = spec?.tickCount.map { max(1, Int($0.rounded())) } ?? 5
        // The expression was checked before layout (``FormatCheck``).
        relabel = spec?.labelExpr.flatMap { try? Bridge.labelExpression($0) }
    }

    /// The entries of a legend of swatches: the legend's `values` in their order, each
    /// matched to the scale's value of the same text (a number given for a string field,
    /// say), else the scale's values.
    func entries(_ scaleValues: [Value]) -> [Value] {
        guard let values else { return scaleValues }
        return values.map { v in scaleValues.first { $0 == v } ?? scaleValues.first { $0.text == v.text } ?? v }
    }

    /// The values a continuous legend labels between `lo` and `hi`: its `values`, every one
    /// of them (Vega draws a listed value beyond the domain too: a gradient's label at the
    /// nearer end, a symbol at the scale's value), else the scale's nice ticks for `tickCount`.
    func ticks(_ lo: Double, _ hi: Double) -> [Double] {
        if let values { return values.compactMap(\.number) }
        return hi > lo ? Bridge.ticks(lo, hi, tickCount).filter { $0 >= lo && $0 <= hi } : [lo]
    }

    /// An entry's label: `labelExpr` over its default text, else the text.
    func label(_ text: String, _ value: Value) -> String { relabel?(text, value) ?? text }
}

