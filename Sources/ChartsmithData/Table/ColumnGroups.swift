/// Row numbers of a columnar table grouped by fields, and single rows by number: what a
/// hot path (a line's series) reads instead of building and hashing a row per record.
extension Table {
    /// Row `i` (a light view for a columnar table), without building every row.
    public func row(at i: Int) -> Row {
        if let c = columns { return Row(store: c, index: i) }
        return rows[i]
    }

    /// The row numbers of a columnar table grouped by the values of `fields`, groups in
    /// first-seen order, each with its key (the first row's values) and its row numbers in
    /// row order: exactly ``Aggregation/group(_:by:)``'s groups of ``rows``. Nil for a table
    /// of rows.
    public func groupRowNumbers(by fields: [String]) -> [(key: [Value], rows: [Int])]? {
        guard let store = columns else { return nil }
        let n = store.count
        guard n > 0 else { return [] }
        let coded = fields.map { store.codes(of: $0) }
        if coded.isEmpty { return [(key: [], rows: Array(0..<n))] }
        var groups: [(key: [Value], rows: [Int])] = []
        if coded.count == 1 {
            let (codes, values) = coded[0]
            var groupOf = [Int](repeating: -1, count: values.count)
            for i in 0..<n {
                let c = Int(codes[i])
                if groupOf[c] < 0 { groupOf[c] = groups.count; groups.append((key: [values[c]], rows: [])) }
                groups[groupOf[c]].rows.append(i)
            }
            return groups
        }
        var index: [[Int32]: Int] = [:]
        for i in 0..<n {
            let k = coded.map { $0.codes[i] }
            if let g = index[k] { groups[g].rows.append(i) } else {
                index[k] = groups.count
                groups.append((key: fields.map { store.value(of: $0, at: i) }, rows: [i]))  // the group's first row
            }
        }
        return groups
    }

    /// The distinct values of `field` in first-seen order (as a `Set<Value>` tells them
    /// apart; each the first row's), read from the columns with no value hashed per row.
    /// Nil for a table of rows.
    public func distinctValues(of field: String) -> [Value]? {
        guard let store = columns else { return nil }
        return store.count == 0 ? [] : store.codes(of: field).values
    }

    /// Calls `body` with the value of `field` in each row, in row order: from the column of
    /// a columnar table (no row built, no field looked up per row), else from the rows.
    public func forEachValue(of field: String, _ body: (Value) -> Void) {
        if let store = columns {
            guard let c = store.column(field) else {
                for _ in 0..<store.count { body(.null) }
                return
            }
            for i in 0..<store.count { body(c.value(at: i)) }
        } else {
            for r in rows { body(r[field]) }
        }
    }
}
