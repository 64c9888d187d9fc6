import ChartsmithSpec

/// Vega-Lite's `impute`: within each group, a row for every key value (those in the data
/// and the `keyvals`) that the group lacks, its field set to `value` or to the `mean`,
/// `median`, `max` or `min` of the group's values within the `frame`.
public enum Impute {
    /// The most numbers the frames of a `median` may read in all; a median frame over
    /// thousands of rows for thousands of gaps would take minutes.
    public static let maxMedianWork = 20_000_000

    /// `table` with the missing rows added; the rows it would make in all are checked
    /// against `budget` before any is built.
    public static func apply(_ spec: ImputeSpec, to table: Table, budget: DataBudget = .current) throws -> Table {
        guard let field = spec.field, let key = spec.key else { return table }
        var t = table
        t.addField(field)
        t.addField(key)
        // Keys compare by number when they have one (dates and numbers alike), else by text.
        func id(_ v: Value) -> String { v.number.map { "n\($0)" } ?? "s\(v.text)" }
        var keys: [Value] = []
        var seen = Set<String>()
        let dates = t.rows.contains { if case .date = $0[key] { return true } else { return false } }
        for extra in spec.extraKeys {
            var v = DataLoader.value(extra)
            if dates, case .number(let n) = v { v = .date(n) }
            if seen.insert(id(v)).inserted { keys.append(v) }
        }
        for r in t.rows where !r[key].isNull {
            if seen.insert(id(r[key])).inserted { keys.append(r[key]) }
        }
        let groups = Aggregation.group(t.rows, by: spec.groupby)
        // Every group gets a row for every key: count them before building any.
        let presentSets = groups.map { g in Set(g.rows.map { id($0[key]) }).intersection(seen) }
        let total = presentSets.reduce(t.rowCount) { DataBudget.sum($0, keys.count - $1.count) }
        try budget.check("impute (\(DataBudget.grouped(groups.count)) groups × \(DataBudget.grouped(keys.count)) keys)",
                         rows: total, fields: t.fields.count)
        var added: [Row] = []
        for (g, present) in zip(groups, presentSets) {
            var newRows: [Row] = []
            for k in keys where !present.contains(id(k)) {
                var r = Row()
                for (i, f) in spec.groupby.enumerated() { r[f] = g.key[i] }
                r[key] = k
                r[field] = spec.method == .value ? (spec.value.map(DataLoader.value) ?? .null) : .null
                newRows.append(r)
            }
            if spec.method != .value && !newRows.isEmpty {
                // The window runs over the group with its new rows, in key order.
                let all = (g.rows + newRows).enumerated().sorted { a, b in
                    let ka = a.element[key], kb = b.element[key]
                    if ka == kb { return a.offset < b.offset }
                    return valueLess(ka, kb)
                }
                let n = all.count
                // The numbers the frames read (imputed rows have none yet), by position:
                // prefix sums for the mean, a sparse table for min and max, slices for the
                // median, so a frame of any size costs no more than the group's length.
                let numbers: [Double?] = all.map { $0.element[field].number }
                var sums = [0.0], counts = [0]
                for x in numbers { sums.append(sums.last! + (x ?? 0)); counts.append(counts.last! + (x == nil ? 0 : 1)) }
                let positions = numbers.indices.filter { numbers[$0] != nil }
                func offset(_ d: Double?) -> Int? { d.map { $0.isNaN ? 0 : Int(max(-Double(n), min(Double(n), $0.rounded(.towardZero)))) } }
                let lower = offset(spec.frame.first ?? nil), upper = spec.frame.count > 1 ? offset(spec.frame[1]) : nil
                let extreme = spec.method == .max || spec.method == .min ? SparseExtreme(numbers, max: spec.method == .max) : nil
                if spec.method == .median {
                    let width = min(n, (upper ?? n) - (lower ?? -n) + 1)
                    if newRows.count * width > Self.maxMedianWork {
                        throw DataError(message: "impute: the median over frames of up to \(width) rows for \(newRows.count) missing rows is"
                                        + " more work than Chartsmith allows; give a smaller \"frame\" or another \"method\"")
                    }
                }
                for (pos, item) in all.enumerated() where item.offset >= g.rows.count {
                    let lo = lower.map { max(0, pos + $0) } ?? 0
                    let hi = upper.map { min(n - 1, pos + $0) } ?? n - 1
                    var v = Value.null
                    if lo <= hi, counts[hi + 1] - counts[lo] > 0 {
                        switch spec.method {
                        case .mean, .value: v = .number((sums[hi + 1] - sums[lo]) / Double(counts[hi + 1] - counts[lo]))
                        case .max, .min: v = extreme?.query(lo, hi).map(Value.number) ?? .null
                        case .median:
                            let a = lowerBound(positions, lo), b = lowerBound(positions, hi + 1)
                            v = Aggregation.quantile(positions[a..<b].compactMap { numbers[$0] }, 0.5).map(Value.number) ?? .null
                        }
                    }
                    newRows[item.offset - g.rows.count][field] = v
                }
            }
            added += newRows
        }
        t.rows += added
        return t
    }
}

/// The first index of a sorted array whose value is at least `x`.
private func lowerBound(_ a: [Int], _ x: Int) -> Int {
    var lo = 0, hi = a.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if a[mid] < x { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
