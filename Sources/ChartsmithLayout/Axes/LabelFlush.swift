import ChartsmithScene
import ChartsmithSpec

/// Where a level axis label is set along its axis: Vega's `labelFlush` (a label whose tick
/// lies within the threshold of an end of the range is set flush with that end, moved
/// `labelFlushOffset` outward), a `labelAlign`, or, where the spec and style set neither,
/// the house rule (a continuous axis's label that would run past the plot's end is set
/// flush with its tick).
enum LabelPlacement {
    /// Which end of the range a tick at `position` is flush with, as Vega's `flush`
    /// expression decides: the nearer end, when within `threshold`; nil for none.
    static func end(_ position: Double, lo: Double, hi: Double, threshold: Double) -> TextNode.Align? {
        let a = min(lo, hi), b = max(lo, hi)
        let l = abs(position - a), r = abs(b - position)
        if l < r && l <= threshold { return .start }
        if r <= threshold { return .end }
        return nil
    }

    /// A level x-axis label's alignment and anchor: `position` is its tick (with
    /// `labelOffset`), `width` its widest line, the plot spans `lo`…`hi`.
    static func horizontal(_ position: Double, tick: Double, width w: Double, lo: Double, hi: Double,
                           switches sw: AxisSwitches, discrete: Bool) -> (TextNode.Align, Double) {
        if let a = sw.labelAlign {
            // As the config asks: beside the tick (left: starting at it) or centred.
            return (a == "left" ? .start : a == "right" ? .end : .center, position)
        }
        if let flush = sw.labelFlush {
            guard let t = flush.threshold, let side = end(tick, lo: lo, hi: hi, threshold: t) else { return (.center, position) }
            let offset = sw.labelFlushOffset ?? 0
            return (side, side == .start ? position - offset : position + offset)
        }
        if !discrete {
            if position - w / 2 < lo - 0.5 { return (.start, max(position, lo)) }
            if position + w / 2 > hi + 0.5 { return (.end, min(position, hi)) }
        }
        return (.center, position)
    }

    /// How far a y-axis label's block of `height` starts above its tick at `tick` (the
    /// block's top is `position` minus this): half its height, or, flush with the plot's
    /// top (`lo`) or bottom (`hi`) end, none or all of it, moved `labelFlushOffset` outward.
    static func rise(tick: Double, height h: Double, lo: Double, hi: Double, switches sw: AxisSwitches) -> Double {
        guard let t = sw.labelFlush?.threshold,
              let side = end(tick, lo: lo, hi: hi, threshold: t) else { return h / 2 }
        let offset = sw.labelFlushOffset ?? 0
        return side == .start ? offset : h - offset
    }
}
