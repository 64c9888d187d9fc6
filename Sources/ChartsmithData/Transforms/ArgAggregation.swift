import ChartsmithSpec

/// `aggregate` and `joinaggregate` with `argmin`/`argmax` of a field (or output names that
/// repeat), read through ``CellReader`` on either kind of table: the op brings the whole
/// row it picks, each field as a member (`argmax_US_Gross.Production_Budget`). A columnar
/// table stays columnar; a row that did not get a member lacks it, as a row of its own does.
enum ArgAggregation {
    static func isArg(_ op: AggregateField) -> Bool { (op.op == .argmax || op.op == .argmin) && op.field != nil }

    /// The first of `rows` where `by` is largest (`argmax`) or smallest (`argmin`), as
    /// ``Aggregation/argRow(_:by:rows:)`` picks it.
    static func argRow(_ op: AggregateOp, by: CellReader.Field, rows: [Int], _ reader: CellReader) -> Int? {
        var best: Int?
        var bestValue = 0.0
        for i in rows {
            guard let v = reader.number(by, i) ?? Aggregation.argKey(reader.value(by, i)) else { continue }
            if best == nil || (op == .argmax ? v > bestValue : v < bestValue) { best = i; bestValue = v }
        }
        return best
    }

    /// The fields `op` gives a group of `rows`: its output, or an arg op's whole row.
    static func results(_ op: AggregateField, rows: [Int], _ reader: CellReader) -> [(String, Value)] {
        guard isArg(op), let by = op.field else {
            return [(op.outputName, reader.aggregate(op.op, field: op.field, rows: rows))]
        }
        let best = argRow(op.op, by: reader.field(by), rows: rows, reader)
        return Aggregation.argFields(op.outputName, best.map { reader.table.row(at: $0) })
    }

    /// The `aggregate` transform: one row per group (first-seen order), its `groupby`
    /// fields then each op's output.
    static func aggregate(_ table: Table, ops: [AggregateField], groupby: [String], budget: DataBudget) throws -> Table {
        let reader = CellReader(table)
        var fields = groupby + ops.map(\.outputName)
        let groups = reader.groups(by: groupby)
        // An argmin or argmax brings the whole row: a field per source field.
        let argOps = ops.filter(isArg).count
        try budget.check("aggregate", rows: groups.count,
                         fields: DataBudget.sum(fields.count, DataBudget.product(argOps, table.fields.count)))
        var added = Set(fields)
        var rows: [Row] = []
        rows.reserveCapacity(groups.count)
        for (g, key) in zip(groups, reader.keys(of: groups, by: groupby)) {
            var r = Row()
            for (k, f) in groupby.enumerated() { r[f] = key[k] }
            for op in ops {
                for (name, v) in results(op, rows: g, reader) {
                    r[name] = v
                    if added.insert(name).inserted { fields.append(name) }
                }
            }
            rows.append(r)
        }
        return reader.output(fields: fields, rows: rows)
    }

    /// The `joinaggregate` transform: each op's result for a row's group, written into the
    /// row (a later op of the same name replacing an earlier one).
    static func joinaggregate(_ table: Table, ops: [AggregateField], groupby: [String]) -> Table {
        let reader = CellReader(table)
        var fields = table.fields
        for op in ops where !fields.contains(op.outputName) { fields.append(op.outputName) }
        // The cells written, by field in first-written order (nil: not written in that row).
        var written: [String: [Value?]] = [:]
        var order: [String] = []
        for g in reader.groups(by: groupby) {
            for op in ops {
                for (name, v) in results(op, rows: g, reader) {
                    if !fields.contains(name) { fields.append(name) }
                    if written[name] == nil {
                        written[name] = [Value?](repeating: nil, count: reader.count)
                        order.append(name)
                    }
                    for i in g { written[name]![i] = v }
                }
            }
        }
        if var store = reader.store {
            for name in order { store = store.writing(name, written[name]!) }
            return Table(fields: fields, columns: store, bins: table.bins)
        }
        var t = table
        t.fields = fields
        for name in order {
            for (i, v) in written[name]!.enumerated() { if let v { t.rows[i][name] = v } }
        }
        return t
    }
}
