/// The rows of fitted curves (`regression`, `loess`), gathered as columns: each point's
/// group key fields, x, and y (null where the fit is not finite, unless `nonFiniteY` keeps
/// it, as `density` does). Made into a columnar
/// table when the input was columnar (no row built, however many points a loess gives),
/// else into rows, each with every field set in that order.
struct CurveTable {
    let fields: [String]
    let groupby: [String]
    let x: String, y: String
    let nonFiniteY: Bool
    private var keys: [[Value]] = []
    private var groupOf: [Int] = []
    private var xs: [Double] = [], ys: [Double] = []

    init(groupby: [String], x: String, y: String, nonFiniteY: Bool = false) {
        self.fields = groupby + [x, y]
        self.nonFiniteY = nonFiniteY
        self.groupby = groupby
        self.x = x
        self.y = y
    }

    /// Appends a curve's points for the group whose key is `key`.
    mutating func append(_ curve: [(Double, Double)], key: [Value]) {
        guard !curve.isEmpty else { return }
        keys.append(key)
        for (px, py) in curve {
            groupOf.append(keys.count - 1)
            xs.append(px)
            ys.append(py)
        }
    }

    /// The table: columnar or rows.
    func table(columnar: Bool) -> Table {
        // The fields in writing order; a later one of the same name wins, as in a row.
        var writes: [(String, Column)] = groupby.indices.map { k in
            (groupby[k], Column.packing(groupOf.map { keys[$0][k] }))
        }
        writes.append((x, .packing(xs.map(Value.number))))
        writes.append((y, nonFiniteY ? .packing(ys.map(Value.number)) : .numbers(ys.map { $0.isFinite ? $0 : .nan })))
        if columnar {
            var names: [String] = [], columns: [Column] = []
            for (name, c) in writes {
                if let k = names.firstIndex(of: name) { columns[k] = c } else { names.append(name); columns.append(c) }
            }
            return Table(fields: fields, columns: ColumnStore(count: xs.count, names: names, columns: columns))
        }
        var out = Table(fields: fields)
        out.rows = xs.indices.map { i in
            var row = Row()
            for (name, c) in writes { row[name] = c.value(at: i) }
            return row
        }
        return out
    }
}
