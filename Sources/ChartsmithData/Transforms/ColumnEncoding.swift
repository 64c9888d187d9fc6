import ChartsmithSpec

/// The encoding pipeline's steps that rewrite a field in every row, done on the columns
/// of a columnar table (``EncodingPipeline`` calls them): the result reads exactly as the
/// rows written one by one, and stays columnar.
enum ColumnEncoding {
    /// `field` read as dates for a temporal encoding: null stays null, blank text becomes
    /// null, anything else a date or an error naming its row.
    static func dates(_ field: String, in table: Table, store: ColumnStore, transformed: Bool) throws -> Table {
        guard let c = store.column(field) else { return table }
        var values: [Value] = []
        values.reserveCapacity(store.count)
        for i in 0..<store.count {
            let v = c.value(at: i)
            if v.isNull { values.append(v); continue }
            if case .string(let s) = v, s.trimmingCharacters(in: .whitespaces).isEmpty {
                values.append(.null)
                continue
            }
            guard let ms = Coercion.date(v) else {
                throw DataError(row: transformed ? nil : i + 1, field: field,
                                message: "\(v) is not a date (the field is encoded as temporal)")
            }
            values.append(.date(ms))
        }
        return Table(fields: table.fields, columns: store.replacing(field, with: .packing(values)), bins: table.bins)
    }

    /// Rows of `value` 0 appended for the (series, position) pairs `missing`, each row with
    /// the series fields, the position fields and the value only (written in that order).
    static func appendingZeros(_ missing: [(series: [Value], position: [Value])], series: [String], positions: [String],
                               value: String, to table: Table, store: ColumnStore) -> Table {
        var writes: [(String, [Value])] = series.indices.map { k in (series[k], missing.map { $0.series[k] }) }
        writes += positions.indices.map { k in (positions[k], missing.map { $0.position[k] }) }
        writes.append((value, Array(repeating: .number(0), count: missing.count)))
        return Table(fields: table.fields, columns: store.appending(missing.count, setting: writes), bins: table.bins)
    }
}
