import ChartsmithSpec

/// Vega's window transform for the common operations: ranking, row numbers and running
/// aggregates over sorted, grouped rows.
enum Window {
    static let supported = ["row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "sum", "count",
                            "mean", "average", "min", "max", "lag", "lead", "first_value", "last_value", "distinct"]

    static func apply(ops: [WindowField], sort: [SortField], groupby: [String], frame: [Double?]?,
                      to table: Table) throws -> Table {
        for op in ops where !supported.contains(op.op) {
            throw DataError(message: "the window operation \"\(op.op)\" is not supported by Chartsmith")
        }
        // Frame: Vega's default is [null, 0] (all preceding rows to the current one).
        let lower = frame.map { $0.count > 0 ? $0[0] : nil } ?? nil
        let upper: Double? = frame.map { $0.count > 1 ? $0[1] : 0 } ?? 0
        // Read from the columns (or rows) and written as new columns (or fields), in op
        // order. An output that replaces a field an op reads is read as written so far, as
        // a row's own cells are rewritten in place (and Vega's tuples).
        let reader = CellReader(table)
        let count = reader.count
        var outputs = ops.map { _ in [Value](repeating: .null, count: count) }
        let outputNames = Set(ops.map(\.outputName))
        var overlay: [String: [Value?]] = [:]
        for op in ops { if let f = op.field, outputNames.contains(f) { overlay[f] = [Value?](repeating: nil, count: count) } }
        let sortFields = sort.map { reader.field($0.field) }, opFields = ops.map { reader.field($0.field ?? "") }
        func sortValue(_ k: Int, _ i: Int) -> Value { reader.value(sortFields[k], i) }
        func opValue(_ k: Int, _ i: Int) -> Value {
            if !overlay.isEmpty, let f = ops[k].field, let v = overlay[f]?[i] { return v }
            return reader.value(opFields[k], i)
        }
        func less(_ a: Int, _ b: Int) -> Bool {
            for (k, s) in sort.enumerated() {
                let va = sortValue(k, a), vb = sortValue(k, b)
                if va == vb { continue }
                // vega-util's comparator: a null sorts first ascending, so last descending
                // (a top-K ranks the rows with no value after every row with one).
                if va == .null || vb == .null { return s.descending ? vb == .null : va == .null }
                return s.descending ? valueLess(vb, va) : valueLess(va, vb)
            }
            return a < b
        }
        // Without a sort, Vega compares rows with `constant(-1)`: every row is a peer group
        // of its own (rank and dense_rank number the rows 1, 2, 3 … in input order).
        func peersEqual(_ a: Int, _ b: Int) -> Bool {
            !sort.isEmpty && sort.indices.allSatisfy { sortValue($0, a) == sortValue($0, b) }
        }
        for group in reader.groups(by: groupby) {
            let idx = group.sorted(by: less)
            let n = idx.count
            // Runs of peers (rows that sort equal), found once: the first and last position
            // of each position's run.
            var runStart = [Int](repeating: 0, count: n), runEnd = [Int](repeating: n - 1, count: n)
            for pos in idx.indices.dropFirst() {
                runStart[pos] = peersEqual(idx[pos - 1], idx[pos]) ? runStart[pos - 1] : pos
            }
            for pos in stride(from: n - 2, through: 0, by: -1) {
                runEnd[pos] = runStart[pos + 1] == runStart[pos] ? runEnd[pos + 1] : pos
            }
            // Frame offsets beyond the group are the same as its ends; as in Vega, each
            // counts by its size ([-2, 2] and [2, 2] are the same frame).
            func offset(_ d: Double) -> Int { d.isNaN ? 0 : Int(min(Double(n), abs(d).rounded(.towardZero))) }
            // Both ends of the frame only move forward, so each aggregate is kept as the
            // frame slides: a row is added once and removed once.
            var states = ops.indices.map { k in FrameAggregate(op: ops[k].op, values: idx.map { opValue(k, $0).number },
                                                               counting: ops[k].field == nil) }
            var distinct = ops.indices.map { k in ops[k].op == "distinct" ? FrameDistinct(values: idx.map { opValue(k, $0) }) : nil }
            var rank = 1, dense = 1
            for (pos, i) in idx.enumerated() {
                if pos > 0 && runStart[pos] == pos {
                    rank = pos + 1
                    dense += 1
                }
                var lo = lower.map { max(0, pos - offset($0)) } ?? 0
                var hi = upper.map { min(n - 1, pos + offset($0)) } ?? (n - 1)
                // Vega's default (`ignorePeers: false`) with a sort: the frame grows to take in
                // every row that sorts equal to its first or last row.
                if !sort.isEmpty && lo <= hi {
                    lo = runStart[lo]
                    hi = runEnd[hi]
                }
                for (k, op) in ops.enumerated() {
                    let v: Value
                    switch op.op {
                    case "row_number": v = .number(Double(pos + 1))
                    case "rank": v = .number(Double(rank))
                    case "dense_rank": v = .number(Double(dense))
                    case "percent_rank": v = .number(n > 1 ? Double(rank - 1) / Double(n - 1) : 0)
                    case "cume_dist": v = .number(Double(runEnd[pos] + 1) / Double(n))
                    case "lag": v = pos > 0 ? opValue(k, idx[pos - 1]) : .null
                    case "lead": v = pos + 1 < n ? opValue(k, idx[pos + 1]) : .null
                    case "first_value": v = lo <= hi ? opValue(k, idx[lo]) : .null
                    case "last_value": v = lo <= hi ? opValue(k, idx[hi]) : .null
                    case "distinct": v = distinct[k]?.value(lo: lo, hi: hi) ?? .null
                    default: v = states[k].value(lo: lo, hi: hi)
                    }
                    outputs[k][i] = v
                    if overlay[op.outputName] != nil { overlay[op.outputName]![i] = v }
                }
            }
        }
        return reader.setting(Array(zip(ops.map(\.outputName), outputs)), in: table)
    }
}

/// A running aggregate (`sum`, `count`, `mean`, `min`, `max`) over a frame whose ends only
/// move forward: each value enters and leaves once, so a whole group costs O(n).
struct FrameAggregate {
    let op: AggregateOp
    /// The field's numbers, by position in the sorted group.
    let values: [Double?]
    /// No field: every operation counts rows, as ``Aggregation/apply(_:field:rows:)`` does.
    let counting: Bool
    var lo = 0, hi = -1  // The rows in the frame now: lo...hi.
    var sum = 0.0, numbers = 0
    var extremes: [Int] = []  // Positions whose numbers may still be the frame's min or max.
    var front = 0             // Start of `extremes` (a queue).
    /// Rows added to or removed from the frame so far: at most twice the group's size.
    private(set) var touched = 0

    init(op: String, values: [Double?], counting: Bool) {
        self.op = AggregateOp(rawValue: op) ?? .sum
        self.values = values
        self.counting = counting
    }

    /// The aggregate over positions `lo...hi` (empty when `lo > hi`); each call's ends are
    /// at or after the previous call's.
    mutating func value(lo newLo: Int, hi newHi: Int) -> Value {
        while hi < newHi {
            hi += 1
            add(hi)
        }
        while lo < newLo {
            if lo <= hi { remove(lo) }
            lo += 1
        }
        if hi < lo - 1 { hi = lo - 1 }
        let rows = max(0, newHi - newLo + 1)
        if counting || op == .count { return .number(Double(rows)) }
        switch op {
        case .mean, .average: return numbers == 0 ? .null : .number(sum / Double(numbers))
        case .min, .max: return front < extremes.count ? .number(values[extremes[front]]!) : .null
        default: return .number(sum)
        }
    }

    mutating func add(_ pos: Int) {
        touched += 1
        guard let x = values[pos] else { return }
        sum += x
        numbers += 1
        if op == .min || op == .max {
            while extremes.count > front, let last = values[extremes[extremes.count - 1]],
                  op == .max ? last < x : last > x {
                extremes.removeLast()
            }
            extremes.append(pos)
        }
    }

    mutating func remove(_ pos: Int) {
        touched += 1
        guard let x = values[pos] else { return }
        sum -= x
        numbers -= 1
        if numbers == 0 { sum = 0 }
        if front < extremes.count && extremes[front] == pos { front += 1 }
    }
}
