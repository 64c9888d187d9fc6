import ChartsmithData
import ChartsmithFormat
import ChartsmithScene
import ChartsmithSpec

/// Dropping axis labels that would collide, at one regular step: every k-th label from the
/// first (Vega's `labelOverlap` strategies), ranked by time boundaries on a time axis.
extension Panel {
    /// On a time axis, how coarse a boundary each tick lies on (for ``thin``).
    func timeRank(_ s: PositionScale, _ ticks: [AxisTick]) -> ((Int) -> Int)? {
        guard s.continuous?.kind == .time, s.domain.axis.values == nil else { return nil }
        return { i in ticks[i].value.number.map(TimeTicks.granularity) ?? 0 }
    }

    /// Longest a turned label may be before it is shortened with an ellipsis.
    static let rotatedLabelLimit = 140.0
    /// How much closer than their separation two level labels may come (in points) and
    /// still count as clear, so a rounding error does not thin a label.
    static let labelTolerance = 0.01

    /// The overlap strategy of an axis: the spec's `labelOverlap`, else Vega-Lite's default
    /// (greedy on a log or symlog scale, parity elsewhere). Chartsmith's default parity is the
    /// regular kind: the smallest step k that clears every label, not only powers of two.
    static func overlapStrategy(_ d: PositionDomain) -> OverlapStrategy {
        switch d.axis.labelOverlap {
        case .none?: return .none
        case .parity?: return .parity
        case .greedy?: return .greedy
        case nil:
            // Vega-Lite thins a log or symlog axis greedily (compile/axis/properties.ts),
            // so a symlog axis keeps its 0 among the crowded labels at its ends.
            if case .log = d.kind { return .greedy }
            if case .symlog = d.kind { return .greedy }
            return .regular
        }
    }

    /// The least room between two labels: the axis's `labelSeparation`, else `fallback`.
    static func labelSeparation(_ d: PositionDomain, fallback: Double) -> Double {
        d.axis.labelSeparation.map { max(0, $0) } ?? fallback
    }

    /// The labels kept of `indices` (in axis order), so that no two kept neighbours overlap.
    ///
    /// - `.regular`: every k-th label from the first, with the smallest k that clears them
    ///   all. On a time axis (`rank`) the run may start later than the first label, where
    ///   that run lies on coarser boundaries (midnights rather than noons), at the same step.
    /// - `.parity`: Vega's: drop every other label until none overlap (k a power of two).
    /// - `.greedy`: Vega's: keep a label unless it overlaps the last one kept.
    /// - `.none`: every label.
    ///
    /// No end label is ever put back out of step.
    static func thin(_ indices: [Int], strategy: OverlapStrategy = .regular, rank: ((Int) -> Int)? = nil,
                     overlaps: (Int, Int) -> Bool) -> [Int] {
        func clash(_ ks: [Int]) -> Bool {
            for i in 1..<max(1, ks.count) where overlaps(ks[i - 1], ks[i]) { return true }
            return false
        }
        guard indices.count >= 2, strategy != .none, clash(indices) else { return indices }
        switch strategy {
        case .none:
            return indices
        case .greedy:
            var kept = [indices[0]]
            for i in indices.dropFirst() where !overlaps(kept[kept.count - 1], i) { kept.append(i) }
            return kept
        case .parity:
            var kept = indices
            while kept.count > 1 && clash(kept) {
                kept = kept.enumerated().filter { $0.offset % 2 == 0 }.map(\.element)
            }
            return kept
        case .regular:
            for k in 2...indices.count {
                // Start offsets to try: the first label, or on a time axis the run on the
                // coarsest boundaries.
                var starts = [0]
                if let rank {
                    let runs = (0..<k).map { o in stride(from: o, to: indices.count, by: k).map { indices[$0] } }
                    starts = (0..<k).filter { runs[$0].count >= 2 || k >= indices.count }
                        .sorted { a, b in
                            let ra = runs[a].map(rank).min() ?? 0, rb = runs[b].map(rank).min() ?? 0
                            return ra != rb ? ra > rb : a < b
                        }
                    if starts.isEmpty { starts = [0] }
                }
                for o in starts {
                    let run = stride(from: o, to: indices.count, by: k).map { indices[$0] }
                    if !clash(run) { return run }
                }
            }
            return [indices[0]]
        }
    }
}

/// How an axis drops labels that would overlap (see ``Panel/thin(_:strategy:rank:overlaps:)``).
enum OverlapStrategy {
    case none, regular, parity, greedy
}
