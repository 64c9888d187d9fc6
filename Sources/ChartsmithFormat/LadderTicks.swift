import Foundation

/// A linear axis's tick step chosen from the 1–2–2.5–5 ladder: the step whose nice domain
/// (both ends on ticks) leaves the least empty space beyond the data while its labels stay
/// readable, so an axis ends on a labelled gridline close above the data (0–220 in steps of
/// 20 or 25, not 0–250 in 50s).
public enum LadderTicks {
    /// The ladder's mantissas, each times a power of ten.
    public static let mantissas: [Double] = [1, 2, 2.5, 5]

    /// One candidate: a step and the domain it makes nice.
    public struct Choice: Sendable, Hashable {
        public var step: Double
        public var lo: Double
        public var hi: Double
        /// The tick values, lo to hi at the step.
        public var ticks: [Double] { LadderTicks.ticks(lo, hi, step: step) }
        /// The number of ticks.
        public var count: Int {
            let n = ((hi - lo) / step).rounded()
            return n.isFinite && n < 1_000_000 ? Int(n) + 1 : Int.max
        }
    }

    /// The best step for data from `lo` to `hi`.
    ///
    /// - Parameters:
    ///   - target: the tick count Vega-Lite would ask for; among steps that end the axis at
    ///     the same place, the one nearest the step d3 takes for this count wins (Vega's
    ///     own ticks where they end as close), then the larger step.
    ///   - maxTicks: the most ticks allowed.
    ///   - minStep: `tickMinStep`: no step below it.
    ///   - fits: whether a candidate's labels can be read (far enough apart).
    /// - Returns: nil for an empty or non-finite span.
    public static func choose(lo: Double, hi: Double, target: Int, maxTicks: Int, minStep: Double? = nil,
                              fits: (Choice) -> Bool) -> Choice? {
        let a = min(lo, hi), b = max(lo, hi)
        let span = b - a
        guard span > 0, span.isFinite, a.isFinite else { return nil }
        let top = Int(Foundation.log10(span).rounded(.up)) + 1
        var best: Choice?
        let d3Step = abs(tickStep(start: a, stop: b, count: Double(max(1, target))))
        func distance(_ step: Double) -> Double {
            d3Step > 0 && d3Step.isFinite ? abs(Foundation.log(step / d3Step)) : 0
        }
        func better(_ c: Choice, than o: Choice) -> Bool {
            let sc = c.hi - c.lo, so = o.hi - o.lo
            if abs(sc - so) > 1e-9 * span { return sc < so }
            let dc = distance(c.step), dn = distance(o.step)
            return abs(dc - dn) > 1e-9 ? dc < dn : c.step > o.step
        }
        for e in stride(from: top, through: top - 4, by: -1) {
            for m in mantissas {
                let step = m * Foundation.pow(10, Double(e))
                guard step.isFinite, step > 0 else { continue }
                if let minStep, step < minStep * (1 - 1e-12) { continue }
                let c = Choice(step: step, lo: (a / step + 1e-9).rounded(.down) * step, hi: (b / step - 1e-9).rounded(.up) * step)
                guard c.lo.isFinite, c.hi.isFinite, c.count >= 2, c.count <= maxTicks, fits(c) else { continue }
                if best.map({ better(c, than: $0) }) ?? true { best = c }
            }
        }
        return best
    }

    /// The best step for ticks inside a fixed domain `lo`–`hi` (Vega's nice domain, whose
    /// ends need not be ticks): among the ladder's steps with at least two multiples inside
    /// it that `fits` accepts, the one nearest the step d3 takes for `target` ticks, then the
    /// larger. The choice keeps the domain's own ends; its ticks are the multiples inside.
    ///
    /// - Returns: nil for an empty or non-finite span, or when no step fits.
    public static func chooseInside(lo: Double, hi: Double, target: Int, maxTicks: Int, minStep: Double? = nil,
                                    fits: (Choice) -> Bool) -> Choice? {
        let a = min(lo, hi), b = max(lo, hi)
        let span = b - a
        guard span > 0, span.isFinite, a.isFinite else { return nil }
        let top = Int(Foundation.log10(span).rounded(.up)) + 1
        let d3Step = abs(tickStep(start: a, stop: b, count: Double(max(1, target))))
        func distance(_ step: Double) -> Double {
            d3Step > 0 && d3Step.isFinite ? abs(Foundation.log(step / d3Step)) : 0
        }
        var best: Choice?
        for e in stride(from: top, through: top - 4, by: -1) {
            for m in mantissas {
                let step = m * Foundation.pow(10, Double(e))
                guard step.isFinite, step > 0 else { continue }
                if let minStep, step < minStep * (1 - 1e-12) { continue }
                let c = Choice(step: step, lo: a, hi: b)
                let n = c.ticks.count
                guard n >= 2, n <= maxTicks, fits(c) else { continue }
                if let o = best {
                    let dc = distance(step), dn = distance(o.step)
                    if abs(dc - dn) > 1e-9 ? dc < dn : step > o.step { best = c }
                } else {
                    best = c
                }
            }
        }
        return best
    }

    /// The multiples of `step` from `lo` to `hi`, computed as d3 does (dividing by the
    /// inverse for steps below 1) so 0.1 × 3 reads 0.3.
    public static func ticks(_ lo: Double, _ hi: Double, step: Double) -> [Double] {
        guard step > 0, step.isFinite, lo <= hi else { return [] }
        let inverse = (1 / step).rounded()
        let exactInverse = step < 1 && inverse > 0 && abs(inverse - 1 / step) < 1e-9 * inverse
        let k0 = (lo / step - 1e-9).rounded(.up), k1 = (hi / step + 1e-9).rounded(.down)
        guard k1 >= k0, k1 - k0 < 100_000 else { return [] }
        return stride(from: k0, through: k1, by: 1).map { k in exactInverse ? k / inverse : k * step }
    }

    /// The step whose decimals label every tick exactly: the step itself, or a fifth of it
    /// for a 2.5 step (2.5 needs one decimal more than 2 or 5).
    public static func precisionStep(_ step: Double) -> Double {
        let e = Foundation.pow(10, Foundation.log10(abs(step)).rounded(.down))
        return abs(step / e - 2.5) < 1e-9 ? step / 5 : step
    }
}
