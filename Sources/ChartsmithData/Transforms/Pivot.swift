import ChartsmithSpec

/// Vega's `pivot` transform (see ``PivotSpec``).
public enum Pivot {
    /// Rows beyond which the new fields would be too many to chart (a pivot on an id).
    public static let maxKeys = 10_000

    /// The pivoted table: a row per group, a field per pivot value; its size is checked
    /// against `budget` before it is built.
    public static func apply(_ p: PivotSpec, to table: Table, budget: DataBudget = .current) throws -> Table {
        // The pivot values, distinct, in ascending order (Vega sorts its keys).
        var seen = Set<Value>(), keys: [Value] = []
        for r in table.rows where !r[p.pivot].isNull {
            if seen.insert(r[p.pivot]).inserted { keys.append(r[p.pivot]) }
        }
        keys.sort(by: valueLess)
        if p.limit > 0 { keys = Array(keys.prefix(p.limit)) }
        guard keys.count <= maxKeys else {
            throw DataError(message: "pivot: \(keys.count) distinct values of \(Excerpt.quoted(p.pivot)) would make as many fields;"
                            + " at most \(maxKeys)")
        }
        let names = keys.map(\.text)
        var out = Table(fields: p.groupby + names.filter { !p.groupby.contains($0) })
        let groups = Aggregation.group(table.rows, by: p.groupby)
        try budget.check("pivot", rows: groups.count, fields: out.fields.count)
        for g in groups {
            var row = Row()
            for (k, f) in p.groupby.enumerated() { row[f] = g.key[k] }
            // The group's rows by pivot value, in one pass.
            var byKey: [Value: [Row]] = [:]
            for r in g.rows { byKey[r[p.pivot], default: []].append(r) }
            for (key, name) in zip(keys, names) {
                let rows = byKey[key] ?? []
                // A group without the key has no value (Vega's pivot sums no valid values to
                // undefined), so a line of that key has a gap there rather than a zero.
                row[name] = rows.isEmpty && p.op == .sum ? .null : Aggregation.apply(p.op, field: p.value, rows: rows)
            }
            out.rows.append(row)
        }
        return out
    }
}
