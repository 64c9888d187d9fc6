import ChartsmithSpec

/// Vega-Lite's `impute`: within each group, a row for every key value (those in the data
/// and the `keyvals`) that the group lacks, its field set to `value` or to the `mean`,
/// `median`, `max` or `min` of the group's values within the `frame`.
///
/// The cells are read through ``CellReader``, so a columnar table is imputed on its columns
/// and stays columnar: the new rows are appended to the columns, lacking (``ColumnStore/absent``)
/// every field but the group's, the key and the imputed field, as the rows a table of rows
/// appends lack them.
public enum Impute {
    /// The most numbers the frames of a `median` may read in all; a median frame over
    /// thousands of rows for thousands of gaps would take minutes.
    public static let maxMedianWork = 20_000_000

    /// A key's identity: by number when it has one (dates and numbers alike, `-0` apart
    /// from `0`), else by text.
    enum KeyID: Hashable {
        case number(UInt64)
        case text(String)

        init(_ v: Value) {
            if let n = v.number { self = .number(n.isNaN ? Double.nan.bitPattern : n.bitPattern) } else { self = .text(v.text) }
        }
    }

    /// One row to add: its group, its key (by index in the keys) and its field's value.
    struct NewRow {
        let group: Int
        let key: Int
        var value: Value
    }

    /// `table` with the missing rows added; the rows it would make in all are checked
    /// against `budget` before any is built.
    public static func apply(_ spec: ImputeSpec, to table: Table, budget: DataBudget = .current) throws -> Table {
        guard let field = spec.field, let key = spec.key else { return table }
        var fields = table.fields
        for f in [field, key] where !fields.contains(f) { fields.append(f) }
        let reader = CellReader(table)
        let keyField = reader.field(key)
        var keys: [Value] = []
        var keyIndex: [KeyID: Int] = [:]
        var dates = false
        for i in 0..<reader.count { if case .date = reader.value(keyField, i) { dates = true; break } }
        for extra in spec.extraKeys {
            var v = DataLoader.value(extra)
            if dates, case .number(let n) = v { v = .date(n) }
            let id = KeyID(v)
            if keyIndex[id] == nil { keyIndex[id] = keys.count; keys.append(v) }
        }
        // Each row's key, by index in `keys` (-1: none, a null whose text is no key).
        var rowKey = [Int](repeating: -1, count: reader.count)
        for i in 0..<reader.count {
            let v = reader.value(keyField, i)
            let id = KeyID(v)
            if let k = keyIndex[id] { rowKey[i] = k } else if !v.isNull {
                keyIndex[id] = keys.count
                rowKey[i] = keys.count
                keys.append(v)
            }
        }
        let groups = reader.groups(by: spec.groupby)
        // Every group gets a row for every key: count them before building any.
        let presentSets = groups.map { g in Set(g.lazy.map { rowKey[$0] }.filter { $0 >= 0 }) }
        let total = presentSets.reduce(reader.count) { DataBudget.sum($0, keys.count - $1.count) }
        try budget.check("impute (\(DataBudget.grouped(groups.count)) groups × \(DataBudget.grouped(keys.count)) keys)",
                         rows: total, fields: fields.count)
        var added: [NewRow] = []
        let fixed = spec.method == .value ? (spec.value.map(DataLoader.value) ?? .null) : .null
        for (gi, (g, present)) in zip(groups, presentSets).enumerated() {
            var newRows = keys.indices.filter { !present.contains($0) }.map { NewRow(group: gi, key: $0, value: fixed) }
            if spec.method != .value && !newRows.isEmpty {
                try fill(&newRows, group: g, keys: keys, spec: spec, reader: reader, key: keyField, field: reader.field(field))
            }
            added += newRows
        }
        let keyValues = reader.keys(of: groups, by: spec.groupby)
        // The new rows' fields, as each is written (a later one of the same name wins).
        var newFields: [(String, [Value])] = spec.groupby.enumerated().map { k, f in (f, added.map { keyValues[$0.group][k] }) }
        newFields.append((key, added.map { keys[$0.key] }))
        newFields.append((field, added.map(\.value)))
        if let store = reader.store {
            return Table(fields: fields, columns: store.appending(added.count, setting: newFields), bins: table.bins)
        }
        var t = table
        t.fields = fields
        t.rows += added.indices.map { i in
            var r = Row()
            for (name, values) in newFields { r[name] = values[i] }
            return r
        }
        return t
    }

    /// Sets the values of a group's new rows from the window of the group's numbers around
    /// each, the group and its new rows ordered by key.
    static func fill(_ newRows: inout [NewRow], group g: [Int], keys: [Value], spec: ImputeSpec,
                     reader: CellReader, key: CellReader.Field, field: CellReader.Field) throws {
        // The window runs over the group with its new rows, in key order (stably).
        func keyValue(_ item: Int) -> Value { item < g.count ? reader.value(key, g[item]) : keys[newRows[item - g.count].key] }
        let all = (0..<(g.count + newRows.count)).map { ($0, keyValue($0)) }.sorted { a, b in
            if a.1 == b.1 { return a.0 < b.0 }
            return valueLess(a.1, b.1)
        }
        let n = all.count
        // The numbers the frames read (imputed rows have none yet), by position: prefix sums
        // for the mean, a sparse table for min and max, slices for the median, so a frame of
        // any size costs no more than the group's length.
        let numbers: [Double?] = all.map { $0.0 < g.count ? reader.number(field, g[$0.0]) : nil }
        var sums = [0.0], counts = [0]
        for x in numbers { sums.append(sums.last! + (x ?? 0)); counts.append(counts.last! + (x == nil ? 0 : 1)) }
        let positions = numbers.indices.filter { numbers[$0] != nil }
        func offset(_ d: Double?) -> Int? { d.map { $0.isNaN ? 0 : Int(max(-Double(n), min(Double(n), $0.rounded(.towardZero)))) } }
        let lower = offset(spec.frame.first ?? nil), upper = spec.frame.count > 1 ? offset(spec.frame[1]) : nil
        let extreme = spec.method == .max || spec.method == .min ? SparseExtreme(numbers, max: spec.method == .max) : nil
        if spec.method == .median {
            let width = min(n, (upper ?? n) - (lower ?? -n) + 1)
            if newRows.count * width > Self.maxMedianWork {
                throw DataError(message: "impute: the median over frames of up to \(width) rows for \(newRows.count) missing rows is"
                                + " more work than Chartsmith allows; give a smaller \"frame\" or another \"method\"")
            }
        }
        for (pos, item) in all.enumerated() where item.0 >= g.count {
            let lo = lower.map { max(0, pos + $0) } ?? 0
            let hi = upper.map { min(n - 1, pos + $0) } ?? n - 1
            var v = Value.null
            if lo <= hi, counts[hi + 1] - counts[lo] > 0 {
                switch spec.method {
                case .mean, .value: v = .number((sums[hi + 1] - sums[lo]) / Double(counts[hi + 1] - counts[lo]))
                case .max, .min: v = extreme?.query(lo, hi).map(Value.number) ?? .null
                case .median:
                    let a = lowerBound(positions, lo), b = lowerBound(positions, hi + 1)
                    v = Aggregation.quantile(positions[a..<b].compactMap { numbers[$0] }, 0.5).map(Value.number) ?? .null
                }
            }
            newRows[item.0 - g.count].value = v
        }
    }
}

/// The first index of a sorted array whose value is at least `x`.
private func lowerBound(_ a: [Int], _ x: Int) -> Int {
    var lo = 0, hi = a.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if a[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
