import ChartsmithSpec

/// Aggregate operations over a group of values, as Vega computes them.
public enum Aggregation {
    /// Applies `op` to the values of one field in a group of rows.
    public static func apply(_ op: AggregateOp, field: String?, rows: [Row]) -> Value {
        guard op != .count, let field else { return .number(Double(rows.count)) }
        return apply(op, values: rows.map { $0[field] })
    }

    /// Applies `op` (not `count`, which needs no field) to one field's values in a group.
    public static func apply(_ op: AggregateOp, values: [Value]) -> Value {
        let nums = values.compactMap(\.number)
        switch op {
        case .count: return .number(Double(values.count))
        case .valid: return .number(Double(values.filter { !$0.isNull }.count))
        case .missing: return .number(Double(values.filter { $0.isNull }.count))
        case .distinct: return .number(Double(Set(values).count))
        case .sum: return .number(nums.reduce(0, +))
        case .mean, .average: return nums.isEmpty ? .null : .number(nums.reduce(0, +) / Double(nums.count))
        case .median: return quantile(nums, 0.5).map(Value.number) ?? .null
        case .q1: return quantile(nums, 0.25).map(Value.number) ?? .null
        case .q3: return quantile(nums, 0.75).map(Value.number) ?? .null
        case .min: return nums.min().map(Value.number) ?? .null
        case .max: return nums.max().map(Value.number) ?? .null
        // Fewer than two values: Vega's undefined, which is NaN in arithmetic (a `mean ±
        // stderr` bound is then missing, as in Vega), not null, which would count as 0.
        case .variance, .stdev:
            guard nums.count > 1 else { return .number(.nan) }
            let m = nums.reduce(0, +) / Double(nums.count)
            let v = nums.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(nums.count - 1)
            return .number(op == .variance ? v : v.squareRoot())
        case .stderr:
            guard nums.count > 1 else { return .number(.nan) }
            let m = nums.reduce(0, +) / Double(nums.count)
            let v = nums.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(nums.count - 1)
            return .number((v / Double(nums.count)).squareRoot())
        case .ci0, .ci1:
            guard let ci = BootstrapCI.interval(nums) else { return .null }
            return .number(op == .ci0 ? ci.lower : ci.upper)
        case .argmin, .argmax:
            return .null
        }
    }

    /// `argmin`/`argmax`: the value of `field` in the row where `by` is smallest or largest
    /// (the first such row, as Vega keeps it).
    public static func arg(_ op: AggregateOp, by: String, field: String?, rows: [Row]) -> Value {
        guard let best = argRow(op, by: by, rows: rows) else { return .null }
        return field.map { best[$0] } ?? .null
    }

    /// The fields an `argmin`/`argmax` output named `name` gives: `name` itself holds the
    /// object marker ("[object Object]", null when no row has a valid `by`), and
    /// `name.field` each field of the row (Vega gives the row itself; its fields are read
    /// by path, `argmax_US_Gross.Production_Budget` or `datum.best.s`).
    static func argFields(_ name: String, _ best: Row?) -> [(String, Value)] {
        guard let best else { return [(name, .null)] }
        return [(name, .string(ExpressionObject.marker))]
            + best.values.sorted { $0.key < $1.key }.map { (name + "." + $0.key, $0.value) }
    }

    /// What `argmin`/`argmax` compare a row by: its number, or for text that is a date
    /// (`"Jan 1 2000"` in a CSV) its time. Vega-Lite parses such a field as a date at the
    /// source when any view of the data encodes it as temporal, so Vega compares dates.
    static func argKey(_ v: Value) -> Double? {
        if let n = v.number { return n }
        if case .string = v { return Coercion.date(v) }
        return nil
    }

    /// The first row where `by` is largest (`argmax`) or smallest (`argmin`).
    public static func argRow(_ op: AggregateOp, by: String, rows: [Row]) -> Row? {
        var best: Row? = nil
        var bestValue = 0.0
        for r in rows {
            guard let v = argKey(r[by]) else { continue }
            if best == nil || (op == .argmax ? v > bestValue : v < bestValue) { best = r; bestValue = v }
        }
        return best
    }

    /// d3's quantile (R-7 interpolation) of unsorted values.
    static func quantile(_ xs: [Double], _ p: Double) -> Double? {
        guard !xs.isEmpty else { return nil }
        let s = xs.sorted()
        let i = (Double(s.count) - 1) * p
        let lo = Int(i.rounded(.down))
        let hi = min(lo + 1, s.count - 1)
        return s[lo] + (s[hi] - s[lo]) * (i - Double(lo))
    }

    /// Groups rows by the values of `groupby` fields, keeping first-seen order.
    public static func group(_ rows: [Row], by groupby: [String]) -> [(key: [Value], rows: [Row])] {
        var index: [[Value]: Int] = [:]
        var groups: [(key: [Value], rows: [Row])] = []
        for r in rows {
            let key = groupby.map { r[$0] }
            if let i = index[key] { groups[i].rows.append(r) } else {
                index[key] = groups.count
                groups.append((key, [r]))
            }
        }
        return groups
    }
}
