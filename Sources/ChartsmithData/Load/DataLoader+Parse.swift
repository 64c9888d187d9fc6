import ChartsmithSpec

extension DataLoader {
    /// Applies `format.parse`: explicit coercions of fields. Null cells (and fields a row
    /// lacks) stay as they are; an unknown parse type is an error at its first non-null
    /// cell. A columnar table stays columnar (each parsed field a new column).
    func applyParse(_ table: Table, format: DataFormat?, file: String?) throws -> Table {
        guard let parse = format?.parse, !parse.isEmpty else { return table }
        var t = table
        for (field, how) in parse {
            guard let how else { continue }
            func parsed(_ v: Value) throws -> Value {
                guard let p = Self.parsed(v, how: how) else {
                    throw DataError(file: file, field: field,
                                    message: "unknown parse type \"\(how)\"; expected number, boolean, date or string")
                }
                return p
            }
            if let store = t.columns {
                guard let c = store.column(field) else { continue }
                let values = try (0..<store.count).map { i -> Value in
                    let v = c.value(at: i)
                    return v.isNull ? v : try parsed(v)
                }
                t = Table(fields: t.fields, columns: store.replacing(field, with: Column.packing(values)))
                continue
            }
            for i in t.rows.indices {
                let v = t.rows[i][field]
                if v.isNull { continue }
                t.rows[i][field] = try parsed(v)
            }
        }
        return t
    }

    /// A non-null value parsed as `how` (`number`, `boolean`, `string`, `date`, `date:…`,
    /// `utc:…`), or nil for an unknown parse type.
    static func parsed(_ v: Value, how: String) -> Value? {
        switch how {
        case "number": return v.number.map(Value.number) ?? .null
        case "boolean": return .bool(!(v.text == "false" || v.text == "0" || v.text.isEmpty))
        case "string": return .string(v.text)
        default:
            guard how == "date" || how.hasPrefix("date:") || how.hasPrefix("utc:") else { return nil }
            return Coercion.date(v).map(Value.date) ?? .null
        }
    }
}
