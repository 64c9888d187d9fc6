/// `data`: where the rows come from.
public enum DataSpec: Sendable, Hashable {
    /// `data.values`: inline rows (objects), or bare values that become `{"data": value}`.
    case values([InlineValue], format: DataFormat?)
    /// `data.url`: a CSV, TSV or JSON file, resolved relative to the spec file.
    case url(String, format: DataFormat?)
    /// `data.sequence`: numbers from `start` to `stop` (exclusive) by `step`, in field `as`.
    case sequence(start: Double, stop: Double, step: Double, as: String)
}

/// `data.format`: the file type and how to parse fields.
public struct DataFormat: Sendable, Hashable {
    public enum FileType: String, Sendable, Hashable, CaseIterable { case csv, tsv, json, dsv }
    public var type: FileType?
    /// `parse`: field name → `"number"`, `"boolean"`, `"date"`, `"date:'%Y'"` or `null`.
    public var parse: [String: String?]
    /// `property`: for JSON, the path to the array of rows.
    public var property: String?
    /// `delimiter` for `dsv`.
    public var delimiter: String?

    public init(type: FileType? = nil, parse: [String: String?] = [:], property: String? = nil, delimiter: String? = nil) {
        self.type = type
        self.parse = parse
        self.property = property
        self.delimiter = delimiter
    }
}

/// A JSON value inside `data.values`, with its origin kept for error messages.
public indirect enum InlineValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([InlineValue])
    case object([String: InlineValue], keys: [String])
}
