import ChartsmithSpec

/// Vega-Lite's `quantile` transform (``QuantileSpec``): per group, the field's sample
/// quantiles at each probability, by d3's `quantileSorted` (R-7: linear interpolation
/// between order statistics), as Vega's `quantile` transform gives them.
public enum Quantile {
    public static func apply(_ p: QuantileSpec, to table: Table, budget: DataBudget = .current) throws -> Table {
        let reader = CellReader(table)
        let field = reader.field(p.field)
        let fields = p.groupby + [p.probAs, p.valueAs]
        let probs = p.probs ?? steps(p.step)
        // As Vega: without groupby, one group even of no rows (its quantiles are null).
        let groups = p.groupby.isEmpty ? [Array(0..<reader.count)] : reader.groups(by: p.groupby)
        try budget.check("quantile", rows: DataBudget.product(groups.count, probs.count), fields: fields.count)
        var rows: [Row] = []
        for (g, key) in zip(groups, p.groupby.isEmpty ? [[]] : reader.keys(of: groups, by: p.groupby)) {
            let values = g.compactMap { reader.number(field, $0) }.sorted()
            for prob in probs {
                var row = Row()
                for (name, value) in zip(p.groupby, key) { row[name] = value }
                row[p.probAs] = .number(prob)
                row[p.valueAs] = quantileSorted(values, prob).map(Value.number) ?? .null
                rows.append(row)
            }
        }
        return reader.output(fields: fields, rows: rows)
    }

    /// d3's `range(step / 2, 1 − 1e-14, step)`: `start + i × step` for i below
    /// ⌈(stop − start) / step⌉.
    public static func steps(_ step: Double) -> [Double] {
        let start = step / 2, stop = 1 - 1e-14
        let n = max(0, Int(((stop - start) / step).rounded(.up)))
        return (0..<n).map { start + Double($0) * step }
    }

    /// d3's `quantileSorted` of ascending `values`; nil when there are none.
    public static func quantileSorted(_ values: [Double], _ p: Double) -> Double? {
        guard !values.isEmpty, !p.isNaN else { return nil }
        if p <= 0 || values.count < 2 { return values[0] }
        if p >= 1 { return values[values.count - 1] }
        let i = Double(values.count - 1) * p
        let i0 = Int(i.rounded(.down))
        return values[i0] + (values[i0 + 1] - values[i0]) * (i - Double(i0))
    }
}
