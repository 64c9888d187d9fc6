import ChartsmithData
import ChartsmithFormat
import ChartsmithScene

/// Dropping axis labels that would collide: Vega's parity strategy, ranked by time boundaries.
extension Panel {
    /// On a time axis, how coarse a boundary each tick lies on (for ``thin``).
    func timeRank(_ s: PositionScale, _ ticks: [AxisTick]) -> ((Int) -> Int)? {
        guard s.continuous?.kind == .time, s.domain.axis.values == nil else { return nil }
        return { i in ticks[i].value.number.map(TimeTicks.granularity) ?? 0 }
    }

    /// Longest a turned label may be before it is shortened with an ellipsis.
    static let rotatedLabelLimit = 140.0

    /// Vega's "parity" label overlap strategy: keep every other label until none overlap.
    ///
    /// `rank` (a time axis's boundaries: midnight over noon, a month over a day) picks
    /// which half to keep: the odd labels when they lie on coarser boundaries than the
    /// even ones, so 12-hourly ticks keep their dates rather than a row of "12 PM".
    static func thin(_ indices: [Int], rank: ((Int) -> Int)? = nil, overlaps: (Int, Int) -> Bool) -> [Int] {
        var kept = indices
        func clash(_ ks: [Int]) -> Bool {
            for i in 1..<max(1, ks.count) where overlaps(ks[i - 1], ks[i]) { return true }
            return false
        }
        while kept.count > 2 && clash(kept) {
            let even = kept.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            let odd = kept.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
            if let rank, odd.count >= 2, (odd.map(rank).min() ?? 0) > (even.map(rank).min() ?? 0) {
                kept = odd
            } else {
                kept = even
            }
        }
        if kept.count == 2 && clash(kept) { kept = [kept[0]] }
        return kept
    }
}
