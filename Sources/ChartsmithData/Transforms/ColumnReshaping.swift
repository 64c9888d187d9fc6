import ChartsmithSpec

/// The transforms that regroup or reshape a columnar table (`aggregate`, `joinaggregate`,
/// `fold`) done on its columns: groups numbered on column codes (``ColumnAggregation``),
/// results written as new columns, rows gathered by number. Each gives exactly the
/// row-by-row transform's table (same rows, same order, the same numbers bit for bit);
/// where it could not, it returns nil and the row path runs.
enum ColumnReshaping {
    /// The `aggregate` transform: one row per group (first-seen order), its `groupby`
    /// fields then each op's output. Nil (the row path) for an `argmin`/`argmax` of a field
    /// (it brings the whole row) or output names that repeat.
    static func aggregate(_ store: ColumnStore, ops: [AggregateField], groupby: [String],
                          budget: DataBudget) throws -> Table? {
        let names = groupby + ops.map(\.outputName)
        guard Set(names).count == names.count,
              !ops.contains(where: { ($0.op == .argmax || $0.op == .argmin) && $0.field != nil }) else { return nil }
        let (ids, keys) = ColumnAggregation.group(store, by: groupby)
        try budget.check("aggregate", rows: keys.count, fields: names.count)
        var sizes = [Int](repeating: 0, count: keys.count)
        for g in ids { sizes[Int(g)] += 1 }
        var columns = groupby.indices.map { k in Column.packing(keys.map { $0[k] }) }
        for op in ops {
            columns.append(.packing(ColumnAggregation.result(op.op, column: op.field.map { store.column($0) },
                                                             ids: ids, sizes: sizes)))
        }
        return Table(fields: names, columns: ColumnStore(count: keys.count, names: names, columns: columns))
    }

    /// The `joinaggregate` transform: each op's result for a row's group, as a new field
    /// (a later op of the same name replacing an earlier one, as the rows are written).
    static func joinaggregate(_ table: Table, store: ColumnStore, ops: [AggregateField], groupby: [String]) -> Table {
        let (ids, keys) = ColumnAggregation.group(store, by: groupby)
        var sizes = [Int](repeating: 0, count: keys.count)
        for g in ids { sizes[Int(g)] += 1 }
        var out = store
        var fields = table.fields
        for op in ops {
            let results = ColumnAggregation.result(op.op, column: op.field.map { store.column($0) }, ids: ids, sizes: sizes)
            out = out.setting(op.outputName, .packing(ids.map { results[Int($0)] }))
            if !fields.contains(op.outputName) { fields.append(op.outputName) }
        }
        return Table(fields: fields, columns: out)
    }

    /// The `fold` transform: each row once per folded field, in row order, with the field's
    /// name as `keyAs` and its value as `valueAs`.
    static func fold(_ table: Table, store: ColumnStore, fields folded: [String], keyAs: String, valueAs: String) -> Table {
        let k = folded.count
        var rows: [Int] = []
        rows.reserveCapacity(store.count * k)
        for i in 0..<store.count { for _ in 0..<k { rows.append(i) } }
        let sources = folded.map { store.column($0) }
        var values: [Value] = []
        values.reserveCapacity(rows.count)
        for i in 0..<store.count { for c in sources { values.append(c?.value(at: i) ?? .null) } }
        let keys = Column.values((0..<rows.count).map { .string(folded[$0 % k]) })
        let out = store.gathering(rows).setting(keyAs, keys).setting(valueAs, .packing(values))
        return Table(fields: table.fields + [keyAs, valueAs], columns: out, bins: table.bins)
    }
}
