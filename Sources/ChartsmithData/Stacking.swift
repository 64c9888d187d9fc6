import ChartsmithSpec

/// Vega's stack transform: for each group, lays values end to end and records where
/// each part starts and ends.
public enum Stacking {
    /// Stacks `field` within groups of `groupby`, ordering parts by `sort`; writes
    /// `<field>_start` and `<field>_end`. Offsets as Vega: `zero` stacks positive values
    /// up from zero and negative values down from it, separately; `normalize` divides by
    /// the group's sum of absolute values; `center` centres each stack on the largest.
    public static func stack(_ table: Table, field: String, groupby: [String],
                             sort: [(field: String, descending: Bool)], offset: StackMode,
                             start: String? = nil, end: String? = nil) -> Table {
        let start = start ?? field + "_start", end = end ?? field + "_end"
        var out = table
        out.addField(start)
        out.addField(end)
        // Group row indices.
        var index: [[Value]: Int] = [:]
        var groups: [[Int]] = []
        for (i, r) in table.rows.enumerated() {
            let key = groupby.map { r[$0] }
            if let g = index[key] { groups[g].append(i) } else {
                index[key] = groups.count
                groups.append([i])
            }
        }
        func less(_ a: Int, _ b: Int) -> Bool {
            for s in sort {
                let va = table.rows[a][s.field], vb = table.rows[b][s.field]
                if va == vb { continue }
                return s.descending ? vegaAscending(vb, va) : vegaAscending(va, vb)
            }
            return a < b
        }
        var sums: [Double] = []
        for g in groups {
            sums.append(g.reduce(0) { $0 + abs(table.rows[$1][field].number ?? 0) })
        }
        let maxSum = sums.max() ?? 0
        for (gi, g) in groups.enumerated() {
            let ordered = g.sorted(by: less)
            switch offset {
            case .normalize:
                let scale = sums[gi] == 0 ? 0 : 1 / sums[gi]
                var last = 0.0, acc = 0.0
                for i in ordered {
                    let v = abs(table.rows[i][field].number ?? 0)
                    acc += v
                    out.rows[i][start] = .number(last)
                    last = scale * acc
                    out.rows[i][end] = .number(last)
                }
            case .center:
                var last = (maxSum - sums[gi]) / 2
                for i in ordered {
                    let v = abs(table.rows[i][field].number ?? 0)
                    out.rows[i][start] = .number(last)
                    last += v
                    out.rows[i][end] = .number(last)
                }
            default:
                var pos = 0.0, neg = 0.0
                for i in ordered {
                    let v = table.rows[i][field].number ?? 0
                    if v < 0 {
                        out.rows[i][start] = .number(neg)
                        neg += v
                        out.rows[i][end] = .number(neg)
                    } else {
                        out.rows[i][start] = .number(pos)
                        pos += v
                        out.rows[i][end] = .number(pos)
                    }
                }
            }
        }
        return out
    }
}
