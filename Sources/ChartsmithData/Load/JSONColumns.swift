import ChartsmithSpec

/// Makes a columnar ``Table`` of JSON data when it is an array of flat records (every
/// record an object with the same keys, every value a scalar): the common shape of inline
/// `values`, `datasets` and `.json` files. Anything else (bare values, nested objects or
/// arrays, records with other keys, an empty array) is left to the row-by-row reading
/// (nil), which gives the same table, so the result never depends on the path taken.
///
/// The columns hold exactly what the rows would: numbers as `[Double]` (NaN for null) while
/// a field holds only numbers and nulls, any other field as `[Value]`; strings are never
/// parsed as numbers here (`format.parse` and a field's type coerce them later).
enum JSONColumns {
    /// The table of parsed inline records, or nil when they are not flat records.
    static func table(fromInline items: [InlineValue]) -> Table? {
        guard case .object(let first, let names)? = items.first, !names.isEmpty, names.count == first.count else {
            return nil
        }
        var index: [String: Int] = [:]
        for (k, n) in names.enumerated() { index[n] = k }
        var builders = names.map { _ in ColumnCoercion.Builder(dates: false, capacity: items.count) }
        for item in items {
            guard case .object(let dict, let keys) = item, keys.count == names.count, dict.count == names.count else {
                return nil
            }
            for (key, v) in dict {
                guard let k = index[key] else { return nil }
                switch v {
                case .null: builders[k].appendNull()
                case .number(let x): builders[k].append(number: x)
                case .bool(let b): builders[k].append(.bool(b))
                case .string(let s): builders[k].append(.string(s))
                case .array, .object: return nil
                }
            }
        }
        return table(names: names, columns: builders.map(\.column), count: items.count)
    }

    /// The table of a JSON file's bytes when it is an array of at most `maxRows` flat
    /// records, read without a parsed node per value; nil to read it as before.
    static func table(fromFile bytes: [UInt8], maxRows: Int) -> Table? {
        guard let (names, columns, count) = JSONRecordReader.read(bytes, maxRows: maxRows) else { return nil }
        return table(names: names, columns: columns, count: count)
    }

    private static func table(names: [String], columns: [Column], count: Int) -> Table {
        Table(fields: names, columns: ColumnStore(count: count, names: names, columns: columns))
    }
}
