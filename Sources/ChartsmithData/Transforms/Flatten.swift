import ChartsmithSpec

/// Vega-Lite's `flatten` transform: one row per element of array-valued fields, the
/// element at the same index of each field under its `as` name, null where a shorter
/// array has none; a row whose fields hold no elements gives no row, as in Vega.
///
/// The data loader keeps an array's elements as the fields `name[0]`, `name[1]`... (and
/// their members as `name[0].key`), so those are what is flattened: `name[i]` becomes
/// `as`, `name[i].key` becomes `as.key`. A columnar table is flattened on its columns
/// (``ColumnFlatten``).
public enum Flatten {
    public static func apply(fields: [String], as names: [String], to table: Table, budget: DataBudget = .current) throws -> Table {
        if let store = table.columns {
            return try ColumnFlatten.apply(table, store: store, fields: fields, as: names, budget: budget)
        }
        // Each row's elements: field → index → (member suffix, value).
        var elements: [[[Int: [(String, Value)]]]] = []
        elements.reserveCapacity(table.rowCount)
        var counts: [Int] = []
        var total = 0
        var memberNames: [String] = []
        var seenMembers = Set<String>()
        for r in table.rows {
            var perField: [[Int: [(String, Value)]]] = []
            var longest = 0
            for (j, f) in fields.enumerated() {
                var byIndex: [Int: [(String, Value)]] = [:]
                let prefix = f + "["
                for (key, value) in r.values where key.hasPrefix(prefix) {
                    let rest = key.dropFirst(prefix.count)
                    guard let close = rest.firstIndex(of: "]"), let i = Int(rest[..<close]), i >= 0 else { continue }
                    let suffix = String(rest[rest.index(after: close)...])
                    byIndex[i, default: []].append((suffix, value))
                    longest = max(longest, i + 1)
                    if !suffix.isEmpty, seenMembers.insert(names[j] + suffix).inserted { memberNames.append(names[j] + suffix) }
                }
                perField.append(byIndex)
            }
            elements.append(perField)
            counts.append(longest)
            total = DataBudget.sum(total, longest)
        }
        var out = Table(fields: table.fields)
        for n in names + memberNames.sorted() { out.addField(n) }
        try budget.check("flatten", rows: total, fields: out.fields.count)
        out.rows.reserveCapacity(total)
        for (k, r) in table.rows.enumerated() where counts[k] > 0 {
            for i in 0..<counts[k] {
                var row = r
                for (j, name) in names.enumerated() {
                    row[name] = .null
                    for (suffix, value) in elements[k][j][i] ?? [] { row[name + suffix] = value }
                }
                out.rows.append(row)
            }
        }
        return out
    }
}
