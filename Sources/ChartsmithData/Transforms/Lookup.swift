import ChartsmithSpec

/// Vega-Lite's `lookup` transform with a secondary data source (``LookupSpec``): each row of
/// the primary table takes fields from the first row of the secondary table whose `key`
/// equals the row's `lookup` field, as Vega's `lookup` does (keys compare as text, so `1`
/// matches `"1"`; the first secondary row with a key wins).
public enum Lookup {
    /// `table` with the looked-up fields added to every row (new columns of a columnar
    /// table).
    public static func apply(_ p: LookupSpec, to table: Table, from secondary: Table) -> Table {
        // The secondary rows by key text (read from its columns when it has them).
        let from = CellReader(secondary)
        let fromKey = from.field(p.key)
        var index: [String: Int] = [:]
        for i in 0..<from.count {
            let v = from.value(fromKey, i)
            if !v.isNull, index[v.text] == nil { index[v.text] = i }
        }
        let names = p.names ?? p.fields
        let fallback = DataLoader.value(p.defaultValue)
        var out = table
        for name in names { out.addField(name) }
        // Every row's key is read before any is written (a name may be the key's field).
        let reader = CellReader(table)
        let key = reader.field(p.lookup)
        let fields = Array(zip(p.fields, names).map(\.0)).map(from.field)
        var outputs = fields.map { _ in [Value]() }
        for i in 0..<reader.count {
            let v = reader.value(key, i)
            let match = v.isNull ? nil : index[v.text]
            for (k, field) in fields.enumerated() {
                outputs[k].append(match.map { from.value(field, $0) } ?? fallback)
            }
        }
        return reader.setting(Array(zip(names, outputs)), in: out)
    }
}
