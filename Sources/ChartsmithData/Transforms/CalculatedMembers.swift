/// The members of an object or array a `calculate` gives, as fields of the row.
///
/// Vega keeps the object itself in the `as` field, and Vega-Lite reads its members by field
/// path (`"field": "o.n"`, `datum.o.s`, `o[0]`). Rows hold nested values flattened under
/// those paths (as the loader flattens nested JSON, ``DataLoader/flatten(_:path:depth:_:)``),
/// with the object's own field holding ``ExpressionObject/marker``; so a calculated object
/// adds a field per member, to four levels and 256 members a level, in the order first met.
enum CalculatedMembers {
    /// `table` (its `as` field already set) with the members of each row's result added.
    static func adding(_ e: Expression, as name: String, to table: Table) -> Table {
        var perRow: [[String: Value]] = []
        perRow.reserveCapacity(table.rowCount)
        var order: [String] = []
        var seen = Set<String>()
        for r in table.rows {
            var members: [String: Value] = [:]
            flatten(e.value(r), path: name, depth: 1) { path, v in
                members[path] = v
                if seen.insert(path).inserted { order.append(path) }
            }
            perRow.append(members)
        }
        var t = table
        if let store = t.columns {
            var s = store
            for path in order {
                let cells: [Value?] = perRow.map { $0[path] }
                s = s.writing(path, cells)
            }
            var fields = t.fields
            for path in order where !fields.contains(path) { fields.append(path) }
            return Table(fields: fields, columns: s, bins: t.bins)
        }
        for path in order { t.addField(path) }
        for i in t.rows.indices {
            for path in order { if let v = perRow[i][path] { t.rows[i][path] = v } }
        }
        return t
    }

    /// The members of `v` under `path`: `path.key` for an object's, `path[i]` for an array's.
    static func flatten(_ v: ExpressionValue, path: String, depth: Int, _ emit: (String, Value) -> Void) {
        guard depth <= 4 else { return }
        switch v {
        case .object(.literal(let keys, let values)):
            for k in keys.prefix(ExpressionObject.maxElements) {
                guard let m = values[k] else { continue }
                let p = path + "." + k
                emit(p, m.value)
                flatten(m, path: p, depth: depth + 1, emit)
            }
        case .object(.row(let row, let base)):
            // A member object of the row (nested data): its fields under the new path.
            for (k, m) in row.values.sorted(by: { $0.key < $1.key })
            where k.hasPrefix(base + ".") || k.hasPrefix(base + "[") {
                emit(path + k.dropFirst(base.count), m)
            }
        case .array(let items):
            for (i, m) in items.prefix(ExpressionObject.maxElements).enumerated() {
                let p = path + "[\(i)]"
                emit(p, m.value)
                flatten(m, path: p, depth: depth + 1, emit)
            }
        default:
            break
        }
    }
}

extension ExpressionValue {
    /// Whether the value is an array or an object (whose members a row keeps as fields).
    var isNested: Bool {
        switch self {
        case .array, .object: return true
        default: return false
        }
    }
}
