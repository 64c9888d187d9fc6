/// The window operation `distinct`: how many different values of a field (null among them,
/// as Vega's aggregate counts it) lie in a frame whose ends only move forward, each row
/// counted in once and out once.
struct FrameDistinct {
    /// The field's values, by position in the sorted group.
    let values: [Value]
    private var counts: [Value: Int] = [:]
    private var lo = 0, hi = -1

    init(values: [Value]) { self.values = values }

    /// The number of distinct values in rows `lo...hi` (0 for an empty frame).
    mutating func value(lo newLo: Int, hi newHi: Int) -> Value {
        while hi < newHi { hi += 1; if hi >= lo { counts[values[hi], default: 0] += 1 } }
        while lo < newLo {
            if lo <= hi, let c = counts[values[lo]] { counts[values[lo]] = c > 1 ? c - 1 : nil }
            lo += 1
        }
        return .number(Double(counts.count))
    }
}
