import Foundation

/// Rows of named values: what a data source loads and transforms produce.
///
/// A table holds its data either as rows (a ``Row`` per record) or as columns
/// (``ColumnStore``: typed columns, as a CSV file is read). Reading ``rows`` from a columnar
/// table gives light row views (made once, shared by copies); writing ``rows`` turns the table
/// into a table of rows. Hot paths (parsing at the source, aggregation) read the columns
/// through ``columns`` and never build a row.
public struct Table: Sendable, Hashable {
    /// Field names in first-seen order.
    public var fields: [String]
    /// The rows, when the table holds rows (or has been written as rows).
    private var rowStorage: [Row]
    /// The columns, when the table holds columns; nil once ``rows`` is written.
    public private(set) var columns: ColumnStore?
    /// The row views of ``columns``, shared by copies.
    private var rowCache: RowCache?
    /// The bins the encoding's `bin` made, by the field holding each bin's start: what a
    /// binned axis is ticked and its scale domain set by, as Vega-Lite's `bins` signal.
    public var bins: [String: BinBoundaries] = [:]

    public init(fields: [String] = [], rows: [Row] = []) {
        self.fields = fields
        self.rowStorage = rows
        self.columns = nil
        self.rowCache = nil
    }

    /// A columnar table: `fields` in order, one column each in `columns`.
    public init(fields: [String], columns: ColumnStore, bins: [String: BinBoundaries] = [:]) {
        self.fields = fields
        self.rowStorage = []
        self.columns = columns
        self.rowCache = RowCache()
        self.bins = bins
    }

    /// The rows. For a columnar table they are built on first reading (and kept); writing
    /// them (appending, setting a cell) makes the table a table of rows.
    public var rows: [Row] {
        get {
            guard let c = columns, let cache = rowCache else { return rowStorage }
            return cache.rows { RowProbe.viewsBuilt(); return c.rowViews }
        }
        _modify {
            if let c = columns, let cache = rowCache {
                RowProbe.converted()
                rowStorage = cache.rows { RowProbe.viewsBuilt(); return c.rowViews }
                columns = nil
                rowCache = nil
            }
            yield &rowStorage
        }
        set {
            if columns != nil { RowProbe.converted() }
            rowStorage = newValue
            columns = nil
            rowCache = nil
        }
    }

    /// The number of rows, without building rows.
    public var rowCount: Int { columns?.count ?? rowStorage.count }

    /// Adds a field name if it is new.
    public mutating func addField(_ name: String) {
        if !fields.contains(name) { fields.append(name) }
    }

    /// The values of one field, in row order.
    public func column(_ field: String) -> [Value] {
        if let c = columns { return c.values(of: field) }
        return rowStorage.map { $0[field] }
    }

    /// The numbers of `field`, one per row, when the table holds that field as a number
    /// column (NaN for null; an infinity is invalid, as ``Value/isNull`` reads it): a hot
    /// path's read with no ``Value`` per cell. Nil otherwise; read ``rows`` then.
    public func numberColumn(_ field: String) -> [Double]? {
        guard case .numbers(let xs)? = columns?.column(field) else { return nil }
        return xs
    }

    public var isEmpty: Bool { rowCount == 0 }

    public static func == (a: Table, b: Table) -> Bool {
        a.fields == b.fields && a.rowCount == b.rowCount && a.rows == b.rows
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fields)
        hasher.combine(rows)
    }
}

/// One row: field name → value; a missing field reads as `.null`.
///
/// A row of a columnar table is a light view (its ``ColumnStore`` and row number): reading
/// a field reads the column, and the first write (or a read of ``values``) copies the row
/// into its own dictionary.
public struct Row: Sendable, Hashable {
    private var storage: [String: Value]
    private var store: ColumnStore?
    private var index: Int

    public init(_ values: [String: Value] = [:]) {
        self.storage = values
        self.store = nil
        self.index = 0
    }

    /// Row `index` of `store`, read through the columns.
    init(store: ColumnStore, index: Int) {
        self.storage = [:]
        self.store = store
        self.index = index
    }

    /// Every field of the row and its value.
    public var values: [String: Value] {
        get { store?.dictionary(at: index) ?? storage }
        _modify {
            materialize()
            yield &storage
        }
        set {
            storage = newValue
            store = nil
        }
    }

    /// Copies a view's cells into the row's own dictionary.
    private mutating func materialize() {
        guard let s = store else { return }
        storage = s.dictionary(at: index)
        store = nil
    }

    public subscript(_ field: String) -> Value {
        get {
            if let s = store { return s.value(of: field, at: index) }
            return storage[field] ?? .null
        }
        set {
            materialize()
            storage[field] = newValue
        }
    }

    /// Whether the row has `field`: a row of its own holds it (null or not); a columnar
    /// row's table has the column and the cell is not null (a column does not tell a
    /// missing cell from a null one).
    public func contains(_ field: String) -> Bool {
        if let s = store { return s.column(field) != nil && s.value(of: field, at: index) != .null }
        return storage[field] != nil
    }

    public static func == (a: Row, b: Row) -> Bool { a.values == b.values }

    public func hash(into hasher: inout Hasher) { hasher.combine(values) }
}

/// The rows of a columnar table, made once on first reading and shared by every copy of
/// the table.
final class RowCache: @unchecked Sendable {
    private let lock = NSLock()
    private var rows: [Row]?

    /// The rows, made by `make` the first time.
    func rows(_ make: () -> [Row]) -> [Row] {
        lock.lock()
        defer { lock.unlock() }
        if let r = rows { return r }
        let r = make()
        rows = r
        return r
    }
}
