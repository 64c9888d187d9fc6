import ChartsmithSpec

/// Vega-Lite's `regression` transform (``RegressionSpec``): per group, a fitted trend line
/// sampled over the x extent (its two end points for `linear`; Vega's adaptive
/// `sampleCurve` between 25 and 200 steps otherwise), or with `params` one row of the
/// coefficients and R², as Vega's `regression` transform gives them.
public enum Regression {
    /// The most points one line is sampled at (Vega's 200 steps, plus the end).
    static let maxSamples = 201

    public static func apply(_ p: RegressionSpec, to table: Table, budget: DataBudget = .current) throws -> Table {
        let groups = Aggregation.group(table.rows, by: p.groupby)
        let dof = p.method == .poly ? p.order : p.method == .quad ? 2 : 1
        var domain = p.extent.map { ($0[0], $0[1]) }
        // Vega ignores (with a warning) an extent at or below zero for a log fit.
        if p.method == .log, let d = domain, d.0 <= 0 { domain = nil }
        if p.params {
            let keyNames = p.groupby.indices.map { "keys[\($0)]" }
            let coefNames = (0...(p.method == .poly ? p.order : dof)).map { "coef[\($0)]" }
            var out = Table(fields: (p.groupby.isEmpty ? [] : ["keys"]) + ["coef", "rSquared"] + keyNames + coefNames)
            try budget.check("regression", rows: groups.count, fields: out.fields.count)
            for g in groups where g.rows.count > dof {
                let model = RegressionModel.fit(p.method, order: p.order, points(g.rows, p))
                var row = Row()
                if !p.groupby.isEmpty {
                    row["keys"] = .string(g.key.map(\.text).joined(separator: ","))
                    for (i, k) in g.key.enumerated() { row["keys[\(i)]"] = k }
                }
                row["coef"] = .string(model.coef.map { Value.number($0).text }.joined(separator: ","))
                for (i, c) in model.coef.enumerated() { row["coef[\(i)]"] = .number(c) }
                row["rSquared"] = .number(model.rSquared)
                out.rows.append(row)
            }
            return out
        }
        var out = Table(fields: p.groupby + [p.xAs, p.yAs])
        try budget.check("regression", rows: DataBudget.product(groups.count, maxSamples), fields: out.fields.count)
        for g in groups {
            // As Vega: a group needs more rows (valid or not) than the model has parameters.
            guard g.rows.count > dof else { continue }
            let pts = points(g.rows, p)
            let xs = g.rows.compactMap { $0[p.on].number }
            guard let dom = domain ?? xs.min().flatMap({ lo in xs.max().map { (lo, $0) } }) else { continue }
            let model = RegressionModel.fit(p.method, order: p.order, pts)
            let curve = p.method == .linear
                ? [(dom.0, model.predict(dom.0)), (dom.1, model.predict(dom.1))]
                : Density.sampleCurve(model.predict, extent: dom, minSteps: 25, maxSteps: 200)
            appendCurve(curve, group: zip(p.groupby, g.key), x: p.xAs, y: p.yAs, to: &out)
        }
        return out
    }

    /// The rows' valid (x, y) pairs, in order: both present and numbers (Vega's `+v >= +v`).
    /// Appends a fitted curve's points as rows: the group's key fields, x, and y (null where
    /// the fit is not finite). Shared by `regression` and `loess`.
    static func appendCurve<G: Sequence<(String, Value)>>(_ curve: [(Double, Double)], group: G, x: String, y: String,
                                                         to out: inout Table) {
        let key = Array(group)
        for (px, py) in curve {
            var row = Row()
            for (name, value) in key { row[name] = value }
            row[x] = .number(px)
            row[y] = py.isFinite ? .number(py) : .null
            out.rows.append(row)
        }
    }

    static func points(_ rows: [Row], _ p: RegressionSpec) -> [(Double, Double)] {
        rows.compactMap { r in r[p.on].number.flatMap { x in r[p.field].number.map { (x, $0) } } }
    }
}
