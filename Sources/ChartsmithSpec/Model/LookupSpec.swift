/// The `lookup` transform with a secondary data source: each row takes `fields` from the
/// first row of `from` whose `key` equals the row's `lookup` field (keys compare as text, as
/// in Vega); rows with no match get `defaultValue`.
public struct LookupSpec: Sendable, Hashable {
    /// `lookup`: the primary data's field holding the key.
    public var lookup: String
    /// `from.data`: the secondary data.
    public var from: DataSpec
    /// `from.key`: the secondary data's key field.
    public var key: String
    /// `from.fields`: the secondary fields to copy.
    public var fields: [String]
    /// `as`: the names they get (default: their own names).
    public var names: [String]?
    /// `default`: the value for rows with no match (default null).
    public var defaultValue: InlineValue = .null

    public init(lookup: String, from: DataSpec, key: String, fields: [String]) {
        self.lookup = lookup
        self.from = from
        self.key = key
        self.fields = fields
    }
}
