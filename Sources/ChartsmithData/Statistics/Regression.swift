import ChartsmithSpec

/// Vega-Lite's `regression` transform (``RegressionSpec``): per group, a fitted trend line
/// sampled over the x extent (its two end points for `linear`; Vega's adaptive
/// `sampleCurve` between 25 and 200 steps otherwise), or with `params` one row of the
/// coefficients and R², as Vega's `regression` transform gives them.
public enum Regression {
    /// The most points one line is sampled at (Vega's 200 steps, plus the end).
    static let maxSamples = 201

    public static func apply(_ p: RegressionSpec, to table: Table, budget: DataBudget = .current) throws -> Table {
        let reader = CellReader(table)
        let groups = reader.groups(by: p.groupby)
        let keys = reader.keys(of: groups, by: p.groupby)
        let on = reader.field(p.on), field = reader.field(p.field)
        let dof = p.method == .poly ? p.order : p.method == .quad ? 2 : 1
        var domain = p.extent.map { ($0[0], $0[1]) }
        // Vega ignores (with a warning) an extent at or below zero for a log fit.
        if p.method == .log, let d = domain, d.0 <= 0 { domain = nil }
        if p.params {
            let keyNames = p.groupby.indices.map { "keys[\($0)]" }
            let coefNames = (0...(p.method == .poly ? p.order : dof)).map { "coef[\($0)]" }
            let fields = (p.groupby.isEmpty ? [] : ["keys"]) + ["coef", "rSquared"] + keyNames + coefNames
            try budget.check("regression", rows: groups.count, fields: fields.count)
            var rows: [Row] = []
            for (g, key) in zip(groups, keys) where g.count > dof {
                let model = RegressionModel.fit(p.method, order: p.order, points(g, reader, x: on, y: field))
                var row = Row()
                if !p.groupby.isEmpty {
                    row["keys"] = .string(key.map(\.text).joined(separator: ","))
                    for (i, k) in key.enumerated() { row["keys[\(i)]"] = k }
                }
                row["coef"] = .string(model.coef.map { Value.number($0).text }.joined(separator: ","))
                for (i, c) in model.coef.enumerated() { row["coef[\(i)]"] = .number(c) }
                row["rSquared"] = .number(model.rSquared)
                rows.append(row)
            }
            return reader.output(fields: fields, rows: rows)
        }
        var out = CurveTable(groupby: p.groupby, x: p.xAs, y: p.yAs)
        try budget.check("regression", rows: DataBudget.product(groups.count, maxSamples), fields: out.fields.count)
        for (g, key) in zip(groups, keys) {
            // As Vega: a group needs more rows (valid or not) than the model has parameters.
            guard g.count > dof else { continue }
            let pts = points(g, reader, x: on, y: field)
            let xs = g.compactMap { reader.number(on, $0) }
            guard let dom = domain ?? xs.min().flatMap({ lo in xs.max().map { (lo, $0) } }) else { continue }
            let model = RegressionModel.fit(p.method, order: p.order, pts)
            let curve = p.method == .linear
                ? [(dom.0, model.predict(dom.0)), (dom.1, model.predict(dom.1))]
                : Density.sampleCurve(model.predict, extent: dom, minSteps: 25, maxSteps: 200)
            out.append(curve, key: key)
        }
        return out.table(columnar: reader.store != nil)
    }

    /// The valid (x, y) pairs of rows `rows`, in order: both present and numbers (Vega's `+v >= +v`).
    static func points(_ rows: [Int], _ reader: CellReader, x: CellReader.Field, y: CellReader.Field) -> [(Double, Double)] {
        rows.compactMap { i in reader.number(x, i).flatMap { px in reader.number(y, i).map { (px, $0) } } }
    }
}
