import ChartsmithSpec

/// Vega-Lite's `impute`: within each group, a row for every key value (those in the data
/// and the `keyvals`) that the group lacks, its field set to `value` or to the `mean`,
/// `median`, `max` or `min` of the group's values within the `frame`.
public enum Impute {
    public static func apply(_ spec: ImputeSpec, to table: Table) -> Table {
        guard let field = spec.field, let key = spec.key else { return table }
        var t = table
        t.addField(field)
        t.addField(key)
        // Keys compare by number when they have one (dates and numbers alike), else by text.
        func id(_ v: Value) -> String { v.number.map { "n\($0)" } ?? "s\(v.text)" }
        var keys: [Value] = []
        var seen = Set<String>()
        let dates = t.rows.contains { if case .date = $0[key] { return true } else { return false } }
        for extra in spec.extraKeys {
            var v = DataLoader.value(extra)
            if dates, case .number(let n) = v { v = .date(n) }
            if seen.insert(id(v)).inserted { keys.append(v) }
        }
        for r in t.rows where !r[key].isNull {
            if seen.insert(id(r[key])).inserted { keys.append(r[key]) }
        }
        let groups = Aggregation.group(t.rows, by: spec.groupby)
        var added: [Row] = []
        for g in groups {
            let present = Set(g.rows.map { id($0[key]) })
            var newRows: [Row] = []
            for k in keys where !present.contains(id(k)) {
                var r = Row()
                for (i, f) in spec.groupby.enumerated() { r[f] = g.key[i] }
                r[key] = k
                r[field] = spec.method == .value ? (spec.value.map(DataLoader.value) ?? .null) : .null
                newRows.append(r)
            }
            if spec.method != .value && !newRows.isEmpty {
                // The window runs over the group with its new rows, in key order.
                let all = (g.rows + newRows).enumerated().sorted { a, b in
                    let ka = a.element[key], kb = b.element[key]
                    if ka == kb { return a.offset < b.offset }
                    return valueLess(ka, kb)
                }
                let n = all.count
                for (pos, item) in all.enumerated() where item.offset >= g.rows.count {
                    let lo = spec.frame[0].map { max(0, pos + Int($0)) } ?? 0
                    let hi = spec.frame.count > 1 ? (spec.frame[1].map { min(n - 1, pos + Int($0)) } ?? n - 1) : n - 1
                    let window = lo <= hi ? all[lo...hi].map(\.element) : []
                    let op: AggregateOp
                    switch spec.method {
                    case .mean: op = .mean
                    case .median: op = .median
                    case .max: op = .max
                    case .min: op = .min
                    case .value: op = .mean
                    }
                    newRows[item.offset - g.rows.count][field] = Aggregation.apply(op, field: field, rows: window)
                }
            }
            added += newRows
        }
        t.rows += added
        return t
    }
}
