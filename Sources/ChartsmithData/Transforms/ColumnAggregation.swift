import ChartsmithSpec

/// Groups and aggregates a columnar table without building a row per record: group keys
/// are hashed on column values (text on its bytes), and sums, counts, means and extremes
/// are accumulated in one pass, in row order, so every result equals the row-by-row
/// ``Aggregation``'s.
enum ColumnAggregation {
    /// Each row's group (numbered in first-seen order, as ``Aggregation/group(_:by:)``
    /// orders groups) and each group's key values.
    static func group(_ store: ColumnStore, by fields: [String]) -> (ids: [Int32], keys: [[Value]]) {
        let n = store.count
        guard let first = fields.first else {
            return (Array(repeating: 0, count: n), n == 0 ? [] : [[]])
        }
        let (firstCodes, firstValues) = ColumnCodes.codes(store.column(first), count: n)
        if fields.count == 1 { return (firstCodes, firstValues.map { [$0] }) }
        // Several fields: combine the codes field by field, renumbering in first-seen order.
        // Each key is its group's first row's values (as the rows' grouping keeps them: a
        // field's code may stand for strings that differ in their bytes, `Café` composed or
        // not, and the group's first row need not be its code's first row).
        var ids = firstCodes
        var firstRows: [Int] = []
        for f in fields.dropFirst() {
            let (codes, values) = ColumnCodes.codes(store.column(f), count: n)
            var index: [Int64: Int32] = [:]
            firstRows = []
            let width = Int64(values.count)
            for i in 0..<n {
                let key = Int64(ids[i]) * width + Int64(codes[i])
                if let g = index[key] { ids[i] = g } else {
                    let g = Int32(firstRows.count)
                    index[key] = g
                    firstRows.append(i)
                    ids[i] = g
                }
            }
        }
        let columns = fields.map { store.column($0) }
        let keys = firstRows.map { i in columns.map { $0?.value(at: i) ?? .null } }
        return (ids, keys)
    }

    /// One row per group, as the encoding's aggregation makes it: the group's key fields,
    /// then each `(op, field, output name)`.
    static func aggregate(_ store: ColumnStore, groupby: [String], ops: [(AggregateOp, String?, String)]) -> [Row] {
        let (ids, keys) = group(store, by: groupby)
        var rows = keys.map { key in
            var r = Row()
            for (k, f) in groupby.enumerated() { r[f] = key[k] }
            return r
        }
        var sizes = [Int](repeating: 0, count: keys.count)
        for g in ids { sizes[Int(g)] += 1 }
        for (op, field, name) in ops {
            let results = result(op, column: field.map { store.column($0) }, ids: ids, sizes: sizes)
            for (g, v) in results.enumerated() { rows[g][name] = v }
        }
        return rows
    }

    /// `op` over each group of one column (`column` nil: no field; `.some(nil)`: a field the
    /// table lacks, all null).
    static func result(_ op: AggregateOp, column: Column??, ids: [Int32], sizes: [Int]) -> [Value] {
        guard op != .count, let column else { return sizes.map { .number(Double($0)) } }
        let groups = sizes.count
        guard let c = column else {
            return sizes.map { Aggregation.apply(op, values: Array(repeating: .null, count: $0)) }
        }
        switch op {
        case .sum, .mean, .average:
            var sum = [Double](repeating: 0, count: groups), n = [Int](repeating: 0, count: groups)
            for (i, g) in ids.enumerated() {
                if let x = c.number(at: i) { sum[Int(g)] += x; n[Int(g)] += 1 }
            }
            if op == .sum { return sum.map(Value.number) }
            return (0..<groups).map { n[$0] == 0 ? .null : .number(sum[$0] / Double(n[$0])) }
        case .min, .max:
            var best = [Double?](repeating: nil, count: groups)
            for (i, g) in ids.enumerated() {
                guard let x = c.number(at: i) else { continue }
                if let b = best[Int(g)], !(op == .min ? x < b : x > b) { continue }
                best[Int(g)] = x
            }
            return best.map { $0.map(Value.number) ?? .null }
        case .valid, .missing:
            var k = [Int](repeating: 0, count: groups)
            for (i, g) in ids.enumerated() where c.isNull(at: i) == (op == .missing) { k[Int(g)] += 1 }
            return k.map { .number(Double($0)) }
        default:
            var values = sizes.map { s -> [Value] in
                var v: [Value] = []
                v.reserveCapacity(s)
                return v
            }
            for (i, g) in ids.enumerated() { values[Int(g)].append(c.value(at: i)) }
            return values.map { Aggregation.apply(op, values: $0) }
        }
    }

    /// `table` without the rows where `field` is null (all of them when it has no such field).
    static func droppingNulls(_ table: Table, store: ColumnStore, field: String) -> Table {
        guard let c = store.column(field) else { return Table(fields: table.fields, columns: store.gathering([]), bins: table.bins) }
        var kept: [Int] = []
        kept.reserveCapacity(store.count)
        for i in 0..<store.count where !c.isNull(at: i) { kept.append(i) }
        if kept.count == store.count { return table }
        return Table(fields: table.fields, columns: store.gathering(kept), bins: table.bins)
    }
}
