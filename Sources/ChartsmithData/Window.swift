import ChartsmithSpec

/// Vega's window transform for the common operations: ranking, row numbers and running
/// aggregates over sorted, grouped rows.
enum Window {
    static let supported = ["row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "sum", "count",
                            "mean", "average", "min", "max", "lag", "lead", "first_value", "last_value"]

    static func apply(ops: [WindowField], sort: [SortField], groupby: [String], frame: [Double?]?,
                      to table: Table) throws -> Table {
        for op in ops where !supported.contains(op.op) {
            throw DataError(message: "the window operation \"\(op.op)\" is not supported by Chartsmith")
        }
        var t = table
        for op in ops { t.addField(op.outputName) }
        // Frame: Vega's default is [null, 0] (all preceding rows to the current one).
        let lower = frame.map { $0.count > 0 ? $0[0] : nil } ?? nil
        let upper: Double? = frame.map { $0.count > 1 ? $0[1] : 0 } ?? 0
        var groups: [[Value]: [Int]] = [:]
        var order: [[Value]] = []
        for (i, r) in t.rows.enumerated() {
            let key = groupby.map { r[$0] }
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(i)
        }
        func less(_ a: Int, _ b: Int) -> Bool {
            for s in sort {
                let va = t.rows[a][s.field], vb = t.rows[b][s.field]
                if va == vb { continue }
                return s.descending ? valueLess(vb, va) : valueLess(va, vb)
            }
            return a < b
        }
        func peersEqual(_ a: Int, _ b: Int) -> Bool {
            sort.allSatisfy { t.rows[a][$0.field] == t.rows[b][$0.field] }
        }
        for key in order {
            let idx = groups[key]!.sorted(by: less)
            let n = idx.count
            var rank = 1, dense = 1
            for (pos, i) in idx.enumerated() {
                if pos > 0 && !peersEqual(idx[pos - 1], i) {
                    rank = pos + 1
                    dense += 1
                }
                // Frame offsets beyond the group are the same as its ends; as in Vega, each
                // counts by its size ([-2, 2] and [2, 2] are the same frame).
                func offset(_ d: Double) -> Int { d.isNaN ? 0 : Int(min(Double(n), abs(d).rounded(.towardZero))) }
                var lo = lower.map { max(0, pos - offset($0)) } ?? 0
                var hi = upper.map { min(n - 1, pos + offset($0)) } ?? (n - 1)
                // Vega's default (`ignorePeers: false`) with a sort: the frame grows to take in
                // every row that sorts equal to its first or last row.
                if !sort.isEmpty && lo <= hi {
                    while lo > 0 && peersEqual(idx[lo - 1], idx[lo]) { lo -= 1 }
                    while hi < n - 1 && peersEqual(idx[hi + 1], idx[hi]) { hi += 1 }
                }
                let frameRows = lo <= hi ? idx[lo...hi].map { t.rows[$0] } : []
                for op in ops {
                    let v: Value
                    switch op.op {
                    case "row_number": v = .number(Double(pos + 1))
                    case "rank": v = .number(Double(rank))
                    case "dense_rank": v = .number(Double(dense))
                    case "percent_rank": v = .number(n > 1 ? Double(rank - 1) / Double(n - 1) : 0)
                    case "cume_dist":
                        var last = pos
                        while last + 1 < n && peersEqual(idx[last + 1], i) { last += 1 }
                        v = .number(Double(last + 1) / Double(n))
                    case "lag": v = pos > 0 ? t.rows[idx[pos - 1]][op.field ?? ""] : .null
                    case "lead": v = pos + 1 < n ? t.rows[idx[pos + 1]][op.field ?? ""] : .null
                    case "first_value": v = frameRows.first?[op.field ?? ""] ?? .null
                    case "last_value": v = frameRows.last?[op.field ?? ""] ?? .null
                    default:
                        let agg = AggregateOp(rawValue: op.op) ?? .sum
                        v = Aggregation.apply(agg, field: op.field, rows: frameRows)
                    }
                    t.rows[i][op.outputName] = v
                }
            }
        }
        return t
    }
}
