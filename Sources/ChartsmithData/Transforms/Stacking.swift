import ChartsmithSpec

/// Vega's stack transform: for each group, lays values end to end and records where
/// each part starts and ends.
public enum Stacking {
    /// Stacks `field` within groups of `groupby`, ordering parts by `sort`; writes
    /// `<field>_start` and `<field>_end`. Offsets as Vega: `zero` stacks positive values
    /// up from zero and negative values down from it, separately; `normalize` divides by
    /// the group's sum of absolute values; `center` centres each stack on the largest.
    /// A columnar table is stacked on its columns (groups on column codes, the two results
    /// new columns) and stays columnar; the results are the same either way.
    public static func stack(_ table: Table, field: String, groupby: [String],
                             sort: [(field: String, descending: Bool)], offset: StackMode,
                             start: String? = nil, end: String? = nil) -> Table {
        let start = start ?? field + "_start", end = end ?? field + "_end"
        let reader = CellReader(table)
        let groups = reader.groups(by: groupby)
        let sortColumns = sort.map { reader.field($0.field) }
        func less(_ a: Int, _ b: Int) -> Bool {
            for (k, s) in sort.enumerated() {
                let va = reader.value(sortColumns[k], a), vb = reader.value(sortColumns[k], b)
                if va == vb { continue }
                return s.descending ? vegaAscending(vb, va) : vegaAscending(va, vb)
            }
            return a < b
        }
        let values = reader.field(field)
        func number(_ i: Int) -> Double? { reader.number(values, i) }
        var sums: [Double] = []
        for g in groups {
            sums.append(g.reduce(0) { $0 + abs(number($1) ?? 0) })
        }
        let maxSum = sums.max() ?? 0
        var starts = [Value](repeating: .null, count: reader.count), ends = starts
        for (gi, g) in groups.enumerated() {
            let ordered = g.sorted(by: less)
            switch offset {
            case .normalize:
                let scale = sums[gi] == 0 ? 0 : 1 / sums[gi]
                var last = 0.0, acc = 0.0
                for i in ordered {
                    let v = abs(number(i) ?? 0)
                    acc += v
                    starts[i] = .number(last)
                    last = scale * acc
                    ends[i] = .number(last)
                }
            case .center:
                var last = (maxSum - sums[gi]) / 2
                for i in ordered {
                    let v = abs(number(i) ?? 0)
                    starts[i] = .number(last)
                    last += v
                    ends[i] = .number(last)
                }
            default:
                var pos = 0.0, neg = 0.0
                for i in ordered {
                    let v = number(i) ?? 0
                    if v < 0 {
                        starts[i] = .number(neg)
                        neg += v
                        ends[i] = .number(neg)
                    } else {
                        starts[i] = .number(pos)
                        pos += v
                        ends[i] = .number(pos)
                    }
                }
            }
        }
        return reader.setting([(start, starts), (end, ends)], in: table)
    }
}
