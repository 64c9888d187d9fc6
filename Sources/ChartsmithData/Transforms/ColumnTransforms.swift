/// Row-by-row transforms on a columnar table that keep it columnar: each row is read
/// through a light ``Row`` view and the result is a new column (or a gathering of rows), so
/// no row dictionary is made and later steps (aggregation) still find the columns.
enum ColumnTransforms {
    /// The rows of `table` for which `keep` holds, in order.
    static func filter(_ table: Table, store: ColumnStore, _ keep: (Row) -> Bool) -> Table {
        var kept: [Int] = []
        kept.reserveCapacity(store.count)
        for i in 0..<store.count where keep(Row(store: store, index: i)) { kept.append(i) }
        if kept.count == store.count { return table }
        return Table(fields: table.fields, columns: store.gathering(kept), bins: table.bins)
    }

    /// `table` with the field `name` set in every row to `value` of that row (read before
    /// the field is written, as the row-by-row loop reads it); a new field is added last.
    static func deriving(_ name: String, in table: Table, store: ColumnStore, _ value: (Row) -> Value) -> Table {
        let column = Column.packing((0..<store.count).map { value(Row(store: store, index: $0)) })
        var fields = table.fields
        if !fields.contains(name) { fields.append(name) }
        return Table(fields: fields, columns: store.setting(name, column), bins: table.bins)
    }

    /// `table` with the text cells of `field` read as numbers (null where not numeric),
    /// every other cell as it is: on the column of a columnar table, else row by row.
    static func numbersFromText(_ field: String, in table: Table) -> Table {
        func number(_ v: Value) -> Value? {
            guard case .string = v else { return nil }
            return v.number.map(Value.number) ?? .null
        }
        if let store = table.columns {
            guard let c = store.column(field) else { return table }
            if case .numbers = c { return table }
            let values = (0..<store.count).map { i in let v = c.value(at: i); return number(v) ?? v }
            return Table(fields: table.fields, columns: store.replacing(field, with: .packing(values)), bins: table.bins)
        }
        var t = table
        for i in t.rows.indices {
            if let n = number(t.rows[i][field]) { t.rows[i][field] = n }
        }
        return t
    }
}
