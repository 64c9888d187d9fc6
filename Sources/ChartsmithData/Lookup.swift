/// Vega-Lite's `lookup` transform with a secondary data source: each row of the primary
/// table takes fields from the first row of the secondary table whose `key` equals the
/// row's `lookup` field, as Vega's `lookup` does (keys compare as text, so `1` matches
/// `"1"`; the first secondary row with a key wins).
public struct LookupParameters: Sendable, Hashable {
    /// The primary table's field holding the key.
    public var lookup: String
    /// The secondary table's key field.
    public var key: String
    /// The secondary fields to copy.
    public var fields: [String]
    /// `as`: the names they get in the primary rows (default: their own names).
    public var names: [String]?
    /// The value for rows with no match (default null).
    public var defaultValue: Value = .null

    public init(lookup: String, key: String, fields: [String]) {
        self.lookup = lookup
        self.key = key
        self.fields = fields
    }
}

public enum Lookup {
    /// `table` with the looked-up fields added to every row.
    public static func apply(_ p: LookupParameters, to table: Table, from secondary: Table) -> Table {
        var index: [String: Row] = [:]
        for row in secondary.rows where !row[p.key].isNull {
            let k = row[p.key].text
            if index[k] == nil { index[k] = row }
        }
        let names = p.names ?? p.fields
        var out = table
        for name in names { out.addField(name) }
        for i in out.rows.indices {
            let v = out.rows[i][p.lookup]
            let match = v.isNull ? nil : index[v.text]
            for (field, name) in zip(p.fields, names) {
                out.rows[i][name] = match.map { $0[field] } ?? p.defaultValue
            }
        }
        return out
    }
}
