/// Reads the cells of a table by row number and field, from its columns when it is
/// columnar (each field's column resolved once) and from its rows otherwise, and writes a
/// transform's new fields back the same way: what lets one transform's code serve both.
struct CellReader {
    /// A field resolved for reading: its column in a columnar table, or its name.
    struct Field {
        let name: String
        let column: Column?
    }

    let table: Table
    let store: ColumnStore?
    let rows: [Row]

    init(_ table: Table) {
        self.table = table
        self.store = table.columns
        self.rows = table.columns == nil ? table.rows : []
    }

    var count: Int { table.rowCount }

    func field(_ name: String) -> Field { Field(name: name, column: store?.column(name)) }

    @inline(__always)
    func value(_ f: Field, _ i: Int) -> Value {
        if store != nil { return f.column?.value(at: i) ?? .null }
        return rows[i][f.name]
    }

    /// The cell as ``Value/number`` reads it.
    @inline(__always)
    func number(_ f: Field, _ i: Int) -> Double? {
        if store != nil { return f.column?.number(at: i) }
        return rows[i][f.name].number
    }

    /// Row numbers grouped by the values of `fields` (as `[Value]` keys hash), groups in
    /// first-seen order, rows in row order.
    func groups(by fields: [String]) -> [[Int]] {
        if let store {
            let (ids, keys) = ColumnAggregation.group(store, by: fields)
            var groups = [[Int]](repeating: [], count: keys.count)
            for (i, g) in ids.enumerated() { groups[Int(g)].append(i) }
            return groups
        }
        var index: [[Value]: Int] = [:]
        var groups: [[Int]] = []
        for (i, r) in rows.enumerated() {
            let key = fields.map { r[$0] }
            if let g = index[key] { groups[g].append(i) } else {
                index[key] = groups.count
                groups.append([i])
            }
        }
        return groups
    }

    /// `table` with each `(name, values)` set in every row (one value per row), in order (a
    /// later name the same as an earlier one wins); new fields are added last. A columnar
    /// table gets new columns.
    func setting(_ outputs: [(String, [Value])], in table: Table) -> Table {
        var fields = table.fields
        for (name, _) in outputs where !fields.contains(name) { fields.append(name) }
        if var s = store {
            for (name, values) in outputs { s = s.setting(name, .packing(values)) }
            return Table(fields: fields, columns: s)
        }
        var t = table
        t.fields = fields
        for i in t.rows.indices {
            for (name, values) in outputs { t.rows[i][name] = values[i] }
        }
        return t
    }
}
