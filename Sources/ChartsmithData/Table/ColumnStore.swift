import Foundation
import Synchronization

/// The columns of a columnar ``Table``: one typed ``Column`` per field, all of one length,
/// with field names resolved to column indexes once.
///
/// Immutable once made (a transform makes a new store, sharing the columns it leaves
/// alone); a row a consumer asks for is a view (the store and a row number).
public final class ColumnStore: Sendable {
    /// The number of rows.
    public let count: Int
    /// Field names, in column order.
    public let names: [String]
    /// The columns, in the order of ``names``.
    public let columns: [Column]
    /// Column index by field name.
    public let index: [String: Int]
    /// Per column, the rows that lack the field (a row of its own may, e.g. a row a
    /// transform added): their cells read as null, and ``dictionary(at:)`` leaves them out.
    /// Empty, or nil for a column every row has.
    public let absent: [[Bool]?]
    /// Each column's codes (``ColumnCodes``), by column index, made on first use and kept:
    /// the limits' series count, the colour domain and the series grouping of one chart all
    /// read the same codes of the same column.
    private let codeCache = Mutex<[Int: (codes: [Int32], values: [Value])]>([:])

    public init(count: Int, names: [String], columns: [Column], absent: [[Bool]?] = []) {
        precondition(names.count == columns.count)
        precondition(absent.isEmpty || absent.count == columns.count)
        self.count = count
        self.names = names
        self.columns = columns
        self.absent = absent.contains { $0 != nil } ? absent : []
        var index: [String: Int] = [:]
        for (k, n) in names.enumerated() where index[n] == nil { index[n] = k }
        self.index = index
    }

    /// The column of `field`, or nil when the table has no such column.
    public func column(_ field: String) -> Column? {
        index[field].map { columns[$0] }
    }

    /// The codes of `field`'s column (``ColumnCodes/codes(_:count:)``), computed once per
    /// column of this store.
    func codes(of field: String) -> (codes: [Int32], values: [Value]) {
        guard let k = index[field] else { return ColumnCodes.codes(nil, count: count) }
        if let known = codeCache.withLock({ $0[k] }) { return known }
        let made = ColumnCodes.codes(columns[k], count: count)
        codeCache.withLock { $0[k] = made }
        return made
    }

    /// A store with the column of `field` replaced (every other column shared). Rows that
    /// lacked the field still lack it where the new cell is null (a cell rewritten in place).
    public func replacing(_ field: String, with column: Column) -> ColumnStore {
        guard let k = index[field] else { return self }
        var cols = columns
        cols[k] = column
        return ColumnStore(count: count, names: names, columns: cols, absent: keepingAbsent(k, column))
    }

    /// A store with `column` as the column of `field` (set in every row): replacing it, or
    /// added last.
    public func setting(_ field: String, _ column: Column) -> ColumnStore {
        guard let k = index[field] else {
            return ColumnStore(count: count, names: names + [field], columns: columns + [column],
                               absent: absent.isEmpty ? [] : absent + [nil])
        }
        var cols = columns
        cols[k] = column
        var masks = absent
        if !masks.isEmpty { masks[k] = nil }
        return ColumnStore(count: count, names: names, columns: cols, absent: masks)
    }

    /// A store of the rows at `kept` (in that order).
    public func gathering(_ kept: [Int]) -> ColumnStore {
        ColumnStore(count: kept.count, names: names, columns: columns.map { $0.gathering(kept) },
                    absent: absent.map { $0.map { m in kept.map { m[$0] } } })
    }

    /// The values of one field, in row order (`.null` for every row when there is no such field).
    public func values(of field: String) -> [Value] {
        guard let c = column(field) else { return Array(repeating: .null, count: count) }
        return (0..<count).map { c.value(at: $0) }
    }

    /// The cell of `field` at row `i` (`.null` when there is no such field).
    @inline(__always)
    public func value(of field: String, at i: Int) -> Value {
        guard let k = index[field] else { return .null }
        return columns[k].value(at: i)
    }

    /// Row `i` as a dictionary: every column's field set (`.null` included), as a table
    /// read row by row holds it.
    public func dictionary(at i: Int) -> [String: Value] {
        var d: [String: Value] = [:]
        d.reserveCapacity(columns.count)
        for (k, c) in columns.enumerated() where absent.isEmpty || absent[k]?[i] != true { d[names[k]] = c.value(at: i) }
        return d
    }

    /// A light view of every row.
    public var rowViews: [Row] { (0..<count).map { Row(store: self, index: $0) } }
}

/// One typed column of a ``ColumnStore``.
public enum Column: Sendable {
    /// Numbers; NaN marks a null cell (a NaN number is stored as `.values`).
    case numbers([Double])
    /// Dates as milliseconds since 1970; NaN marks a null cell.
    case dates([Double])
    /// Text cells of a delimited file, read from its bytes on demand.
    case text(TextColumn)
    /// Any values.
    case values([Value])

    /// The cell at row `i` as a ``Value``.
    @inline(__always)
    public func value(at i: Int) -> Value {
        switch self {
        case .numbers(let xs): let x = xs[i]; return x.isNaN ? .null : .number(x)
        case .dates(let xs): let x = xs[i]; return x.isNaN ? .null : .date(x)
        case .text(let t): return .string(t.string(at: i))
        case .values(let vs): return vs[i]
        }
    }

    /// The cell at row `i` as ``Value/number`` reads it, without building a string where
    /// the bytes are a plain decimal number.
    @inline(__always)
    public func number(at i: Int) -> Double? {
        switch self {
        case .numbers(let xs): let x = xs[i]; return x.isFinite ? x : nil
        case .dates(let xs): let x = xs[i]; return x.isNaN ? nil : x
        case .text(let t): return t.plainNumber(at: i) ?? Value.parseNumber(t.string(at: i))
        case .values(let vs): return vs[i].number
        }
    }

    /// Whether the cell at row `i` is null (``Value/isNull``).
    @inline(__always)
    public func isNull(at i: Int) -> Bool {
        switch self {
        case .numbers(let xs): return !xs[i].isFinite
        case .dates(let xs): return xs[i].isNaN
        case .text: return false
        case .values(let vs): return vs[i].isNull
        }
    }

    /// The rows at `kept`, in that order.
    func gathering(_ kept: [Int]) -> Column {
        switch self {
        case .numbers(let xs): return .numbers(kept.map { xs[$0] })
        case .dates(let xs): return .dates(kept.map { xs[$0] })
        case .text(let t): return .text(t.gathering(kept))
        case .values(let vs): return .values(kept.map { vs[$0] })
        }
    }

    /// A column of `values`: `.numbers` when every value is a number (not NaN) or null,
    /// `.dates` when every value is a date (not NaN) or null, `.values` otherwise.
    static func packing(_ values: [Value]) -> Column {
        var dates: Bool?
        var xs: [Double] = []
        xs.reserveCapacity(values.count)
        for v in values {
            switch v {
            case .null: xs.append(.nan)
            case .number(let n) where !n.isNaN && dates != true:
                dates = false
                xs.append(n)
            case .date(let d) where !d.isNaN && dates != false:
                dates = true
                xs.append(d)
            default: return .values(values)
            }
        }
        return dates == true ? .dates(xs) : .numbers(xs)
    }
}
