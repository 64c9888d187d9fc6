/// Vega-Lite's `flatten` on a columnar table: the element fields (`name[i]`, `name[i].key`)
/// are columns, found once by name; each row is repeated once per element it has (a row
/// has element i when one of its columns is present there, as a row of its own holds the
/// keys it has), and the `as` fields are written as the row-by-row ``Flatten`` writes them,
/// one field after another, so the table reads exactly as its rows would.
enum ColumnFlatten {
    /// An element column: its field's position in the list, the element's index and the
    /// member suffix after `]`.
    struct Element {
        let column: Int
        let field: Int
        let index: Int
        let suffix: String
    }

    /// The element columns of `fields` in `store`.
    static func elements(_ store: ColumnStore, fields: [String]) -> [Element] {
        var out: [Element] = []
        for (j, f) in fields.enumerated() {
            let prefix = f + "["
            for (k, key) in store.names.enumerated() where key.hasPrefix(prefix) && store.index[key] == k {
                let rest = key.dropFirst(prefix.count)
                guard let close = rest.firstIndex(of: "]"), let i = Int(rest[..<close]), i >= 0 else { continue }
                out.append(Element(column: k, field: j, index: i, suffix: String(rest[rest.index(after: close)...])))
            }
        }
        return out
    }

    static func apply(_ table: Table, store: ColumnStore, fields: [String], as names: [String], budget: DataBudget) throws -> Table {
        let elements = elements(store, fields: fields)
        var counts = [Int](repeating: 0, count: store.count)
        var members = Set<String>()
        for e in elements {
            var used = false
            for i in 0..<store.count where !store.isAbsent(e.column, i) {
                counts[i] = max(counts[i], e.index + 1)
                used = true
            }
            if used && !e.suffix.isEmpty { members.insert(names[e.field] + e.suffix) }
        }
        var outFields = table.fields
        for n in names + members.sorted() where !outFields.contains(n) { outFields.append(n) }
        let total = counts.reduce(0) { DataBudget.sum($0, $1) }
        try budget.check("flatten", rows: total, fields: outFields.count)
        // Each output row's source row and element index.
        var source: [Int] = [], element: [Int] = []
        source.reserveCapacity(total)
        element.reserveCapacity(total)
        for (k, c) in counts.enumerated() {
            for i in 0..<c { source.append(k); element.append(i) }
        }
        var out = store.gathering(source)
        // The fields written, in order: `as[j]` in every row (its element, else null), then
        // its element's members where the element has them.
        func cells(_ elements: [Element], base: Value?) -> [Value?] {
            var cells = [Value?](repeating: base, count: total)
            for e in elements {
                for r in 0..<total where element[r] == e.index && !store.isAbsent(e.column, source[r]) {
                    cells[r] = store.columns[e.column].value(at: source[r])
                }
            }
            return cells
        }
        for (j, name) in names.enumerated() {
            let own = elements.filter { $0.field == j }
            out = out.writing(name, cells(own.filter { $0.suffix.isEmpty }, base: .null))
            var suffixes: [String] = []
            for e in own where !e.suffix.isEmpty && !suffixes.contains(e.suffix) { suffixes.append(e.suffix) }
            for suffix in suffixes {
                out = out.writing(name + suffix, cells(own.filter { $0.suffix == suffix }, base: nil))
            }
        }
        return Table(fields: outFields, columns: out)
    }
}
