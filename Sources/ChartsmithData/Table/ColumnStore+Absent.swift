/// Cells a row lacks in a ``ColumnStore`` (``ColumnStore/absent``), and the two ways a
/// transform makes such rows: appending rows that have only some fields, and packing rows
/// of its own (each with the fields it has) into columns.
extension ColumnStore {
    /// The absent masks after column `k` is replaced by `column`: a row that lacked the
    /// field still lacks it where the new cell is null.
    func keepingAbsent(_ k: Int, _ column: Column) -> [[Bool]?] {
        guard !absent.isEmpty, let mask = absent[k] else { return absent }
        var masks = absent
        masks[k] = mask.indices.map { mask[$0] && column.value(at: $0) == .null }
        return masks
    }

    /// Whether row `i` lacks the field of column `k`.
    @inline(__always)
    func isAbsent(_ k: Int, _ i: Int) -> Bool { !absent.isEmpty && absent[k]?[i] == true }

    /// These rows followed by `count` new rows that have only the fields of `values` (one
    /// value per new row, by field; a later field of the same name wins), as a table of rows
    /// appends rows of their own. A field the store lacks becomes a column the old rows lack.
    func appending(_ count: Int, setting values: [(String, [Value])]) -> ColumnStore {
        let n = self.count
        var set: [String: [Value]] = [:]
        for (name, new) in values { set[name] = new }
        var names = self.names, columns: [Column] = [], masks: [[Bool]?] = []
        for (k, c) in self.columns.enumerated() {
            let old = absent.isEmpty ? nil : absent[k]
            if let new = set[names[k]] {
                columns.append(c.appending(new))
                masks.append(old.map { $0 + Array(repeating: false, count: count) })
            } else {
                columns.append(c.appending(Array(repeating: .null, count: count)))
                masks.append((old ?? Array(repeating: false, count: n)) + Array(repeating: true, count: count))
            }
        }
        for (name, _) in values where !names.contains(name) {
            names.append(name)
            columns.append(.packing(Array(repeating: .null, count: n) + set[name]!))
            masks.append(Array(repeating: true, count: n) + Array(repeating: false, count: count))
        }
        return ColumnStore(count: n + count, names: names, columns: columns, absent: masks)
    }

    /// A store with `field` written in the rows where `values` has a value, as a table of
    /// rows sets it in some rows: the other rows keep their cell (and lack the field when
    /// they lacked it, or when the store had no such column, which is then added last).
    func writing(_ field: String, _ values: [Value?]) -> ColumnStore {
        let k = index[field]
        let old = k.map { columns[$0] }
        var cells: [Value] = [], mask: [Bool] = []
        cells.reserveCapacity(count)
        mask.reserveCapacity(count)
        for (i, v) in values.enumerated() {
            if let v { cells.append(v); mask.append(false) } else {
                cells.append(old?.value(at: i) ?? .null)
                mask.append(k.map { isAbsent($0, i) } ?? true)
            }
        }
        let s = setting(field, .packing(cells))
        guard mask.contains(true) else { return s }
        var masks = s.absent.isEmpty ? [[Bool]?](repeating: nil, count: s.columns.count) : s.absent
        masks[s.index[field]!] = mask
        return ColumnStore(count: s.count, names: s.names, columns: s.columns, absent: masks)
    }

    /// Rows of their own as columns: a column per field (`fields` first, in order, then
    /// any other field a row has, in name order), a row lacking a field absent there. The
    /// columnar table reads exactly as `Table(fields:rows:)` does.
    static func packing(_ rows: [Row], fields: [String]) -> ColumnStore {
        var names: [String] = []
        var seen = Set<String>()
        for f in fields where seen.insert(f).inserted { names.append(f) }
        var extra = Set<String>()
        for r in rows { for k in r.values.keys where !seen.contains(k) { extra.insert(k) } }
        names += extra.sorted()
        var columns: [Column] = []
        var masks: [[Bool]?] = []
        for name in names {
            var values: [Value] = [], mask: [Bool] = []
            values.reserveCapacity(rows.count)
            mask.reserveCapacity(rows.count)
            for r in rows {
                let v = r.values[name]
                values.append(v ?? .null)
                mask.append(v == nil)
            }
            columns.append(.packing(values))
            masks.append(mask.contains(true) ? mask : nil)
        }
        return ColumnStore(count: rows.count, names: names, columns: columns, absent: masks)
    }
}

extension Column {
    /// `xs` followed by `extra` as raw doubles (null as NaN, a cell of the column's kind as
    /// `number` reads it); nil at the first cell of another kind, or a NaN of the kind.
    private static func raw(_ xs: [Double], appending extra: [Value], _ number: (Value) -> Double?) -> [Double]? {
        var out = xs
        out.reserveCapacity(xs.count + extra.count)
        for v in extra {
            if case .null = v { out.append(.nan); continue }
            guard let x = number(v), !x.isNaN else { return nil }
            out.append(x)
        }
        return out
    }

    /// The column with `extra` cells after its own, keeping its kind where they fit.
    func appending(_ extra: [Value]) -> Column {
        switch self {
        case .numbers(let xs):
            if let out = Self.raw(xs, appending: extra, { if case .number(let x) = $0 { x } else { nil } }) { return .numbers(out) }
            return .values((0..<xs.count).map(value(at:)) + extra)
        case .dates(let xs):
            if let out = Self.raw(xs, appending: extra, { if case .date(let x) = $0 { x } else { nil } }) { return .dates(out) }
            return .values((0..<xs.count).map(value(at:)) + extra)
        case .values(let vs): return .values(vs + extra)
        case .text(let t): return .values((0..<t.count).map { .string(t.string(at: $0)) } + extra)
        }
    }
}

extension Table {
    /// A columnar table of `rows` (rows of their own, as a transform makes them) that reads
    /// as `Table(fields: fields, rows: rows)` does.
    static func columnar(fields: [String], rows: [Row], bins: [String: BinBoundaries] = [:]) -> Table {
        Table(fields: fields, columns: ColumnStore.packing(rows, fields: fields), bins: bins)
    }
}
