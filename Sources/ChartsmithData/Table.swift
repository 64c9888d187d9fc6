/// Rows of named values: what a data source loads and transforms produce.
public struct Table: Sendable, Hashable {
    /// Field names in first-seen order.
    public var fields: [String]
    public var rows: [Row]

    public init(fields: [String] = [], rows: [Row] = []) {
        self.fields = fields
        self.rows = rows
    }

    /// Adds a field name if it is new.
    public mutating func addField(_ name: String) {
        if !fields.contains(name) { fields.append(name) }
    }

    /// The values of one field, in row order.
    public func column(_ field: String) -> [Value] { rows.map { $0[field] } }

    public var isEmpty: Bool { rows.isEmpty }
}

/// One row: field name → value; a missing field reads as `.null`.
public struct Row: Sendable, Hashable {
    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    public subscript(_ field: String) -> Value {
        get { values[field] ?? .null }
        set { values[field] = newValue }
    }
}
