/// The size a table may reach in rows and in cells (rows × fields), checked before a source
/// or a transform allocates its output, so that a fold, an impute or a pivot that would
/// multiply the data fails at once with a message instead of exhausting memory.
///
/// ```
/// transform[0]: fold: would make 30,000,000 rows × 4 fields = 120,000,000 cells; the limit is 20,000,000 cells (--limit cells=N)
/// ```
public struct DataBudget: Sendable, Hashable {
    /// The most rows one table may have.
    public var maxRows: Int
    /// The most cells (rows × fields) one table may have.
    public var maxCells: Int

    public init(maxRows: Int, maxCells: Int) {
        self.maxRows = maxRows
        self.maxCells = maxCells
    }

    /// The budget of the data loader's limits in force (``DataLoader/limits``).
    public static var current: DataBudget {
        DataBudget(maxRows: DataLoader.limits.maxRows, maxCells: DataLoader.limits.maxCells)
    }

    /// Throws when a table of `rows` rows and `fields` fields would pass a limit; `what`
    /// names the step that would make it (`fold`, `impute`, `data.sequence`...).
    public func check(_ what: String, rows: Int, fields: Int) throws {
        if rows > maxRows {
            throw DataError(message: "\(what): would make \(Self.grouped(rows)) rows; the limit is"
                            + " \(Self.grouped(maxRows)) rows (--limit rows=N)")
        }
        // A table with no fields still holds one (empty) cell per row.
        let counted = max(fields, 1)
        let (cells, overflow) = rows.multipliedReportingOverflow(by: counted)
        if overflow || cells > maxCells {
            let total = overflow ? "more than \(Self.grouped(Int.max))" : Self.grouped(cells)
            throw DataError(message: "\(what): would make \(Self.counted(rows, "row")) × \(Self.counted(counted, "field"))"
                            + " = \(total) cells; the limit is \(Self.grouped(maxCells)) cells (--limit cells=N)")
        }
    }

    /// `a × b`, or `Int.max` when the product overflows: a size estimate that saturates.
    public static func product(_ a: Int, _ b: Int) -> Int {
        let (p, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : p
    }

    /// `a + b`, or `Int.max` when the sum overflows.
    public static func sum(_ a: Int, _ b: Int) -> Int {
        let (s, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : s
    }

    /// A count and its noun, singular for one: `1 field`, `30,000 rows`.
    public static func counted(_ n: Int, _ noun: String) -> String {
        grouped(n) + " " + (n == 1 ? noun : noun + "s")
    }

    /// A count with comma thousands separators: `30,000,000`.
    public static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
