import ChartsmithSpec

/// Vega-Lite's `lookup` transform with a secondary data source (``LookupSpec``): each row of
/// the primary table takes fields from the first row of the secondary table whose `key`
/// equals the row's `lookup` field, as Vega's `lookup` does (keys compare as text, so `1`
/// matches `"1"`; the first secondary row with a key wins).
public enum Lookup {
    /// `table` with the looked-up fields added to every row (new columns of a columnar
    /// table).
    public static func apply(_ p: LookupSpec, to table: Table, from secondary: Table) -> Table {
        var index: [String: Row] = [:]
        for row in secondary.rows where !row[p.key].isNull {
            let k = row[p.key].text
            if index[k] == nil { index[k] = row }
        }
        let names = p.names ?? p.fields
        let fallback = DataLoader.value(p.defaultValue)
        var out = table
        for name in names { out.addField(name) }
        // Every row's key is read before any is written (a name may be the key's field).
        let reader = CellReader(table)
        let key = reader.field(p.lookup)
        let fields = Array(zip(p.fields, names).map(\.0))
        var outputs = fields.map { _ in [Value]() }
        for i in 0..<reader.count {
            let v = reader.value(key, i)
            let match = v.isNull ? nil : index[v.text]
            for (k, field) in fields.enumerated() {
                outputs[k].append(match.map { $0[field] } ?? fallback)
            }
        }
        return reader.setting(Array(zip(names, outputs)), in: out)
    }
}
