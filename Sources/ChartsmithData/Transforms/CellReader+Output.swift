import ChartsmithSpec

/// What the transforms that make new rows read and write through a ``CellReader``: an
/// aggregate over some rows by number, and their own rows as output, columnar when the
/// input was, so a columnar table stays columnar.
extension CellReader {
    /// `op` over the rows `rows` of one field, as ``Aggregation/apply(_:field:rows:)``
    /// gives it for those rows (no field, or `count`: the number of rows).
    func aggregate(_ op: AggregateOp, field: String?, rows: [Int]) -> Value {
        guard op != .count, let field else { return .number(Double(rows.count)) }
        let f = self.field(field)
        return Aggregation.apply(op, values: rows.map { value(f, $0) })
    }

    /// Rows a transform made (rows of their own) as its output table: columnar when the
    /// input was, reading exactly as the table of rows does.
    func output(fields: [String], rows: [Row]) -> Table {
        store == nil ? Table(fields: fields, rows: rows) : Table.columnar(fields: fields, rows: rows)
    }

    /// Each group's key: the values of `fields` in its first row (as ``Aggregation/group(_:by:)``
    /// keys a group).
    func keys(of groups: [[Int]], by fields: [String]) -> [[Value]] {
        let fs = fields.map(field)
        return groups.map { g in fs.map { value($0, g[0]) } }
    }
}
