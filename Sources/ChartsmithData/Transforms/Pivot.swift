import ChartsmithSpec

/// Vega's `pivot` transform (see ``PivotSpec``), read through ``CellReader``: a columnar
/// table is pivoted on its columns (groups on column codes) into a columnar table.
public enum Pivot {
    /// Rows beyond which the new fields would be too many to chart (a pivot on an id).
    public static let maxKeys = 10_000

    /// The pivoted table: a row per group, a field per pivot value; its size is checked
    /// against `budget` before it is built.
    public static func apply(_ p: PivotSpec, to table: Table, budget: DataBudget = .current) throws -> Table {
        let reader = CellReader(table)
        let pivot = reader.field(p.pivot)
        // The pivot values, distinct, in ascending order (Vega sorts its keys).
        var seen = Set<Value>(), keys: [Value] = []
        for i in 0..<reader.count {
            let v = reader.value(pivot, i)
            if !v.isNull, seen.insert(v).inserted { keys.append(v) }
        }
        keys.sort(by: valueLess)
        if p.limit > 0 { keys = Array(keys.prefix(p.limit)) }
        guard keys.count <= maxKeys else {
            throw DataError(message: "pivot: \(keys.count) distinct values of \(Excerpt.quoted(p.pivot)) would make as many fields;"
                            + " at most \(maxKeys)")
        }
        let names = keys.map(\.text)
        let fields = p.groupby + names.filter { !p.groupby.contains($0) }
        let groups = reader.groups(by: p.groupby)
        try budget.check("pivot", rows: groups.count, fields: fields.count)
        var rows: [Row] = []
        rows.reserveCapacity(groups.count)
        for (g, key) in zip(groups, reader.keys(of: groups, by: p.groupby)) {
            var row = Row()
            for (k, f) in p.groupby.enumerated() { row[f] = key[k] }
            // The group's rows by pivot value, in one pass.
            var byKey: [Value: [Int]] = [:]
            for i in g { byKey[reader.value(pivot, i), default: []].append(i) }
            for (key, name) in zip(keys, names) {
                let members = byKey[key] ?? []
                // A group without the key has no value (Vega's pivot sums no valid values to
                // undefined), so a line of that key has a gap there rather than a zero.
                row[name] = members.isEmpty && p.op == .sum ? .null : reader.aggregate(p.op, field: p.value, rows: members)
            }
            rows.append(row)
        }
        return reader.output(fields: fields, rows: rows)
    }
}
